-- Billing (R8.2.2): invoices and credit notes with their lines, gap-free numbers, billing runs,
-- the ledger of what each contract line was charged per period, customers' buyer details for the
-- fapiao, and charges other modules leave for the next invoice. Money is INTEGER fen; quantities
-- are in thousandths of their unit ("milli").

-- Gap-free numbers per series (INV, CN) and year, incremented in the invoice's write transaction.
CREATE TABLE billing_numbers (
  series TEXT NOT NULL CHECK (series IN ('INV', 'CN')),
  year INTEGER NOT NULL,
  last_value BIGINT NOT NULL,
  PRIMARY KEY (series, year)
);

-- One row per billing run (a day's run, or its resumption). The cursor records progress so that
-- a run stopped half-way continues after the last contract whose batch was committed.
CREATE TABLE billing_runs (
  id {{pk}},
  run_date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
  origin TEXT NOT NULL CHECK (origin IN ('job', 'manual', 'cli', 'demo')),
  contracts_seen INTEGER NOT NULL DEFAULT 0,
  contracts_billed INTEGER NOT NULL DEFAULT 0,
  invoices INTEGER NOT NULL DEFAULT 0,
  credit_notes INTEGER NOT NULL DEFAULT 0,
  total_fen BIGINT NOT NULL DEFAULT 0,
  last_contract_id BIGINT NOT NULL DEFAULT 0,
  notes TEXT NOT NULL DEFAULT '[]',
  errors TEXT NOT NULL DEFAULT '[]',
  started_by_name TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT
);
CREATE INDEX billing_runs_date ON billing_runs (run_date, id);

-- Invoices and credit notes. Issued documents never change their lines or amounts; paid_fen and
-- status follow payments, credited_fen follows credit notes, and the fapiao number is recorded once.
-- buyer and seller are JSON snapshots taken at issue.
CREATE TABLE billing_invoices (
  id {{pk}},
  number TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  customer_name TEXT NOT NULL,
  contract_id BIGINT NOT NULL REFERENCES contracts (id),
  contract_number TEXT NOT NULL,
  original_invoice_id BIGINT REFERENCES billing_invoices (id),
  run_id BIGINT REFERENCES billing_runs (id),
  status TEXT NOT NULL CHECK (status IN ('issued', 'partially_paid', 'paid', 'void', 'credited')),
  is_final INTEGER NOT NULL DEFAULT 0,
  issue_date TEXT NOT NULL,
  due_date TEXT NOT NULL,
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  currency TEXT NOT NULL DEFAULT 'CNY',
  subtotal_fen BIGINT NOT NULL,
  tax_fen BIGINT NOT NULL,
  total_fen BIGINT NOT NULL,
  paid_fen BIGINT NOT NULL DEFAULT 0,
  credited_fen BIGINT NOT NULL DEFAULT 0,
  reason TEXT NOT NULL DEFAULT '',
  buyer TEXT NOT NULL,
  seller TEXT NOT NULL,
  fapiao_number TEXT UNIQUE,
  fapiao_recorded_at TEXT,
  fapiao_recorded_by_name TEXT,
  created_by_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (paid_fen >= 0 AND credited_fen >= 0)
);
CREATE INDEX billing_invoices_customer ON billing_invoices (customer_id, id);
CREATE INDEX billing_invoices_contract ON billing_invoices (contract_id, id);
CREATE INDEX billing_invoices_status_due ON billing_invoices (status, due_date);
CREATE INDEX billing_invoices_original ON billing_invoices (original_invoice_id);

-- The lines of an invoice or credit note. amount = quantity × unit price (× days in service ÷ days
-- in the period for a partial period), tax = round_half_up(amount × tax_rate_bp / 10000).
CREATE TABLE billing_invoice_lines (
  id {{pk}},
  invoice_id BIGINT NOT NULL REFERENCES billing_invoices (id),
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('recurring', 'one_off', 'usage', 'late_fee', 'adjustment', 'credit',
                                     'pending_one_off', 'sla_credit', 'penalty', 'credit_note')),
  line_key TEXT NOT NULL DEFAULT '',
  service TEXT NOT NULL DEFAULT '',
  catalogue_item TEXT,
  description TEXT NOT NULL,
  unit TEXT NOT NULL,
  quantity_milli BIGINT NOT NULL,
  unit_price_fen BIGINT NOT NULL,
  period_start TEXT,
  period_end TEXT,
  days INTEGER,
  period_days INTEGER,
  amount_fen BIGINT NOT NULL,
  tax_rate_bp INTEGER NOT NULL,
  tax_fen BIGINT NOT NULL,
  total_fen BIGINT NOT NULL,
  credited_fen BIGINT NOT NULL DEFAULT 0,
  original_line_id BIGINT REFERENCES billing_invoice_lines (id),
  pending_charge_id BIGINT,
  note TEXT NOT NULL DEFAULT '',
  UNIQUE (invoice_id, position)
);
CREATE INDEX billing_invoice_lines_original ON billing_invoice_lines (original_line_id);

-- What each contract line was charged for each period: the run bills the difference between what
-- the contract's versions make due and the sum here, so a rerun bills nothing new and a change
-- agreement or an early end bills (or credits) only the difference. revision counts the charges of
-- one key; the unique key makes a second writer of the same charge fail instead of billing twice.
CREATE TABLE billing_charges (
  id {{pk}},
  contract_id BIGINT NOT NULL REFERENCES contracts (id),
  line_key TEXT NOT NULL,
  period_start TEXT NOT NULL,
  revision INTEGER NOT NULL,
  period_end TEXT NOT NULL,
  amount_fen BIGINT NOT NULL,
  invoice_id BIGINT NOT NULL REFERENCES billing_invoices (id),
  invoice_line_id BIGINT NOT NULL REFERENCES billing_invoice_lines (id),
  created_at TEXT NOT NULL,
  UNIQUE (contract_id, line_key, period_start, revision)
);

-- The buyer's details printed on the fapiao (购买方信息), one set per customer.
CREATE TABLE billing_profiles (
  customer_id BIGINT PRIMARY KEY REFERENCES customers (id),
  name TEXT NOT NULL,
  taxpayer_id TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  bank_name TEXT NOT NULL DEFAULT '',
  bank_account TEXT NOT NULL DEFAULT '',
  invoice_email TEXT NOT NULL DEFAULT '',
  fapiao_type TEXT NOT NULL CHECK (fapiao_type IN ('special', 'normal')),
  updated_by_name TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Charges other modules leave for a contract's next invoice (late fees, adjustments, credits,
-- one-off work, SLA credits, penalties). amount_fen may be negative for a credit. Billed once:
-- invoice_id and invoice_line_id are set by the run that puts it on an invoice.
CREATE TABLE billing_pending_charges (
  id {{pk}},
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  contract_id BIGINT NOT NULL REFERENCES contracts (id),
  kind TEXT NOT NULL CHECK (kind IN ('late_fee', 'adjustment', 'credit', 'one_off', 'sla_credit', 'penalty')),
  description TEXT NOT NULL,
  quantity_milli BIGINT NOT NULL DEFAULT 1000,
  unit TEXT NOT NULL DEFAULT 'item',
  unit_price_fen BIGINT,
  amount_fen BIGINT NOT NULL,
  tax_rate_bp INTEGER NOT NULL,
  source_type TEXT NOT NULL DEFAULT '',
  source_id BIGINT,
  created_by_name TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  invoice_id BIGINT REFERENCES billing_invoices (id),
  invoice_line_id BIGINT REFERENCES billing_invoice_lines (id),
  cancelled_at TEXT
);
CREATE INDEX billing_pending_charges_open ON billing_pending_charges (contract_id, invoice_id, cancelled_at);
CREATE INDEX billing_pending_charges_source ON billing_pending_charges (source_type, source_id);
