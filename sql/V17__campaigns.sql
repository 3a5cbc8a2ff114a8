-- Form-letter campaigns (issue 11): observations of one consultation whose texts are identical once
-- normalised, or near duplicates, are grouped after intake so one answer can serve them all.

-- One campaign per group; member_count is kept with the members so the staff queue needs no COUNT.
CREATE TABLE campaign (
  id                BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  consultation_id   BIGINT NOT NULL,
  representative_id BIGINT NOT NULL,
  member_count      INT NOT NULL,
  created_at        DATETIME(6) NOT NULL,
  CONSTRAINT fk_campaign_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
  INDEX ix_campaign_consultation (consultation_id, id)
);

-- The fingerprint of the text (campaign.domain.TextFingerprint), when it was grouped (NULL: still to
-- group; the grouping job picks these, so a restart or an instance that died loses nothing and the
-- observations already stored are backfilled on the first start), and the campaign it belongs to.
-- split_off_at: staff took it out of its campaign; it stands alone and is never grouped again.
ALTER TABLE observation
  ADD COLUMN exact_key    CHAR(64) NULL,
  ADD COLUMN signature    VARBINARY(513) NULL,
  ADD COLUMN grouped_at   DATETIME(6) NULL,
  ADD COLUMN split_off_at DATETIME(6) NULL,
  ADD COLUMN campaign_id  BIGINT NULL,
  ADD CONSTRAINT fk_observation_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
  ADD INDEX ix_observation_exact_key (consultation_id, exact_key),
  ADD INDEX ix_observation_ungrouped (grouped_at, consultation_id, id);

CREATE INDEX ix_campaign_representative ON campaign (representative_id);

-- The LSH band keys (campaign.domain.LshBands) of the first copy of each distinct text of a
-- consultation: a newcomer's candidates are the rows sharing one of its 32 keys (one indexed lookup),
-- plus the copies identical to those (ix_observation_exact_key).
CREATE TABLE campaign_band (
  consultation_id BIGINT NOT NULL,
  band_key        BIGINT NOT NULL,
  band            TINYINT NOT NULL,
  observation_id  BIGINT NOT NULL,
  PRIMARY KEY (consultation_id, band_key, observation_id),
  CONSTRAINT fk_campaign_band_observation FOREIGN KEY (observation_id) REFERENCES observation (id)
);

-- One row per consultation, locked while its newcomers are grouped: grouping is serialised per
-- consultation across instances, so two copies arriving at once cannot start two campaigns.
CREATE TABLE campaign_lock (
  consultation_id BIGINT NOT NULL PRIMARY KEY,
  CONSTRAINT fk_campaign_lock_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
);

-- The response report shows a campaign once: its representative's entry names the other members
-- (campaign_codes, comma-separated tracking codes), and the other members' entries name the
-- representative (campaign_of) so that every format lists them under it instead of one by one. Frozen
-- with the report, like every other column of the entry.
ALTER TABLE response_report_entry
  ADD COLUMN campaign_codes TEXT NULL,
  ADD COLUMN campaign_of VARCHAR(20) NULL;
