-- Briefings published into the store: every version of each, with who
-- wrote it and when; the registry entries they brought; and the sequence
-- number every write moves on, which replicas follow (NOTIFY tells them at
-- once, see content.go).

CREATE TABLE content_state (
  id  INTEGER PRIMARY KEY CHECK (id = 1),
  seq BIGINT  NOT NULL
);
INSERT INTO content_state (id, seq) VALUES (1, 0);

CREATE TABLE briefing_versions (
  briefing_id TEXT        NOT NULL,
  version     INTEGER     NOT NULL,
  state       TEXT        NOT NULL CHECK (state IN ('published', 'retracted')),
  body        TEXT        NOT NULL,             -- the briefing file as published
  content_key TEXT        NOT NULL,
  by_who      TEXT        NOT NULL,
  at          TIMESTAMPTZ NOT NULL,
  base        INTEGER     NOT NULL,
  reason      TEXT        NOT NULL DEFAULT '',
  updated_at  TIMESTAMPTZ,                      -- NULL: as the text says (an import)
  seq         BIGINT      NOT NULL,
  PRIMARY KEY (briefing_id, version)
);

CREATE INDEX briefing_versions_seq ON briefing_versions (seq);

CREATE TABLE registry_entries (
  kind     TEXT        NOT NULL CHECK (kind IN ('speaker', 'topic')),
  entry_id TEXT        NOT NULL,
  entry    TEXT        NOT NULL,                -- JSON, the fields of registry.yaml
  by_who   TEXT        NOT NULL,
  at       TIMESTAMPTZ NOT NULL,
  seq      BIGINT      NOT NULL,
  PRIMARY KEY (kind, entry_id)
);

-- Every name of every entry, folded: a name leads to one entry of a kind.
CREATE TABLE registry_names (
  kind     TEXT NOT NULL,
  name     TEXT NOT NULL,
  entry_id TEXT NOT NULL,
  PRIMARY KEY (kind, name)
);
