-- A feed's item handed back (FeedStore.RetryItem) keeps what the poller
-- needs to draft it without the feed: a busy feed may drop the item before
-- its wait is over, and DueItems then lists it from here. published is
-- Unix milliseconds, NULL when the feed gave none. Items handed back before
-- this migration have no link, and are tried only while the feed lists
-- them, as before.
--
-- feed_items_due finds a feed's items handed back in the order they are
-- due, without reading every item the feed ever had.

ALTER TABLE feed_items ADD COLUMN link TEXT NOT NULL DEFAULT '';
ALTER TABLE feed_items ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE feed_items ADD COLUMN published INTEGER;

CREATE INDEX feed_items_due ON feed_items (feed_id, retry_at) WHERE retry = 1;
