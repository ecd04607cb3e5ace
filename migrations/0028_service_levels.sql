-- Measured service levels (R7.1.2) and what missing them costs the operator (R9.2): outage records
-- with the months monitoring covered, each contract's credit table, the credits computed at month
-- end and reviewed by finance, data-loss compensation claims (R9.2.2), and improvement actions
-- (R7.3). Instants are UTC text; days and months are business-zone dates ("2026-11").

-- Outages of a customer's services, recorded by hand, from an import, or (later) from monitoring.
-- contract_id NULL: every contract of the customer; service NULL: every service of the contract.
-- announced_maintenance: the outage fell in maintenance announced ahead and does not count.
CREATE TABLE service_level_outages (
  id {{pk}},
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  contract_id BIGINT REFERENCES contracts (id),
  service TEXT,
  started_at TEXT NOT NULL,
  ended_at TEXT NOT NULL,
  cause TEXT NOT NULL DEFAULT '',
  announced_maintenance INTEGER NOT NULL DEFAULT 0,
  source TEXT NOT NULL CHECK (source IN ('manual', 'import', 'monitoring')),
  devices TEXT NOT NULL DEFAULT '[]',  -- JSON array of {id, name}
  recorded_by_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  CHECK (ended_at > started_at)
);
CREATE INDEX service_level_outages_customer ON service_level_outages (customer_id, started_at);
CREATE INDEX service_level_outages_started ON service_level_outages (started_at, id);

-- The months for which a customer's availability was measured (monitoring or an import covered
-- them). A month absent here is not measured: its report says so and no credit is computed,
-- whatever outages it has; 100 % is never assumed.
CREATE TABLE service_level_coverage (
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  month TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('manual', 'import', 'monitoring')),
  recorded_by_name TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (customer_id, month)
);

-- A contract's credit table; a contract without a row gets the default ladder
-- (< 99.9 % -> 10 %, < 99 % -> 25 %, < 95 % -> 100 % of the service's monthly fee; cap 50 %).
CREATE TABLE service_level_credit_tables (
  contract_id BIGINT PRIMARY KEY REFERENCES contracts (id),
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  steps TEXT NOT NULL,  -- JSON array of {below_bp, credit_bp}, thresholds falling
  cap_bp INTEGER NOT NULL CHECK (cap_bp BETWEEN 1 AND 10000),
  updated_by_name TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- One contract's credit for one month, computed once by the month-end job (the unique key makes a
-- second run change nothing), reviewed by finance (approved as computed, or adjusted with a
-- reason) and then left for billing as a negative pending charge.
CREATE TABLE service_level_credits (
  id {{pk}},
  contract_id BIGINT NOT NULL REFERENCES contracts (id),
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  month TEXT NOT NULL,
  measured INTEGER NOT NULL,
  availability_ppm BIGINT,  -- the contract's whole availability; NULL when not measured
  target_bp INTEGER NOT NULL,
  month_fee_fen BIGINT NOT NULL,
  uncapped_fen BIGINT NOT NULL,
  cap_fen BIGINT NOT NULL,
  computed_fen BIGINT NOT NULL,
  amount_fen BIGINT NOT NULL,  -- what is credited: computed, or finance's adjustment
  computation TEXT NOT NULL,   -- JSON: the table and each service's availability, step and credit
  status TEXT NOT NULL CHECK (status IN ('pending_review', 'approved', 'adjusted', 'no_credit')),
  adjust_reason TEXT,
  reviewed_by_name TEXT,
  reviewed_at TEXT,
  charge_id BIGINT,  -- billing's pending charge
  computed_at TEXT NOT NULL,
  row_version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (contract_id, month)
);
CREATE INDEX service_level_credits_month ON service_level_credits (month, status, id);
CREATE INDEX service_level_credits_customer ON service_level_credits (customer_id, month);

-- Data-loss compensation claims (R9.2.2): raised as a compensation ticket, with the evidence, the
-- operator's assessment and the amount agreed with the customer, which reaches billing as a
-- negative pending charge.
CREATE TABLE service_level_claims (
  id {{pk}},
  number TEXT NOT NULL UNIQUE,  -- CL-2026-000001
  ticket_id BIGINT UNIQUE REFERENCES servicedesk_tickets (id),
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  contract_id BIGINT NOT NULL REFERENCES contracts (id),
  description TEXT NOT NULL,
  evidence TEXT NOT NULL DEFAULT '',
  claimed_fen BIGINT NOT NULL CHECK (claimed_fen >= 0),
  assessment TEXT,
  assessed_by_name TEXT,
  assessed_at TEXT,
  agreed_fen BIGINT CHECK (agreed_fen >= 0),
  status TEXT NOT NULL CHECK (status IN ('submitted', 'assessed', 'agreed', 'rejected')),
  charge_id BIGINT,
  created_by_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX service_level_claims_customer ON service_level_claims (customer_id, id);
CREATE INDEX service_level_claims_status ON service_level_claims (status, id);

-- Improvement actions (problem records, R7.3) with owner and due date, linked to the incidents and
-- complaints they answer; closed only after their effect was verified.
CREATE TABLE service_level_actions (
  id {{pk}},
  number TEXT NOT NULL UNIQUE,  -- IA-2026-000001
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  owner_id BIGINT REFERENCES users (id),
  owner_name TEXT NOT NULL,
  due_date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'verifying', 'closed')),
  verification TEXT,
  verified_by_name TEXT,
  verified_at TEXT,
  closed_at TEXT,
  created_by_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX service_level_actions_status_due ON service_level_actions (status, due_date, id);

CREATE TABLE service_level_action_tickets (
  action_id BIGINT NOT NULL REFERENCES service_level_actions (id),
  ticket_id BIGINT NOT NULL REFERENCES servicedesk_tickets (id),
  PRIMARY KEY (action_id, ticket_id)
);
CREATE INDEX service_level_action_tickets_ticket ON service_level_action_tickets (ticket_id);
