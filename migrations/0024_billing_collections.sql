-- Collections (R9.1): the late-payment penalty (违约金) each overdue invoice accrues, the waivers
-- finance grants, the dunning reminders sent, and suspensions of service for non-payment, abuse or
-- over-use with the devices they took out of service.

-- One row per invoice that has been overdue. accrued_exact is the penalty in 1/10000 fen, summed
-- without rounding (shown and billed rounded half up to fen); cap_base_fen is the highest
-- outstanding accrued on (the cap is cap_bp of it); accrued_through is the last day accrued, so a
-- second run for the same day accrues nothing. billed_fen is the penalty already on invoices;
-- open_charge_id is the one pending charge (billing_pending_charges) holding the rest that is not
-- waived, until a billing run puts it on the contract's next invoice. paused: in dispute (set by
-- disputes, or by finance until then), nothing accrues.
CREATE TABLE billing_collection_states (
  invoice_id BIGINT PRIMARY KEY REFERENCES billing_invoices (id),
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  contract_id BIGINT NOT NULL REFERENCES contracts (id),
  bp_per_day INTEGER NOT NULL,
  cap_bp INTEGER NOT NULL,
  accrued_exact BIGINT NOT NULL DEFAULT 0,
  cap_base_fen BIGINT NOT NULL DEFAULT 0,
  accrued_through TEXT,
  waived_fen BIGINT NOT NULL DEFAULT 0,
  billed_fen BIGINT NOT NULL DEFAULT 0,
  open_charge_id BIGINT REFERENCES billing_pending_charges (id),
  paused INTEGER NOT NULL DEFAULT 0,
  paused_reason TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  CHECK (accrued_exact >= 0 AND waived_fen >= 0 AND billed_fen >= 0)
);
CREATE INDEX billing_collection_states_customer ON billing_collection_states (customer_id, invoice_id);
CREATE INDEX billing_collection_states_contract ON billing_collection_states (contract_id, invoice_id);

-- Finance's waivers of an invoice's penalty, with the reason (audited as well).
CREATE TABLE billing_penalty_waivers (
  id {{pk}},
  invoice_id BIGINT NOT NULL REFERENCES billing_invoices (id),
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),
  reason TEXT NOT NULL,
  created_by BIGINT NOT NULL,
  created_by_name TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX billing_penalty_waivers_invoice ON billing_penalty_waivers (invoice_id, id);

-- Dunning reminders: one per invoice and offset (days from the due date), ever.
CREATE TABLE billing_reminders (
  id {{pk}},
  invoice_id BIGINT NOT NULL REFERENCES billing_invoices (id),
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  offset_days INTEGER NOT NULL,
  reminder_date TEXT NOT NULL,
  due_date TEXT NOT NULL,
  outstanding_fen BIGINT NOT NULL,
  penalty_fen BIGINT NOT NULL,
  sent_at TEXT NOT NULL,
  UNIQUE (invoice_id, offset_days)
);
CREATE INDEX billing_reminders_customer ON billing_reminders (customer_id, id);

-- Suspensions of a contract's service (停机). open_contract_id is the contract while the
-- suspension is open (proposed, active, lift_proposed) and NULL once closed, so that a contract
-- has at most one open suspension on both engines.
CREATE TABLE billing_suspensions (
  id {{pk}},
  contract_id BIGINT NOT NULL REFERENCES contracts (id),
  contract_number TEXT NOT NULL,
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  customer_name TEXT NOT NULL,
  open_contract_id BIGINT UNIQUE,
  reason TEXT NOT NULL CHECK (reason IN ('non_payment', 'abuse', 'overuse')),
  evidence TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('proposed', 'active', 'lift_proposed', 'lifted', 'rejected', 'withdrawn')),
  stop_power INTEGER NOT NULL DEFAULT 1,
  stop_ports INTEGER NOT NULL DEFAULT 1,
  stop_access INTEGER NOT NULL DEFAULT 1,
  overdue_fen BIGINT NOT NULL DEFAULT 0,
  oldest_due_date TEXT,
  proposed_by BIGINT NOT NULL DEFAULT 0,
  proposed_by_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  suspended_at TEXT,
  lifted_at TEXT
);
CREATE INDEX billing_suspensions_contract ON billing_suspensions (contract_id, id);
CREATE INDEX billing_suspensions_customer ON billing_suspensions (customer_id, id);
CREATE INDEX billing_suspensions_status ON billing_suspensions (status, id);

-- The devices an approved suspension took out of service, with the ledger status each had, so
-- that lifting it puts each back.
CREATE TABLE billing_suspension_devices (
  suspension_id BIGINT NOT NULL REFERENCES billing_suspensions (id),
  device_id BIGINT NOT NULL,
  device_name TEXT NOT NULL,
  previous_status TEXT NOT NULL,
  restored_at TEXT,
  PRIMARY KEY (suspension_id, device_id)
);
