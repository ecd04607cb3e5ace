#include "http/forwarded.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace colo::http {

namespace {

constexpr std::array<std::uint8_t, 12> kV4MappedPrefix{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool same_prefix(const IpAddress& a, const IpAddress& b, int prefix) {
  if (a.v6 != b.v6) return false;
  const int full = prefix / 8;
  if (!std::equal(a.bytes.begin(), a.bytes.begin() + full, b.bytes.begin())) return false;
  const int rest = prefix % 8;
  if (rest == 0) return true;
  const auto mask = static_cast<std::uint8_t>(0xff << (8 - rest));
  return (a.bytes[full] & mask) == (b.bytes[full] & mask);
}

// Comma-separated list elements of all field lines, in order (RFC 9110 §5.3).
std::vector<std::string_view> list_elements(const std::vector<std::string_view>& fields) {
  std::vector<std::string_view> out;
  for (auto field : fields) {
    while (true) {
      auto comma = field.find(',');
      auto element = trim(field.substr(0, comma));
      if (!element.empty()) out.push_back(element);
      if (comma == std::string_view::npos) break;
      field.remove_prefix(comma + 1);
    }
  }
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

std::optional<IpAddress> IpAddress::parse(std::string_view text) {
  if (text.size() >= 2 && text.front() == '[' && text.back() == ']') text = text.substr(1, text.size() - 2);
  if (text.empty() || text.size() >= INET6_ADDRSTRLEN) return std::nullopt;
  char buf[INET6_ADDRSTRLEN];
  std::memcpy(buf, text.data(), text.size());
  buf[text.size()] = '\0';
  IpAddress a;
  if (text.find(':') == std::string_view::npos) {
    if (inet_pton(AF_INET, buf, a.bytes.data()) != 1) return std::nullopt;
    return a;
  }
  if (inet_pton(AF_INET6, buf, a.bytes.data()) != 1) return std::nullopt;
  if (std::equal(kV4MappedPrefix.begin(), kV4MappedPrefix.end(), a.bytes.begin())) {
    std::array<std::uint8_t, 16> v4{};
    std::copy(a.bytes.begin() + 12, a.bytes.end(), v4.begin());
    a.bytes = v4;
    return a;
  }
  a.v6 = true;
  return a;
}

std::string IpAddress::to_string() const {
  char buf[INET6_ADDRSTRLEN];
  if (!inet_ntop(v6 ? AF_INET6 : AF_INET, bytes.data(), buf, sizeof buf)) return {};
  return buf;
}

Result<TrustedProxies> TrustedProxies::parse(const std::vector<std::string>& entries) {
  TrustedProxies out;
  for (const auto& raw : entries) {
    auto entry = trim(raw);
    if (entry.empty()) continue;
    auto bad = [&] {
      return Error::invalid("config.trusted_proxies",
                            "trusted proxy '" + std::string(entry) + "' is not an IP address or a CIDR network");
    };
    auto slash = entry.find('/');
    auto base = IpAddress::parse(entry.substr(0, slash));
    if (!base) return bad();
    int prefix = base->v6 ? 128 : 32;
    if (slash != std::string_view::npos) {
      auto digits = entry.substr(slash + 1);
      int n = -1;
      auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
      if (digits.empty() || ec != std::errc() || p != digits.data() + digits.size() || n < 0 || n > prefix)
        return bad();
      prefix = n;
    }
    out.networks_.push_back({*base, prefix});
  }
  return out;
}

bool TrustedProxies::contains(const IpAddress& address) const {
  return std::any_of(networks_.begin(), networks_.end(),
                     [&](const Network& n) { return same_prefix(n.base, address, n.prefix); });
}

ClientOrigin resolve_client(std::string_view peer, bool peer_secure, const std::vector<std::string_view>& forwarded_for,
                            std::optional<std::string_view> forwarded_proto, const TrustedProxies& trusted) {
  ClientOrigin origin{std::string(peer), peer_secure};
  auto peer_ip = IpAddress::parse(peer);
  if (!peer_ip || !trusted.contains(*peer_ip)) return origin;
  origin.address = peer_ip->to_string();
  auto hops = list_elements(forwarded_for);
  for (auto it = hops.rbegin(); it != hops.rend(); ++it) {
    auto hop = IpAddress::parse(*it);
    if (!hop) break;  // "unknown", a port, garbage: the last trusted hop is all we know
    origin.address = hop->to_string();
    if (!trusted.contains(*hop)) break;
  }
  if (forwarded_proto) {
    auto values = list_elements({*forwarded_proto});
    if (!values.empty()) origin.secure = iequals(values.back(), "https");
  }
  return origin;
}

void resolve_forwarded(Request& request, const TrustedProxies& trusted) {
  if (trusted.empty()) return;  // nothing is trusted: the headers mean nothing
  std::vector<std::string_view> forwarded_for;
  std::optional<std::string_view> proto;
  for (const auto& [name, value] : request.headers) {
    if (name == "x-forwarded-for")
      forwarded_for.push_back(value);
    else if (name == "x-forwarded-proto")
      proto = value;
  }
  auto origin = resolve_client(request.remote_addr, request.secure, forwarded_for, proto, trusted);
  request.remote_addr = std::move(origin.address);
  request.secure = origin.secure;
}

}  // namespace colo::http
