-- Drafts curators make in chat (/draft), from a link to their publishing
-- or discarding. content is the draft as JSON (bot.DraftContent); typed
-- what the last refused form held (bot.Typed), for "Edit again". Every
-- write but the first is conditional on version. Times are Unix
-- milliseconds (UTC).

CREATE TABLE drafts (
  -- AUTOINCREMENT: an id is never given again, even after its draft is
  -- purged, so a click on an old card cannot reach a newer draft.
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  version         INTEGER NOT NULL,
  state           TEXT    NOT NULL,             -- open, published, discarded, expired
  platform        TEXT    NOT NULL,
  workspace       TEXT    NOT NULL,
  channel         TEXT    NOT NULL,
  url             TEXT    NOT NULL,             -- the link it was drafted from
  created_by      TEXT    NOT NULL,
  created_by_name TEXT    NOT NULL,
  created_at      INTEGER NOT NULL,
  changed_by      TEXT    NOT NULL,
  changed_by_name TEXT    NOT NULL,
  changed_at      INTEGER NOT NULL,
  briefing        TEXT    NOT NULL,             -- the briefing id it publishes as
  published       INTEGER NOT NULL DEFAULT 0,   -- the briefing's version it published
  content         TEXT    NOT NULL,             -- JSON
  typed           TEXT                          -- JSON; NULL when nothing was refused
);

CREATE INDEX drafts_open ON drafts (platform, workspace, changed_at) WHERE state = 'open';
CREATE INDEX drafts_changed ON drafts (state, changed_at);
