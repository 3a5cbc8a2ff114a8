-- The accountability hearing (audiencia pública de rendición de cuentas). Its questions are observations
-- of a consultation of type AUDIENCIA_RENDICION_CUENTAS: they reuse intake, moderation, answers, deadlines.

CREATE TABLE hearing (
  id                      BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug                    VARCHAR(120) NOT NULL,
  title                   VARCHAR(300) NOT NULL,
  summary                 TEXT NOT NULL,
  year                    INT NOT NULL,
  starts_at               DATETIME(6) NOT NULL,
  ends_at                 DATETIME(6) NOT NULL,
  place                   VARCHAR(300) NULL,
  stream_url              VARCHAR(500) NULL,
  questions_consultation_id BIGINT NULL,
  in_person_capacity      INT NOT NULL,
  online_capacity         INT NOT NULL,
  registration_closes_at  DATETIME(6) NOT NULL,
  survey_closes_at        DATETIME(6) NOT NULL,
  published               BOOLEAN NOT NULL DEFAULT FALSE,
  created_at              DATETIME(6) NOT NULL,
  updated_at              DATETIME(6) NOT NULL,
  version                 BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_hearing_slug UNIQUE (slug),
  CONSTRAINT fk_hearing_questions FOREIGN KEY (questions_consultation_id) REFERENCES consultation (id)
);

CREATE TABLE hearing_agenda_item (
  id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  hearing_id  BIGINT NOT NULL,
  position    INT NOT NULL,
  time_label  VARCHAR(20) NULL,
  title       VARCHAR(300) NOT NULL,
  speaker     VARCHAR(300) NULL,
  CONSTRAINT fk_agenda_hearing FOREIGN KEY (hearing_id) REFERENCES hearing (id)
);

CREATE TABLE hearing_material (
  id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  hearing_id  BIGINT NOT NULL,
  position    INT NOT NULL,
  kind        VARCHAR(30) NOT NULL,
  title       VARCHAR(300) NOT NULL,
  file_name   VARCHAR(255) NOT NULL,
  media_type  VARCHAR(120) NOT NULL,
  size_bytes  BIGINT NOT NULL,
  sha256      CHAR(64) NOT NULL,
  content     LONGBLOB NOT NULL,
  CONSTRAINT fk_material_hearing FOREIGN KEY (hearing_id) REFERENCES hearing (id)
);

-- One registration per person (e-mail) and hearing; the capacity is checked with the hearing row locked.
CREATE TABLE hearing_registration (
  id                BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  hearing_id        BIGINT NOT NULL,
  full_name         VARCHAR(200) NOT NULL,
  email             VARCHAR(254) NOT NULL,
  mode              VARCHAR(20) NOT NULL,
  stakeholder_group VARCHAR(40) NOT NULL,
  department_code   CHAR(2) NOT NULL,
  consent_policy    VARCHAR(20) NOT NULL,
  created_at        DATETIME(6) NOT NULL,
  CONSTRAINT uq_registration UNIQUE (hearing_id, email),
  CONSTRAINT fk_registration_hearing FOREIGN KEY (hearing_id) REFERENCES hearing (id)
);

-- One evaluation per person: the respondent is a keyed hash of the e-mail, never the e-mail itself.
CREATE TABLE hearing_survey_response (
  id                 BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  hearing_id         BIGINT NOT NULL,
  respondent_key     CHAR(64) NOT NULL,
  clarity            INT NOT NULL,
  usefulness         INT NOT NULL,
  question_answered  VARCHAR(20) NOT NULL,
  comment            TEXT NULL,
  created_at         DATETIME(6) NOT NULL,
  CONSTRAINT uq_survey_respondent UNIQUE (hearing_id, respondent_key),
  CONSTRAINT fk_survey_hearing FOREIGN KEY (hearing_id) REFERENCES hearing (id)
);

-- The hearing report (memoria): frozen when published; publishing again adds a version.
CREATE TABLE hearing_memoria (
  id            BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  hearing_id    BIGINT NOT NULL,
  number        INT NOT NULL,
  published_at  DATETIME(6) NOT NULL,
  published_by  VARCHAR(254) NOT NULL,
  snapshot_json LONGTEXT NOT NULL,
  CONSTRAINT uq_memoria_version UNIQUE (hearing_id, number),
  CONSTRAINT fk_memoria_hearing FOREIGN KEY (hearing_id) REFERENCES hearing (id)
);
