// Who the client is when Colo runs behind reverse proxies: X-Forwarded-For and X-Forwarded-Proto
// are believed only when the connecting peer is a configured trusted proxy, because anyone else
// can write them. Pure functions over strings; thread-safe (TrustedProxies is immutable once
// built).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "http/message.hpp"

namespace colo::http {

// An IPv4 or IPv6 address; IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) are read as IPv4, so a
// dual-stack listener and a v4 configuration agree.
struct IpAddress {
  bool v6 = false;
  std::array<std::uint8_t, 16> bytes{};  // IPv4 in the first 4

  // "192.0.2.1", "2001:db8::1", "[2001:db8::1]"; nullopt for anything else (ports included).
  static std::optional<IpAddress> parse(std::string_view text);
  std::string to_string() const;
  bool operator==(const IpAddress&) const = default;
};

class TrustedProxies {
 public:
  TrustedProxies() = default;
  // Addresses ("10.0.0.5", "::1") or networks in CIDR form ("10.0.0.0/8", "fd00::/8").
  // Error "config.trusted_proxies" naming the first entry that is neither.
  static Result<TrustedProxies> parse(const std::vector<std::string>& entries);
  bool contains(const IpAddress& address) const;
  bool empty() const { return networks_.empty(); }

 private:
  struct Network {
    IpAddress base;
    int prefix = 0;
  };
  std::vector<Network> networks_;
};

struct ClientOrigin {
  std::string address;  // the client's address as Colo records it (audit source, login limits)
  bool secure = false;  // the client's own connection was TLS
};

// peer: the address of the connection; peer_secure: that connection is TLS. forwarded_for: the
// X-Forwarded-For field values in the order received; forwarded_proto: X-Forwarded-Proto.
// From a peer that is not trusted both headers are ignored. From a trusted peer the client is
// the right-most X-Forwarded-For entry that is not itself a trusted proxy (entries left of it
// were written by the client and prove nothing); an entry that is not an address stops the walk
// at the last trusted hop. The scheme is the right-most X-Forwarded-Proto value, the one the
// nearest proxy wrote: "https" makes the request secure.
ClientOrigin resolve_client(std::string_view peer, bool peer_secure, const std::vector<std::string_view>& forwarded_for,
                            std::optional<std::string_view> forwarded_proto, const TrustedProxies& trusted);

// Applies resolve_client to a request from the server: remote_addr and secure are replaced.
void resolve_forwarded(Request& request, const TrustedProxies& trusted);

}  // namespace colo::http
