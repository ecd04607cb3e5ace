#include "firewall/rules.hpp"

#include <algorithm>
#include <charconv>

#include "core/clock.hpp"
#include "ipam/ip.hpp"

namespace colo::firewall {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::optional<int> port_number(std::string_view s) {
  s = trim(s);
  if (s.empty() || s.size() > 6) return std::nullopt;
  int v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
  return v;
}

bool is_any(std::string_view s) { return s == "any" || s == "0.0.0.0/0" || s == "::/0"; }

bool one_of(const std::vector<std::string>& values, const std::string& v) {
  return std::find(values.begin(), values.end(), v) != values.end();
}

bool covers(const std::optional<std::vector<PortRange>>& ports, int port) {
  if (!ports) return true;
  return std::any_of(ports->begin(), ports->end(),
                     [port](const PortRange& r) { return r.first <= port && port <= r.last; });
}

}  // namespace

Result<std::optional<std::vector<PortRange>>> parse_ports(std::string_view text) {
  text = trim(text);
  if (text.empty() || text == "any") return std::optional<std::vector<PortRange>>{};
  std::vector<PortRange> out;
  while (true) {
    auto comma = text.find(',');
    auto item = trim(text.substr(0, comma));
    auto dash = item.find('-');
    auto first = port_number(item.substr(0, dash));
    auto last = dash == std::string_view::npos ? first : port_number(item.substr(dash + 1));
    if (!first || !last)
      return Error::invalid("firewall.port.malformed", "Ports are numbers and ranges: 22, 80,443 or 8000-8100.");
    if (*first < 1 || *last > 65535 || *first > *last)
      return Error::invalid("firewall.port.out_of_range", "Ports run from 1 to 65535 and a range runs upwards.");
    out.push_back({*first, *last});
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  std::sort(out.begin(), out.end(), [](const PortRange& a, const PortRange& b) { return a.first < b.first; });
  std::vector<PortRange> merged;
  for (const auto& r : out) {
    if (!merged.empty() && r.first <= merged.back().last + 1)
      merged.back().last = std::max(merged.back().last, r.last);
    else
      merged.push_back(r);
  }
  if (merged.size() == 1 && merged.front().first == 1 && merged.front().last == 65535)
    return std::optional<std::vector<PortRange>>{};
  return std::optional<std::vector<PortRange>>(std::move(merged));
}

std::string format_ports(const std::optional<std::vector<PortRange>>& ports) {
  if (!ports) return "any";
  std::string out;
  for (const auto& r : *ports) {
    if (!out.empty()) out += ',';
    out += std::to_string(r.first);
    if (r.last != r.first) out += "-" + std::to_string(r.last);
  }
  return out;
}

std::int64_t port_count(const std::optional<std::vector<PortRange>>& ports) {
  if (!ports) return 65535;
  std::int64_t n = 0;
  for (const auto& r : *ports) n += r.last - r.first + 1;
  return n;
}

Result<std::string> canonical_endpoint(std::string_view text) {
  text = trim(text);
  if (text.empty() || text == "any") return std::string("any");
  if (is_any(text)) return std::string(text);
  if (text.find('/') != std::string_view::npos) {
    auto p = ipam::Prefix::parse(text);
    if (!p.ok())
      return Error::invalid("firewall.address.malformed",
                            "Not an address or prefix (203.0.113.10, 203.0.113.0/24, 2001:db8::/48, any).");
    return p->to_string();
  }
  auto a = ipam::Address::parse(text);
  if (!a)
    return Error::invalid("firewall.address.malformed",
                          "Not an address or prefix (203.0.113.10, 203.0.113.0/24, 2001:db8::/48, any).");
  return ipam::Prefix::of(*a, ipam::max_length(a->family())).to_string();
}

Result<Line> normalise_line(const LineInput& in, const std::string& prefix) {
  std::vector<FieldError> errors;
  Line out;
  if (!one_of(kDirections, in.direction))
    errors.push_back({prefix + "/direction", "invalid_choice", "One of: inbound, outbound."});
  else
    out.direction = in.direction;
  if (!one_of(kProtocols, in.protocol))
    errors.push_back({prefix + "/protocol", "invalid_choice", "One of: tcp, udp, icmp, any."});
  else
    out.protocol = in.protocol;
  auto read_endpoint = [&](const std::string& field, const std::string& text, std::string& into) {
    auto e = canonical_endpoint(text);
    if (!e.ok())
      errors.push_back({prefix + "/" + field, e.error().code, e.error().message});
    else
      into = *e;
  };
  read_endpoint("source", in.source, out.source);
  read_endpoint("destination", in.destination, out.destination);
  auto ports = parse_ports(in.ports);
  if (!ports.ok()) {
    errors.push_back({prefix + "/ports", ports.error().code, ports.error().message});
  } else {
    out.ports = format_ports(*ports);
    if (out.protocol == "icmp" && out.ports != "any")
      errors.push_back({prefix + "/ports", "firewall.port.not_for_icmp", "ICMP has no ports."});
  }
  if (!out.direction.empty()) {
    const std::string& own = out.own_side();
    const char* field = out.direction == "inbound" ? "destination" : "source";
    if (!own.empty() && is_any(own))
      errors.push_back({prefix + "/" + field, "firewall.address.own_side_any",
                        "The customer's side must be its own addresses, not any."});
  }
  if (!errors.empty()) return Error::validation(std::move(errors));
  return out;
}

bool inside_networks(const std::string& endpoint, const std::vector<std::string>& networks) {
  if (is_any(endpoint)) return false;
  auto p = ipam::Prefix::parse(endpoint);
  if (!p.ok()) return false;
  for (const auto& n : networks) {
    auto text = n.find('/') == std::string::npos ? canonical_endpoint(n) : Result<std::string>(n);
    if (!text.ok()) continue;
    auto net = ipam::Prefix::parse(*text);
    if (net.ok() && net->family() == p->family() && net->contains(*p)) return true;
  }
  return false;
}

Risk assess(const Line& line) {
  Risk r;
  auto flag = [&r](const char* f, const char* level) {
    r.flags.push_back(f);
    if (std::string_view(level) == "high" || (std::string_view(level) == "medium" && r.level == "low")) r.level = level;
  };
  const bool remote_any = is_any(line.remote_side());
  if (is_any(line.source) && is_any(line.destination)) flag("any_any", "high");
  auto ports = parse_ports(line.ports);
  const auto parsed = ports.ok() ? *ports : std::optional<std::vector<PortRange>>{};
  const bool tcp = line.protocol == "tcp" || line.protocol == "any";
  const bool udp = line.protocol == "udp" || line.protocol == "any";
  if (remote_any &&
      ((tcp && (covers(parsed, 22) || covers(parsed, 23) || covers(parsed, 3389))) || (udp && covers(parsed, 161))))
    flag("management_port_exposed", "high");
  if (tcp || udp) {
    if (!parsed)
      flag("all_ports", "high");
    else if (port_count(parsed) > kWidePortRange)
      flag("wide_port_range", "high");
  }
  if (!remote_any) {
    auto p = ipam::Prefix::parse(line.remote_side());
    if (p.ok() && p->length() < (p->family() == ipam::Family::v4 ? 16 : 32)) flag("wide_remote_network", "medium");
  }
  return r;
}

Risk combine(const std::vector<Risk>& risks) {
  Risk out;
  auto rank = [](const std::string& l) { return l == "high" ? 2 : l == "medium" ? 1 : 0; };
  for (const auto& r : risks) {
    if (rank(r.level) > rank(out.level)) out.level = r.level;
    for (const auto& f : r.flags)
      if (!one_of(out.flags, f)) out.flags.push_back(f);
  }
  return out;
}

std::string match_key(std::int64_t device_id, const Line& line) {
  return std::to_string(device_id) + "|" + line.direction + "|" + line.protocol + "|" + line.source + "|" +
         line.destination + "|" + line.ports;
}

Tally judge_rules(const std::vector<RuleSpan>& rules, const std::string& from, const std::string& to,
                  const std::string& now, const BusinessCalendar& calendar) {
  Tally t;
  const std::string horizon = std::min(to, now);
  for (const auto& r : rules) {
    if (r.added_at >= to) continue;
    if (r.removed_at && *r.removed_at < from) continue;
    ++t.total;
    bool ok = !r.reviewed_by.empty();
    if (ok && r.expires_on) {
      // The expiry job retires a rule on the day after its last day; in force later than that
      // day is in force past its expiry.
      auto last = parse_date(*r.expires_on);
      const std::string until = r.removed_at ? std::min(*r.removed_at, horizon) : horizon;
      const auto until_at = parse_instant(until);
      const std::string until_day = until_at ? format_date(calendar.date_of(*until_at)) : until.substr(0, 10);
      if (last && until_day > format_date(add_days(*last, 1))) ok = false;
    }
    if (ok)
      ++t.met;
    else
      t.failing.push_back(r.id);
  }
  return t;
}

}  // namespace colo::firewall
