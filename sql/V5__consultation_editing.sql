-- Consultation editing: drafts (no comment window yet), the public version number, notices of
-- extension or early closing, and the history of corrections (what changed, before and after).

-- A draft has no comment window until it is scheduled; published consultations always have one.
ALTER TABLE consultation MODIFY opens_at DATETIME(6) NULL;
ALTER TABLE consultation MODIFY closes_at DATETIME(6) NULL;

-- content_version: 0 for a draft, 1 when published, +1 for each correction (shown as "Versión N").
ALTER TABLE consultation ADD COLUMN content_version INT NOT NULL DEFAULT 0;
ALTER TABLE consultation ADD COLUMN published_at DATETIME(6) NULL;
UPDATE consultation SET content_version = 1, published_at = created_at WHERE published = TRUE;

-- Public notices: an extension or an early closing of the comment window, with its reason.
CREATE TABLE consultation_notice (
  id                 BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  consultation_id    BIGINT NOT NULL,
  kind               VARCHAR(20) NOT NULL,
  text               TEXT NOT NULL,
  previous_closes_at DATETIME(6) NOT NULL,
  new_closes_at      DATETIME(6) NOT NULL,
  created_at         DATETIME(6) NOT NULL,
  created_by         VARCHAR(254) NOT NULL,
  CONSTRAINT fk_notice_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
);
CREATE INDEX ix_notice_consultation ON consultation_notice (consultation_id, created_at);

-- One row per correction of published content: the new version number, the public change note and
-- a JSON list of the changed fields and parts with their text before and after.
CREATE TABLE consultation_revision (
  id               BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  consultation_id  BIGINT NOT NULL,
  version_number   INT NOT NULL,
  note             TEXT NOT NULL,
  changes_json     MEDIUMTEXT NOT NULL,
  created_at       DATETIME(6) NOT NULL,
  created_by       VARCHAR(254) NOT NULL,
  CONSTRAINT fk_revision_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
  CONSTRAINT uq_revision_version UNIQUE (consultation_id, version_number)
);
