-- Search across published consultations, their parts and published answers, with accents folded.
--
-- The folded texts are written by the application (SearchText.fold: NFD, marks removed, lower case,
-- punctuation to spaces), never by the database: the behaviour must not depend on the collation the
-- database happens to have. The folded columns are compared with a binary collation, so a LIKE matches
-- exactly what the application folded, on MariaDB and MySQL alike. Answer entries are folded from the
-- redacted observation text (PersonalData.redact), so a search for an e-mail or a number cannot reveal
-- that a citizen wrote it.
CREATE TABLE search_entry (
  id               BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  consultation_id  BIGINT NOT NULL,
  kind             VARCHAR(20) NOT NULL,
  target_id        BIGINT NOT NULL,
  position         INT NOT NULL,
  title_folded     VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  text_folded      MEDIUMTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL
);
CREATE INDEX ix_search_consultation ON search_entry (consultation_id);
CREATE INDEX ix_search_kind ON search_entry (kind, consultation_id, position);

-- What each consultation's entries were built from: when the signature read from the live tables differs
-- (the consultation was corrected, published or withdrawn, or answers were published) its entries are
-- rebuilt. The row is also the lock that keeps two instances from rebuilding the same consultation at once.
CREATE TABLE search_source (
  consultation_id  BIGINT NOT NULL PRIMARY KEY,
  signature        VARCHAR(200) NOT NULL,
  indexed_at       DATETIME(6) NOT NULL
);

-- No foreign keys to consultation on purpose: the index is derived data and must never stand in the way
-- of the consultation's own lifecycle; entries of a consultation that is no longer public are dropped
-- at the next refresh.
