// IP address arithmetic for IPAM: parsing, canonical text (RFC 5952), prefixes, containment,
// usable ranges, sortable keys and next-free search over gaps. Pure: no database, no HTTP.
// Parsing and formatting go through libc's inet_pton/inet_ntop, which are strict (no octal,
// no short forms such as "10.1", no zone ids) and already follow most of RFC 5952.
//
// Keys: every address has a 32-hex-digit key, the 128-bit value with IPv4 mapped into
// ::ffff:0:0/96, so one text column sorts and range-scans both families on both engines.
// Because of that IPAM does not store IPv6 addresses or prefixes that overlap ::ffff:0:0/96;
// `overlaps_v4_mapped` lets the service refuse them.
// Thread safety: all types are values; all functions are re-entrant.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace colo::ipam {

__extension__ typedef unsigned __int128 u128;

enum class Family : int { v4 = 4, v6 = 6 };

inline int max_length(Family f) { return f == Family::v4 ? 32 : 128; }

// Exact decimal text of a 128-bit count ("340282366920938463463374607431768211455").
std::string to_decimal(u128 v);
// Nearest double, for percentages of huge IPv6 ranges.
double to_double(u128 v);

class Address {
 public:
  Address() = default;
  // `value` is masked to the family's width.
  Address(Family family, u128 value);

  // "203.0.113.10", "2001:db8::1", "2001:DB8:0:0::1", "::ffff:192.0.2.1" (an IPv6 address).
  // nullopt for anything else, including surrounding spaces, masks and zone ids.
  static std::optional<Address> parse(std::string_view text);
  // The inverse of key(): keys inside ::ffff:0:0/96 decode to IPv4. nullopt when malformed.
  static std::optional<Address> from_key(std::string_view key);

  Family family() const { return family_; }
  u128 value() const { return value_; }
  bool is_v4() const { return family_ == Family::v4; }
  // An IPv6 address inside ::ffff:0:0/96.
  bool is_v4_mapped() const;

  // Canonical text: dotted quad; RFC 5952 for IPv6 (lower case, longest zero run compressed,
  // ::ffff:a.b.c.d only for IPv4-mapped addresses).
  std::string to_string() const;
  // 32 lower-case hex digits; IPv4 as ::ffff:a.b.c.d.
  std::string key() const;
  // The next and previous address of the family; nullopt past either end.
  std::optional<Address> next() const;
  std::optional<Address> prev() const;

  friend bool operator==(const Address&, const Address&) = default;
  friend std::strong_ordering operator<=>(const Address& a, const Address& b);

 private:
  Family family_ = Family::v4;
  u128 value_ = 0;
};

class Prefix {
 public:
  Prefix() = default;

  // Strict CIDR: "203.0.113.0/24", "2001:db8::/48". Errors (ErrorKind::invalid):
  //   ipam.prefix.malformed       not an address followed by /length in range
  //   ipam.prefix.host_bits_set   bits beyond the length are not zero (the message names the
  //                               network the caller probably meant)
  static Result<Prefix> parse(std::string_view text);
  // The prefix of `length` that contains `address` (host bits cleared). length must be in range.
  static Prefix of(const Address& address, int length);

  Family family() const { return network_.family(); }
  const Address& network() const { return network_; }
  int length() const { return length_; }
  int host_bits() const { return max_length(family()) - length_; }
  // The last address (the IPv4 broadcast address).
  Address last() const;

  bool contains(const Address& a) const;
  bool contains(const Prefix& p) const;  // p equal to or inside this prefix
  bool overlaps(const Prefix& p) const;
  bool overlaps_v4_mapped() const;  // IPv6 and overlapping ::ffff:0:0/96

  // The addresses hosts may use: IPv4 without network and broadcast (for lengths up to /30),
  // IPv6 without the subnet-router anycast address (for lengths up to /126). A pool uses the
  // whole range (NetBox's is_pool).
  Address first_usable(bool pool = false) const;
  Address last_usable(bool pool = false) const;
  // Number of usable addresses, exact except for a pool of ::/0 (2^128), which saturates at
  // 2^128 - 1.
  u128 usable_count(bool pool = false) const;

  std::string to_string() const;  // canonical "network/length"

  friend bool operator==(const Prefix&, const Prefix&) = default;

 private:
  Prefix(Address network, int length) : network_(network), length_(length) {}
  Address network_;
  int length_ = 0;
};

// An interface address: a host address with the length of its subnet ("203.0.113.10/24").
struct AddressWithMask {
  Address address;
  int length = 0;
  Prefix subnet() const { return Prefix::of(address, length); }
  std::string to_string() const;  // "203.0.113.10/24"
};

// "203.0.113.10/24" or, when the mask is absent, "203.0.113.10" with `default_length`
// (the family's full length when that is nullopt or out of range). Errors (ErrorKind::invalid):
//   ipam.address.malformed
Result<AddressWithMask> parse_address_with_mask(std::string_view text,
                                                std::optional<int> default_length = std::nullopt);

// A run of free addresses, first and last inclusive.
struct FreeRange {
  u128 first = 0;
  u128 last = 0;
};

// The first `limit` addresses of `ranges` (sorted, disjoint), in order.
std::vector<Address> take_addresses(Family family, const std::vector<FreeRange>& ranges, std::size_t limit);

// The free runs of [first, last] given the used values in ascending order (values outside the
// range are ignored), at most `max_ranges` of them. The walk the store does in SQL; here for
// tests and small sets.
std::vector<FreeRange> free_ranges(u128 first, u128 last, const std::vector<u128>& used_sorted, std::size_t max_ranges);

}  // namespace colo::ipam
