-- News feeds channels follow (/follow), the items each has seen, and the
-- fingerprints of the stories drafted from them. Times are Unix
-- milliseconds (UTC); a time that is not set is NULL, except next_at,
-- created_at and stories.at, which are never NULL (the zero time is the
-- smallest integer, so a feed with no Next is due at once).

CREATE TABLE feeds (
  -- AUTOINCREMENT: an id is never given again, so a poller still holding a
  -- removed feed cannot write to, or mark items of, a newer one.
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  platform        TEXT    NOT NULL,
  workspace       TEXT    NOT NULL,
  channel         TEXT    NOT NULL,             -- the review channel
  url             TEXT    NOT NULL,
  title           TEXT    NOT NULL DEFAULT '',
  topics          TEXT    NOT NULL DEFAULT '[]', -- JSON array of topic ids
  created_by      TEXT    NOT NULL,
  created_by_name TEXT    NOT NULL,
  created_at      INTEGER NOT NULL,
  -- The fetch state (bot.FeedState), written by SaveFetch.
  etag            TEXT    NOT NULL DEFAULT '',
  last_modified   TEXT    NOT NULL DEFAULT '',
  next_at         INTEGER NOT NULL,
  last_fetch      INTEGER,
  last_ok         INTEGER,
  last_error      TEXT    NOT NULL DEFAULT '',
  item_error      TEXT    NOT NULL DEFAULT '',
  item_error_at   INTEGER,
  failures        INTEGER NOT NULL DEFAULT 0,
  notified        INTEGER NOT NULL DEFAULT 0,
  primed          INTEGER NOT NULL DEFAULT 0,
  drafts          INTEGER NOT NULL DEFAULT 0,
  -- The claim: who is fetching it, until when. owner stays after the
  -- lease ends until another claims it or the owner saves.
  owner           TEXT    NOT NULL DEFAULT '',
  lease_until     INTEGER NOT NULL DEFAULT 0,
  UNIQUE (platform, workspace, channel, url)
);

CREATE INDEX feeds_due ON feeds (next_at);

-- The items a feed has seen, by GUID or normalised link: the key whose
-- insert decides which caller drafts an item.
CREATE TABLE feed_items (
  feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
  key     TEXT    NOT NULL,
  seen_at INTEGER NOT NULL,
  PRIMARY KEY (feed_id, key)
) WITHOUT ROWID;

-- Drafted stories' fingerprints, for joining the same story from another
-- feed to its draft. print is the fingerprint's uint64s, little-endian.
-- Who is matching new stories in a workspace, until when
-- (FeedStore.LockStories): one replica at a time.
CREATE TABLE story_locks (
  platform    TEXT    NOT NULL,
  workspace   TEXT    NOT NULL,
  owner       TEXT    NOT NULL,
  lease_until INTEGER NOT NULL,
  PRIMARY KEY (platform, workspace)
) WITHOUT ROWID;

CREATE TABLE stories (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  platform  TEXT    NOT NULL,
  workspace TEXT    NOT NULL,
  draft     INTEGER NOT NULL,
  channel   TEXT    NOT NULL,
  card      TEXT    NOT NULL DEFAULT '',
  print     BLOB    NOT NULL,
  at        INTEGER NOT NULL
);

CREATE INDEX stories_recent ON stories (platform, workspace, at);
