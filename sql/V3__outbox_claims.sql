-- The outbox is claimed in one statement per round: each round marks its rows with its own token.
ALTER TABLE mail_outbox ADD COLUMN claim_token CHAR(36) NULL;
CREATE INDEX ix_outbox_claim ON mail_outbox (claim_token);
