-- Notifications and workflow timeline entries keep the message catalogue's key and its parameters
-- (a JSON object of strings naming business numbers), so that each reader sees them in their own
-- language. The rendered text stays in the old columns for search and for rows written before:
-- a row without a key is shown as it was stored.
ALTER TABLE notifications ADD COLUMN title_key TEXT;
ALTER TABLE notifications ADD COLUMN body_key TEXT;
ALTER TABLE notifications ADD COLUMN params TEXT;
ALTER TABLE workflow_transitions ADD COLUMN comment_key TEXT;
ALTER TABLE workflow_transitions ADD COLUMN comment_params TEXT;
