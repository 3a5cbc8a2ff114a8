-- The response report (informe de observaciones y respuestas) of a consultation, frozen when an approver
-- publishes it: every format (page, PDF, CSV, XLSX, JSON) is rendered from these rows, never from the
-- live observations, so a published version reads the same forever. Publishing again adds a version.

CREATE TABLE response_report (
  id                  BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  consultation_id     BIGINT NOT NULL,
  version_number      INT NOT NULL,
  published_at        DATETIME(6) NOT NULL,
  published_by        VARCHAR(254) NOT NULL,
  announced_where     TEXT NOT NULL,
  -- The consultation as it stood at publication (a later correction does not rewrite the report).
  consultation_slug   VARCHAR(120) NOT NULL,
  consultation_title  VARCHAR(300) NOT NULL,
  consultation_type   VARCHAR(40) NOT NULL,
  consultation_year   INT NOT NULL,
  office              VARCHAR(200) NOT NULL,
  opens_at            DATETIME(6) NOT NULL,
  closes_at           DATETIME(6) NOT NULL,
  totals_json         TEXT NOT NULL,
  entry_count         INT NOT NULL,
  CONSTRAINT fk_report_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
  CONSTRAINT uq_report_version UNIQUE (consultation_id, version_number)
);

-- One row per observation, already made public: the author's name only with consent (else NULL), the
-- text with personal data redacted (NULL for spam and offensive text), no e-mail at all.
CREATE TABLE response_report_entry (
  id                  BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  report_id           BIGINT NOT NULL,
  position            INT NOT NULL,
  tracking_code       VARCHAR(20) NOT NULL,
  part_label          VARCHAR(600) NULL,
  public_author       VARCHAR(200) NULL,
  stakeholder_group   VARCHAR(40) NOT NULL,
  department_code     CHAR(2) NOT NULL,
  channel             VARCHAR(20) NOT NULL,
  received_at         DATETIME(6) NOT NULL,
  text                TEXT NULL,
  disposition         VARCHAR(20) NOT NULL,
  reason              VARCHAR(20) NULL,
  outcome             VARCHAR(30) NULL,
  answer_text         TEXT NULL,
  answered_at         DATETIME(6) NULL,
  due_date            DATE NOT NULL,
  on_time             BOOLEAN NULL,
  CONSTRAINT fk_report_entry_report FOREIGN KEY (report_id) REFERENCES response_report (id),
  CONSTRAINT uq_report_entry_position UNIQUE (report_id, position)
);

-- A published report is immutable: the database refuses to change or remove it, whoever asks.
CREATE TRIGGER response_report_no_update BEFORE UPDATE ON response_report FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'response_report is immutable';

CREATE TRIGGER response_report_no_delete BEFORE DELETE ON response_report FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'response_report is immutable';

CREATE TRIGGER response_report_entry_no_update BEFORE UPDATE ON response_report_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'response_report_entry is immutable';

CREATE TRIGGER response_report_entry_no_delete BEFORE DELETE ON response_report_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'response_report_entry is immutable';
