-- A feed's item whose article could not be fetched for a reason that may
-- pass (a timeout, a 5xx) is handed back (FeedStore.RetryItem) for a later
-- poll to draft: retry is set until a SeeItem takes it again, and retries
-- counts how many times it was handed back, which the poller bounds.

ALTER TABLE feed_items
  ADD COLUMN retry   BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN retries INTEGER NOT NULL DEFAULT 0;
