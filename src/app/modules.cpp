// The wiring: every module's service is built here, in dependency order, from the database, the
// clock, the options and the services (through their ports) it calls; then its routes are added.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "app/app.hpp"
#include "app/backup_service.hpp"
#include "app/compliance_measures.hpp"
#include "app/confidentiality.hpp"
#include "app/configs_wiring.hpp"
#include "app/disputes.hpp"
#include "app/firewall.hpp"
#include "app/monitoring_wiring.hpp"
#include "app/overuse.hpp"
#include "app/patrol_wiring.hpp"
#include "app/service_levels.hpp"
#include "app/vulns.hpp"
#include "applications/module.hpp"
#include "applications/routes.hpp"
#include "applications/service.hpp"
#include "audit/audit.hpp"
#include "auth/middleware.hpp"
#include "auth/permissions.hpp"
#include "auth/routes.hpp"
#include "auth/service.hpp"
#include "backup/backup.hpp"
#include "billing/catalogue_routes.hpp"
#include "billing/catalogue_service.hpp"
#include "billing/collections.hpp"
#include "billing/collections_routes.hpp"
#include "billing/module.hpp"
#include "billing/payments.hpp"
#include "billing/payments_routes.hpp"
#include "billing/routes.hpp"
#include "billing/service.hpp"
#include "contracts/module.hpp"
#include "contracts/routes.hpp"
#include "contracts/service.hpp"
#include "core/crypto.hpp"
#include "core/file_seal.hpp"
#include "customers/routes.hpp"
#include "customers/service.hpp"
#include "db/database.hpp"
#include "dcim/routes.hpp"
#include "dcim/service.hpp"
#include "disputes/service.hpp"
#include "facility/changes_routes.hpp"
#include "facility/drills.hpp"
#include "facility/drills_routes.hpp"
#include "facility/findings.hpp"
#include "facility/findings_module.hpp"
#include "facility/findings_routes.hpp"
#include "facility/inspections.hpp"
#include "facility/inspections_routes.hpp"
#include "facility/maintenance_module.hpp"
#include "facility/maintenance_routes.hpp"
#include "facility/module.hpp"
#include "facility/routes.hpp"
#include "facility/service.hpp"
#include "facility/today.hpp"
#include "facility/today_routes.hpp"
#include "home/builtin.hpp"
#include "home/routes.hpp"
#include "ipam/module.hpp"
#include "ipam/routes.hpp"
#include "ipam/service.hpp"
#include "monitoring/alerts.hpp"
#include "monitoring/alerts_routes.hpp"
#include "monitoring/availability.hpp"
#include "monitoring/module.hpp"
#include "monitoring/poller.hpp"
#include "monitoring/routes.hpp"
#include "monitoring/service.hpp"
#include "notify/delivery.hpp"
#include "notify/notify.hpp"
#include "scheduler/scheduler.hpp"
#include "search/search.hpp"
#include "servicedesk/cards.hpp"
#include "servicedesk/levels.hpp"
#include "servicedesk/levels_cards.hpp"
#include "servicedesk/routes.hpp"
#include "servicedesk/service.hpp"
#include "tsdb/module.hpp"
#include "tsdb/remote.hpp"
#include "tsdb/routes.hpp"
#include "tsdb/service.hpp"
#include "tsdb/store.hpp"
#include "usage/module.hpp"
#include "usage/routes.hpp"
#include "usage/service.hpp"
#include "usage/usage_store.hpp"
#include "vulns/service.hpp"

namespace colo::app {

namespace {

// The key that encrypts personal data at rest. Outside demo mode it must be configured; in demo
// mode one is generated once and kept next to the database so that restarts can read old data.
Result<crypto::Key> secret_key(const Config& config) {
  if (!config.secret_key.empty()) {
    auto key = crypto::parse_hex_key(config.secret_key);
    if (!key) return Error::invalid("config", "COLO_SECRET_KEY must be 64 hexadecimal characters");
    return *key;
  }
  if (!config.demo)
    return Error::invalid("config",
                          "COLO_SECRET_KEY is not set: give 64 hex characters (e.g. `openssl rand -hex 32`) "
                          "in the environment or [security] secret_key, or run with --demo");
  std::filesystem::path dir = "var";
  if (auto url = db::parse_url(config.db); url.ok() && url->engine == db::Engine::sqlite && url->target != ":memory:") {
    auto parent = std::filesystem::path(url->target).parent_path();
    if (!parent.empty()) dir = parent;
  }
  auto path = dir / "secret.key";
  std::ifstream in(path);
  std::string hex;
  if (in >> hex) {
    if (auto key = crypto::parse_hex_key(hex)) return *key;
    return Error::invalid("config", "the demo key file " + path.string() + " is not 64 hex characters");
  }
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  auto key = crypto::random_key();
  {
    std::ofstream out(path);
    out << crypto::key_to_hex(key) << "\n";
    if (!out) return Error::invalid("config", "cannot write the demo key file " + path.string());
  }
  std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write, ec);
  spdlog::warn("demo mode: generated the data encryption key in {}", path.string());
  return key;
}

// The key of the audit chain's MACs: [audit] key when given; else derived from the secret key
// for this one purpose, so that an installation with a secret key has an audit key without
// another setting. A separate key lets the data key and the audit key be held apart.
Result<crypto::Key> audit_key(const Config& config, const crypto::Key& secret) {
  if (config.audit_key.empty()) return crypto::derive_key(secret, 1, "coloaudt");
  auto key = crypto::parse_hex_key(config.audit_key);
  if (!key) return Error::invalid("config", "COLO_AUDIT_KEY must be 64 hexadecimal characters");
  return *key;
}

backup::Options backup_options(const Config& config) {
  return {.db_url = config.db,
          .repository = config.backup_repository,
          .password_file = config.backup_password_file,
          .restic = config.backup_restic};
}

// The notification e-mail's view of the users (notify::Directory), through the identity
// module's service: an audience's active users with their addresses, and one's own address.
class UserDirectory final : public notify::Directory {
 public:
  explicit UserDirectory(auth::Service& auth) : auth_(auth) {}

  Result<std::vector<notify::Recipient>> recipients(const notify::Audience& audience) override {
    auto ctx = reader();
    std::vector<notify::Recipient> out;
    if (audience.user_id) {
      auto u = auth_.user(ctx, *audience.user_id);
      if (!u.ok()) return u.error().is("not_found") ? Result<std::vector<notify::Recipient>>(out) : u.error();
      if (u->active) out.push_back({u->id, u->email});
      return out;
    }
    auth::UserFilter f;
    f.role = audience.role;
    f.customer = audience.customer_id;
    f.active = true;
    f.limit = 1000;
    for (f.offset = 0;; f.offset += f.limit) {
      COLO_TRY(auto page, auth_.users(ctx, f));
      for (const auto& u : page.second) out.push_back({u.id, u.email});
      if (static_cast<std::int64_t>(page.second.size()) < f.limit) break;
    }
    return out;
  }

  Result<std::string> email_of(const Context& ctx) override {
    COLO_TRY(auto u, auth_.me(ctx));
    return u.email;
  }

  // Changing one's own address is a self-service change: the caller acts, with the right to
  // change this one user, so the identity module audits it as theirs.
  Status set_own_email(const Context& ctx, const std::string& email) override {
    auto self = ctx;
    auto p = std::make_shared<Principal>(*ctx.principal);
    p->permissions.insert("users.write");
    self.principal = p;
    auth::UserChange change;
    change.email = email;
    COLO_CHECK(auth_.update_user(self, ctx.principal->user_id, change));
    return {};
  }

 private:
  static Context reader() {
    auto ctx = system_context("delivery");
    auto p = std::make_shared<Principal>(*ctx.principal);
    p->permissions.insert("users.read");
    ctx.principal = p;
    return ctx;
  }
  auth::Service& auth_;
};

Result<notify::DeliveryOptions> delivery_options(const Config& c) {
  notify::DeliveryOptions o;
  o.smtp.host = c.smtp_host;
  o.smtp.port = c.smtp_port;
  COLO_TRY(o.smtp.security, notify::parse_smtp_security(c.smtp_security));
  o.smtp.username = c.smtp_username;
  o.smtp.password = c.smtp_password;
  o.smtp.from_address = c.smtp_from;
  o.smtp.from_name = c.smtp_from_name;
  o.smtp.timeout_ms = c.smtp_timeout_ms;
  if (!c.smtp_host.empty() && !notify::is_mail_address(c.smtp_from))
    return Error::invalid("config", "[smtp] from (COLO_SMTP_FROM) must be the sender's e-mail address");
  o.public_url = c.public_url;
  o.max_attempts = c.delivery_max_attempts;
  o.webhook_allow_http = c.webhook_allow_http;
  o.webhook_timeout_ms = c.webhook_timeout_ms;
  return o;
}

// How often a serving process checks the entries written since the last checkpoint and records
// the new head.
constexpr auto kCheckpointPeriod = std::chrono::minutes(5);
// How often idle time-series heads are sealed (and the store's totals read for /metrics), and
// how often the remote-write queue is drained.
constexpr auto kSealPeriod = std::chrono::minutes(1);
constexpr auto kRemoteWritePeriod = std::chrono::seconds(5);

}  // namespace

Status start_poller(App& app);

Status register_modules(App& app) {
  COLO_TRY(auto key, secret_key(app.config()));
  // Uploaded files (scans, attachments, photos) are sealed at rest with their own subkey (R6.2).
  auto& files = app.own<crypto::FileSealer>(crypto::file_key(key));
  app.services().files = &files;
  COLO_TRY(auto chain_key, audit_key(app.config(), key));
  audit::use_chain_key(chain_key);
  app.add_background([&app, path = audit_checkpoint_path(app.config())](std::stop_token stop) {
    scheduler::run_every(stop, kCheckpointPeriod, [&app, &path] {
      auto report = audit::advance_checkpoint(app.db(), path, app.clock().now());
      if (!report.ok())
        spdlog::error("audit checkpoint: {}", report.error().message);
      else if (report->first_broken_id)
        spdlog::error("audit chain broken at entry {}: {}", *report->first_broken_id, report->reason);
    });
  });
  auto& customers = app.own<customers::Service>(app.db(), app.clock(), crypto::Sealer(key));
  // Password hashing may take at most half the request workers, so that a flood of sign-ins
  // always leaves workers for everything else.
  for (const auto& role : app.config().totp_required_roles)
    if (std::none_of(auth::all_roles().begin(), auth::all_roles().end(), [&](const auto& r) { return r.name == role; }))
      return Error::invalid("config", "[security] totp_required_roles names an unknown role '" + role + "'");
  auto& auth = app.own<auth::Service>(
      app.db(), app.clock(), customers,
      auth::ServiceOptions{.hash_slots = auth::HashGate::slots_for_workers(worker_count(app.config())),
                           // A subkey of its own: TOTP secrets are unrelated to any other sealed data.
                           .totp_key = crypto::derive_key(key, 36, "colototp"),
                           .totp_required_roles = app.config().totp_required_roles});
  app.services().customers = &customers;
  app.services().auth = &auth;

  app.pipeline().use(auth::make_middleware(auth));
  auth::add_routes(app.router(), auth);
  audit::add_routes(app.router(), app.db(), app.clock());
  customers::add_routes(app.router(), customers);

  auto& dcim = app.own<dcim::Service>(app.db(), app.clock(), customers);
  app.services().dcim = &dcim;
  dcim::add_routes(app.router(), dcim);

  auto& ipam_inventory = app.own(ipam::make_inventory(dcim, customers));
  auto& ipam = app.own<ipam::Service>(app.db(), app.clock(), ipam_inventory);
  app.services().ipam = &ipam;
  ipam::add_routes(app.router(), ipam);

  auto& notifications = app.own<notify::Service>(app.db(), app.clock());
  app.services().notify = &notifications;
  notify::add_routes(app.router(), notifications);

  // The outbox's delivery: e-mail and webhooks, by every server in turn (the claim keeps two from
  // sending one entry).
  COLO_TRY(auto delivery_opts, delivery_options(app.config()));
  auto& directory = app.own<UserDirectory>(auth);
  auto& delivery = app.own<notify::DeliveryService>(app.db(), app.clock(), directory,
                                                    crypto::Sealer(crypto::derive_key(key, 2, "colohook")),
                                                    std::move(delivery_opts));
  app.services().delivery = &delivery;
  notify::add_delivery_routes(app.router(), delivery);
  if (app.config().delivery_poll_seconds > 0) {
    app.add_background(
        [&delivery, period = std::chrono::seconds(app.config().delivery_poll_seconds)](std::stop_token stop) {
          scheduler::run_every(stop, period, [&delivery] {
            auto pass = delivery.run_once();
            if (!pass.ok()) spdlog::error("delivery: {}", pass.error().message);
          });
        });
  }

  auto& applications_inventory = app.own(applications::make_inventory(dcim, customers, &ipam));
  auto& applications = app.own<applications::Service>(app.db(), app.clock(), applications_inventory);
  app.services().applications = &applications;
  applications::add_routes(app.router(), applications);

  // The price list (R8.1); contracts read list prices through their port.
  auto& catalogue = app.own<billing::Catalogue>(app.db(), app.clock());
  billing::add_catalogue_routes(app.router(), catalogue);
  auto& price_list = app.own<contracts::PriceList>();
  price_list.entry = [&catalogue](db::Tx& tx, const std::string& code,
                                  Date day) -> Result<std::optional<contracts::ListEntry>> {
    COLO_TRY(auto item, catalogue.item_in(tx, code));
    if (!item) return std::optional<contracts::ListEntry>{};
    return std::optional<contracts::ListEntry>(
        contracts::ListEntry{item->code, item->name_zh, item->service, item->unit, item->mode, item->billing_cycle,
                             item->metric, item->tax_rate_bp, billing::price_on(item->versions, day)});
  };

  auto& ledger = app.own(contracts::make_ledger(&dcim, &ipam));
  auto& contracts = app.own<contracts::Service>(app.db(), app.clock(), applications, app.config().upload_dir, &ledger,
                                                app.config().address_grace_days, &price_list);
  app.services().contracts = &contracts;
  contracts.set_file_sealer(&files);
  contracts::add_routes(app.router(), contracts);

  // Receivables: payments, credit, refunds, deposits. The contract a deposit belongs to is read
  // through the contracts service; the settlement checklist's money items follow billing's records.
  auto& payments = app.own<billing::PaymentsService>(
      app.db(), app.clock(), customers,
      [&contracts](const Context& ctx, std::int64_t id) -> Result<billing::ContractInfo> {
        COLO_TRY(auto d, contracts.get(ctx, id));
        return billing::ContractInfo{d.contract.id, d.contract.customer_id, d.contract.number, d.contract.status};
      });
  billing::add_payment_routes(app.router(), payments);
  contracts.set_money_records([&payments](db::Tx& tx, const Context&,
                                          std::int64_t contract_id) -> Result<contracts::MoneySettlement> {
    COLO_TRY(auto m, payments.money_items(tx, contract_id));
    return contracts::MoneySettlement{m.final_invoice_done, m.final_invoice_note,   m.deposit_done, m.deposit_note,
                                      m.final_invoice_key,  m.final_invoice_params, m.deposit_key,  m.deposit_params};
  });
  search::add_routes(app.router(), app.db(), app.clock());

  // The service desk (R7): devices, racks, contracts and staff through their own services, each
  // read with the caller's context so that a customer's lookup sees only its own.
  auto not_found_is_none = [](auto r, auto make) -> decltype(make(r.value())) {
    using Out = decltype(make(r.value()));
    if (!r.ok()) {
      if (r.error().kind == ErrorKind::not_found)
        return Out(typename std::remove_cvref_t<decltype(*std::declval<Out>())>{});
      return std::move(r).error();
    }
    return make(r.value());
  };
  servicedesk::Directory desk_directory;
  desk_directory.object = [&dcim, not_found_is_none](
                              const Context& ctx, const std::string& kind,
                              std::int64_t id) -> Result<std::optional<servicedesk::ObjectInfo>> {
    using Out = Result<std::optional<servicedesk::ObjectInfo>>;
    if (kind == "device")
      return not_found_is_none(dcim.device(ctx, id), [](const dcim::Device& d) -> Out {
        return std::optional<servicedesk::ObjectInfo>(servicedesk::ObjectInfo{d.customer_id, d.name});
      });
    return not_found_is_none(dcim.rack(ctx, id), [](const dcim::Rack& r) -> Out {
      return std::optional<servicedesk::ObjectInfo>(servicedesk::ObjectInfo{r.customer_id, r.name});
    });
  };
  desk_directory.contract = [&contracts, not_found_is_none](
                                const Context& ctx,
                                std::int64_t id) -> Result<std::optional<servicedesk::ContractInfo>> {
    return not_found_is_none(contracts.get(ctx, id),
                             [](const contracts::Detail& d) -> Result<std::optional<servicedesk::ContractInfo>> {
                               return std::optional<servicedesk::ContractInfo>(servicedesk::ContractInfo{
                                   d.contract.customer_id, d.contract.number, d.contract.terms.sla_response_minutes});
                             });
  };
  desk_directory.staff_user = [&auth](std::int64_t id) -> Result<std::optional<std::string>> {
    auto ctx = system_context("servicedesk");
    auto p = std::make_shared<Principal>(*ctx.principal);
    p->permissions.insert("users.read");
    ctx.principal = p;
    auto u = auth.user(ctx, id);
    if (!u.ok()) {
      if (u.error().kind == ErrorKind::not_found) return std::optional<std::string>{};
      return std::move(u).error();
    }
    if (!u->active || u->customer_id) return std::optional<std::string>{};
    return std::optional<std::string>(u->display_name.empty() ? u->username : u->display_name);
  };
  servicedesk::Settings desk_settings;
  desk_settings.reopen_days = app.config().servicedesk_reopen_days;
  desk_settings.complaint_answer_days = app.config().servicedesk_complaint_answer_days;
  desk_settings.maintenance_notice_hours = app.config().servicedesk_maintenance_notice_hours;
  desk_settings.attachment_max_bytes = std::int64_t{app.config().servicedesk_attachment_max_mib} * 1024 * 1024;
  auto& desk = app.own<servicedesk::Service>(app.db(), app.clock(), desk_settings, std::move(desk_directory),
                                             std::filesystem::path(app.config().upload_dir) / "servicedesk");
  desk.set_file_sealer(&files);
  servicedesk::add_routes(app.router(), desk);
  // Warnings and escalations every minute, on one server at a time through the lease.
  app.add_background([&app, &desk](std::stop_token stop) {
    const std::string holder = scheduler::holder_name();
    scheduler::run_every(stop, std::chrono::minutes(1), [&] {
      const Instant now = app.clock().now();
      auto held = scheduler::take_lease(app.db(), "servicedesk-sla", holder, now + std::chrono::minutes(5), now);
      if (!held.ok() || !*held) return;
      if (auto r = desk.run_sla(); !r.ok()) spdlog::error("servicedesk sla job: {}", r.error().message);
    });
  });
  auto& levels = add_service_levels(app, contracts, desk);

  // Usage: meters and samples in the built-in block store (monitoring may write to it later).
  auto& usage_owners = app.own(usage::make_owners(customers, contracts));
  auto& usage_store = app.own(usage::make_block_store(app.clock()));
  auto& usage = app.own<usage::Service>(app.db(), app.clock(), usage_owners, usage_store);
  app.services().usage = &usage;
  usage::add_routes(app.router(), usage);

  // Billing: runs, invoices, credit notes, buyer details.
  const auto& cfg = app.config();
  auto& billing = app.own<billing::Service>(
      app.db(), app.clock(),
      billing::Settings{
          .lead_days = cfg.billing_lead_days,
          .payment_days = cfg.billing_payment_days,
          .seller = {cfg.seller_name, cfg.seller_taxpayer_id, cfg.seller_address_phone, cfg.seller_bank_account}});
  app.services().billing = &billing;
  billing::add_routes(app.router(), billing);
  billing::add_pdf_routes(app.router(), billing, payments);
  // Usage lines are billed from the usage store's 95th percentiles and energy, read inside the
  // run's own transaction.
  billing.set_usage_port([&usage](db::Tx& tx, const billing::UsageQuery& q) -> Result<billing::UsageFigure> {
    COLO_TRY(auto f, usage.measure(tx, usage::Query{q.contract_id, q.metric, q.basis, q.from, q.to}));
    return billing::UsageFigure{f.milli, f.samples, f.expected, f.note};
  });

  // The daily jobs (contracts: renewal reminders, expiry, change agreements in effect; billing:
  // the run, after them so that a contract ended today is billed as ended), on one server at a
  // time through their leases.
  app.add_background([&app, &contracts, &billing, &levels](std::stop_token stop) {
    scheduler::run_daily_jobs(stop, app.db(), app.clock(),
                              {contracts::daily_job(contracts),
                               billing::daily_job(billing),
                               {servicedesk::kSlaMonthJob, servicedesk::sla_month_run(levels)}},
                              scheduler::holder_name());
  });

  // The embedded time-series store (the poller's Sink), its API, and remote write when set.
  const auto& config = app.config();
  auto& series_store = app.own<tsdb::Store>(
      app.db(), app.clock(),
      tsdb::StoreOptions{.retention_raw_days = config.monitoring_retention_raw_days,
                         .remote_write = !config.monitoring_remote_write_url.empty(),
                         // Late device_up samples make stored device days stale.
                         .on_append =
                             [&clock = app.clock()](db::Tx& tx, const std::vector<const tsdb::Sample*>& samples) {
                               return monitoring::mark_late_samples(tx, clock, samples);
                             },
                         .rate_precision_bits = config.monitoring_rate_precision_bits});
  app.services().tsdb = &series_store;
  app.services().samples = &series_store;
  auto& series_service = app.own<tsdb::Service>(series_store, app.clock(),
                                                tsdb::ServiceOptions{.promql_url = config.monitoring_promql_url});
  tsdb::add_routes(app.router(), series_service);
  tsdb::RemoteWriter* remote = nullptr;
  if (!config.monitoring_remote_write_url.empty()) {
    remote = &app.own<tsdb::RemoteWriter>(app.db(), app.clock(), config.monitoring_remote_write_url,
                                          scheduler::holder_name());
    app.add_background([remote](std::stop_token stop) {
      scheduler::run_every(stop, kRemoteWritePeriod, [remote] {
        if (auto sent = remote->drain(); !sent.ok()) spdlog::warn("time series: {}", sent.error().message);
      });
    });
  }
  tsdb::add_metrics(app.metrics(), series_store, remote);
  app.add_background([&series_store](std::stop_token stop) {
    scheduler::run_every(stop, kSealPeriod, [&series_store] {
      if (auto sealed = series_store.seal_idle(); !sealed.ok())
        spdlog::warn("time series: sealing idle heads: {}", sealed.error().message);
      if (auto t = series_store.refresh_totals(); !t.ok())
        spdlog::warn("time series: reading totals: {}", t.error().message);
    });
  });
  app.add_background([&app, &series_store](std::stop_token stop) {
    scheduler::run_daily_jobs(stop, app.db(), app.clock(), {tsdb::retention_job(series_store)},
                              scheduler::holder_name());
  });

  // Collections (penalties, reminders, suspensions) over contracts' terms and devices and the
  // equipment ledger; a suspended device is kept in the ledger as "maintenance" (dcim has no status
  // of its own for it) and put back to its status before when the suspension is lifted.
  billing::CollectionsPorts collection_ports;
  collection_ports.contract = [&contracts](db::Tx& tx, std::int64_t id,
                                           Date day) -> Result<std::optional<billing::ContractFacts>> {
    COLO_TRY(auto c, contracts.contract_in(tx, id, day));
    if (!c) return std::optional<billing::ContractFacts>{};
    return std::optional<billing::ContractFacts>(
        billing::ContractFacts{c->id, c->number, c->customer_id, c->customer_name, c->status,
                               billing::PenaltyTerms{c->terms.late_fee_bp_per_day, c->terms.late_fee_cap_bp}});
  };
  collection_ports.devices = [&contracts, &dcim](db::Tx& tx, const Context& ctx,
                                                 std::int64_t id) -> Result<std::vector<billing::LedgerDevice>> {
    COLO_TRY(auto ids, contracts.device_ids_in(tx, id));
    std::vector<billing::LedgerDevice> out;
    for (auto device_id : ids) {
      auto d = dcim.device_info(tx, ctx, device_id);
      if (!d.ok()) {
        if (d.error().kind == ErrorKind::not_found) continue;
        return std::move(d).error();
      }
      out.push_back({d->id, d->name, d->status});
    }
    return out;
  };
  collection_ports.set_device_status = [&dcim](db::Tx& tx, const Context& ctx, std::int64_t id,
                                               const std::string& status) -> Status {
    dcim::DeviceInput in;
    in.status = status;
    COLO_CHECK(dcim.update_device(tx, ctx, id, in));
    return {};
  };
  auto& collections = app.own<billing::CollectionsService>(
      app.db(), app.clock(), std::move(collection_ports),
      billing::CollectionsOptions{app.config().reminder_days, app.config().suspend_after_days,
                                  app.config().late_fee_tax_rate_bp});
  app.services().collections = &collections;
  billing::add_collections_routes(app.router(), collections);
  app.add_background([&app, &collections](std::stop_token stop) {
    scheduler::run_daily_jobs(stop, app.db(), app.clock(), {billing::collections_job(collections)},
                              scheduler::holder_name());
  });
  // Monitoring: what is polled, with credentials sealed by the data key; the poller itself runs
  // while serving when enabled and a sample store is registered.
  auto& monitoring_inventory = app.own(monitoring::make_inventory(dcim));
  auto& monitoring = app.own<monitoring::Service>(
      app.db(), app.clock(), monitoring_inventory, crypto::Sealer(key),
      monitoring::ServiceOptions{app.config().monitoring_ping_interval_s, app.config().monitoring_snmp_interval_s});
  app.services().monitoring = &monitoring;
  monitoring::add_routes(app.router(), monitoring);
  // Alerts from the ledger's rules over the stored samples, evaluated every minute by the server
  // holding the lease. A firing on a customer's series opens an incident in the service desk.
  auto& alerts = app.own<monitoring::Alerts>(
      app.db(), series_store, app.clock(),
      monitoring::AlertsOptions{.maintenance_notice_hours = config.monitoring_maintenance_notice_hours,
                                .down_after_failures = config.monitoring_down_after_failures});
  monitoring::add_alert_routes(app.router(), alerts);
  wire_alert_incidents(alerts, desk);
  app.services().alerts = &alerts;
  add_alert_metrics(app.metrics(), alerts);
  app.add_background([&alerts](std::stop_token stop) {
    scheduler::run_every(stop, std::chrono::minutes(1), [&alerts] {
      if (auto r = alerts.refresh_counters(); !r.ok()) spdlog::warn("monitoring alerts: {}", r.error().message);
    });
  });
  app.add_background([&app, &alerts, &contracts](std::stop_token stop) {
    monitoring::run_rules(stop, app.db(), app.clock(), alerts, app.config().monitoring_down_after_failures,
                          scheduler::holder_name(), rule_defaults(app.config()),
                          committed_bps(contract_in(contracts), app.clock()));
  });
  // Usage meters linked to a ledger interface take their five-minute rates from the series store.
  app.add_background([&app, &usage, &series_store](std::stop_token stop) {
    const std::string holder = scheduler::holder_name();
    scheduler::run_every(stop, std::chrono::minutes(5), [&] {
      const Instant now = app.clock().now();
      auto held = scheduler::take_lease(app.db(), kUsageFromMonitoringJob, holder, now + std::chrono::minutes(4), now);
      if (!held.ok() || !*held) return;
      if (auto r = usage_from_monitoring(usage, series_store, now); !r.ok())
        spdlog::warn("usage from monitoring: {}", r.error().message);
    });
  });
  // Availability per device and day, once a day for the days before today not stored yet.
  app.add_background([&app, &series_store](std::stop_token stop) {
    scheduler::run_daily_jobs(stop, app.db(), app.clock(),
                              {{monitoring::kAvailabilityJob,
                                [&app, &series_store](Date today) -> Status {
                                  COLO_TRY(auto r,
                                           monitoring::run_availability(app.db(), series_store, app.clock(), today,
                                                                        app.config().monitoring_down_after_failures));
                                  (void)r;
                                  return {};
                                }}},
                              scheduler::holder_name());
  });

  // Facility access: authorised people (sealed by the data key), visits, the front desk and the
  // entry log, whose retention runs daily under its lease.
  // Moving a device out asks billing about every contract the ledger holds it under: an active
  // suspension or an overdue balance waits for finance's release.
  auto premises = facility::make_premises(dcim);
  premises.device_contracts = [&contracts](db::Tx& tx, std::int64_t device_id) {
    return contracts.contract_ids_of_device(tx, device_id);
  };
  premises.needs_finance_release = [&app](db::Tx& tx, std::int64_t contract_id) -> Result<bool> {
    COLO_TRY(auto standing, billing::contract_standing(tx, contract_id, app.clock().today()));
    return standing.suspended || standing.overdue_fen > 0;
  };
  auto& facility =
      app.own<facility::Service>(app.db(), app.clock(), crypto::Sealer(key), std::move(premises),
                                 facility::Options{.entry_log_days = app.config().facility_entry_log_days});
  app.services().facility = &facility;
  facility::add_routes(app.router(), facility);
  app.add_background([&app, &facility](std::stop_token stop) {
    scheduler::run_daily_jobs(stop, app.db(), app.clock(), {facility::retention_job(facility)},
                              scheduler::holder_name());
  });
  // Change control: the customers a change touches come from the ledger; the final approval tells
  // them at least [facility] change_notice_hours ahead.
  auto change_ports = facility::make_change_ports(dcim);
  change_ports.customer_exists = [&customers](db::Tx& tx, std::int64_t id) -> Result<bool> {
    COLO_TRY(auto found, customers.find(tx, id));
    return found.has_value();
  };
  auto& changes = app.own<facility::ChangesService>(
      app.db(), app.clock(), std::move(change_ports),
      facility::ChangeOptions{.notice_hours = app.config().facility_change_notice_hours});
  facility::add_change_routes(app.router(), changes);
  // Device configuration backups over SSH, alerting on changes outside approved changes.
  app.services().configs = &add_configs(app, dcim, changes, key);
  // Infrastructure assets and their maintenance: work orders generated ahead daily under a lease.
  auto& maintenance = app.own<facility::Maintenance>(
      app.db(), app.clock(), facility::make_plant(dcim),
      facility::MaintenanceOptions{.horizon_days = app.config().facility_maintenance_horizon_days, .files = &files});
  // The shift's today view: maintenance work orders due today and overdue come from maintenance,
  // rounds due from patrol inspections.
  facility::TodayPorts today_ports;
  today_ports.work_orders_due = [&app, &maintenance](const Context& ctx, Instant,
                                                     Instant) -> Result<std::vector<facility::DueItem>> {
    const std::string today = format_date(app.clock().today());
    std::vector<facility::DueItem> due;
    auto add = [&due](const facility::WorkOrder& w) {
      due.push_back({.id = w.id,
                     .title = w.asset_name + " · " + w.plan_name,
                     .due_at = w.due_on,
                     .overdue = w.overdue,
                     .link = "/facility/maintenance?work_order=" + std::to_string(w.id)});
    };
    facility::WorkOrderFilter overdue{.sort = "due_on", .overdue = true, .limit = 50};
    COLO_TRY(auto late, maintenance.work_orders(ctx, overdue));
    for (const auto& w : late.second) add(w);
    facility::WorkOrderFilter due_today{.sort = "due_on", .due_from = today, .due_to = today, .limit = 50};
    COLO_TRY(auto page, maintenance.work_orders(ctx, due_today));
    for (const auto& w : page.second)
      if (w.status != "closed") add(w);
    return due;
  };
  today_ports.open_alerts = [&alerts](const Context& ctx) -> Result<std::int64_t> {
    monitoring::AlertFilter open;
    open.state = "open";
    open.limit = 1;
    COLO_TRY(auto page, alerts.list(ctx, open));
    return page.first;
  };
  // Patrol inspections: the rounds job generates rounds ahead and flags missed and late ones every
  // five minutes on every server (generation is idempotent by its unique key, so no lease).
  // Their findings on no customer's rack open the operator's rectification orders.
  auto& findings = app.own<facility::Findings>(
      app.db(), app.clock(),
      facility::FindingDeadlines{.critical_hours = app.config().facility_finding_deadline_hours_critical,
                                 .major_hours = app.config().facility_finding_deadline_hours_major,
                                 .minor_hours = app.config().facility_finding_deadline_hours_minor},
      finding_ports(auth));
  auto& patrols = app.own<facility::Patrols>(app.db(), app.clock(), patrol_ports(dcim, desk, findings, app.clock()));
  app.services().patrols = &patrols;
  app.services().findings = &findings;
  today_ports.rounds_due = [&patrols](const Context& ctx, Instant from, Instant to) {
    return patrols.rounds_due(ctx, from, to);
  };
  today_ports.findings_overdue = [&findings](const Context& ctx) { return findings.overdue(ctx); };
  app.add_background([&app, &patrols](std::stop_token stop) {
    scheduler::run_every(stop, std::chrono::minutes(5), [&app, &patrols] {
      auto r = patrols.run(app.clock().now());
      if (!r.ok())
        spdlog::error("{}: {}", facility::kRoundsJob, r.error().message);
      else if (r->generated || r->missed || r->late)
        spdlog::info("{}: {} rounds generated, {} missed, {} late", facility::kRoundsJob, r->generated, r->missed,
                     r->late);
    });
  });
  auto& today = app.own<facility::TodayService>(app.db(), app.clock(), std::move(today_ports));
  facility::add_today_routes(app.router(), today);
  // Emergency plans and drills.
  auto& drills = app.own<facility::DrillsService>(app.db(), app.clock());
  facility::add_drill_routes(app.router(), drills);

  app.services().maintenance = &maintenance;
  facility::add_asset_routes(app.router(), maintenance);
  facility::add_maintenance_routes(app.router(), maintenance);
  facility::add_patrol_routes(app.router(), patrols);
  facility::add_finding_routes(app.router(), findings);
  app.add_background([&app, &maintenance](std::stop_token stop) {
    scheduler::run_daily_jobs(stop, app.db(), app.clock(), {facility::maintenance_job(maintenance)},
                              scheduler::holder_name());
  });

  // Audit retention: entries past [audit] retention_days (at least six months) go to archive files.
  app.add_background([&app](std::stop_token stop) {
    scheduler::run_daily_jobs(
        stop, app.db(), app.clock(),
        {{"audit-archive",
          [&app](Date) -> Status {
            COLO_TRY(auto r, audit::archive_expired(app.db(), app.clock(), app.config().audit_retention_days,
                                                    app.config().audit_archive_dir));
            if (r.entries > 0)
              spdlog::info("audit: archived {} entries ({}-{}) to {}", r.entries, r.first_id, r.last_id, r.file);
            return {};
          }}},
        scheduler::holder_name());
  });

  // Colo's own backup, daily under its lease, when a restic repository is configured.
  if (!app.config().backup_repository.empty()) {
    app.add_background([&app](std::stop_token stop) {
      const auto options = backup_options(app.config());
      scheduler::run_daily_jobs(stop, app.db(), app.clock(),
                                {{backup::kJob,
                                  [&app, options](Date) -> Status {
                                    COLO_TRY(auto r, backup::backup_and_record(app.db(), app.clock(), options));
                                    spdlog::info("backup: snapshot {} written", r.snapshot_id);
                                    return {};
                                  }}},
                                scheduler::holder_name());
    });
  }

  // Disputes (R12) and breach records (R9) over contracts, billing's invoices, pause hook, pending
  // charges and suspensions, and complaints.
  auto& disputes = add_disputes(app, contracts, billing, collections, desk);
  add_compliance_measures(disputes, app.clock());
  add_module_measures(disputes, app);
  // The entry log's retention keeps what a case under legal hold links.
  facility.set_held_entries([&disputes](db::Tx& tx) { return disputes.held(tx, "entry"); });
  // Over-use of power or bandwidth from the usage meters, proposed daily as breaches for review.
  add_overuse(app, disputes);

  // Confidentiality (R10): what is held per customer, disclosures, obligations and exports.
  add_confidentiality(app, {customers, facility, dcim, ipam, contracts, billing, desk});

  // The customer backup service (R6.1): plans, the restic runner, restores; failed runs ticketed.
  add_backup_service(app, contracts, desk, key);
  // Firewall and access requests (R5.2.1, R5.2.2) over devices, customers and IPAM.
  add_firewall(app, dcim, ipam, customers);

  // Vulnerability management (R5.2.3): consents, scans of the customers' own addresses, findings,
  // assessments; the scheduled scans due run once a day under the job's lease.
  auto& vulns = add_vulns(app, customers, ipam);
  app.add_background([&app, &vulns](std::stop_token stop) {
    scheduler::run_daily_jobs(stop, app.db(), app.clock(),
                              {{kVulnsScanJob,
                                [&vulns](Date day) -> Status {
                                  COLO_TRY(int ran, vulns.run_due(day));
                                  if (ran > 0) spdlog::info("vulns: {} scheduled scan(s) run", ran);
                                  return {};
                                }}},
                              scheduler::holder_name());
  });

  // The home pages; a module added later registers its cards on the same registry here.
  auto& home = app.own<home::Registry>();
  home::add_pages(home);
  home::add_builtin_cards(home, app.db(), app.clock(), dcim, notifications);
  servicedesk::add_home_cards(home, desk);
  servicedesk::add_levels_home_cards(home, levels);
  facility::add_maintenance_home_cards(home, maintenance);
  facility::add_findings_home_cards(home, findings);
  home::add_routes(app.router(), home);

  // Last: it needs the sample store, which a module above may have registered.
  return start_poller(app);
}

monitoring::PollerOptions poller_options(const Config& config) {
  monitoring::PollerOptions o;
  o.snmp_timeout_ms = config.monitoring_snmp_timeout_ms;
  o.snmp_retries = config.monitoring_snmp_retries;
  o.ping_timeout_ms = config.monitoring_ping_timeout_ms;
  o.max_in_flight = config.monitoring_max_in_flight;
  o.fping = config.monitoring_fping;
  o.late_after_ms = config.monitoring_poll_late_after_ms;
  return o;
}

monitoring::RuleDefaults rule_defaults(const Config& c) {
  monitoring::RuleDefaults d;
  d.room_fire_ms = c.monitoring_rule_room_fire_minutes * 60'000LL;
  d.room_recover_ms = c.monitoring_rule_room_recover_minutes * 60'000LL;
  d.temperature_margin_c = c.monitoring_rule_temperature_margin_c;
  d.humidity_margin_pct = c.monitoring_rule_humidity_margin_percent;
  d.power_warning = c.monitoring_rule_power_warning_percent / 100.0;
  d.power_critical = c.monitoring_rule_power_critical_percent / 100.0;
  d.power_recover_gap = c.monitoring_rule_power_recover_points / 100.0;
  d.power_for_ms = c.monitoring_rule_power_minutes * 60'000LL;
  d.interface_down_samples = c.monitoring_rule_interface_down_samples;
  d.utilisation_level = c.monitoring_rule_utilisation_percent / 100.0;
  d.utilisation_recover_gap = c.monitoring_rule_utilisation_recover_points / 100.0;
  d.utilisation_for_ms = c.monitoring_rule_utilisation_minutes * 60'000LL;
  d.utilisation_of_commit = c.monitoring_rule_utilisation_base == "commit";
  return d;
}

void add_poller_metrics(http::Metrics& metrics, const monitoring::PollerStats& s) {
  auto add = [&](const char* name, const char* help, const auto& value) {
    metrics.add_gauge(name, help, [&value] { return static_cast<double>(value.load()); });
  };
  add("colo_poller_devices", "Devices the poller polls.", s.devices);
  add("colo_poller_snmp_polls_total", "SNMP polls made (checks per second: its rate).", s.snmp_polls);
  add("colo_poller_snmp_failures_total", "SNMP polls that failed (timeouts, errors, nonsense).", s.snmp_failures);
  add("colo_poller_snmp_timeouts_total", "SNMP polls no answer came to.", s.snmp_timeouts);
  add("colo_poller_pings_total", "Reachability checks made.", s.pings);
  add("colo_poller_pings_unanswered_total", "Reachability checks without an answer.", s.pings_unanswered);
  add("colo_poller_service_checks_total", "TCP and HTTP checks made.", s.service_checks);
  add("colo_poller_service_checks_down_total", "TCP and HTTP checks that failed.", s.service_checks_down);
  add("colo_poller_samples_total", "Samples handed to the store.", s.samples);
  add("colo_poller_sink_failures_total", "Batches of samples the store refused.", s.sink_failures);
  add("colo_poller_counter_resets_total", "Counter intervals without a rate (agent restart, counter back).",
      s.counter_resets);
  add("colo_poller_ignored_values_total", "Values of an unknown OID or type, ignored.", s.ignored_values);
  metrics.add_gauge("colo_poller_lag_seconds", "Largest lateness of a poll behind its slot in the last minute.",
                    [&s] { return static_cast<double>(s.max_lateness_ms.load()) / 1000.0; });
  add("colo_poller_in_flight", "Polls sent and not yet answered.", s.in_flight);
  add("colo_poller_late_polls_total", "Polls taken later than [monitoring] poll_late_after_ms after their slot.",
      s.late_polls);
  add("colo_poller_dropped_polls_total", "Poll slots skipped because the poller was an interval or more behind.",
      s.dropped_polls);
  metrics.add_family([&s] { return monitoring::render_poll_durations(s); });
}

Status start_poller(App& app) {
  if (!app.config().monitoring_enabled) return {};
  if (!app.services().samples) {
    spdlog::warn("monitoring is enabled but no sample store is registered: the poller does not run");
    return {};
  }
  auto& poller = app.own<monitoring::Poller>(*app.services().monitoring, *app.services().samples, app.clock(),
                                             poller_options(app.config()));
  add_poller_metrics(app.metrics(), poller.stats());
  app.add_background([&poller](std::stop_token stop) { poller.run(stop); });
  return {};
}

// On the first start of a real installation, an administrator so that someone can sign in.
Status create_first_admin(App& app) {
  auto& auth = *app.services().auth;
  COLO_TRY(bool empty, auth.empty());
  if (!empty) return {};
  const char* env = std::getenv("COLO_ADMIN_PASSWORD");
  const bool given = env && *env;
  const std::string password = given ? env : crypto::random_token(18);
  auto ctx = system_context("bootstrap");
  auto p = std::make_shared<Principal>(*ctx.principal);
  p->permissions.insert("users.write");
  ctx.principal = p;
  COLO_CHECK(auth.create_user(ctx, {"admin", "Administrator", "", password, {"admin"}, std::nullopt}));
  if (given)
    spdlog::warn("created the first administrator 'admin' with the password from COLO_ADMIN_PASSWORD");
  else
    spdlog::warn("created the first administrator 'admin' with password: {}  (shown once; change it)", password);
  return {};
}

}  // namespace colo::app
