-- Receivables (R8.2.1): payments received, their allocations to invoices, refunds of credit, and
-- deposits (保证金) held per contract. Money is INTEGER fen; customer names and contract numbers
-- are kept as they were when the row was written, like the invoices'. A payment's money is allocated to
-- invoices, taken as a deposit, refunded, or left as the customer's credit balance:
-- amount = allocated + deposit + refunded + unallocated, and the credit balance is the sum of the
-- unallocated amounts of the payments that stand (not reversed).

CREATE TABLE billing_payments (
  id {{pk}},
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  customer_name TEXT NOT NULL,
  amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),
  received_on TEXT NOT NULL,
  method TEXT NOT NULL CHECK (method IN ('bank_transfer', 'cash', 'cheque', 'other')),
  bank_reference TEXT NOT NULL DEFAULT '',
  payer_name TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('received', 'reversed')),
  allocated_fen BIGINT NOT NULL DEFAULT 0,
  deposit_fen BIGINT NOT NULL DEFAULT 0,
  refunded_fen BIGINT NOT NULL DEFAULT 0,
  reversal_reason TEXT,
  reversed_on TEXT,
  reversed_at TEXT,
  reversed_by_name TEXT,
  created_by_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (allocated_fen >= 0 AND deposit_fen >= 0 AND refunded_fen >= 0),
  CHECK (allocated_fen + deposit_fen + refunded_fen <= amount_fen)
);
-- The same transfer is never recorded twice: a bank reference names one payment of a customer.
CREATE UNIQUE INDEX billing_payments_reference ON billing_payments (customer_id, bank_reference)
  WHERE bank_reference <> '';
CREATE INDEX billing_payments_customer ON billing_payments (customer_id, received_on, id);
CREATE INDEX billing_payments_received ON billing_payments (received_on, id);

-- Deposits held for a contract: received with a payment (payment_id) or on their own, then
-- released (paid back, a refund row) or offset against open invoices (allocation rows).
CREATE TABLE billing_deposits (
  id {{pk}},
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  customer_name TEXT NOT NULL,
  contract_id BIGINT NOT NULL REFERENCES contracts (id),
  contract_number TEXT NOT NULL,
  payment_id BIGINT REFERENCES billing_payments (id),
  amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),
  received_on TEXT NOT NULL,
  reference TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('held', 'released', 'offset')),
  offset_fen BIGINT NOT NULL DEFAULT 0,
  released_fen BIGINT NOT NULL DEFAULT 0,
  settled_on TEXT,
  settled_by_name TEXT,
  created_by_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (offset_fen + released_fen <= amount_fen)
);
CREATE INDEX billing_deposits_contract ON billing_deposits (contract_id, id);
CREATE INDEX billing_deposits_customer ON billing_deposits (customer_id, id);

-- Money put on an invoice, from a payment or from a deposit offset at a contract's end. An
-- allocation undone (its payment reversed) keeps its row with reversed_at.
CREATE TABLE billing_allocations (
  id {{pk}},
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  invoice_id BIGINT NOT NULL REFERENCES billing_invoices (id),
  payment_id BIGINT REFERENCES billing_payments (id),
  deposit_id BIGINT REFERENCES billing_deposits (id),
  amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),
  created_by_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  reversed_at TEXT,
  CHECK ((payment_id IS NULL AND deposit_id IS NOT NULL) OR (payment_id IS NOT NULL AND deposit_id IS NULL))
);
CREATE INDEX billing_allocations_payment ON billing_allocations (payment_id);
CREATE INDEX billing_allocations_invoice ON billing_allocations (invoice_id);
CREATE INDEX billing_allocations_deposit ON billing_allocations (deposit_id);

-- Money paid back to a customer: of its credit balance (drawn from its payments oldest first,
-- the draws kept as JSON [{payment_id, amount_fen}]) or a deposit released.
CREATE TABLE billing_refunds (
  id {{pk}},
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  customer_name TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('credit', 'deposit')),
  deposit_id BIGINT REFERENCES billing_deposits (id),
  amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),
  refunded_on TEXT NOT NULL,
  reference TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  draws TEXT NOT NULL DEFAULT '[]',
  created_by_name TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX billing_refunds_customer ON billing_refunds (customer_id, refunded_on, id);
