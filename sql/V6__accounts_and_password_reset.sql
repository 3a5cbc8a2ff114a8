-- Accounts managed by administrators, and password links (invitations and resets).

-- An invited account has no password until its holder sets one through the emailed link.
ALTER TABLE staff_account MODIFY password_hash VARCHAR(500) NULL;

-- Single-use links to set a password. Only the SHA-256 of the token (hex) is kept: the token itself
-- exists only in the e-mail, so reading this table does not give a usable link.
CREATE TABLE password_token (
  id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id  BIGINT NOT NULL,
  purpose     VARCHAR(20) NOT NULL,
  token_hash  CHAR(64) NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  expires_at  DATETIME(6) NOT NULL,
  used_at     DATETIME(6) NULL,
  revoked_at  DATETIME(6) NULL,
  CONSTRAINT uq_password_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_password_token_account FOREIGN KEY (account_id) REFERENCES staff_account (id)
);
CREATE INDEX ix_password_token_account ON password_token (account_id, used_at, revoked_at);

-- Requests on the public "forgot password" page, to limit them by address and by e-mail. Both are
-- stored as keyed hashes: the table does not say who asked.
CREATE TABLE password_reset_request (
  id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email_key   VARCHAR(64) NOT NULL,
  client_key  VARCHAR(64) NOT NULL,
  at          DATETIME(6) NOT NULL
);
CREATE INDEX ix_reset_request_email ON password_reset_request (email_key, at);
CREATE INDEX ix_reset_request_client ON password_reset_request (client_key, at);
