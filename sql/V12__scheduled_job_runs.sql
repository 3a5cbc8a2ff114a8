-- Daily jobs (the staff's deadline reminders) run once a day whatever the number of instances: the
-- instance that inserts the day's row does the work in the same transaction; the others find it there.
-- The row also tells an auditor when the reminders went out and how many.
CREATE TABLE scheduled_job_run (
  job     VARCHAR(40) NOT NULL,
  run_on  DATE NOT NULL,
  ran_at  DATETIME(6) NOT NULL,
  items   INT NOT NULL DEFAULT 0,
  PRIMARY KEY (job, run_on)
);
