-- Moderation, assignment, answers and deadlines of observations.

-- One answer may serve a group of similar observations; it is drafted by a responder of the office the
-- observations are assigned to, approved (or returned) by an approver and then published.
CREATE TABLE answer (
  id              BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  consultation_id BIGINT NOT NULL,
  office_id       BIGINT NOT NULL,
  outcome         VARCHAR(30) NOT NULL,
  text            TEXT NOT NULL,
  status          VARCHAR(20) NOT NULL,
  drafted_by      VARCHAR(254) NOT NULL,
  drafted_at      DATETIME(6) NOT NULL,
  reviewed_by     VARCHAR(254) NULL,
  reviewed_at     DATETIME(6) NULL,
  return_comment  TEXT NULL,
  published_at    DATETIME(6) NULL,
  version         BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_answer_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
  CONSTRAINT fk_answer_office FOREIGN KEY (office_id) REFERENCES office (id)
);
CREATE INDEX ix_answer_status ON answer (consultation_id, status);

CREATE TABLE answer_template (
  id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title       VARCHAR(200) NOT NULL,
  outcome     VARCHAR(30) NOT NULL,
  text        TEXT NOT NULL,
  active      BOOLEAN NOT NULL DEFAULT TRUE,
  created_by  VARCHAR(254) NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  version     BIGINT NOT NULL DEFAULT 0
);

-- Due dates are Bogotá calendar dates counted in Colombian business days. Rows received before this
-- migration get an approximation (21 calendar days ~ 15 business days); new rows get the exact date.
ALTER TABLE observation
  ADD COLUMN due_date DATE NULL,
  ADD COLUMN extended_due_date DATE NULL,
  ADD COLUMN extension_reason TEXT NULL,
  ADD COLUMN extended_at DATETIME(6) NULL,
  ADD COLUMN triage VARCHAR(20) NULL,
  ADD COLUMN triage_reason TEXT NULL,
  ADD COLUMN triaged_by VARCHAR(254) NULL,
  ADD COLUMN triaged_at DATETIME(6) NULL,
  ADD COLUMN duplicate_of_id BIGINT NULL,
  ADD COLUMN petition_kind VARCHAR(20) NULL,
  ADD COLUMN office_id BIGINT NULL,
  ADD COLUMN assigned_at DATETIME(6) NULL,
  ADD COLUMN answer_id BIGINT NULL,
  ADD COLUMN registered_by VARCHAR(254) NULL,
  ADD CONSTRAINT fk_observation_duplicate FOREIGN KEY (duplicate_of_id) REFERENCES observation (id),
  ADD CONSTRAINT fk_observation_office FOREIGN KEY (office_id) REFERENCES office (id),
  ADD CONSTRAINT fk_observation_answer FOREIGN KEY (answer_id) REFERENCES answer (id);

UPDATE observation SET due_date = DATE(DATE_ADD(received_at, INTERVAL 21 DAY)) WHERE due_date IS NULL;
ALTER TABLE observation MODIFY due_date DATE NOT NULL;

CREATE INDEX ix_observation_queue ON observation (status, due_date);
CREATE INDEX ix_observation_office ON observation (office_id, status);
CREATE INDEX ix_audit_target ON audit_event (target_type, target_id);
