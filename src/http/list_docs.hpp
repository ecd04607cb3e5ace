// The query parameters of a list as the API document shows them, from the list's one
// declaration (db::ListSpec): paging, `q` when the list searches, `sort` with the names it
// accepts, then the list's own filters. Header-only: the routes of every module use it.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "db/list.hpp"
#include "http/router.hpp"

namespace colo::http {

struct ListDocOptions {
  bool paged = true;   // limit and offset
  bool brief = false;  // the list answers `brief=true` with identifying fields only
  std::string q = "Search text.";
};

inline std::vector<QueryDoc> list_docs(const db::ListSpec& spec, std::vector<QueryDoc> filters,
                                       ListDocOptions options = {}) {
  std::vector<QueryDoc> docs;
  if (options.paged) {
    docs.push_back({"limit", "integer", "Page size, 1 to 1000 (default 50)."});
    docs.push_back({"offset", "integer", "Rows to skip."});
  }
  if (options.brief) docs.push_back({"brief", "boolean", "Only id, name and a few identifying fields."});
  if (!spec.search.empty()) docs.push_back({"q", "string", options.q});
  docs.push_back(
      {"sort", "string", "One or more of " + db::sort_names(spec) + ", comma-separated; prefix - for descending."});
  for (auto& f : filters) docs.push_back(std::move(f));
  return docs;
}

}  // namespace colo::http
