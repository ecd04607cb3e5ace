-- Confidentiality (R10): how sensitive each category of what Colo holds about a customer is, the
-- disclosures of it to authorities and third parties (with the customer's written consent or a
-- legal basis, and management's approval), and the confidentiality obligation of each contract,
-- which outlives the contract (R10.3), with the reminder sent before it ends.

-- One row per category of customer information; the level is the operator's to set.
CREATE TABLE confidentiality_levels (
  category TEXT PRIMARY KEY,  -- contacts, authorised_people, devices, network_plans, contracts, invoices, tickets
  level TEXT NOT NULL,        -- public, internal, confidential, secret
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
INSERT INTO confidentiality_levels (category, level, updated_by, updated_at) VALUES
  ('contacts', 'confidential', 'system', '2026-01-01T00:00:00.000Z'),
  ('authorised_people', 'secret', 'system', '2026-01-01T00:00:00.000Z'),
  ('devices', 'confidential', 'system', '2026-01-01T00:00:00.000Z'),
  ('network_plans', 'secret', 'system', '2026-01-01T00:00:00.000Z'),
  ('contracts', 'confidential', 'system', '2026-01-01T00:00:00.000Z'),
  ('invoices', 'confidential', 'system', '2026-01-01T00:00:00.000Z'),
  ('tickets', 'internal', 'system', '2026-01-01T00:00:00.000Z');

CREATE TABLE disclosure_numbers (
  year INTEGER PRIMARY KEY,
  last_value BIGINT NOT NULL
);

-- A disclosure request and, once made, the disclosure itself. It rests on the customer's written
-- consent (an uploaded file, stored by content hash like contract scans) or on a legal basis (the
-- law and article, the authority's document number); management approves it before it is made.
CREATE TABLE disclosures (
  id {{pk}},
  number TEXT NOT NULL UNIQUE,
  customer_id BIGINT NOT NULL,
  customer_name TEXT NOT NULL,
  recipient TEXT NOT NULL,
  recipient_kind TEXT NOT NULL,  -- authority, third_party
  categories TEXT NOT NULL,      -- JSON array of categories
  records TEXT NOT NULL,         -- which records, in words
  purpose TEXT NOT NULL,
  basis TEXT NOT NULL,  -- consent, legal
  consent_hash TEXT,
  consent_type TEXT,
  consent_name TEXT,
  consent_size BIGINT,
  law TEXT,
  article TEXT,
  document_number TEXT,
  withheld INTEGER NOT NULL,  -- the legal basis forbids telling the customer
  withheld_law TEXT,
  status TEXT NOT NULL,  -- requested, approved, rejected, disclosed
  requested_by TEXT NOT NULL,
  requested_at TEXT NOT NULL,
  decided_by TEXT,
  decided_at TEXT,
  decision_note TEXT,
  disclosed_by TEXT,
  disclosed_at TEXT,
  disclosed_what TEXT
);
CREATE INDEX disclosures_customer ON disclosures (customer_id, requested_at);
CREATE INDEX disclosures_status ON disclosures (status, requested_at);
CREATE INDEX disclosures_disclosed ON disclosures (disclosed_at);

-- A contract's own number of years the duty runs after the contract ends, when it is not the
-- configured default; and the reminder sent before the duty ends (once per end date).
CREATE TABLE confidentiality_terms (
  contract_id BIGINT PRIMARY KEY,
  customer_id BIGINT NOT NULL,
  years_after_end INTEGER NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE confidentiality_reminders (
  contract_id BIGINT NOT NULL,
  until_date TEXT NOT NULL,
  customer_id BIGINT NOT NULL,
  sent_at TEXT NOT NULL,
  PRIMARY KEY (contract_id, until_date)
);
