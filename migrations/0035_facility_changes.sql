-- Equipment slips ask which contracts put a ledger device in (contract_resources by device).
CREATE INDEX contract_resources_ref ON contract_resources (kind, ref_id);

-- Change control (R4.3.2): a change to infrastructure or customer equipment is requested with its
-- risk, rollback plan, window and the customers it touches; approved by technical (and, at high
-- risk, management) through the workflow engine; the affected customers are notified ahead; it is
-- executed with a checklist and closed with its result. Rooms, racks, devices, feeds and customers
-- are JSON arrays of ids.
CREATE TABLE facility_numbers (
  kind TEXT NOT NULL,
  year INTEGER NOT NULL,
  last_value BIGINT NOT NULL,
  PRIMARY KEY (kind, year)
);

CREATE TABLE facility_changes (
  id {{pk}},
  number TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  reason TEXT NOT NULL,
  risk TEXT NOT NULL,           -- low, medium, high
  rollback_plan TEXT NOT NULL,
  window_start TEXT NOT NULL,   -- instants, UTC
  window_end TEXT NOT NULL,
  rooms TEXT NOT NULL,
  racks TEXT NOT NULL,
  devices TEXT NOT NULL,
  feeds TEXT NOT NULL,
  computed_customers TEXT NOT NULL,  -- from the scope, as the ledger had it when last computed
  customers TEXT NOT NULL,           -- the customers notified: computed, then edited by staff
  status TEXT NOT NULL,        -- submitted, technical_approved, approved, rejected, in_progress, closed, cancelled
  result TEXT,                 -- successful, rolled_back, failed
  result_note TEXT NOT NULL,
  notified_at TEXT,
  started_at TEXT,
  closed_at TEXT,
  requested_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX facility_changes_status ON facility_changes (status, window_start);
CREATE INDEX facility_changes_window ON facility_changes (window_start);

CREATE TABLE facility_change_steps (
  id {{pk}},
  change_id BIGINT NOT NULL REFERENCES facility_changes (id),
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  done_by TEXT,
  done_at TEXT,
  UNIQUE (change_id, position)
);

-- Emergency plans and drills (R4.2.3): a plan per scenario with its owner, whose text is kept as
-- versions that are never edited (a new version supersedes the last); drills scheduled against a
-- plan, recorded with participants, timeline entries and findings, and follow-up actions tracked
-- to closure.
CREATE TABLE facility_plans (
  id {{pk}},
  scenario TEXT NOT NULL,  -- power_failure, fire, cooling_failure, network_outage, flooding
  title TEXT NOT NULL,
  owner TEXT NOT NULL,
  version INTEGER NOT NULL,  -- the version in force
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE facility_plan_versions (
  id {{pk}},
  plan_id BIGINT NOT NULL REFERENCES facility_plans (id),
  version INTEGER NOT NULL,
  body TEXT NOT NULL,
  owner TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  superseded_at TEXT,
  UNIQUE (plan_id, version)
);

CREATE TABLE facility_drills (
  id {{pk}},
  plan_id BIGINT NOT NULL REFERENCES facility_plans (id),
  plan_version INTEGER,  -- the version drilled, once held
  title TEXT NOT NULL,
  scheduled_on TEXT NOT NULL,
  status TEXT NOT NULL,  -- scheduled, held, cancelled
  held_on TEXT,
  participants TEXT NOT NULL,  -- JSON array of names
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX facility_drills_plan ON facility_drills (plan_id, held_on);
CREATE INDEX facility_drills_scheduled ON facility_drills (scheduled_on);

CREATE TABLE facility_drill_entries (
  id {{pk}},
  drill_id BIGINT NOT NULL REFERENCES facility_drills (id),
  kind TEXT NOT NULL,  -- timeline, finding
  at TEXT NOT NULL,
  text TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX facility_drill_entries_drill ON facility_drill_entries (drill_id);

CREATE TABLE facility_drill_actions (
  id {{pk}},
  drill_id BIGINT NOT NULL REFERENCES facility_drills (id),
  text TEXT NOT NULL,
  owner TEXT NOT NULL,
  due_on TEXT NOT NULL,
  status TEXT NOT NULL,  -- open, closed
  closed_by TEXT,
  closed_at TEXT,
  closing_note TEXT NOT NULL
);
CREATE INDEX facility_drill_actions_drill ON facility_drill_actions (drill_id);
CREATE INDEX facility_drill_actions_open ON facility_drill_actions (status, due_on);
