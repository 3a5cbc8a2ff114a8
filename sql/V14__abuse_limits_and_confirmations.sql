-- Abuse limits shared by every instance: each counted use of a limited action (a failed lookup, an
-- e-mail to an address a stranger typed, a hearing form sent) is one row, keyed by a keyed hash of the
-- client (an IPv4 address or an IPv6 /64) or of the recipient, never the address itself. Rows older than
-- the longest window are purged hourly.
CREATE TABLE rate_limit_hit (
  id       BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  bucket   VARCHAR(40) NOT NULL,
  subject  VARCHAR(64) NOT NULL,
  at       DATETIME(6) NOT NULL,
  KEY ix_rate_limit_hit (bucket, subject, at),
  KEY ix_rate_limit_hit_at (at)
);

-- Public form tokens are single-use: the first post of a token inserts its row; a replay finds it.
CREATE TABLE form_token_use (
  token_id  VARCHAR(40) NOT NULL PRIMARY KEY,
  purpose   VARCHAR(40) NOT NULL,
  used_at   DATETIME(6) NOT NULL,
  KEY ix_form_token_use_at (used_at)
);

-- A hearing registration holds a seat, and a survey response counts, only once the person confirms
-- through the link e-mailed to the address they gave: made-up addresses fill nothing. The link's
-- secret is kept only as its SHA-256 hash. Rows from before this version were confirmed when made.
ALTER TABLE hearing_registration ADD COLUMN confirmed_at DATETIME(6) NULL;
ALTER TABLE hearing_registration ADD COLUMN confirmation_hash CHAR(64) NULL;
UPDATE hearing_registration SET confirmed_at = created_at;
CREATE UNIQUE INDEX uq_registration_confirmation ON hearing_registration (confirmation_hash);

ALTER TABLE hearing_survey_response ADD COLUMN confirmed_at DATETIME(6) NULL;
ALTER TABLE hearing_survey_response ADD COLUMN confirmation_hash CHAR(64) NULL;
UPDATE hearing_survey_response SET confirmed_at = created_at;
CREATE UNIQUE INDEX uq_survey_confirmation ON hearing_survey_response (confirmation_hash);
