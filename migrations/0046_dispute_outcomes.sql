-- A dispute closed with the outcome "termination" opens the contract's termination request
-- (R11.2.2, R12): the case keeps the request it opened.
ALTER TABLE disputes ADD COLUMN termination_request_id BIGINT;

-- The compliance view counts five years of the rooms' door events and of contract-months in the
-- database (R4.2.1, R7.1.1): indexes that hold every column those counts read.
CREATE INDEX facility_entry_log_event_at ON facility_entry_log (event, at, visit_id, person_id);
CREATE INDEX service_level_credits_measured ON service_level_credits (measured, month, availability_ppm, target_bp);
