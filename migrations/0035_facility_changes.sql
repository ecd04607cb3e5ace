-- Equipment slips ask which contracts put a ledger device in (contract_resources by device).
CREATE INDEX contract_resources_ref ON contract_resources (kind, ref_id);
