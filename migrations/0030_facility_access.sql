-- Facility access (R4.2.1). facility_people: who each customer allows on site; the ID number and
-- phone are sealed with the data key (never stored in clear), id_number_hint/phone_hint keep the
-- masked form that lists show. rooms/racks are JSON arrays of dcim ids.
CREATE TABLE facility_people (
  id {{pk}},
  customer_id BIGINT NOT NULL,
  name TEXT NOT NULL,
  id_type TEXT NOT NULL,
  id_number_sealed TEXT NOT NULL,
  id_number_hint TEXT NOT NULL,
  phone_sealed TEXT NOT NULL,
  phone_hint TEXT NOT NULL,
  company TEXT NOT NULL,
  rooms TEXT NOT NULL,
  racks TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  valid_to TEXT NOT NULL,
  status TEXT NOT NULL,  -- pending, approved, rejected
  decided_by TEXT,
  decided_at TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX facility_people_customer ON facility_people (customer_id, name);
CREATE INDEX facility_people_status ON facility_people (status);

-- Visits: a person of the list, a window (UTC instants), rooms and racks, purpose, what is
-- carried. Approval gives the code the front desk looks the visit up by.
CREATE TABLE facility_visits (
  id {{pk}},
  customer_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL REFERENCES facility_people (id),
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  rooms TEXT NOT NULL,
  racks TEXT NOT NULL,
  purpose TEXT NOT NULL,
  carried TEXT NOT NULL,
  status TEXT NOT NULL,  -- requested, approved, rejected, checked_in, checked_out, cancelled
  code TEXT,
  requested_by TEXT NOT NULL,
  decided_by TEXT,
  decided_at TEXT,
  checked_in_at TEXT,
  checked_in_room BIGINT,
  checked_out_at TEXT,
  escort TEXT,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX facility_visits_code ON facility_visits (code);
CREATE INDEX facility_visits_person ON facility_visits (person_id, starts_at);
CREATE INDEX facility_visits_customer ON facility_visits (customer_id, starts_at);
CREATE INDEX facility_visits_window ON facility_visits (starts_at, ends_at);

-- The entry/exit log per room, refusals included; kept [facility] entry_log_days (at least a
-- year) and then deleted by the daily job.
CREATE TABLE facility_entry_log (
  id {{pk}},
  at TEXT NOT NULL,
  room_id BIGINT,
  visit_id BIGINT,
  person_id BIGINT,
  customer_id BIGINT,
  person_name TEXT NOT NULL,
  event TEXT NOT NULL,  -- check_in, check_out, refused
  reason TEXT,
  code TEXT,
  escort TEXT,
  actor TEXT NOT NULL
);
CREATE INDEX facility_entry_log_at ON facility_entry_log (at);
CREATE INDEX facility_entry_log_room ON facility_entry_log (room_id, at);
CREATE INDEX facility_entry_log_customer ON facility_entry_log (customer_id, at);

-- Equipment slips (设备出入库): devices moving in or out, approved before it happens; moving out
-- a device of a contract in arrears or suspended waits for finance's release. On completion the
-- ledger's devices change state in the same transaction.
CREATE TABLE facility_slips (
  id {{pk}},
  customer_id BIGINT NOT NULL,
  direction TEXT NOT NULL,  -- in, out
  status TEXT NOT NULL,     -- requested, approved, rejected, completed, cancelled
  planned_on TEXT NOT NULL,
  note TEXT NOT NULL,
  needs_release INTEGER NOT NULL,
  released_by TEXT,
  released_at TEXT,
  requested_by TEXT NOT NULL,
  decided_by TEXT,
  decided_at TEXT,
  completed_by TEXT,
  completed_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX facility_slips_customer ON facility_slips (customer_id, planned_on);

CREATE TABLE facility_slip_items (
  id {{pk}},
  slip_id BIGINT NOT NULL REFERENCES facility_slips (id),
  device_id BIGINT,  -- a ledger device; NULL for a new one known by its serial
  serial TEXT NOT NULL,
  description TEXT NOT NULL,
  contract_id BIGINT
);
CREATE INDEX facility_slip_items_slip ON facility_slip_items (slip_id);
