-- Move-out tasks opened when a contract ends with devices still installed: one per device, for
-- on-site operations (and a later service desk, which also gets the contract.move_out event from
-- the outbox). A task is done once the ledger shows the device decommissioned or gone.
CREATE TABLE contract_move_out_tasks (
  id {{pk}},
  contract_id BIGINT NOT NULL REFERENCES contracts (id),
  customer_id BIGINT NOT NULL REFERENCES customers (id),
  device_id BIGINT NOT NULL,
  device_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (contract_id, device_id)
);
