-- Drafts curators make in chat (/draft), from a link to their publishing
-- or discarding, shared by every replica: a click on a card may reach any
-- of them. content is the draft (bot.DraftContent); typed what the last
-- refused form held (bot.Typed), for "Edit again". Every write but the
-- first is conditional on version.

CREATE TABLE drafts (
  -- An identity is never given again, even after its draft is purged, so a
  -- click on an old card cannot reach a newer draft.
  id              BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version         INTEGER     NOT NULL,
  state           TEXT        NOT NULL,           -- open, published, discarded, expired
  platform        TEXT        NOT NULL,
  workspace       TEXT        NOT NULL,
  channel         TEXT        NOT NULL,
  url             TEXT        NOT NULL,           -- the link it was drafted from
  created_by      TEXT        NOT NULL,
  created_by_name TEXT        NOT NULL,
  created_at      TIMESTAMPTZ NOT NULL,
  changed_by      TEXT        NOT NULL,
  changed_by_name TEXT        NOT NULL,
  changed_at      TIMESTAMPTZ NOT NULL,
  briefing        TEXT        NOT NULL,           -- the briefing id it publishes as
  published       INTEGER     NOT NULL DEFAULT 0, -- the briefing's version it published
  content         JSONB       NOT NULL,
  typed           JSONB                           -- NULL when nothing was refused
);

CREATE INDEX drafts_open ON drafts (platform, workspace, changed_at) WHERE state = 'open';
CREATE INDEX drafts_changed ON drafts (state, changed_at);
