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
