-- Notes and comments Colo writes itself on a contract's settlement items and termination requests
-- are kept as a catalogue key with its values, so that each reader reads them in its own language;
-- the text column keeps what a person wrote (and, for rows written before, the English sentence).
ALTER TABLE contract_settlement_items ADD COLUMN note_key TEXT NOT NULL DEFAULT '';
ALTER TABLE contract_settlement_items ADD COLUMN note_params TEXT NOT NULL DEFAULT '';
ALTER TABLE contract_termination_requests ADD COLUMN decision_key TEXT NOT NULL DEFAULT '';
