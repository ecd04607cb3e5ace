-- Rectification orders (隐患整改单): a patrol finding that belongs to no customer — on a room, an
-- infrastructure asset or the generator yard — is the operator's own defect, tracked here to
-- closure: assigned, rectified, verified by a second person, or dismissed as not a defect. One
-- order per round, checkpoint and item (the unique key), so a finding recorded again or a raced
-- submission opens it once. The steps taken are workflow transitions (object
-- "facility.finding"), each audited. Staff only: no customer owns any of these.
CREATE TABLE facility_findings (
  id {{pk}},
  round_id BIGINT NOT NULL REFERENCES facility_patrol_rounds (id),
  checkpoint_key TEXT NOT NULL,
  item_key TEXT NOT NULL,
  template_name TEXT NOT NULL,
  checkpoint_name TEXT NOT NULL,
  checkpoint_kind TEXT NOT NULL,
  ref_id BIGINT,
  item_label TEXT NOT NULL,
  reading TEXT NOT NULL,
  severity INTEGER NOT NULL,
  status TEXT NOT NULL,
  deadline_at TEXT NOT NULL,
  assignee TEXT,
  rectification_note TEXT,
  rectified_by TEXT,
  rectified_at TEXT,
  verified_by TEXT,
  verified_at TEXT,
  dismiss_reason TEXT,
  closed_at TEXT,
  -- One photo of the rectified spot (JPEG or PNG), base64 text as the patrol photos keep theirs.
  photo_type TEXT,
  photo_size BIGINT,
  photo_data TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX facility_findings_key ON facility_findings (round_id, checkpoint_key, item_key);
CREATE INDEX facility_findings_open ON facility_findings (status, deadline_at);
