// CSV as RFC 4180 says, for the rack and device import and export: fields separated by commas,
// records by CRLF (a bare LF is accepted), fields with commas, quotes or line breaks enclosed in
// double quotes, a quote inside doubled. Pure functions, no I/O.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace colo::dcim {

struct CsvRecord {
  int line = 0;  // the physical line (1-based) where the record starts; the header is line 1
  std::vector<std::string> fields;
};

struct CsvTable {
  std::vector<std::string> header;  // trimmed, as written
  std::vector<CsvRecord> records;   // blank lines left out
};

// Parses a whole document. A UTF-8 byte-order mark is ignored. Errors (400 dcim.csv.malformed)
// carry one field error {field: "line N", code, message}: an unterminated quoted field, a quote
// inside an unquoted field, text after a closing quote, or an empty document. A document that
// is not valid text (core/text.hpp: invalid UTF-8, a noncharacter, a control character other
// than tab and line breaks) is refused whole with 400 dcim.csv.invalid_text naming the line.
Result<CsvTable> parse_csv(std::string_view text);

// One field as written: quoted when it holds a comma, a quote, a line break or leading or
// trailing white space.
std::string csv_field(std::string_view value);
// One record with its CRLF.
std::string csv_line(const std::vector<std::string>& fields);

}  // namespace colo::dcim
