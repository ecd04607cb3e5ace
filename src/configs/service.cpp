#include "configs/service.hpp"

#include <algorithm>
#include <atomic>
#include <map>
#include <thread>

#include <spdlog/spdlog.h>
#include <boost/json.hpp>

#include "audit/audit.hpp"
#include "configs/rules.hpp"
#include "configs/ssh.hpp"
#include "configs/store.hpp"
#include "notify/notify.hpp"

namespace colo::configs {

namespace json = boost::json;

namespace {

// The staff roles told of host keys that changed and of changes made outside a change window.
const std::vector<std::string> kAlerted = {"operations", "security"};

std::string link_of(std::int64_t device_id) { return "/configs/" + std::to_string(device_id); }

Status alert(db::Tx& tx, const Clock& clock, const std::string& topic, const std::string& key,
             const MessageParams& params, std::int64_t device_id) {
  for (const auto& role : kAlerted)
    COLO_CHECK(notify::notify(
        tx, clock, notify::keyed(notify::Audience::staff_role(role), topic, key, params, link_of(device_id))));
  return {};
}

json::value audit_view(const ConfigDevice& d) {
  return json::object{
      {"device", d.device_name},    {"vendor", d.vendor},
      {"address", d.address},       {"port", d.port},
      {"username", d.username},     {"host_key", d.host_key ? json::value(*d.host_key) : json::value(nullptr)},
      {"interval_s", d.interval_s}, {"enabled", d.enabled}};
}

int count_lines(const std::string& s) { return static_cast<int>(split_lines(s).size()); }

}  // namespace

Service::Service(db::Database& db, const Clock& clock, crypto::Sealer sealer, Ports ports, Options options)
    : db_(db), clock_(clock), sealer_(std::move(sealer)), ports_(std::move(ports)), options_(options) {}

Result<ConfigDevice> Service::load(db::Tx& tx, const Context& ctx, std::int64_t device_id) {
  COLO_TRY(auto d, store::find_device(tx, device_id));
  if (!d || !ctx.sees(d->customer_id)) return Error::not_found("Configuration device");
  COLO_TRY(auto secret, store::secret_of(tx, device_id));
  auto opened = sealer_.open(secret);
  d->auth_method = opened.ok() && json::parse(*opened).as_object().contains("private_key") ? "key" : "password";
  return *d;
}

Result<db::Counted<ConfigDevice>> Service::devices(const Context& ctx, const DeviceFilter& f) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_devices(tx, ctx, f);
}

Result<ConfigDevice> Service::device(const Context& ctx, std::int64_t device_id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return load(tx, ctx, device_id);
}

Result<ConfigDevice> Service::configure(const Context& ctx, std::int64_t device_id, const DeviceInput& in) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto ledger, ports_.device(tx, device_id));
  if (!ledger || !ctx.sees(ledger->customer_id)) return Error::not_found("Device");
  if (std::find(kNetworkRoles.begin(), kNetworkRoles.end(), ledger->role) == kNetworkRoles.end())
    return Error::unprocessable("configs.device.not_network",
                                "Only switches, routers and firewalls have their configuration backed up.")
        .with("device", ledger->name);
  std::string vendor;
  if (in.vendor)
    vendor = *in.vendor;
  else if (auto v = vendor_from_manufacturer(ledger->manufacturer, ledger->model))
    vendor = *v;
  else
    return Error::unprocessable("configs.device.no_vendor",
                                "No command set is known for this manufacturer: choose the vendor.",
                                {{"vendor", "required", "Choose the vendor's command set."}})
        .with("manufacturer", ledger->manufacturer);
  if (ledger->mgmt_address.empty())
    return Error::unprocessable("configs.device.no_address", "The device has no management address in the ledger.")
        .with("device", ledger->name);
  COLO_TRY(auto existing, store::find_device(tx, device_id));
  std::string sealed;
  if (in.password || in.private_key) {
    json::object secret;
    if (in.private_key)
      secret["private_key"] = *in.private_key;
    else
      secret["password"] = *in.password;
    sealed = sealer_.seal(json::serialize(secret));
  } else if (!existing) {
    return Error::validation({{"password", "required", "A password or a private key is required."}});
  }
  const std::string now = format_instant(clock_.now());
  ConfigDevice d = existing ? *existing : ConfigDevice{};
  const auto before = existing ? audit_view(*existing) : json::value(nullptr);
  d.device_id = device_id;
  d.device_name = ledger->name;
  d.customer_id = ledger->customer_id;
  d.vendor = vendor;
  d.vendor_override = in.vendor;
  d.address = ledger->mgmt_address;
  d.port = in.port;
  d.username = in.username;
  if (in.host_key) {  // entered by hand: trusted from the start, and it settles a pending one
    d.host_key = in.host_key;
    d.host_key_pending.reset();
  }
  d.interval_s = in.interval_s;
  d.enabled = in.enabled;
  // A new or re-enabled device is fetched at the next run.
  if (!existing || (in.enabled && !existing->enabled)) d.next_fetch_at = now;
  d.updated_at = now;
  if (!existing) d.created_at = now;
  COLO_CHECK(store::save_device(tx, d, sealed, !existing));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"configs.device", std::to_string(device_id), existing ? "update" : "create", before,
                            audit_view(d), d.customer_id}));
  COLO_TRY(auto out, load(tx, ctx, device_id));
  COLO_CHECK(tx.commit());
  return out;
}

Result<FetchRecord> Service::fetch_now(const Context& ctx, std::int64_t device_id) {
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(auto d, load(tx, ctx, device_id));
    (void)d;
  }
  return fetch(device_id, "manual");
}

Result<ConfigDevice> Service::accept_host_key(const Context& ctx, std::int64_t device_id, const std::string& host_key) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto d, load(tx, ctx, device_id));
  if (!d.host_key_pending)
    return Error::conflict("configs.host_key.not_pending", "No changed host key waits for acceptance.");
  if (*d.host_key_pending != host_key)
    return Error::conflict("configs.host_key.mismatch",
                           "The key given is not the one the device presented; read it again.");
  const auto before = d.host_key;
  COLO_CHECK(store::set_host_keys(tx, device_id, host_key, std::nullopt, format_instant(clock_.now())));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"configs.device", std::to_string(device_id), "accept_host_key",
                            json::object{{"host_key", before ? json::value(*before) : json::value(nullptr)}},
                            json::object{{"host_key", host_key}}, d.customer_id}));
  COLO_TRY(auto out, load(tx, ctx, device_id));
  COLO_CHECK(tx.commit());
  return out;
}

Result<FetchRecord> Service::fetch(std::int64_t device_id, const std::string& cause) {
  const auto sys = system_context("configs");
  // What to fetch with, read first: the SSH session runs outside any transaction.
  ConfigDevice d;
  std::optional<LedgerDevice> ledger;
  std::string secret_sealed;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(auto found, store::find_device(tx, device_id));
    if (!found) return Error::not_found("Configuration device");
    d = *found;
    COLO_TRY(secret_sealed, store::secret_of(tx, device_id));
    COLO_TRY(ledger, ports_.device(tx, device_id));
  }
  FetchRecord rec;
  rec.device_id = device_id;
  rec.cause = cause;
  if (ledger) {
    d.device_name = ledger->name;
    d.customer_id = ledger->customer_id;
    d.address = ledger->mgmt_address;
    if (!d.vendor_override)
      if (auto v = vendor_from_manufacturer(ledger->manufacturer, ledger->model)) d.vendor = *v;
  }
  rec.customer_id = d.customer_id;
  rec.device_name = d.device_name;

  SshAnswer answer;
  if (!ledger || d.address.empty()) {
    answer.failure = "address";
    answer.message = ledger ? "the device has no management address" : "the device is no longer in the ledger";
  } else if (commands_for(d.vendor).empty()) {
    answer.failure = "vendor";
    answer.message = "no command set for vendor '" + d.vendor + "'";
  } else if (auto secret = sealer_.open(secret_sealed); !secret.ok()) {
    answer.failure = "auth";
    answer.message = "the stored secret does not open with the data key";
  } else {
    const auto s = json::parse(*secret).as_object();
    SshTarget t;
    t.host = d.address;
    t.port = d.port;
    t.username = d.username;
    if (auto p = s.if_contains("password")) t.password = std::string(p->as_string());
    if (auto k = s.if_contains("private_key")) t.private_key = std::string(k->as_string());
    t.known_host_key = d.host_key.value_or("");
    t.connect_timeout_ms = options_.connect_timeout_ms;
    t.command_timeout_ms = options_.command_timeout_ms;
    t.commands = commands_for(d.vendor);
    answer = fetch_over_ssh(t);
  }
  const Instant at = clock_.now();
  rec.at = format_instant(at);

  std::string config, hash;
  bool outside = false;
  if (!answer.failure) {
    config = extract_config(answer.output, d.vendor);
    hash = crypto::blake2b_hex(normalise(config));
  }
  // Whether a change is in force is asked before the write transaction: the change control
  // module reads in transactions of its own.
  std::optional<bool> in_force;
  auto ask_change = [&]() -> Result<bool> {
    if (!in_force) {
      if (!ledger || !ports_.change_in_force) {
        in_force = false;
      } else {
        COLO_TRY(bool v, ports_.change_in_force(*ledger, at));
        in_force = v;
      }
    }
    return *in_force;
  };
  if (!answer.failure) {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(auto last, store::last_version(tx, device_id));
    if (last && last->hash != hash) {
      COLO_TRY(bool covered, ask_change());
      outside = !covered;
    }
  }

  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto current, store::find_device(tx, device_id));
  if (!current) return Error::not_found("Configuration device");
  d.host_key = current->host_key;
  d.host_key_pending = current->host_key_pending;
  d.version_count = current->version_count;
  d.last_success_at = current->last_success_at;
  const MessageParams params = {{"device", d.device_name}};
  if (answer.failure) {
    rec.result = "failed";
    rec.failure = answer.failure;
    rec.error = answer.message;
    if (*answer.failure == "host_key_changed" && d.host_key_pending != answer.host_key) {
      // Refused, recorded and alerted once per new key; an operator accepts it explicitly.
      d.host_key_pending = answer.host_key;
      COLO_CHECK(audit::record(tx, sys, clock_,
                               {"configs.device", std::to_string(device_id), "host_key_refused",
                                json::object{{"host_key", d.host_key ? json::value(*d.host_key) : nullptr}},
                                json::object{{"presented", answer.host_key}}, d.customer_id}));
      COLO_CHECK(alert(tx, clock_, "configs.host_key_changed", "notice.configs.host_key_changed",
                       {{"device", d.device_name}, {"host_key", answer.host_key}}, device_id));
    }
  } else {
    if (!d.host_key && !answer.host_key.empty()) {
      // First contact: the key presented is recorded (trust on first use), audited.
      d.host_key = answer.host_key;
      COLO_CHECK(audit::record(tx, sys, clock_,
                               {"configs.device", std::to_string(device_id), "host_key_recorded", nullptr,
                                json::object{{"host_key", answer.host_key}}, d.customer_id}));
    }
    d.last_success_at = rec.at;
    // Read again under the writers' lock: a fetch that ran beside this one may have stored it.
    COLO_TRY(auto last, store::last_version(tx, device_id));
    if (last && last->hash == hash) {
      rec.result = "unchanged";
    } else {
      if (last && !in_force) {
        COLO_TRY(bool covered, ask_change());
        outside = !covered;
      }
      if (!last) outside = false;  // the first version is the baseline, not a change
      ConfigVersion v;
      v.device_id = device_id;
      v.customer_id = d.customer_id;
      v.number = last ? last->number + 1 : 1;
      v.hash = hash;
      v.size = static_cast<std::int64_t>(config.size());
      v.line_count = count_lines(config);
      v.fetched_at = rec.at;
      v.outside_change = outside;
      COLO_TRY(rec.version_id, store::insert_version(tx, v, sealer_.seal(config)));
      d.version_count = v.number;
      rec.result = "ok";
      if (outside)
        COLO_CHECK(alert(tx, clock_, "configs.changed_outside_change", "notice.configs.changed_outside_change",
                         {{"device", d.device_name}, {"version", std::to_string(v.number)}}, device_id));
    }
  }
  d.last_fetch_at = rec.at;
  d.last_result = rec.result;
  d.last_error = answer.failure ? std::optional<std::string>(answer.message) : std::nullopt;
  COLO_CHECK(store::record_result(tx, d));
  if (cause == "manual" && !answer.failure) {
    // A configuration fetched by hand is as fresh as a scheduled one: the schedule counts its
    // interval from it instead of fetching the same text again minutes later.
    const auto next = format_instant(clock_.now() + std::chrono::seconds(current->interval_s));
    if (current->next_fetch_at < next) COLO_CHECK(store::set_next_fetch(tx, device_id, next));
  }
  COLO_TRY(rec.id, store::insert_fetch(tx, rec));
  COLO_CHECK(tx.commit());
  return rec;
}

Result<db::Counted<ConfigVersion>> Service::versions(const Context& ctx, const VersionFilter& f) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  if (f.device) COLO_CHECK(load(tx, ctx, *f.device));
  return store::list_versions(tx, ctx, f);
}

Result<db::Counted<FetchRecord>> Service::fetches(const Context& ctx, const FetchFilter& f) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  if (f.device) COLO_CHECK(load(tx, ctx, *f.device));
  return store::list_fetches(tx, ctx, f);
}

Result<ConfigVersion> Service::version(const Context& ctx, std::int64_t version_id, bool reveal) {
  if (reveal && (!ctx.can(kPermSecrets) || ctx.tenant()))
    return Error::forbidden("Reading configurations with their secrets needs configs.secrets.read.");
  auto tx_r = db::Tx::begin(db_, reveal ? db::Access::write : db::Access::read);
  if (!tx_r.ok()) return std::move(tx_r).error();
  auto& tx = *tx_r;
  COLO_TRY(auto v, store::find_version(tx, version_id));
  if (!v || !ctx.sees(v->customer_id)) return Error::not_found("Configuration version");
  COLO_TRY(auto body, sealer_.open(v->body));
  v->masked = !reveal;
  v->body = reveal ? body : mask_secrets(body);
  if (reveal) {
    COLO_CHECK(audit::record(tx, ctx, clock_,
                             {"configs.version", std::to_string(version_id), "read_secrets", nullptr,
                              json::object{{"device_id", v->device_id}, {"number", v->number}}, v->customer_id}));
    COLO_CHECK(tx.commit());
  }
  return *v;
}

Result<DiffView> Service::diff(const Context& ctx, std::int64_t from_id, std::int64_t to_id, bool reveal) {
  COLO_TRY(auto from, version(ctx, from_id, reveal));
  COLO_TRY(auto to, version(ctx, to_id, reveal));
  if (from.device_id != to.device_id)
    return Error::unprocessable("configs.diff.other_device", "Both versions must be of one device.");
  DiffView out;
  out.diff = diff_lines(from.body, to.body);
  out.unified = unified(out.diff, "v" + std::to_string(from.number), "v" + std::to_string(to.number));
  out.masked = !reveal;
  from.body.clear();
  to.body.clear();
  out.from = std::move(from);
  out.to = std::move(to);
  return out;
}

Result<RunReport> Service::run_due() {
  const Instant now = clock_.now();
  const std::string now_text = format_instant(now);
  std::vector<std::int64_t> claimed;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
    COLO_TRY(auto due, store::due(tx, now_text, options_.batch));
    for (const auto& [id, interval] : due) {
      COLO_TRY(bool mine, store::claim(tx, id, format_instant(now + std::chrono::seconds(interval)), now_text));
      if (mine) claimed.push_back(id);
    }
    COLO_CHECK(tx.commit());
  }
  RunReport report;
  report.devices = static_cast<std::int64_t>(claimed.size());
  std::atomic<std::size_t> next{0};
  std::atomic<std::int64_t> ok{0}, unchanged{0}, failed{0};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < claimed.size();) {
      auto r = fetch(claimed[i], "schedule");
      if (!r.ok()) {
        spdlog::warn("config backup: device {}: {}", claimed[i], r.error().message);
        ++failed;
      } else if (r->result == "ok") {
        ++ok;
      } else if (r->result == "unchanged") {
        ++unchanged;
      } else {
        ++failed;
      }
    }
  };
  {
    const auto threads = std::min<std::size_t>(static_cast<std::size_t>(std::max(1, options_.pool)), claimed.size());
    std::vector<std::jthread> pool;
    for (std::size_t t = 0; t < threads; ++t) pool.emplace_back(work);
  }
  report.ok = ok;
  report.unchanged = unchanged;
  report.failed = failed;
  return report;
}

Result<BackupCompliance> Service::measure(Instant from, Instant to) {
  BackupCompliance out;
  const Instant end = std::min(to, clock_.now());
  if (end <= from) return out;
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto devices, store::compliance_devices(tx, format_instant(end)));
  // Successes from a longest interval before the period, so that the one carrying into it is seen.
  COLO_TRY(auto rows,
           store::successes(tx, format_instant(from - std::chrono::seconds(kMaxIntervalS)), format_instant(end)));
  std::map<std::int64_t, std::vector<Instant>> by_device;
  for (const auto& [id, at] : rows)
    if (auto t = parse_instant(at)) by_device[id].push_back(*t);
  for (const auto& d : devices) {
    const Instant configured = parse_instant(d.created_at).value_or(from);
    ++out.total;
    if (backed_up_within_interval(by_device[d.device_id], configured, std::max(from, configured), end,
                                  std::chrono::seconds(d.interval_s)))
      ++out.met;
    else
      out.failing.push_back(d.device_id);
  }
  return out;
}

Result<BackupComplianceReport> Service::backup_compliance(Instant from, Instant to) {
  BackupComplianceReport r;
  COLO_TRY(r.period, measure(from, to));
  COLO_TRY(r.previous, measure(from - (to - from), from));
  return r;
}

}  // namespace colo::configs
