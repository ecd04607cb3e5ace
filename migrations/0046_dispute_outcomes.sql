-- A dispute closed with the outcome "termination" opens the contract's termination request
-- (R11.2.2, R12): the case keeps the request it opened.
ALTER TABLE disputes ADD COLUMN termination_request_id BIGINT;
