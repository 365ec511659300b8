-- A feed's item handed back (FeedStore.RetryItem) waits until retry_at
-- before UnseenItems lists it and a SeeItem takes it again, so the tries
-- of an article that fails for now are spaced in time rather than in
-- polls. Items handed back before this migration are due at once
-- (-infinity).

ALTER TABLE feed_items ADD COLUMN retry_at TIMESTAMPTZ NOT NULL DEFAULT '-infinity';
