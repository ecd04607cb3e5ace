// Helpers shared by the files that implement ipam::Service (service_*.cpp); not for other modules.
#pragma once

#include <boost/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "ipam/ip.hpp"

namespace colo::ipam::detail {

using boost::json::value;

inline Status staff_only(const Context& ctx) {
  if (ctx.tenant()) return Error::forbidden("Customers cannot change the network inventory.");
  return {};
}

inline bool one_of(const std::string& v, const std::vector<std::string>& allowed) {
  return std::find(allowed.begin(), allowed.end(), v) != allowed.end();
}

inline Error bad_field(std::string field, std::string code, std::string message) {
  return Error::validation({{std::move(field), std::move(code), std::move(message)}});
}

inline Error unprocessable_field(std::string code, std::string field, std::string message) {
  return Error::unprocessable(code, message, {{std::move(field), code, message}});
}

// A domain error with the offending field attached.
inline Error with_field(Error e, std::string field) {
  e.fields.push_back({std::move(field), e.code, e.message, e.params});
  return e;
}

inline Status record(db::Tx& tx, const Context& ctx, const Clock& clock, std::string type, std::int64_t id,
                     std::string action, value before, value after, std::optional<std::int64_t> customer) {
  return audit::record(tx, ctx, clock,
                       audit::Change{std::move(type), std::to_string(id), std::move(action), std::move(before),
                                     std::move(after), customer});
}

template <typename T>
inline void apply(std::optional<T>& target, const std::optional<std::optional<T>>& patch) {
  if (patch) target = *patch;
}

// Colours as NetBox keeps them: six lower-case hex digits, "#" dropped; "" for none.
inline std::optional<std::string> normalise_colour(std::string c) {
  if (!c.empty() && c[0] == '#') c.erase(c.begin());
  if (c.empty()) return c;
  if (c.size() != 6) return std::nullopt;
  for (auto& ch : c) {
    ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (!std::isxdigit(static_cast<unsigned char>(ch))) return std::nullopt;
  }
  return c;
}

inline bool valid_dns_name(const std::string& s) {
  if (s.size() > 255) return false;
  for (unsigned char c : s)
    if (!(std::isalnum(c) || c == '.' || c == '-' || c == '_' || c == '*')) return false;
  return true;
}

inline Error duplicate_address(const Address& a) {
  return with_field(Error::conflict("ipam.address.duplicate", "The address " + a.to_string() + " already exists.")
                        .with("address", a.to_string()),
                    "address");
}

}  // namespace colo::ipam::detail
