// GET /api/v1/export: any list the API answers, as a CSV or XLSX file. The list's own route runs
// with the caller's principal, permission, tenancy and filters, page by page, so an export holds
// exactly the rows the same filter shows on screen, and no list needs export code of its own.
#include <boost/json.hpp>

#include "app/app.hpp"
#include "app/export_table.hpp"
#include "core/json.hpp"
#include "http/body.hpp"
#include "http/context.hpp"

namespace colo::app {

namespace {

namespace json = boost::json;

// The parameters the export takes for itself; every other one is the list's filter.
const std::vector<std::string> kOwnParameters = {"path", "format", "column", "label", "filename", "limit", "offset"};
// The largest page every list accepts (http::read_page).
constexpr std::int64_t kPage = 1000;
constexpr std::size_t kMaxColumns = 100;

bool own_parameter(std::string_view name) {
  for (const auto& p : kOwnParameters)
    if (p == name) return true;
  return false;
}

Failure bad_request(std::string code, std::string field, std::string message) {
  return Failure{Error::invalid(std::move(code), message, {{std::move(field), "invalid", message}})};
}

// One page of the list: its route's own answer, or the problem it gave.
struct PageResult {
  http::Response response;
  std::int64_t count = 0;
  json::array results;
  bool is_list = false;
};

PageResult read_page(const http::Route& route, const http::Request& outer, const http::Fields& path_params,
                     const http::Fields& filters, std::int64_t offset) {
  http::Request inner;
  inner.method = "GET";
  inner.path = outer.query_param("path").value_or("");
  inner.target = inner.path;
  inner.query = filters;
  inner.query.emplace_back("limit", std::to_string(kPage));
  inner.query.emplace_back("offset", std::to_string(offset));
  inner.headers = outer.headers;
  inner.remote_addr = outer.remote_addr;
  inner.request_id = outer.request_id;
  inner.secure = outer.secure;
  inner.route = route.pattern;
  inner.path_params = path_params;
  inner.principal = outer.principal;
  inner.lang = outer.lang;
  PageResult out;
  out.response = route.handler(inner);
  if (out.response.status != 200) return out;
  json::value body;
  try {
    body = json::parse(out.response.body);
  } catch (const std::exception&) {
    return out;
  }
  const auto* obj = body.if_object();
  if (!obj) return out;
  auto results = obj->find("results");
  auto count = obj->find("count");
  if (results == obj->end() || !results->value().is_array() || count == obj->end() || !count->value().is_int64())
    return out;
  out.is_list = true;
  out.count = count->value().as_int64();
  out.results = std::move(results->value().as_array());
  return out;
}

}  // namespace

void add_export_routes(App& app) {
  auto& router = app.router();
  const auto max_rows = static_cast<std::int64_t>(app.config().export_max_rows);
  router.add(http::Route{
      .method = "GET",
      .pattern = "/api/v1/export",
      .handler =
          [&router, max_rows](http::Request& req) {
            // The export reads and checks its own parameters; the rest are the list's filters,
            // which its route checks.
            http::Request own;
            http::Fields filters;
            for (const auto& [k, v] : req.query) (own_parameter(k) ? own.query : filters).emplace_back(k, v);
            http::QueryReader q(own);
            auto path = q.string("path", 300);
            auto format = q.choice("format", {"csv", "xlsx"}).value_or("csv");
            auto keys = q.all("column");
            auto labels = q.all("label");
            auto filename = q.string("filename", 120);
            // A table's own page is not the export's: the whole filtered list is exported.
            q.string("limit", 20);
            q.string("offset", 20);
            if (!path) q.error("path", "required", "Name the list to export, e.g. /api/v1/dcim/devices.");
            if (keys.empty()) q.error("column", "required", "Name at least one column.");
            q.finish();
            if (keys.size() > kMaxColumns)
              throw bad_request("export.too_many_columns", "column", "Export at most 100 columns.");
            if (!labels.empty() && labels.size() != keys.size())
              throw bad_request("export.labels_mismatch", "label", "Give one label per column, or none.");
            if (path->rfind("/api/v1/", 0) != 0 || *path == "/api/v1/export")
              throw bad_request("export.unknown_list", "path", "Only the API's lists can be exported.");
            auto match = router.match("GET", *path);
            if (!match.route) throw bad_request("export.unknown_list", "path", "There is no list at this path.");
            const auto& route = *match.route;
            // The list's guard, as the pipeline would have checked it for a direct request.
            if (route.auth == http::Auth::permission && !(req.principal && req.principal->can(route.permission)))
              throw Failure{Error::forbidden("You lack the permission " + route.permission + ".")};

            std::vector<exporting::Column> columns;
            for (std::size_t i = 0; i < keys.size(); ++i)
              columns.push_back({keys[i], labels.empty() ? keys[i] : labels[i]});

            auto first = read_page(route, req, match.params, filters, 0);
            if (first.response.status != 200) return first.response;
            if (!first.is_list)
              throw bad_request("export.not_a_list", "path", "This path answers one object, not a list.");
            if (first.count > max_rows)
              throw Failure{Error::unprocessable("export.too_many_rows",
                                                 "The list holds " + std::to_string(first.count) +
                                                     " rows; an export holds at most " + std::to_string(max_rows) +
                                                     ". Narrow the filter and export again.")};
            std::vector<json::value> items;
            items.reserve(static_cast<std::size_t>(first.count));
            for (auto& v : first.results) items.push_back(std::move(v));
            // Rows written between pages can shift them; the count read first bounds the file.
            while (static_cast<std::int64_t>(items.size()) < first.count) {
              auto next = read_page(route, req, match.params, filters, static_cast<std::int64_t>(items.size()));
              if (next.response.status != 200) return next.response;
              if (!next.is_list || next.results.empty()) break;
              for (auto& v : next.results) {
                if (static_cast<std::int64_t>(items.size()) >= max_rows) break;
                items.push_back(std::move(v));
              }
            }

            std::string base = filename ? *filename : path->substr(path->rfind('/') + 1);
            auto name = exporting::safe_file_name(base) + "." + format;
            http::Response res;
            res.status = 200;
            if (format == "csv") {
              res.body = exporting::csv(columns, items);
              res.set_header("Content-Type", "text/csv; charset=utf-8");
            } else {
              res.body = exporting::xlsx(columns, items, exporting::safe_file_name(base)).take();
              res.set_header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
            res.set_header("Content-Disposition", http::content_disposition("attachment", "export." + format, name));
            return res;
          },
      .summary = "A list as a CSV (UTF-8 with BOM) or XLSX file: the list at `path` with its filters, as the caller "
                 "sees it, in the columns asked for.",
      .tag = "export",
      .auth = http::Auth::authenticated,
      .query = {{"path", "string", "The list, e.g. /api/v1/dcim/devices"},
                {"format", "string", "csv (default) or xlsx"},
                {"column", "string", "A dotted path into each item (repeat for each column), e.g. rack.name"},
                {"label", "string", "The header of each column, in order (repeat; default the paths)"},
                {"filename", "string", "The file's name without extension"}},
      .response_type = "text/csv"});
}

}  // namespace colo::app
