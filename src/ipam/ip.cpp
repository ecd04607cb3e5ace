#include "ipam/ip.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace colo::ipam {

namespace {

constexpr u128 kAllOnes = ~static_cast<u128>(0);
constexpr u128 kV4Mask = 0xffffffffu;
// ::ffff:0:0/96, the IPv4-mapped block, as a value.
constexpr u128 kV4MappedBase = static_cast<u128>(0xffffu) << 32;

u128 family_mask(Family f) { return f == Family::v4 ? kV4Mask : kAllOnes; }

// The host part of a prefix of `length` in a space of `bits`.
u128 host_mask(int bits, int length) {
  int host = bits - length;
  if (host <= 0) return 0;
  if (host >= 128) return kAllOnes;
  return (static_cast<u128>(1) << host) - 1;
}

u128 from_bytes(const unsigned char* b, int n) {
  u128 v = 0;
  for (int i = 0; i < n; ++i) v = (v << 8) | b[i];
  return v;
}

void to_bytes(u128 v, unsigned char* b, int n) {
  for (int i = n - 1; i >= 0; --i) {
    b[i] = static_cast<unsigned char>(v & 0xff);
    v >>= 8;
  }
}

std::string hex16(unsigned v) {
  char buf[8];
  auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v, 16);
  return std::string(buf, p);
}

}  // namespace

std::string to_decimal(u128 v) {
  if (v == 0) return "0";
  std::string out;
  while (v > 0) {
    out.push_back(static_cast<char>('0' + static_cast<int>(v % 10)));
    v /= 10;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

double to_double(u128 v) {
  return static_cast<double>(static_cast<std::uint64_t>(v >> 64)) * 18446744073709551616.0 +
         static_cast<double>(static_cast<std::uint64_t>(v));
}

// ---- Address ----

Address::Address(Family family, u128 value) : family_(family), value_(value & family_mask(family)) {}

std::optional<Address> Address::parse(std::string_view text) {
  if (text.empty() || text.size() > 45) return std::nullopt;
  char buf[64];
  std::memcpy(buf, text.data(), text.size());
  buf[text.size()] = '\0';
  if (text.find(':') == std::string_view::npos) {
    unsigned char b[4];
    if (inet_pton(AF_INET, buf, b) != 1) return std::nullopt;
    return Address(Family::v4, from_bytes(b, 4));
  }
  unsigned char b[16];
  if (inet_pton(AF_INET6, buf, b) != 1) return std::nullopt;
  return Address(Family::v6, from_bytes(b, 16));
}

std::optional<Address> Address::from_key(std::string_view key) {
  if (key.size() != 32) return std::nullopt;
  u128 v = 0;
  for (char c : key) {
    int d;
    if (c >= '0' && c <= '9')
      d = c - '0';
    else if (c >= 'a' && c <= 'f')
      d = c - 'a' + 10;
    else
      return std::nullopt;
    v = (v << 4) | static_cast<u128>(d);
  }
  if ((v & ~kV4Mask) == kV4MappedBase) return Address(Family::v4, v & kV4Mask);
  return Address(Family::v6, v);
}

bool Address::is_v4_mapped() const { return family_ == Family::v6 && (value_ & ~kV4Mask) == kV4MappedBase; }

std::string Address::to_string() const {
  char out[INET6_ADDRSTRLEN];
  if (family_ == Family::v4) {
    unsigned char b[4];
    to_bytes(value_, b, 4);
    inet_ntop(AF_INET, b, out, sizeof out);
    return out;
  }
  unsigned char b[16];
  to_bytes(value_, b, 16);
  inet_ntop(AF_INET6, b, out, sizeof out);
  std::string s = out;
  // glibc also writes the deprecated IPv4-compatible form (::a.b.c.d); RFC 5952 keeps the
  // dotted quad for IPv4-mapped addresses only.
  if (!is_v4_mapped() && s.find('.') != std::string::npos) {
    unsigned hi = static_cast<unsigned>((value_ >> 16) & 0xffff);
    unsigned lo = static_cast<unsigned>(value_ & 0xffff);
    s = hi == 0 ? "::" + hex16(lo) : "::" + hex16(hi) + ":" + hex16(lo);
  }
  return s;
}

std::string Address::key() const {
  static constexpr char kHex[] = "0123456789abcdef";
  u128 v = family_ == Family::v4 ? (kV4MappedBase | value_) : value_;
  std::string out(32, '0');
  for (int i = 31; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = kHex[static_cast<int>(v & 0xf)];
    v >>= 4;
  }
  return out;
}

std::optional<Address> Address::next() const {
  if (value_ == family_mask(family_)) return std::nullopt;
  return Address(family_, value_ + 1);
}

std::optional<Address> Address::prev() const {
  if (value_ == 0) return std::nullopt;
  return Address(family_, value_ - 1);
}

std::strong_ordering operator<=>(const Address& a, const Address& b) {
  if (a.family_ != b.family_)
    return a.family_ == Family::v4 ? std::strong_ordering::less : std::strong_ordering::greater;
  if (a.value_ < b.value_) return std::strong_ordering::less;
  if (a.value_ > b.value_) return std::strong_ordering::greater;
  return std::strong_ordering::equal;
}

// ---- Prefix ----

namespace {

// "24" -> 24; nullopt for empty, signs, leading zeros ("024") or out of [0, max].
std::optional<int> parse_length(std::string_view s, int max) {
  if (s.empty() || s.size() > 3 || (s.size() > 1 && s[0] == '0')) return std::nullopt;
  int n = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || p != s.data() + s.size() || n < 0 || n > max) return std::nullopt;
  return n;
}

}  // namespace

Result<Prefix> Prefix::parse(std::string_view text) {
  auto malformed = [&] {
    return Error::invalid("ipam.prefix.malformed",
                          "Expected a prefix in CIDR notation, such as 203.0.113.0/24 or 2001:db8::/48.");
  };
  auto slash = text.find('/');
  if (slash == std::string_view::npos) return malformed();
  auto address = Address::parse(text.substr(0, slash));
  if (!address) return malformed();
  auto length = parse_length(text.substr(slash + 1), max_length(address->family()));
  if (!length) return malformed();
  Prefix p = of(*address, *length);
  if (p.network_ != *address)
    return Error::invalid("ipam.prefix.host_bits_set",
                          "The address has bits set beyond the prefix length; did you mean " + p.to_string() + "?");
  return p;
}

Prefix Prefix::of(const Address& address, int length) {
  int bits = max_length(address.family());
  length = std::clamp(length, 0, bits);
  return Prefix(Address(address.family(), address.value() & ~host_mask(bits, length)), length);
}

Address Prefix::last() const { return Address(family(), network_.value() | host_mask(max_length(family()), length_)); }

bool Prefix::contains(const Address& a) const {
  return a.family() == family() && a.value() >= network_.value() && a.value() <= last().value();
}

bool Prefix::contains(const Prefix& p) const {
  return p.family() == family() && p.length_ >= length_ && contains(p.network_);
}

bool Prefix::overlaps(const Prefix& p) const { return contains(p) || p.contains(*this); }

bool Prefix::overlaps_v4_mapped() const {
  if (family() != Family::v6) return false;
  static const Prefix mapped(Address(Family::v6, kV4MappedBase), 96);
  return overlaps(mapped);
}

Address Prefix::first_usable(bool pool) const {
  // IPv4 up to /30: the network address; IPv6 up to /126: the subnet-router anycast address.
  const bool skip = !pool && length_ <= max_length(family()) - 2;
  return skip ? Address(family(), network_.value() + 1) : network_;
}

Address Prefix::last_usable(bool pool) const {
  const bool skip_broadcast = !pool && family() == Family::v4 && length_ <= 30;
  Address l = last();
  return skip_broadcast ? Address(family(), l.value() - 1) : l;
}

u128 Prefix::usable_count(bool pool) const {
  // last - first + 1 without overflow at ::/0 (pool): the span is at most 2^128 - 1 + 1.
  u128 span = last_usable(pool).value() - first_usable(pool).value();
  return span == kAllOnes ? kAllOnes : span + 1;
}

std::string Prefix::to_string() const { return network_.to_string() + "/" + std::to_string(length_); }

// ---- AddressWithMask ----

std::string AddressWithMask::to_string() const { return address.to_string() + "/" + std::to_string(length); }

Result<AddressWithMask> parse_address_with_mask(std::string_view text, std::optional<int> default_length) {
  auto malformed = [] {
    return Error::invalid("ipam.address.malformed",
                          "Expected an address with its mask, such as 203.0.113.10/24 or "
                          "2001:db8::10/64.");
  };
  auto slash = text.find('/');
  auto address = Address::parse(text.substr(0, slash));
  if (!address) return malformed();
  const int bits = max_length(address->family());
  if (slash == std::string_view::npos) {
    int len = default_length && *default_length >= 0 && *default_length <= bits ? *default_length : bits;
    return AddressWithMask{*address, len};
  }
  auto length = parse_length(text.substr(slash + 1), bits);
  if (!length) return malformed();
  return AddressWithMask{*address, *length};
}

// ---- Free-space search ----

std::vector<Address> take_addresses(Family family, const std::vector<FreeRange>& ranges, std::size_t limit) {
  std::vector<Address> out;
  for (const auto& r : ranges) {
    for (u128 v = r.first; out.size() < limit; ++v) {
      out.emplace_back(family, v);
      if (v == r.last) break;
    }
    if (out.size() >= limit) break;
  }
  return out;
}

std::vector<FreeRange> free_ranges(u128 first, u128 last, const std::vector<u128>& used_sorted,
                                   std::size_t max_ranges) {
  std::vector<FreeRange> out;
  if (first > last || max_ranges == 0) return out;
  u128 candidate = first;  // the lowest value not yet known to be used
  bool exhausted = false;
  for (u128 used : used_sorted) {
    if (used < candidate) continue;
    if (used > last) break;
    if (used > candidate) {
      out.push_back({candidate, used - 1});
      if (out.size() >= max_ranges) return out;
    }
    if (used == last) {
      exhausted = true;
      break;
    }
    candidate = used + 1;
  }
  if (!exhausted) out.push_back({candidate, last});
  return out;
}

}  // namespace colo::ipam
