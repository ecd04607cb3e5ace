// CSV as RFC 4180 says, for the rack and device import and export: fields separated by commas,
// records by CRLF (a bare LF is accepted), fields with commas, quotes or line breaks enclosed in
// double quotes, a quote inside doubled. Pure functions, no I/O.
#pragma once

#include <cstdint>
#include <optional>
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

// ---- reading and writing import and export cells

// A number as the shortest text that reads back the same ("1200", "0.5").
std::string number_text(double v);
// A position in half units as the U it names: 20 -> "10", 21 -> "10.5"; "" when unplaced.
std::string position_text(std::optional<int> hu);

// One record of an import: its cells by column, with typed readers that collect field errors.
class CsvCells {
 public:
  CsvCells(const std::vector<std::string>& header, const CsvRecord& record) : header_(header), record_(record) {}
  bool has(const std::string& column) const { return index(column) >= 0; }
  // The cell, trimmed; nullopt when the column is absent.
  std::optional<std::string> text(const std::string& column) const;
  // Verbatim (notes keep their white space).
  std::optional<std::string> raw(const std::string& column) const;
  // Absent column: nullopt; empty cell: optional holding nullopt.
  std::optional<std::optional<std::int64_t>> integer(const std::string& column);
  std::optional<std::optional<double>> number(const std::string& column);
  // true/1/yes or false/0/no in any case; absent or empty: nullopt.
  std::optional<bool> boolean(const std::string& column);
  std::vector<FieldError> errors;

 private:
  int index(const std::string& column) const;
  const std::vector<std::string>& header_;
  const CsvRecord& record_;
};

// The header's columns, lower case; every one must be known and the required ones present
// (400 dcim.csv.invalid with one field error per problem, on "line 1").
Result<std::vector<std::string>> csv_header(const CsvTable& table, const std::vector<std::string>& known,
                                            const std::vector<std::string>& required);

// A line's failure as field errors {field: "line N", code, message}.
void add_line_errors(std::vector<FieldError>& out, int line, const Error& e);
void add_line_errors(std::vector<FieldError>& out, int line, const std::vector<FieldError>& fields);

// 400 dcim.csv.invalid: "N lines have errors; nothing was imported." with the errors.
Error csv_failure(std::vector<FieldError> errors);

}  // namespace colo::dcim
