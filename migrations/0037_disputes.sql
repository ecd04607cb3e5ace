-- Disputes (R12): a case per customer and contract, opened from a complaint, an invoice or
-- directly; negotiated first (the log of meetings, proposals and documents), then escalated to the
-- arbitration commission or court the parties agreed (kept on the case: contracts carry no forum).
-- The outcome and what it caused (the credit's pending charge) stay on the case.
CREATE TABLE disputes (
  id {{pk}},
  number TEXT NOT NULL UNIQUE,
  customer_id BIGINT NOT NULL,
  customer_name TEXT NOT NULL,
  contract_id BIGINT NOT NULL,
  contract_number TEXT NOT NULL,
  source_type TEXT NOT NULL,  -- direct, complaint, invoice, breach
  source_id BIGINT,
  source_number TEXT,
  raised_by TEXT NOT NULL,  -- customer, operator
  claim TEXT NOT NULL,
  amount_fen BIGINT NOT NULL,
  status TEXT NOT NULL,  -- negotiating, escalated, resolved, withdrawn
  forum_kind TEXT,  -- arbitration, court
  forum_name TEXT,
  case_number TEXT,
  hearing_date TEXT,
  escalated_at TEXT,
  legal_hold INTEGER NOT NULL,
  hold_reason TEXT,
  outcome TEXT,  -- credit, payment_plan, termination, no_change, withdrawn
  outcome_amount_fen BIGINT,
  outcome_note TEXT,
  credit_charge_id BIGINT,
  closed_at TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX disputes_customer ON disputes (customer_id, created_at);
CREATE INDEX disputes_contract ON disputes (contract_id);
CREATE INDEX disputes_status ON disputes (status, created_at);

-- The negotiation log: meetings, proposals, documents, notes, hearings.
CREATE TABLE dispute_entries (
  id {{pk}},
  dispute_id BIGINT NOT NULL REFERENCES disputes (id),
  kind TEXT NOT NULL,
  on_date TEXT NOT NULL,
  summary TEXT NOT NULL,
  amount_fen BIGINT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX dispute_entries_dispute ON dispute_entries (dispute_id, on_date);

-- Deadlines of the case (answer the claim, file the evidence); an open one keeps the case open.
CREATE TABLE dispute_deadlines (
  id {{pk}},
  dispute_id BIGINT NOT NULL REFERENCES disputes (id),
  title TEXT NOT NULL,
  due_date TEXT NOT NULL,
  done_at TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX dispute_deadlines_dispute ON dispute_deadlines (dispute_id, due_date);

-- Records the case rests on (invoices, tickets). An invoice linked to an open case accrues no
-- late fee and gets no reminders; a link is not removed while the case is under legal hold.
CREATE TABLE dispute_links (
  id {{pk}},
  dispute_id BIGINT NOT NULL REFERENCES disputes (id),
  object_type TEXT NOT NULL,
  object_id BIGINT NOT NULL,
  label TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX dispute_links_object ON dispute_links (dispute_id, object_type, object_id);
CREATE INDEX dispute_links_target ON dispute_links (object_type, object_id);

CREATE TABLE dispute_numbers (
  year INTEGER PRIMARY KEY,
  last_value BIGINT NOT NULL
);

-- Breach records (R9): either side's breach of a contract, the clause concerned, the evidence,
-- the consequence chosen and what it caused (a pending charge, a suspension).
CREATE TABLE breaches (
  id {{pk}},
  number TEXT NOT NULL UNIQUE,
  customer_id BIGINT NOT NULL,
  customer_name TEXT NOT NULL,
  contract_id BIGINT NOT NULL,
  contract_number TEXT NOT NULL,
  party TEXT NOT NULL,  -- customer, operator
  kind TEXT NOT NULL,
  clause TEXT NOT NULL,
  description TEXT NOT NULL,
  occurred_on TEXT NOT NULL,
  status TEXT NOT NULL,  -- open, decided, closed
  consequence TEXT,  -- none, penalty, suspension, compensation, termination
  consequence_amount_fen BIGINT,
  consequence_note TEXT,
  charge_id BIGINT,
  suspension_id BIGINT,
  decided_by TEXT,
  decided_at TEXT,
  closed_at TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX breaches_customer ON breaches (customer_id, occurred_on);
CREATE INDEX breaches_contract ON breaches (contract_id);
CREATE INDEX breaches_status ON breaches (status, occurred_on);

-- Evidence of a breach: tickets, invoices, alerts, entry-log entries by id, or a document named.
CREATE TABLE breach_evidence (
  id {{pk}},
  breach_id BIGINT NOT NULL REFERENCES breaches (id),
  object_type TEXT NOT NULL,
  object_id BIGINT,
  label TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX breach_evidence_breach ON breach_evidence (breach_id, id);

CREATE TABLE breach_numbers (
  year INTEGER PRIMARY KEY,
  last_value BIGINT NOT NULL
);
