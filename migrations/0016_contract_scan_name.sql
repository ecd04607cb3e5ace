-- The file name the signed scan was uploaded under, shown next to it and offered on download
-- (older scans have none and are named after the contract number).
ALTER TABLE contracts ADD COLUMN scan_name TEXT;
