#include "core/json.hpp"

#include <array>
#include <charconv>
#include <cmath>

#include "core/shape.hpp"

namespace colo {

namespace {

// The bytes a JSON string cannot hold as they are: one table look-up per byte.
constexpr std::array<bool, 256> kNeedsEscape = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[static_cast<std::size_t>(c)] = true;
  t['"'] = true;
  t['\\'] = true;
  return t;
}();

bool needs_escape(char c) { return kNeedsEscape[static_cast<unsigned char>(c)]; }

// Runs of characters that need no escape (nearly all text) are appended in one piece: appending
// character by character was the largest single cost of a list answer.
void write_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (!needs_escape(c)) continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += "\\u00";
        out += kHex[(c >> 4) & 0xf];
        out += kHex[c & 0xf];
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

// The shortest digits that read back as the same double, never in exponent form: Boost.JSON
// writes 7.86 as "7.86E0", which clients show as is. A whole number keeps ".0" so that a typed
// reader still sees a decimal (50.0, not 50). JSON has no NaN or infinity: null.
void write_double(std::string& out, double d) {
  if (!std::isfinite(d)) {
    out += "null";
    return;
  }
  char buf[400];  // the longest fixed form (the smallest subnormal) is 327 characters
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed);
  const std::string_view digits(buf, static_cast<std::size_t>(end - buf));
  out += digits;
  if (digits.find('.') == std::string_view::npos) out += ".0";
}

template <typename Int>
void write_integer(std::string& out, Int v) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, end);
}

void write(std::string& out, const json::value& v) {
  switch (v.kind()) {
    case json::kind::null:
      out += "null";
      break;
    case json::kind::bool_:
      out += v.get_bool() ? "true" : "false";
      break;
    case json::kind::int64:
      write_integer(out, v.get_int64());
      break;
    case json::kind::uint64:
      write_integer(out, v.get_uint64());
      break;
    case json::kind::double_:
      write_double(out, v.get_double());
      break;
    case json::kind::string:
      write_string(out, v.get_string());
      break;
    case json::kind::array: {
      out += '[';
      bool first = true;
      for (const auto& e : v.get_array()) {
        if (!first) out += ',';
        first = false;
        write(out, e);
      }
      out += ']';
      break;
    }
    case json::kind::object: {
      out += '{';
      bool first = true;
      for (const auto& [k, e] : v.get_object()) {
        if (!first) out += ',';
        first = false;
        write_string(out, k);
        out += ':';
        write(out, e);
      }
      out += '}';
      break;
    }
  }
}

}  // namespace

std::string to_json(const json::value& v) {
  std::string out;
  out.reserve(1024);
  write(out, v);
  return out;
}

namespace shape {
void append_string(std::string& out, std::string_view s) { write_string(out, s); }
void append_double(std::string& out, double d) { write_double(out, d); }
void append_integer(std::string& out, std::int64_t v) { write_integer(out, v); }
}  // namespace shape

}  // namespace colo
