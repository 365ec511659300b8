-- News feeds channels follow (/follow), the items each has seen, and the
-- fingerprints of the stories drafted from them, shared by every replica:
-- a feed is fetched by the one replica holding its lease, and an item is
-- drafted by the one replica whose insert of it into feed_items wins.
-- A time that is not set is NULL, except next_at, created_at and
-- stories.at, where it is -infinity (a feed with no Next is due at once).

CREATE TABLE feeds (
  -- An identity is never given again, so a poller still holding a removed
  -- feed cannot write to, or mark items of, a newer one.
  id              BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  platform        TEXT        NOT NULL,
  workspace       TEXT        NOT NULL,
  channel         TEXT        NOT NULL,           -- the review channel
  url             TEXT        NOT NULL,
  title           TEXT        NOT NULL DEFAULT '',
  topics          JSONB       NOT NULL DEFAULT '[]',
  created_by      TEXT        NOT NULL,
  created_by_name TEXT        NOT NULL,
  created_at      TIMESTAMPTZ NOT NULL,
  -- The fetch state (bot.FeedState), written by SaveFetch.
  etag            TEXT        NOT NULL DEFAULT '',
  last_modified   TEXT        NOT NULL DEFAULT '',
  next_at         TIMESTAMPTZ NOT NULL,
  last_fetch      TIMESTAMPTZ,
  last_ok         TIMESTAMPTZ,
  last_error      TEXT        NOT NULL DEFAULT '',
  item_error      TEXT        NOT NULL DEFAULT '',
  item_error_at   TIMESTAMPTZ,
  failures        INTEGER     NOT NULL DEFAULT 0,
  notified        BOOLEAN     NOT NULL DEFAULT false,
  primed          BOOLEAN     NOT NULL DEFAULT false,
  drafts          INTEGER     NOT NULL DEFAULT 0,
  -- The claim: who is fetching it, until when. owner stays after the
  -- lease ends until another claims it or the owner saves.
  owner           TEXT        NOT NULL DEFAULT '',
  lease_until     TIMESTAMPTZ,
  UNIQUE (platform, workspace, channel, url)
);

CREATE INDEX feeds_due ON feeds (next_at);

-- The items a feed has seen, by GUID or normalised link: the key whose
-- insert decides which replica drafts an item.
CREATE TABLE feed_items (
  feed_id BIGINT      NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
  key     TEXT        NOT NULL,
  seen_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (feed_id, key)
);

-- Drafted stories' fingerprints, for joining the same story from another
-- feed to its draft. print is the fingerprint's uint64s, little-endian
-- (BIGINT is signed; bytes keep every value exact).
-- Who is matching new stories in a workspace, until when
-- (FeedStore.LockStories): one replica at a time.
CREATE TABLE story_locks (
  platform    TEXT        NOT NULL,
  workspace   TEXT        NOT NULL,
  owner       TEXT        NOT NULL,
  lease_until TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (platform, workspace)
);

CREATE TABLE stories (
  id        BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  platform  TEXT        NOT NULL,
  workspace TEXT        NOT NULL,
  draft     BIGINT      NOT NULL,
  channel   TEXT        NOT NULL,
  card      TEXT        NOT NULL DEFAULT '',
  print     BYTEA       NOT NULL,
  at        TIMESTAMPTZ NOT NULL
);

CREATE INDEX stories_recent ON stories (platform, workspace, at);
