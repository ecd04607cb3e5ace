-- A user's saved list filters ("views"): a name and the list's query string parameters as a JSON
-- object, per list page. Kept on the server so that they follow the user to every browser.
CREATE TABLE user_saved_views (
  id {{pk}},
  user_id BIGINT NOT NULL REFERENCES users (id),
  page TEXT NOT NULL,
  name TEXT NOT NULL,
  query TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (user_id, page, name)
);
