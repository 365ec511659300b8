-- Briefings published into the store: every version of each, with who
-- wrote it and when; the registry entries they brought; and the sequence
-- number every write moves on, which replicas follow. Times are Unix
-- milliseconds (UTC).

CREATE TABLE content_state (
  id  INTEGER PRIMARY KEY CHECK (id = 1),
  seq INTEGER NOT NULL
);
INSERT INTO content_state (id, seq) VALUES (1, 0);

CREATE TABLE briefing_versions (
  briefing_id TEXT    NOT NULL,
  version     INTEGER NOT NULL,
  state       TEXT    NOT NULL CHECK (state IN ('published', 'retracted')),
  body        TEXT    NOT NULL,                 -- the briefing file as published
  content_key TEXT    NOT NULL,
  by_who      TEXT    NOT NULL,
  at          INTEGER NOT NULL,
  base        INTEGER NOT NULL,
  reason      TEXT    NOT NULL DEFAULT '',
  updated_at  INTEGER,                          -- NULL: as the text says (an import)
  seq         INTEGER NOT NULL,
  PRIMARY KEY (briefing_id, version)
) WITHOUT ROWID;

CREATE INDEX briefing_versions_seq ON briefing_versions (seq);

CREATE TABLE registry_entries (
  kind     TEXT    NOT NULL CHECK (kind IN ('speaker', 'topic')),
  entry_id TEXT    NOT NULL,
  entry    TEXT    NOT NULL,                    -- JSON, the fields of registry.yaml
  by_who   TEXT    NOT NULL,
  at       INTEGER NOT NULL,
  seq      INTEGER NOT NULL,
  PRIMARY KEY (kind, entry_id)
) WITHOUT ROWID;

-- Every name of every entry, folded: a name leads to one entry of a kind.
CREATE TABLE registry_names (
  kind     TEXT NOT NULL,
  name     TEXT NOT NULL,
  entry_id TEXT NOT NULL,
  PRIMARY KEY (kind, name)
) WITHOUT ROWID;
