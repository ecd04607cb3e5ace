-- Customer backup service (R6.1): plans per contract, every run (restic driven by Colo, or
-- reported by an engine Colo does not drive), and restore requests with approval, execution,
-- verification and the customer's confirmation. Passwords are sealed with the data key.
CREATE TABLE backup_plans (
  id {{pk}},
  customer_id BIGINT NOT NULL,
  contract_id BIGINT NOT NULL,
  contract_number TEXT NOT NULL,
  name TEXT NOT NULL,
  source_kind TEXT NOT NULL,  -- paths, command
  paths TEXT NOT NULL,  -- JSON array of absolute paths
  dump_command TEXT NOT NULL,  -- JSON array: argv of the dump
  dump_filename TEXT NOT NULL,
  schedule_kind TEXT NOT NULL,  -- interval, daily
  interval_minutes INTEGER NOT NULL,
  daily_at TEXT NOT NULL,  -- HH:MM in the business zone
  keep_last INTEGER NOT NULL,
  keep_daily INTEGER NOT NULL,
  keep_weekly INTEGER NOT NULL,
  keep_monthly INTEGER NOT NULL,
  repository TEXT NOT NULL,
  location TEXT NOT NULL,
  password_sealed TEXT NOT NULL,
  restore_test_days INTEGER NOT NULL,
  timeout_minutes INTEGER NOT NULL,
  status TEXT NOT NULL,  -- active, paused
  next_run_at TEXT,
  last_restore_test_at TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX backup_plans_customer ON backup_plans (customer_id, id);
CREATE INDEX backup_plans_due ON backup_plans (status, next_run_at);

CREATE TABLE backup_runs (
  id {{pk}},
  plan_id BIGINT,
  plan_name TEXT NOT NULL,
  customer_id BIGINT NOT NULL,
  contract_id BIGINT,
  engine TEXT NOT NULL,  -- restic, veeam, bacula, other
  kind TEXT NOT NULL,  -- backup, restore_test
  job_name TEXT NOT NULL,
  status TEXT NOT NULL,  -- running, succeeded, failed
  due_at TEXT,  -- the schedule slot a runner claimed: one run per plan, kind and slot
  started_at TEXT NOT NULL,
  ended_at TEXT,
  files BIGINT,
  files_new BIGINT,
  bytes_added BIGINT,
  bytes_processed BIGINT,
  snapshot_id TEXT,
  reason TEXT,
  ticket_number TEXT,
  log_excerpt TEXT NOT NULL,
  reported_by TEXT NOT NULL
);
CREATE UNIQUE INDEX backup_runs_slot ON backup_runs (plan_id, kind, due_at);
-- The runs list filtered by customer and status, newest first.
CREATE INDEX backup_runs_customer_status ON backup_runs (customer_id, status, id);
CREATE INDEX backup_runs_status ON backup_runs (status, id);
CREATE INDEX backup_runs_plan ON backup_runs (plan_id, id);
CREATE INDEX backup_runs_ended ON backup_runs (ended_at);

CREATE TABLE backup_restores (
  id {{pk}},
  plan_id BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  snapshot_id TEXT NOT NULL,
  paths TEXT NOT NULL,  -- JSON array, inside the snapshot
  target_kind TEXT NOT NULL,  -- original, path
  target_path TEXT NOT NULL,
  status TEXT NOT NULL,  -- requested, approved, rejected, verified, failed, confirmed
  note TEXT NOT NULL,
  requested_by TEXT NOT NULL,
  requested_at TEXT NOT NULL,
  decided_by TEXT,
  decided_at TEXT,
  decision_note TEXT,
  executed_at TEXT,
  failure_reason TEXT,
  files_verified BIGINT,
  bytes_restored BIGINT,
  verification TEXT NOT NULL,
  confirmed_by TEXT,
  confirmed_at TEXT,
  confirmation_note TEXT
);
CREATE INDEX backup_restores_customer ON backup_restores (customer_id, status, id);
