-- Workflow transitions of every object that runs through the workflow engine
-- (applications, change agreements, ...): who took which step, when and why.
CREATE TABLE workflow_transitions (
  id {{pk}},
  object_type TEXT NOT NULL,
  object_id BIGINT NOT NULL,
  action TEXT NOT NULL,
  from_state TEXT NOT NULL,
  to_state TEXT NOT NULL,
  actor_id BIGINT NOT NULL,
  actor TEXT NOT NULL,
  actor_roles TEXT NOT NULL,
  comment TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX workflow_transitions_object ON workflow_transitions (object_type, object_id);
