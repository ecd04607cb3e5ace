#include "vulns/rules.hpp"

#include <algorithm>
#include <charconv>

#include "ipam/ip.hpp"

namespace colo::vulns {

namespace {

std::optional<ipam::Prefix> prefix_of(std::string_view text) {
  auto p = ipam::Prefix::parse(text);
  if (!p.ok()) return std::nullopt;
  return p.value();
}

std::optional<int> number_of(std::string_view s) {
  int v = 0;
  if (s.empty() || s.size() > 5) return std::nullopt;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    auto pos = s.find(sep, start);
    out.push_back(s.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

}  // namespace

Result<std::string> canonical_target(std::string_view text) {
  const auto bad = [] {
    return Error::validation({{"targets", "vulns.target.malformed", "An address or a CIDR such as 192.0.2.0/28."}});
  };
  if (text.find('/') == std::string_view::npos) {
    auto a = ipam::Address::parse(text);
    if (!a) return bad();
    return ipam::Prefix::of(*a, ipam::max_length(a->family())).to_string();
  }
  auto p = prefix_of(text);
  if (!p) return bad();
  return p->to_string();
}

bool covered_by(const std::string& target, const std::vector<std::string>& cidrs) {
  auto t = prefix_of(target);
  if (!t) return false;
  for (const auto& c : cidrs) {
    auto p = prefix_of(c);
    if (p && p->family() == t->family() && p->contains(*t)) return true;
  }
  return false;
}

bool address_in(const std::string& address, const std::vector<std::string>& targets) {
  auto a = ipam::Address::parse(address);
  if (!a) return false;
  for (const auto& t : targets) {
    auto p = prefix_of(t);
    if (p && p->family() == a->family() && p->contains(*a)) return true;
  }
  return false;
}

bool target_small_enough(const std::string& target) {
  auto p = prefix_of(target);
  if (!p) return false;
  return p->length() >= (p->family() == ipam::Family::v4 ? kMinIpv4TargetLength : kMinIpv6TargetLength);
}

bool consent_in_force(const ConsentWindow& c, const std::string& today) {
  return !c.revoked && c.valid_from <= today && today <= c.valid_until;
}

bool valid_port_list(std::string_view text) {
  if (text.empty()) return false;
  auto items = split(text, ',');
  if (items.size() > 64) return false;
  for (auto item : items) {
    auto parts = split(item, '-');
    if (parts.size() > 2) return false;
    auto a = number_of(parts[0]);
    if (!a || *a < 1 || *a > 65535) return false;
    if (parts.size() == 2) {
      auto b = number_of(parts[1]);
      if (!b || *b < *a || *b > 65535) return false;
    }
  }
  return true;
}

std::vector<std::pair<int, int>> port_ranges(std::string_view text) {
  std::vector<std::pair<int, int>> out;
  for (auto item : split(text, ',')) {
    auto parts = split(item, '-');
    auto a = number_of(parts[0]);
    if (!a) continue;
    auto b = parts.size() == 2 ? number_of(parts[1]) : a;
    if (!b) continue;
    out.emplace_back(*a, *b);
  }
  return out;
}

bool port_in(int port, const std::vector<std::pair<int, int>>& ranges) {
  return std::any_of(ranges.begin(), ranges.end(),
                     [port](const auto& r) { return r.first <= port && port <= r.second; });
}

std::vector<std::string> nmap_args(const std::string& nmap, const std::string& profile,
                                   const std::optional<std::string>& ports, const std::vector<std::string>& targets,
                                   const std::string& out_file, int host_timeout_s) {
  std::vector<std::string> args{nmap, "-sT", "-Pn", "-n", "--unprivileged", "-oX", out_file};
  if (profile == "service") args.push_back("-sV");
  if (ports) {
    args.push_back("-p");
    args.push_back(*ports);
  } else if (profile == "full") {
    args.push_back("-p-");
  } else {
    args.push_back("--top-ports");
    args.push_back("100");
  }
  args.push_back("--host-timeout");
  args.push_back(std::to_string(host_timeout_s) + "s");
  // Targets are canonical CIDRs (checked before); "--" keeps any of them from reading as an option.
  args.push_back("--");
  for (const auto& t : targets) {
    // nmap scans a /32 as one host; give it the plain address, which reads better in its report.
    auto slash = t.find('/');
    const bool host = (t.find(':') == std::string::npos && t.substr(slash + 1) == "32") || t.substr(slash + 1) == "128";
    args.push_back(host ? t.substr(0, slash) : t);
  }
  return args;
}

std::string severity_of(std::int64_t cvss_tenths) {
  if (cvss_tenths >= 90) return "critical";
  if (cvss_tenths >= 70) return "high";
  if (cvss_tenths >= 40) return "medium";
  if (cvss_tenths >= 1) return "low";
  return "info";
}

std::optional<std::int64_t> parse_cvss(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  auto dot = text.find('.');
  auto whole = number_of(text.substr(0, dot));
  if (!whole) return std::nullopt;
  int tenth = 0;
  if (dot != std::string_view::npos) {
    auto frac = text.substr(dot + 1);
    if (frac.empty() || frac.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
    tenth = frac[0] - '0';
  }
  const std::int64_t v = *whole * 10 + tenth;
  if (v < 0 || v > 100) return std::nullopt;
  return v;
}

int days_for(const DeadlineDays& d, const std::string& severity) {
  if (severity == "critical") return d.critical;
  if (severity == "high") return d.high;
  if (severity == "medium") return d.medium;
  if (severity == "low") return d.low;
  return d.info;
}

Date due_date(Date found_on, const std::string& severity, const DeadlineDays& d) {
  return add_days(found_on, days_for(d, severity));
}

bool finding_open(const std::string& status) {
  return status == "open" || status == "acknowledged" || status == "fixed";
}

bool finding_overdue(const std::string& status, const std::string& due_on, const std::string& today) {
  return finding_open(status) && due_on < today;
}

Result<std::string> step_to(const std::string& status, const std::string& step) {
  const bool live = status == "open" || status == "acknowledged";
  if (step == "acknowledge" && status == "open") return std::string("acknowledged");
  if (step == "fix" && live) return std::string("fixed");
  if (step == "accept" && live) return std::string("accepted");
  return Error::conflict("vulns.finding.step", "The finding is " + status + ": it cannot be " + step + "ed now.")
      .with("@status", "vulns.finding.status." + status);
}

std::vector<std::string> steps_for(const std::string& status, bool can_respond, bool can_manage) {
  std::vector<std::string> out;
  if (can_respond && status == "open") out.push_back("acknowledge");
  if (can_respond && (status == "open" || status == "acknowledged")) out.push_back("fix");
  if (can_manage && (status == "open" || status == "acknowledged")) out.push_back("accept");
  if (can_manage && finding_open(status)) out.push_back("assign");
  return out;
}

Reconcile reconcile(const std::string& status, bool seen, bool covered) {
  if (!covered) return Reconcile::none;
  if (seen) return status == "fixed" || status == "verified" ? Reconcile::reopen : Reconcile::seen;
  return finding_open(status) ? Reconcile::verify : Reconcile::none;
}

bool schedule_kept(const ScheduleFact& s, const std::string& from, const std::string& to, const std::string& today) {
  auto parse = [](const std::string& t) { return parse_date(t); };
  auto start_text = std::max(from, s.active_from);
  auto end_text = std::min(to, today);
  auto start = parse(start_text), end = parse(end_text);
  if (!start || !end || *end <= *start) return true;
  const int allowed = s.interval_days + 1;
  Date last = *start;
  for (const auto& r : s.run_dates) {
    auto d = parse(r);
    if (!d || *d < *start) continue;
    if (*d >= *end) break;
    if (days_between(last, *d) > allowed) return false;
    last = *d;
  }
  return days_between(last, *end) <= allowed;
}

bool finding_kept(const FindingFact& f) {
  if (f.status != "verified" && f.status != "accepted") return false;
  return f.closed_on && *f.closed_on <= f.due_on;
}

ClauseMeasure measure_r5_2_3(const std::vector<ScheduleFact>& schedules, const std::vector<FindingFact>& findings,
                             Date from, Date to, Date today) {
  ClauseMeasure m;
  const int days = days_between(from, to);
  const Date prev_from = add_days(from, -days);
  const std::string f = format_date(from), t = format_date(to), pf = format_date(prev_from), now = format_date(today);
  for (const auto& s : schedules) {
    if (s.active_from < t) {
      ++m.total;
      if (schedule_kept(s, f, t, now))
        ++m.met;
      else
        m.failing.emplace_back(s.id, s.label);
    }
    if (s.active_from < f) {
      ++m.previous_total;
      if (schedule_kept(s, pf, f, now)) ++m.previous_met;
    }
  }
  for (const auto& x : findings) {
    // A finding due in the future that is not yet closed is not judged yet.
    if (x.due_on >= now && !finding_kept(x)) continue;
    if (x.due_on >= f && x.due_on < t) {
      ++m.total;
      if (finding_kept(x))
        ++m.met;
      else
        m.failing.emplace_back(x.id, x.number);
    } else if (x.due_on >= pf && x.due_on < f) {
      ++m.previous_total;
      if (finding_kept(x)) ++m.previous_met;
    }
  }
  return m;
}

}  // namespace colo::vulns
