-- "Recover my codes" (observation/application/CodeRecovery) finds a person's observations by the
-- address they were sent with, from a public form: an index keeps that one indexed lookup instead of
-- a scan of every observation, however large campaigns make the table.
CREATE INDEX ix_observation_email ON observation (email);
