#include "db/list.hpp"

#include "db/tenant.hpp"

namespace colo::db {

namespace {

Error bad_sort(const ListSpec& spec, const std::string& what) {
  const auto names = sort_names(spec);
  return Error::invalid(
             "invalid_query", "Cannot sort by '" + what + "'; sort by one of: " + names + ".",
             {{"sort", "invalid_choice", "Sort by one of: " + names + ".", {{"choices", names}}, "field.invalid_sort"}})
      .keyed("invalid_query.sort")
      .with("choices", names);
}

// Each column of a compound sort column ("p.family, p.first_key") with the direction.
void append_columns(std::string& out, std::string_view columns, bool descending) {
  std::size_t start = 0;
  while (true) {
    const auto comma = columns.find(',', start);
    auto column = columns.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    while (!column.empty() && column.front() == ' ') column.remove_prefix(1);
    while (!column.empty() && column.back() == ' ') column.remove_suffix(1);
    out += (out.empty() ? "" : ", ") + std::string(column) + (descending ? " DESC" : "");
    if (comma == std::string_view::npos) return;
    start = comma + 1;
  }
}

}  // namespace

std::string sort_names(const ListSpec& spec) {
  std::string out;
  for (const auto& [name, _] : spec.sorts) out += (out.empty() ? "" : ", ") + name;
  return out;
}

Result<std::vector<SortKey>> parse_sort(std::string_view text, const ListSpec& spec) {
  std::vector<SortKey> keys;
  if (text.empty()) return keys;
  std::size_t start = 0;
  while (true) {
    const auto comma = text.find(',', start);
    std::string item(text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    SortKey key;
    key.descending = !item.empty() && item.front() == '-';
    key.name = key.descending ? item.substr(1) : item;
    bool known = false;
    for (const auto& [name, _] : spec.sorts) known = known || name == key.name;
    if (!known) return bad_sort(spec, item);
    for (const auto& k : keys)
      if (k.name == key.name) return bad_sort(spec, item);
    keys.push_back(std::move(key));
    if (comma == std::string_view::npos) return keys;
    start = comma + 1;
  }
}

Result<std::string> order_by(const ListSpec& spec, const std::optional<std::string>& sort) {
  COLO_TRY(auto keys, parse_sort(sort.value_or(""), spec));
  if (keys.empty()) return " ORDER BY " + spec.default_order;
  std::string out;
  for (const auto& k : keys)
    for (const auto& [name, columns] : spec.sorts)
      if (name == k.name) append_columns(out, columns, k.descending);
  return " ORDER BY " + out + ", " + spec.tiebreak;
}

std::string contains_pattern(std::string_view text) {
  std::string out = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

std::string bind(Params& params, Value v) {
  params.push_back(std::move(v));
  return "$" + std::to_string(params.size());
}

std::string ListSql::arg(Value v) { return bind(params_, std::move(v)); }

void ListSql::add(std::string_view fragment, Value v) {
  const auto p = arg(std::move(v));
  std::string out;
  for (char c : fragment) {
    if (c == '?')
      out += p;
    else
      out += c;
  }
  raw(out);
}

void ListSql::raw(std::string_view condition) { where_ += " AND " + std::string(condition); }

std::string in_list(Params& params, const std::vector<std::int64_t>& ids) {
  std::string out;
  for (auto id : ids) {
    params.emplace_back(id);
    out += (out.empty() ? "$" : ", $") + std::to_string(params.size());
  }
  return out;
}

std::string ListSql::in_list(const std::vector<std::int64_t>& ids) { return db::in_list(params_, ids); }

void ListSql::tenant(const Context& ctx) {
  if (!spec_.tenant_column.empty()) where_ += tenant_filter(ctx, spec_.tenant_column, params_);
}

// LOWER on both sides: SQLite's LIKE ignores ASCII case and PostgreSQL's does not, so neither
// engine's own rule decides. The escape character is written out so both read the same pattern.
void ListSql::search(const std::optional<std::string>& q) {
  if (!q || q->empty() || spec_.search.empty()) return;
  const auto p = arg(contains_pattern(*q));
  std::string out = "(";
  for (const auto& column : spec_.search) {
    if (out.size() > 1) out += " OR ";
    out += "LOWER(" + column + ") LIKE LOWER(" + p + ") ESCAPE '\\'";
  }
  raw(out + ")");
}

}  // namespace colo::db
