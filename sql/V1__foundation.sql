-- Participa ICETEX: consultations, commentable parts, citizen observations and the mail outbox.
-- Instants are stored in UTC as DATETIME(6); the UI shows them in Bogotá time.
-- Table options are left out on purpose: the database's own charset/collation (utf8mb4) applies.

CREATE TABLE app_setting (
  name        VARCHAR(100) NOT NULL PRIMARY KEY,
  value       VARCHAR(2000) NOT NULL
);

CREATE TABLE consultation (
  id                 BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug               VARCHAR(120) NOT NULL,
  type               VARCHAR(40) NOT NULL,
  title              VARCHAR(300) NOT NULL,
  summary            TEXT NOT NULL,
  year               INT NOT NULL,
  office             VARCHAR(200) NOT NULL,
  opens_at           DATETIME(6) NOT NULL,
  closes_at          DATETIME(6) NOT NULL,
  short_window_reason TEXT NULL,
  published          BOOLEAN NOT NULL DEFAULT FALSE,
  created_at         DATETIME(6) NOT NULL,
  updated_at         DATETIME(6) NOT NULL,
  version            BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_consultation_slug UNIQUE (slug)
);
CREATE INDEX ix_consultation_listing ON consultation (published, closes_at);

CREATE TABLE consultation_part (
  id              BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  consultation_id BIGINT NOT NULL,
  parent_id       BIGINT NULL,
  position        INT NOT NULL,
  depth           INT NOT NULL,
  kind            VARCHAR(30) NOT NULL,
  number_label    VARCHAR(40) NULL,
  title           VARCHAR(500) NOT NULL,
  body            TEXT NULL,
  fields_json     TEXT NULL,
  CONSTRAINT fk_part_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
  CONSTRAINT fk_part_parent FOREIGN KEY (parent_id) REFERENCES consultation_part (id)
);
CREATE INDEX ix_part_consultation ON consultation_part (consultation_id, position);

CREATE TABLE consultation_file (
  id              BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  consultation_id BIGINT NOT NULL,
  position        INT NOT NULL,
  title           VARCHAR(300) NOT NULL,
  file_name       VARCHAR(255) NOT NULL,
  media_type      VARCHAR(120) NOT NULL,
  size_bytes      BIGINT NOT NULL,
  sha256          CHAR(64) NOT NULL,
  content         LONGBLOB NOT NULL,
  CONSTRAINT fk_file_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
);
CREATE INDEX ix_file_consultation ON consultation_file (consultation_id, position);

CREATE TABLE tracking_counter (
  year        INT NOT NULL PRIMARY KEY,
  last_value  BIGINT NOT NULL
);

CREATE TABLE observation (
  id                 BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tracking_code      VARCHAR(20) NOT NULL,
  consultation_id    BIGINT NOT NULL,
  part_id            BIGINT NULL,
  author_name        VARCHAR(200) NOT NULL,
  email              VARCHAR(254) NOT NULL,
  stakeholder_group  VARCHAR(40) NOT NULL,
  department_code    CHAR(2) NOT NULL,
  text               TEXT NOT NULL,
  show_name          BOOLEAN NOT NULL,
  consent_policy     VARCHAR(20) NOT NULL,
  consented_at       DATETIME(6) NOT NULL,
  channel            VARCHAR(20) NOT NULL,
  status             VARCHAR(30) NOT NULL,
  received_at        DATETIME(6) NOT NULL,
  updated_at         DATETIME(6) NOT NULL,
  idempotency_key    VARCHAR(100) NULL,
  client_key         CHAR(64) NULL,
  version            BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_observation_code UNIQUE (tracking_code),
  CONSTRAINT uq_observation_idempotency UNIQUE (idempotency_key),
  CONSTRAINT fk_observation_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
  CONSTRAINT fk_observation_part FOREIGN KEY (part_id) REFERENCES consultation_part (id)
);
CREATE INDEX ix_observation_consultation ON observation (consultation_id, received_at);
CREATE INDEX ix_observation_client ON observation (client_key, received_at);

CREATE TABLE observation_attachment (
  id              BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  observation_id  BIGINT NOT NULL,
  file_name       VARCHAR(255) NOT NULL,
  media_type      VARCHAR(120) NOT NULL,
  size_bytes      BIGINT NOT NULL,
  sha256          CHAR(64) NOT NULL,
  content         LONGBLOB NOT NULL,
  CONSTRAINT fk_attachment_observation FOREIGN KEY (observation_id) REFERENCES observation (id),
  CONSTRAINT uq_attachment_observation UNIQUE (observation_id)
);

CREATE TABLE mail_outbox (
  id               BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind             VARCHAR(40) NOT NULL,
  reference        VARCHAR(100) NOT NULL,
  recipient        VARCHAR(254) NOT NULL,
  subject          VARCHAR(300) NOT NULL,
  body_text        TEXT NOT NULL,
  created_at       DATETIME(6) NOT NULL,
  attempts         INT NOT NULL DEFAULT 0,
  next_attempt_at  DATETIME(6) NOT NULL,
  claimed_until    DATETIME(6) NULL,
  sent_at          DATETIME(6) NULL,
  last_error       VARCHAR(1000) NULL,
  CONSTRAINT uq_outbox_message UNIQUE (kind, reference)
);
CREATE INDEX ix_outbox_pending ON mail_outbox (sent_at, next_attempt_at);
