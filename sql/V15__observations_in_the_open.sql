-- Observations in the open: publishable observations are shown as they come, unless staff switch it
-- off for a consultation (with a reason, audited).
ALTER TABLE consultation
  ADD COLUMN observations_hidden BOOLEAN NOT NULL DEFAULT FALSE,
  ADD COLUMN observations_hidden_reason VARCHAR(2000) NULL;

-- The public list: one consultation's publishable observations, newest first (by part too).
CREATE INDEX ix_observation_open ON observation (consultation_id, triage, received_at);
CREATE INDEX ix_observation_open_part ON observation (part_id, triage, received_at);
