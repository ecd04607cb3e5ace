-- Colocation service contracts (R3.2.3), their versions and change agreements (R11.1), renewal
-- reminders, and the settlement checklist of an ended contract (R11.2.3). Money is INTEGER fen.

-- Gap-free numbers per year, incremented in the contract's own write transaction.
CREATE TABLE contract_numbers (
  year INTEGER PRIMARY KEY,
  last_value BIGINT NOT NULL
);

-- One row per contract; the term columns mirror the version in force today (for lists and the
-- daily job). The full terms of every version are in contract_versions.
CREATE TABLE contracts (
  id {{pk}},
  number TEXT NOT NULL UNIQUE,
  application_id BIGINT UNIQUE REFERENCES applications (id),
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  customer_name TEXT NOT NULL,
  operator_party TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'signed', 'active', 'expired', 'terminated')),
  effective_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  term_months INTEGER NOT NULL,
  auto_renew INTEGER NOT NULL,
  notice_days INTEGER NOT NULL,
  confidentiality_years INTEGER NOT NULL,
  confidentiality_until TEXT NOT NULL,
  current_version INTEGER NOT NULL,
  signed_at TEXT,
  signed_by BIGINT,
  signed_by_name TEXT,
  customer_signatory TEXT,
  signed_on TEXT,
  scan_hash TEXT,
  scan_type TEXT,
  scan_size BIGINT,
  activated_at TEXT,
  activated_by_name TEXT,
  ended_at TEXT,
  termination_date TEXT,
  termination_initiator TEXT CHECK (termination_initiator IN ('operator', 'customer')),
  termination_reason TEXT,
  created_by BIGINT NOT NULL,
  created_by_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (end_date > effective_date)
);
CREATE INDEX contracts_customer ON contracts (customer_id, id);
CREATE INDEX contracts_status_end ON contracts (status, end_date);

CREATE TABLE contract_versions (
  id {{pk}},
  contract_id BIGINT NOT NULL REFERENCES contracts (id),
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  version INTEGER NOT NULL,
  effective_from TEXT NOT NULL,
  terms TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (reason IN ('initial', 'amendment', 'renewal')),
  amendment_id BIGINT,
  created_at TEXT NOT NULL,
  UNIQUE (contract_id, version)
);

-- Change agreements; their steps are in workflow_transitions (object_type 'contract_amendment').
CREATE TABLE contract_amendments (
  id {{pk}},
  contract_id BIGINT NOT NULL REFERENCES contracts (id),
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  number INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('proposed_by_operator', 'proposed_by_customer', 'agreed', 'effective',
                                         'rejected', 'withdrawn')),
  proposed_by_side TEXT NOT NULL CHECK (proposed_by_side IN ('operator', 'customer')),
  proposed_by BIGINT NOT NULL,
  proposed_by_name TEXT NOT NULL,
  effective_date TEXT NOT NULL,
  summary TEXT NOT NULL,
  rights_duties TEXT NOT NULL,
  changes TEXT NOT NULL,
  version INTEGER,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (contract_id, number)
);
CREATE INDEX contract_amendments_status ON contract_amendments (status, effective_date);

-- Renewal reminders sent, once per contract, term end and threshold (60, 30, 7 days).
CREATE TABLE contract_reminders (
  contract_id BIGINT NOT NULL REFERENCES contracts (id),
  end_date TEXT NOT NULL,
  days INTEGER NOT NULL,
  sent_at TEXT NOT NULL,
  PRIMARY KEY (contract_id, end_date, days)
);

CREATE TABLE contract_settlement_items (
  id {{pk}},
  contract_id BIGINT NOT NULL REFERENCES contracts (id),
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  done INTEGER NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT '',
  done_by_name TEXT,
  done_at TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (contract_id, kind)
);
