#include "app/export_table.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>

#include <boost/json.hpp>

#include "dcim/csv.hpp"

namespace colo::app::exporting {

namespace json = boost::json;

json::value cell(const json::value& item, std::string_view path) {
  const json::value* at = &item;
  while (!path.empty()) {
    auto dot = path.find('.');
    auto part = path.substr(0, dot);
    const auto* obj = at->if_object();
    if (!obj) return nullptr;
    auto it = obj->find(part);
    if (it == obj->end()) return nullptr;
    at = &it->value();
    path = dot == std::string_view::npos ? std::string_view{} : path.substr(dot + 1);
  }
  if (const auto* obj = at->if_object()) {
    for (const char* name : {"name", "number", "display", "label"})
      if (auto it = obj->find(name); it != obj->end() && !it->value().is_object()) return it->value();
    return json::string(json::serialize(*at));
  }
  if (const auto* arr = at->if_array()) {
    std::string joined;
    for (const auto& v : *arr) {
      auto text = cell_text(cell(v, ""));
      if (text.empty()) continue;
      joined += (joined.empty() ? "" : ", ") + text;
    }
    return json::string(joined);
  }
  return *at;
}

std::string cell_text(const json::value& v) {
  if (v.is_null()) return {};
  if (const auto* s = v.if_string()) return std::string(*s);
  return json::serialize(v);
}

namespace {

// Shortens UTF-8 text to at most `bytes` without splitting a character.
void cut_at_character(std::string& s, std::size_t bytes) {
  if (s.size() <= bytes) return;
  // Back up over continuation bytes to the lead byte of the character that does not fit.
  while (bytes > 0 && (static_cast<unsigned char>(s[bytes]) & 0xC0) == 0x80) --bytes;
  s.resize(bytes);
}

bool looks_like_number(std::string_view s) {
  if (s.empty()) return false;
  char* end = nullptr;
  std::string copy(s);
  std::strtod(copy.c_str(), &end);
  return end == copy.c_str() + copy.size();
}

// Text a spreadsheet would evaluate (CSV injection): defused with a leading apostrophe.
std::string defused(const std::string& s) {
  if (s.empty()) return s;
  const char c = s.front();
  const bool risky = c == '=' || c == '+' || c == '@' || c == '\t' || c == '\r' || (c == '-' && !looks_like_number(s));
  return risky ? "'" + s : s;
}

}  // namespace

std::string csv_record(const std::vector<std::string>& cells) {
  std::vector<std::string> defused_cells;
  defused_cells.reserve(cells.size());
  for (const auto& c : cells) defused_cells.push_back(defused(c));
  return dcim::csv_line(defused_cells);
}

std::string csv(const std::vector<Column>& columns, const std::vector<json::value>& items) {
  std::string out = "\xEF\xBB\xBF";
  std::vector<std::string> cells;
  for (const auto& c : columns) cells.push_back(c.label);
  out += csv_record(cells);
  for (const auto& item : items) {
    cells.clear();
    for (const auto& c : columns) cells.push_back(cell_text(cell(item, c.key)));
    out += csv_record(cells);
  }
  return out;
}

namespace {

struct WorkbookCloser {
  void operator()(lxw_workbook* wb) const {
    if (wb) workbook_close(wb);
  }
};

// A temporary file removed when it goes out of scope.
struct TempFile {
  std::string path;
  TempFile() {
    const char* dir = std::getenv("TMPDIR");
    std::string pattern = std::string(dir && *dir ? dir : "/tmp") + "/colo-export-XXXXXX";
    int fd = ::mkstemp(pattern.data());
    if (fd >= 0) {
      ::close(fd);
      path = pattern;
    }
  }
  ~TempFile() {
    if (!path.empty()) std::remove(path.c_str());
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
};

// Excel refuses sheet names over 31 characters or with []:*?/\ in them.
std::string sheet_title(const std::string& name) {
  std::string out;
  for (char ch : name) {
    if (std::string_view("[]:*?/\\").find(ch) != std::string_view::npos) continue;
    out += ch;
  }
  if (out.empty()) out = "export";
  if (out.size() > 31) cut_at_character(out, 31);
  return out.empty() ? "export" : out;
}

}  // namespace

Result<std::string> xlsx(const std::vector<Column>& columns, const std::vector<json::value>& items,
                         const std::string& sheet_name) {
  TempFile file;
  if (file.path.empty()) return Error::internal("export: cannot create a temporary file");
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;  // rows go to disk as written, not held until the end
  std::unique_ptr<lxw_workbook, WorkbookCloser> wb(workbook_new_opt(file.path.c_str(), &options));
  if (!wb) return Error::internal("export: cannot start a workbook");
  lxw_worksheet* sheet = workbook_add_worksheet(wb.get(), sheet_title(sheet_name).c_str());
  if (!sheet) return Error::internal("export: cannot add a worksheet");
  lxw_format* bold = workbook_add_format(wb.get());
  format_set_bold(bold);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), columns[c].label.c_str(), bold);
    worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), 18, nullptr);
  }
  lxw_row_t row = 1;
  for (const auto& item : items) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
      auto v = cell(item, columns[c].key);
      const auto col = static_cast<lxw_col_t>(c);
      if (v.is_null()) continue;
      if (v.is_int64() || v.is_uint64() || v.is_double())
        worksheet_write_number(sheet, row, col, v.to_number<double>(), nullptr);
      else
        worksheet_write_string(sheet, row, col, cell_text(v).c_str(), nullptr);
    }
    ++row;
  }
  auto* raw = wb.release();
  if (workbook_close(raw) != LXW_NO_ERROR) return Error::internal("export: cannot write the workbook");
  std::ifstream in(file.path, std::ios::binary);
  std::string out((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in && !in.eof()) return Error::internal("export: cannot read the workbook back");
  return out;
}

std::string safe_file_name(std::string_view name) {
  std::string out;
  for (unsigned char ch : name) {
    const bool ok = ch >= 0x80 || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                    ch == '-' || ch == '_' || ch == '.';
    out += ok ? static_cast<char>(ch) : '_';
  }
  if (out.empty() || out.find_first_not_of("._") == std::string::npos) return "export";
  if (out.size() > 120) cut_at_character(out, 120);
  return out;
}

}  // namespace colo::app::exporting
