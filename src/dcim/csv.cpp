#include "dcim/csv.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <set>

#include "core/text.hpp"

namespace colo::dcim {

namespace {

Error malformed(int line, const std::string& message) {
  auto where = "line " + std::to_string(line);
  return Error::invalid("dcim.csv.malformed", where + ": " + message, {{where, "malformed", message}});
}

std::string trim(std::string_view s) {
  std::size_t a = 0, b = s.size();
  while (a < b && (s[a] == ' ' || s[a] == '\t')) ++a;
  while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t')) --b;
  return std::string(s.substr(a, b - a));
}

}  // namespace

Result<CsvTable> parse_csv(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  // The whole file is checked before any of it is read: one bad byte refuses the import, so
  // that nothing half-decoded is stored (and every later list holding it stays valid JSON).
  if (auto flaw = text::find_flaw(text)) {
    const auto where = "line " + std::to_string(text::line_at(text, flaw->offset));
    const auto what = "the text contains " + text::describe(*flaw);
    return Error::invalid("dcim.csv.invalid_text", where + ": " + what + "; save the file as UTF-8.",
                          {{where, "invalid_text", "The text contains " + text::describe(*flaw) + "."}});
  }
  std::vector<CsvRecord> records;
  CsvRecord record;
  std::string field;
  int line = 1;
  record.line = 1;
  bool at_field_start = true;
  std::size_t i = 0;
  const std::size_t n = text.size();
  auto end_record = [&] {
    record.fields.push_back(std::move(field));
    field.clear();
    // A blank line is one empty field: left out.
    if (!(record.fields.size() == 1 && record.fields[0].empty())) records.push_back(std::move(record));
    record = CsvRecord{};
    at_field_start = true;
  };
  while (i < n) {
    char c = text[i];
    if (at_field_start && c == '"') {
      // A quoted field: up to the closing quote; "" is one quote; line breaks are content.
      const int started = line;
      ++i;
      bool closed = false;
      while (i < n) {
        char q = text[i];
        if (q == '"') {
          if (i + 1 < n && text[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          closed = true;
          break;
        }
        if (q == '\n') ++line;
        field += q;
        ++i;
      }
      if (!closed) return malformed(started, "a quoted field is not closed");
      at_field_start = false;
      if (i < n && text[i] != ',' && text[i] != '\r' && text[i] != '\n')
        return malformed(line, "text after the closing quote of a field");
      continue;
    }
    if (c == ',') {
      record.fields.push_back(std::move(field));
      field.clear();
      at_field_start = true;
      ++i;
      continue;
    }
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
      ++i;
      end_record();
      ++line;
      record.line = line;
      continue;
    }
    if (c == '"')
      return malformed(line, "a quote inside an unquoted field (enclose the field in quotes and double the quote)");
    field += c;
    at_field_start = false;
    ++i;
  }
  if (!at_field_start || !field.empty() || !record.fields.empty()) end_record();
  if (records.empty()) return malformed(1, "the file is empty; the first line must name the columns");
  CsvTable table;
  for (auto& h : records.front().fields) table.header.push_back(trim(h));
  table.records.assign(std::make_move_iterator(records.begin() + 1), std::make_move_iterator(records.end()));
  return table;
}

std::string csv_field(std::string_view value) {
  bool quote =
      !value.empty() && (value.front() == ' ' || value.back() == ' ' || value.front() == '\t' || value.back() == '\t');
  for (char c : value)
    if (c == ',' || c == '"' || c == '\r' || c == '\n') quote = true;
  if (!quote) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string csv_line(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ',';
    out += csv_field(fields[i]);
  }
  out += "\r\n";
  return out;
}

// ---- reading and writing import and export cells

std::string number_text(double v) {
  char buf[64];
  auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, p);
}
std::string position_text(std::optional<int> hu) {
  if (!hu) return "";
  return *hu % 2 ? std::to_string(*hu / 2) + ".5" : std::to_string(*hu / 2);
}

std::optional<std::string> CsvCells::text(const std::string& column) const {
  auto i = index(column);
  if (i < 0) return std::nullopt;
  std::string v = record_.fields[static_cast<std::size_t>(i)];
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.pop_back();
  std::size_t a = 0;
  while (a < v.size() && (v[a] == ' ' || v[a] == '\t')) ++a;
  return v.substr(a);
}

std::optional<std::string> CsvCells::raw(const std::string& column) const {
  auto i = index(column);
  if (i < 0) return std::nullopt;
  return record_.fields[static_cast<std::size_t>(i)];
}

std::optional<std::optional<std::int64_t>> CsvCells::integer(const std::string& column) {
  auto v = text(column);
  if (!v) return std::nullopt;
  if (v->empty()) return std::optional<std::int64_t>{};
  std::int64_t n = 0;
  auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec != std::errc() || p != v->data() + v->size()) {
    errors.push_back({column, "invalid_integer", "'" + *v + "' is not a whole number."});
    return std::nullopt;
  }
  return std::optional<std::int64_t>(n);
}

std::optional<std::optional<double>> CsvCells::number(const std::string& column) {
  auto v = text(column);
  if (!v) return std::nullopt;
  if (v->empty()) return std::optional<double>{};
  double d = 0;
  auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), d);
  if (ec != std::errc() || p != v->data() + v->size() || !std::isfinite(d)) {
    errors.push_back({column, "invalid_number", "'" + *v + "' is not a number."});
    return std::nullopt;
  }
  return std::optional<double>(d);
}

std::optional<bool> CsvCells::boolean(const std::string& column) {
  auto v = text(column);
  if (!v || v->empty()) return std::nullopt;
  std::string l;
  for (char c : *v) l += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (l == "true" || l == "1" || l == "yes") return true;
  if (l == "false" || l == "0" || l == "no") return false;
  errors.push_back({column, "invalid_boolean", "'" + *v + "' is not true or false."});
  return std::nullopt;
}

int CsvCells::index(const std::string& column) const {
  for (std::size_t i = 0; i < header_.size(); ++i)
    if (header_[i] == column) return static_cast<int>(i);
  return -1;
}

// The header's columns, lower case; every one must be known and the required ones present.
Result<std::vector<std::string>> csv_header(const CsvTable& table, const std::vector<std::string>& known,
                                            const std::vector<std::string>& required) {
  std::vector<std::string> header;
  std::vector<FieldError> errors;
  for (const auto& h : table.header) {
    std::string l;
    for (char c : h) l += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::find(known.begin(), known.end(), l) == known.end())
      errors.push_back({"line 1", "unknown_column", "Unknown column '" + h + "'."});
    if (std::find(header.begin(), header.end(), l) != header.end())
      errors.push_back({"line 1", "duplicate_column", "Column '" + h + "' appears twice."});
    header.push_back(l);
  }
  for (const auto& r : required)
    if (std::find(header.begin(), header.end(), r) == header.end())
      errors.push_back({"line 1", "missing_column", "The column '" + r + "' is required."});
  if (!errors.empty()) return Error::invalid("dcim.csv.invalid", "The header line is wrong.", std::move(errors));
  return header;
}

// A line's failure as field errors {field: "line N", code, message}.
void add_line_errors(std::vector<FieldError>& out, int line, const Error& e) {
  const auto where = "line " + std::to_string(line);
  if (e.fields.empty()) {
    out.push_back({where, e.code, e.message});
    return;
  }
  for (const auto& f : e.fields) out.push_back({where, f.code, f.field + ": " + f.message});
}
void add_line_errors(std::vector<FieldError>& out, int line, const std::vector<FieldError>& fields) {
  for (const auto& f : fields) out.push_back({"line " + std::to_string(line), f.code, f.field + ": " + f.message});
}

Error csv_failure(std::vector<FieldError> errors) {
  std::set<std::string> lines;
  for (const auto& e : errors) lines.insert(e.field);
  return Error::invalid("dcim.csv.invalid",
                        std::to_string(lines.size()) + (lines.size() == 1 ? " line has" : " lines have") +
                            " errors; nothing was imported.",
                        std::move(errors));
}

}  // namespace colo::dcim
