-- Alerts that bring citizens back (no account): a person subscribes with an e-mail address to new
-- consultations (all, or one type), to reminders three business days before a consultation closes, and to
-- one consultation's published documents (report versions, final version). A subscription counts only
-- once the address confirms it through the link e-mailed to it (double opt-in); the link's secret is kept
-- only as its SHA-256 hash. The consent to the data policy is recorded with its version and time.
-- One subscription per address and scope: the general one (scope_key 0) or one per consultation.
-- Unsubscribing or a suppression request deletes the row, and with it what was sent.
CREATE TABLE alert_subscription (
  id                 BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email              VARCHAR(254) NOT NULL,
  consultation_id    BIGINT NULL,
  scope_key          BIGINT AS (COALESCE(consultation_id, 0)) STORED,
  new_consultations  BOOLEAN NOT NULL,
  consultation_type  VARCHAR(40) NULL,
  closing_reminders  BOOLEAN NOT NULL,
  consent_policy     VARCHAR(20) NOT NULL,
  consented_at       DATETIME(6) NOT NULL,
  requested_at       DATETIME(6) NOT NULL,
  confirmation_hash  CHAR(64) NULL,
  confirmed_at       DATETIME(6) NULL,
  CONSTRAINT fk_alert_subscription_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
  CONSTRAINT uq_alert_subscription_scope UNIQUE (email, scope_key),
  CONSTRAINT uq_alert_subscription_confirmation UNIQUE (confirmation_hash),
  KEY ix_alert_subscription_confirmed (confirmed_at)
);

-- Each alert goes once per subscription and occasion ("OPENED:12", "CLOSING:12", "REPORT:12:2",
-- "FINAL:12"): the row is inserted in the transaction that queues the e-mail, so several instances
-- looking at the same time never send it twice.
CREATE TABLE alert_sent (
  subscription_id  BIGINT NOT NULL,
  occasion         VARCHAR(60) NOT NULL,
  sent_at          DATETIME(6) NOT NULL,
  PRIMARY KEY (subscription_id, occasion),
  CONSTRAINT fk_alert_sent_subscription FOREIGN KEY (subscription_id) REFERENCES alert_subscription (id) ON DELETE CASCADE
);

-- Header lines an e-mail carries besides the usual ones ("Name: value", one a line), e.g. the
-- List-Unsubscribe and List-Unsubscribe-Post headers of RFC 8058 on every alert.
ALTER TABLE mail_outbox ADD COLUMN extra_headers VARCHAR(2000) NULL;
