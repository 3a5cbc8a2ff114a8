-- Staff accounts, roles and offices; sign-in attempts (for lockout); the append-only audit trail.

CREATE TABLE office (
  id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name        VARCHAR(200) NOT NULL,
  active      BOOLEAN NOT NULL DEFAULT TRUE,
  CONSTRAINT uq_office_name UNIQUE (name)
);

CREATE TABLE staff_account (
  id               BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email            VARCHAR(254) NOT NULL,
  full_name        VARCHAR(200) NOT NULL,
  password_hash    VARCHAR(500) NOT NULL,
  office_id        BIGINT NULL,
  active           BOOLEAN NOT NULL DEFAULT TRUE,
  failed_attempts  INT NOT NULL DEFAULT 0,
  locked_until     DATETIME(6) NULL,
  last_login_at    DATETIME(6) NULL,
  created_at       DATETIME(6) NOT NULL,
  version          BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_staff_email UNIQUE (email),
  CONSTRAINT fk_staff_office FOREIGN KEY (office_id) REFERENCES office (id)
);

CREATE TABLE staff_role (
  account_id  BIGINT NOT NULL,
  role        VARCHAR(20) NOT NULL,
  PRIMARY KEY (account_id, role),
  CONSTRAINT fk_role_account FOREIGN KEY (account_id) REFERENCES staff_account (id)
);

-- Every sign-in attempt, kept to slow down and lock out guessing by account and by address.
CREATE TABLE login_attempt (
  id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email       VARCHAR(254) NOT NULL,
  client_key  CHAR(64) NULL,
  succeeded   BOOLEAN NOT NULL,
  at          DATETIME(6) NOT NULL
);
CREATE INDEX ix_login_client ON login_attempt (client_key, at);

-- Who did what, when, with the state before and after. Nobody may change or delete a row: the
-- triggers refuse it even to the application's own database account.
CREATE TABLE audit_event (
  id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at           DATETIME(6) NOT NULL,
  actor        VARCHAR(254) NOT NULL,
  action       VARCHAR(60) NOT NULL,
  target_type  VARCHAR(60) NOT NULL,
  target_id    VARCHAR(100) NULL,
  before_state TEXT NULL,
  after_state  TEXT NULL
);
CREATE INDEX ix_audit_at ON audit_event (at);
CREATE INDEX ix_audit_actor ON audit_event (actor, at);

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
