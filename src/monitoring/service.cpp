#include "monitoring/service.hpp"

#include <boost/json.hpp>

#include <algorithm>

#include "audit/audit.hpp"
#include "monitoring/store.hpp"

namespace colo::monitoring {

namespace json = boost::json;

namespace {

constexpr std::size_t kMaxChecksPerDevice = 20;

bool printable_ascii(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

// What the audit log keeps of a device's settings: never a secret, only whether one was set.
json::value settings_audit(const MonitoredDevice& d, bool secret_changed) {
  return json::object{{"snmp_version", d.snmp_version},
                      {"snmp_port", d.snmp_port},
                      {"enabled", d.enabled},
                      {"ping_interval_s", d.ping_interval_s},
                      {"snmp_interval_s", d.snmp_interval_s},
                      {"credentials", secret_changed ? "changed" : "unchanged"}};
}

std::string seal_secret(const crypto::Sealer& sealer, const std::string& version, const SnmpSecret& s) {
  json::object o;
  if (version == "v2c") o = {{"community", s.community}};
  if (version == "v3") o = {{"user", s.user}, {"auth", s.auth_pass}, {"priv", s.priv_pass}};
  return sealer.seal(json::serialize(o));
}

Result<snmp::Credentials> open_secret(const crypto::Sealer& sealer, const std::string& version,
                                      const std::string& sealed) {
  COLO_TRY(auto text, sealer.open(sealed));
  std::error_code ec;
  auto v = json::parse(text, ec);
  if (ec || !v.is_object()) return Error::internal("sealed SNMP credentials are not JSON");
  const auto& o = v.as_object();
  auto str = [&](const char* k) -> std::string {
    auto* p = o.if_contains(k);
    return p && p->is_string() ? std::string(p->as_string()) : std::string();
  };
  snmp::Credentials c;
  if (version == "v3") {
    c.version = snmp::Version::v3;
    c.user = str("user");
    c.auth_pass = str("auth");
    c.priv_pass = str("priv");
  } else {
    c.community = str("community");
  }
  return c;
}

Status validate_settings(const MonitoredDevice& d) {
  std::vector<FieldError> errors;
  if (d.snmp_port < 1 || d.snmp_port > 65535)
    errors.push_back({"snmp_port", "out_of_range", "A UDP port from 1 to 65535."});
  if (d.ping_interval_s < 10 || d.ping_interval_s > 86400)
    errors.push_back({"ping_interval_s", "out_of_range", "From 10 seconds to a day."});
  if (d.snmp_interval_s < 30 || d.snmp_interval_s > 86400)
    errors.push_back({"snmp_interval_s", "out_of_range", "From 30 seconds to a day."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  return {};
}

Status validate_secret(const std::string& version, const SnmpSecret& s) {
  std::vector<FieldError> errors;
  if (version == "v2c") {
    if (s.community.empty() || s.community.size() > 64 || !printable_ascii(s.community))
      errors.push_back({"snmp/community", "monitoring.snmp.bad_community",
                        "A community of 1 to 64 printable characters without spaces."});
  } else if (version == "v3") {
    if (s.user.empty() || s.user.size() > 32 || !printable_ascii(s.user))
      errors.push_back({"snmp/user", "monitoring.snmp.bad_user", "A user name of 1 to 32 printable characters."});
    // RFC 3414 asks for at least 8 characters; net-snmp refuses shorter ones.
    if (s.auth_pass.size() < 8 || s.auth_pass.size() > 64)
      errors.push_back({"snmp/auth_pass", "monitoring.snmp.bad_passphrase", "A passphrase of 8 to 64 characters."});
    if (s.priv_pass.size() < 8 || s.priv_pass.size() > 64)
      errors.push_back({"snmp/priv_pass", "monitoring.snmp.bad_passphrase", "A passphrase of 8 to 64 characters."});
  }
  if (!errors.empty()) return Error::validation(std::move(errors));
  return {};
}

Status validate_check(const Check& c) {
  std::vector<FieldError> errors;
  if (c.kind == "tcp") {
    if (!c.port || *c.port < 1 || *c.port > 65535)
      errors.push_back({"port", "out_of_range", "A TCP port from 1 to 65535."});
  } else if (c.kind == "http") {
    const std::string url = c.url.value_or("");
    bool scheme = url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0;
    if (!scheme || url.size() > 500 || !printable_ascii(url))
      errors.push_back(
          {"url", "monitoring.check.bad_url", "An http:// or https:// address of at most 500 characters."});
  } else {
    errors.push_back({"kind", "invalid_choice", "tcp or http."});
  }
  if (c.interval_s < 10 || c.interval_s > 86400)
    errors.push_back({"interval_s", "out_of_range", "From 10 seconds to a day."});
  if (c.timeout_ms < 100 || c.timeout_ms > 60000)
    errors.push_back({"timeout_ms", "out_of_range", "From 100 ms to a minute."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  return {};
}

}  // namespace

Service::Service(db::Database& db, const Clock& clock, Inventory& inventory, crypto::Sealer sealer,
                 ServiceOptions options)
    : db_(db), clock_(clock), inventory_(inventory), sealer_(std::move(sealer)), options_(options) {}

Result<db::Counted<MonitoredDevice>> Service::devices(const Context& ctx, const DeviceFilter& f) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_devices(tx, ctx, f);
}

Result<MonitoredDevice> Service::load(db::Tx& tx, const Context& ctx, std::int64_t device_id) {
  COLO_TRY(auto row, store::find_device(tx, device_id));
  if (!row || !ctx.sees(row->device.customer_id)) return Error::not_found("Monitored device");
  MonitoredDevice d = std::move(row->device);
  COLO_TRY(d.interfaces, store::interfaces(tx, device_id));
  COLO_TRY(d.checks, store::checks(tx, {device_id}));
  return d;
}

Result<MonitoredDevice> Service::device(const Context& ctx, std::int64_t device_id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return load(tx, ctx, device_id);
}

Result<MonitoredDevice> Service::configure(const Context& ctx, std::int64_t device_id, const DeviceSettingsInput& in) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto ledger, inventory_.devices(tx, {device_id}));
  if (ledger.empty()) return Error::not_found("Device");
  const LedgerDevice& dev = ledger.front();
  if (dev.mgmt_address.empty())
    return Error::unprocessable("monitoring.device.no_mgmt_address",
                                "The device has no management address in the ledger to poll.")
        .with("device", dev.name);
  COLO_TRY(auto existing, store::find_device(tx, device_id));
  store::DeviceRow row;
  if (existing) row = *existing;
  MonitoredDevice& d = row.device;
  if (!existing) {
    d.ping_interval_s = options_.ping_interval_s;
    d.snmp_interval_s = options_.snmp_interval_s;
  }
  std::optional<MonitoredDevice> before;
  if (existing) before = existing->device;
  d.device_id = device_id;
  d.device_name = dev.name;
  d.customer_id = dev.customer_id;
  if (in.snmp_version) d.snmp_version = *in.snmp_version;
  if (in.snmp_port) d.snmp_port = *in.snmp_port;
  if (in.ping_interval_s) d.ping_interval_s = *in.ping_interval_s;
  if (in.snmp_interval_s) d.snmp_interval_s = *in.snmp_interval_s;
  if (in.enabled) d.enabled = *in.enabled;
  COLO_CHECK(validate_settings(d));
  bool version_changed = !existing || existing->device.snmp_version != d.snmp_version;
  bool secret_changed = false;
  if (d.snmp_version == "none") {
    secret_changed = !row.sealed.empty();
    row.sealed.clear();
  } else if (in.secret) {
    COLO_CHECK(validate_secret(d.snmp_version, *in.secret));
    row.sealed = seal_secret(sealer_, d.snmp_version, *in.secret);
    secret_changed = true;
  } else if (version_changed || row.sealed.empty()) {
    // Credentials of one version do not serve another.
    return Error::validation({{"snmp", "required", "The SNMP credentials for this version are required."}});
  }
  d.credentials_set = !row.sealed.empty();
  d.updated_at = format_instant(clock_.now());
  if (existing) {
    COLO_CHECK(store::update_device(tx, row));
  } else {
    d.created_at = d.updated_at;
    COLO_CHECK(store::insert_device(tx, row));
  }
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"monitoring.device", std::to_string(device_id), existing ? "update" : "create",
                            before ? settings_audit(*before, false) : json::value(nullptr),
                            settings_audit(d, secret_changed), d.customer_id}));
  COLO_TRY(auto out, load(tx, ctx, device_id));
  COLO_CHECK(tx.commit());
  return out;
}

Status Service::remove(const Context& ctx, std::int64_t device_id) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto existing, store::find_device(tx, device_id));
  if (!existing) return Error::not_found("Monitored device");
  COLO_CHECK(store::delete_device(tx, device_id));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"monitoring.device", std::to_string(device_id), "delete",
                            settings_audit(existing->device, false), nullptr, existing->device.customer_id}));
  return tx.commit();
}

Result<Check> Service::add_check(const Context& ctx, std::int64_t device_id, const CheckInput& in) {
  if (ctx.tenant()) return Error::forbidden();
  Check c;
  c.device_id = device_id;
  c.kind = in.kind;
  c.port = in.port;
  c.url = in.url;
  if (in.interval_s) c.interval_s = *in.interval_s;
  if (in.timeout_ms) c.timeout_ms = *in.timeout_ms;
  COLO_CHECK(validate_check(c));
  if (c.kind == "tcp") c.url.reset();
  if (c.kind == "http") c.port.reset();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto existing, store::find_device(tx, device_id));
  if (!existing) return Error::not_found("Monitored device");
  COLO_TRY(auto current, store::checks(tx, {device_id}));
  if (current.size() >= kMaxChecksPerDevice)
    return Error::unprocessable("monitoring.check.too_many", "A device has at most 20 checks.")
        .with("max", std::to_string(kMaxChecksPerDevice));
  c.created_at = format_instant(clock_.now());
  COLO_TRY(c.id, store::insert_check(tx, c));
  json::object after{{"device_id", device_id}, {"kind", c.kind}, {"interval_s", c.interval_s}};
  if (c.port) after["port"] = *c.port;
  if (c.url) after["url"] = *c.url;
  COLO_CHECK(audit::record(
      tx, ctx, clock_,
      {"monitoring.check", std::to_string(c.id), "create", nullptr, after, existing->device.customer_id}));
  COLO_CHECK(tx.commit());
  return c;
}

Status Service::remove_check(const Context& ctx, std::int64_t check_id) {
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto c, store::find_check(tx, check_id));
  if (!c) return Error::not_found("Check");
  COLO_CHECK(store::delete_check(tx, check_id));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"monitoring.check", std::to_string(check_id), "delete",
                            json::object{{"device_id", c->device_id}, {"kind", c->kind}}, nullptr, std::nullopt}));
  return tx.commit();
}

Result<std::vector<PollTarget>> Service::poll_targets() {
  std::vector<PollTarget> out;
  std::vector<std::pair<std::int64_t, std::string>> unreadable;
  std::vector<LedgerDevice> renamed;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(auto rows, store::enabled_devices(tx));
    std::vector<std::int64_t> ids;
    for (const auto& r : rows) ids.push_back(r.device.device_id);
    COLO_TRY(auto ledger, inventory_.devices(tx, ids));
    std::map<std::int64_t, LedgerDevice> by_id;
    for (auto& l : ledger) by_id.emplace(l.id, std::move(l));
    COLO_TRY(auto matched, store::matched_interfaces(tx, ids));
    COLO_TRY(auto checks, store::checks(tx, ids));
    COLO_TRY(auto profiles, store::profiles(tx));
    for (auto& r : rows) {
      auto it = by_id.find(r.device.device_id);
      // Deleted from the ledger, or no address to poll any more: nothing to poll.
      if (it == by_id.end() || it->second.mgmt_address.empty()) continue;
      PollTarget t;
      t.ledger = it->second;
      if (t.ledger.name != r.device.device_name || t.ledger.customer_id != r.device.customer_id)
        renamed.push_back(t.ledger);
      if (r.device.snmp_version != "none") {
        auto creds = open_secret(sealer_, r.device.snmp_version, r.sealed);
        if (!creds.ok()) {
          unreadable.emplace_back(r.device.device_id, "credentials cannot be opened with this key");
          continue;
        }
        t.credentials = std::move(*creds);
      }
      if (r.device.sys_object_id)
        for (const auto& p : profiles)
          if (r.device.sys_object_id->rfind(p.sys_object_id, 0) == 0)
            t.profile.push_back({p.metric, p.label, snmp::parse_oid(p.column_oid), p.scale});
      for (const auto& [device_id, i] : matched)
        if (device_id == r.device.device_id && i.interface_id)
          t.interfaces[static_cast<std::uint32_t>(i.if_index)] = *i.interface_id;
      for (const auto& c : checks)
        if (c.device_id == r.device.device_id) t.checks.push_back(c);
      t.settings = std::move(r.device);
      out.push_back(std::move(t));
    }
  }
  if (!unreadable.empty() || !renamed.empty()) {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
    for (const auto& [id, why] : unreadable) COLO_CHECK(store::record_error(tx, id, why));
    for (const auto& l : renamed) COLO_CHECK(store::refresh_ledger_fields(tx, l.id, l.name, l.customer_id));
    COLO_CHECK(tx.commit());
  }
  return out;
}

Result<std::map<std::uint32_t, std::int64_t>> Service::record_discovery(std::int64_t device_id,
                                                                        const DeviceSnapshot& snapshot) {
  std::map<std::uint32_t, std::int64_t> matched;
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto existing, store::find_device(tx, device_id));
  if (!existing) return matched;  // removed while it was polled
  COLO_TRY(auto ports, inventory_.interfaces(tx, {device_id}));
  std::vector<LedgerInterface> ledger;
  for (const auto& p : ports) ledger.push_back({p.id, p.name});
  auto matches = match_interfaces(snapshot.interfaces, ledger);
  std::vector<DiscoveredInterface> found;
  for (std::size_t i = 0; i < snapshot.interfaces.size(); ++i) {
    const auto& s = snapshot.interfaces[i];
    DiscoveredInterface d;
    d.if_index = s.if_index;
    d.name = s.name;
    d.descr = s.descr;
    d.alias = s.alias;
    if (s.speed_bps && *s.speed_bps <= static_cast<std::uint64_t>(INT64_MAX))
      d.speed_bps = static_cast<std::int64_t>(*s.speed_bps);
    d.interface_id = matches[i].interface_id;
    if (d.interface_id) matched[s.if_index] = *d.interface_id;
    found.push_back(std::move(d));
  }
  COLO_CHECK(store::replace_interfaces(tx, device_id, found));
  COLO_CHECK(
      store::record_discovery(tx, device_id, snapshot.sys_object_id, snapshot.sys_name, format_instant(clock_.now())));
  COLO_CHECK(tx.commit());
  return matched;
}

Status Service::record_error(std::int64_t device_id, const std::optional<std::string>& error) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_CHECK(store::record_error(tx, device_id, error));
  return tx.commit();
}

}  // namespace colo::monitoring
