// Turning a list's JSON items into a table to download: cells picked by dotted paths
// ("rack.name"), written as CSV (UTF-8 with a byte-order mark, so that Excel opens Chinese) or as
// an XLSX workbook. Pure apart from xlsx(), which goes through a temporary file because
// libxlsxwriter writes only to files. Safe from any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <boost/json/value.hpp>

#include "core/result.hpp"

namespace colo::app::exporting {

struct Column {
  std::string key;    // dotted path into an item: "name", "rack.name", "customer.id"
  std::string label;  // the header, in the reader's language
};

// The value at `path` in `item` as a cell: null when absent. An object stands for itself by its
// name (or number, or display text) when it has one; an array becomes its cells joined by ", ".
boost::json::value cell(const boost::json::value& item, std::string_view path);

// A cell as text: strings as they are, numbers and booleans as JSON writes them, null as "".
std::string cell_text(const boost::json::value& cell);

// One CSV record (RFC 4180, CRLF). A text cell that a spreadsheet would run as a formula (starting
// with =, +, -, @, tab or CR and not a number) is prefixed with an apostrophe.
std::string csv_record(const std::vector<std::string>& cells);

// The whole CSV: BOM, header, one record per row.
std::string csv(const std::vector<Column>& columns, const std::vector<boost::json::value>& items);

// An XLSX workbook with one sheet: the header in bold, numbers as numbers, text as text.
Result<std::string> xlsx(const std::vector<Column>& columns, const std::vector<boost::json::value>& items,
                         const std::string& sheet_name);

// A file name safe in a Content-Disposition header: letters, digits (any script), '-', '_' and
// '.'; anything else becomes '_'; empty becomes "export".
std::string safe_file_name(std::string_view name);

}  // namespace colo::app::exporting
