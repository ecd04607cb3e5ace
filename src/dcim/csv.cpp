#include "dcim/csv.hpp"

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
    if (c == '"') return malformed(line, "a quote inside an unquoted field (enclose the field in quotes and double the quote)");
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
  bool quote = !value.empty() && (value.front() == ' ' || value.back() == ' ' || value.front() == '\t' ||
                                  value.back() == '\t');
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

}  // namespace colo::dcim
