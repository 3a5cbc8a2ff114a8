-- The final version of a consultation's document: prepared by an editor once the consultation has
-- closed, starting from a copy of the draft's parts, then published once and never changed again.
-- The draft and its observations stay untouched: observations remain attached to the draft's parts.

CREATE TABLE final_version (
  id              BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  consultation_id BIGINT NOT NULL,
  summary         TEXT NULL,
  started_at      DATETIME(6) NOT NULL,
  started_by      VARCHAR(254) NOT NULL,
  updated_at      DATETIME(6) NOT NULL,
  published_at    DATETIME(6) NULL,
  published_by    VARCHAR(254) NULL,
  version         BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_final_version_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
  CONSTRAINT uq_final_version_consultation UNIQUE (consultation_id)
);

-- One row per part of the final document, in document order. draft_part_id is the draft part it
-- comes from (NULL for a part added in the final version); the draft_* columns keep that part's texts
-- as they stood when the final version was published, so the public comparison never moves.
-- change_type: UNCHANGED, CHANGED, ADDED or REMOVED (a removed part keeps its draft texts only).
CREATE TABLE final_version_part (
  id                      BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  final_version_id        BIGINT NOT NULL,
  draft_part_id           BIGINT NULL,
  position                INT NOT NULL,
  depth                   INT NOT NULL,
  kind                    VARCHAR(30) NOT NULL,
  change_type             VARCHAR(20) NOT NULL,
  number_label            VARCHAR(40) NULL,
  title                   VARCHAR(500) NOT NULL,
  body                    TEXT NULL,
  fields_json             TEXT NULL,
  draft_number_label      VARCHAR(40) NULL,
  draft_title             VARCHAR(500) NULL,
  draft_body              TEXT NULL,
  draft_fields_json       TEXT NULL,
  CONSTRAINT fk_final_part_version FOREIGN KEY (final_version_id) REFERENCES final_version (id),
  CONSTRAINT fk_final_part_draft FOREIGN KEY (draft_part_id) REFERENCES consultation_part (id)
);
CREATE INDEX ix_final_part_version ON final_version_part (final_version_id, position);

-- The observations that led to the change of a final part (accepted or partially accepted ones).
CREATE TABLE final_version_change_observation (
  final_part_id   BIGINT NOT NULL,
  observation_id  BIGINT NOT NULL,
  PRIMARY KEY (final_part_id, observation_id),
  CONSTRAINT fk_change_observation_part FOREIGN KEY (final_part_id) REFERENCES final_version_part (id),
  CONSTRAINT fk_change_observation_observation FOREIGN KEY (observation_id) REFERENCES observation (id)
);
CREATE INDEX ix_change_observation_observation ON final_version_change_observation (observation_id);
