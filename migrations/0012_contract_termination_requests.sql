-- A customer's request to end its contract early (R11.2.2), handled by the business department:
-- accepted (the contract is terminated with the customer as the initiating side), declined with a
-- reason, or closed when the contract ended otherwise. One open request per contract.
CREATE TABLE contract_termination_requests (
  id {{pk}},
  contract_id BIGINT NOT NULL REFERENCES contracts (id),
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  status TEXT NOT NULL CHECK (status IN ('open', 'accepted', 'declined', 'closed')),
  reason TEXT NOT NULL,
  desired_date TEXT NOT NULL,
  requested_by BIGINT NOT NULL,
  requested_by_name TEXT NOT NULL,
  decided_by_name TEXT,
  decision_comment TEXT NOT NULL DEFAULT '',
  decided_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX contract_termination_requests_contract ON contract_termination_requests (contract_id, id);
CREATE UNIQUE INDEX contract_termination_requests_open ON contract_termination_requests (contract_id)
  WHERE status = 'open';
