-- Sessions end when what they were granted changes. Each account counts the changes that must end its
-- open sessions (deactivation, a change of roles, a new password); a session remembers the count it
-- started with, and the portal signs it out once the two differ. A counter rather than a timestamp,
-- so several instances with slightly different clocks agree.
ALTER TABLE staff_account ADD COLUMN access_epoch INT NOT NULL DEFAULT 0;
