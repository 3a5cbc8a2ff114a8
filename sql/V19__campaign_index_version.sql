-- Campaign grouping keeps each consultation's candidate index in memory between batches
-- (campaign.application.CandidateIndexes) instead of looking candidates up in a table of LSH band
-- keys: writing and reading 32 band rows per distinct text was two thirds of the grouping time.
-- The lock row's version moves on each time the lock is taken (grouping, splitting off), so an
-- instance knows whether the index it kept still shows the database or must be read again.
ALTER TABLE campaign_lock ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

DROP TABLE campaign_band;
