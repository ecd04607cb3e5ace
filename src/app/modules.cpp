// The wiring: every module's service is built here, in dependency order, from the database, the
// clock, the options and the services (through their ports) it calls; then its routes are added.
#include <spdlog/spdlog.h>

#include <filesystem>
#include <fstream>

#include "app/app.hpp"
#include "app/service_levels.hpp"
#include "applications/module.hpp"
#include "applications/routes.hpp"
#include "applications/service.hpp"
#include "audit/audit.hpp"
#include "auth/middleware.hpp"
#include "auth/routes.hpp"
#include "auth/service.hpp"
#include "billing/catalogue_routes.hpp"
#include "billing/catalogue_service.hpp"
#include "contracts/module.hpp"
#include "contracts/routes.hpp"
#include "contracts/service.hpp"
#include "core/crypto.hpp"
#include "customers/routes.hpp"
#include "customers/service.hpp"
#include "db/database.hpp"
#include "dcim/routes.hpp"
#include "dcim/service.hpp"
#include "home/builtin.hpp"
#include "home/routes.hpp"
#include "ipam/module.hpp"
#include "ipam/routes.hpp"
#include "ipam/service.hpp"
#include "notify/notify.hpp"
#include "scheduler/scheduler.hpp"
#include "search/search.hpp"
#include "servicedesk/cards.hpp"
#include "servicedesk/levels.hpp"
#include "servicedesk/levels_cards.hpp"
#include "servicedesk/routes.hpp"
#include "servicedesk/service.hpp"

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

// How often a serving process checks the entries written since the last checkpoint and records
// the new head.
constexpr auto kCheckpointPeriod = std::chrono::minutes(5);

}  // namespace

Status register_modules(App& app) {
  COLO_TRY(auto key, secret_key(app.config()));
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
  auto& auth = app.own<auth::Service>(
      app.db(), app.clock(), customers,
      auth::ServiceOptions{.hash_slots = auth::HashGate::slots_for_workers(worker_count(app.config()))});
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
  contracts::add_routes(app.router(), contracts);
  search::add_routes(app.router(), app.db(), app.clock());

  // The service desk (R7): devices, racks, contracts and staff through their own services, each
  // read with the caller's context so that a customer's lookup sees only its own.
  auto not_found_is_none = [](auto r, auto make) -> decltype(make(r.value())) {
    using Out = decltype(make(r.value()));
    if (!r.ok()) {
      if (r.error().kind == ErrorKind::not_found) return Out(typename std::remove_cvref_t<decltype(*std::declval<Out>())>{});
      return std::move(r).error();
    }
    return make(r.value());
  };
  servicedesk::Directory directory;
  directory.object = [&dcim, not_found_is_none](const Context& ctx, const std::string& kind, std::int64_t id)
      -> Result<std::optional<servicedesk::ObjectInfo>> {
    using Out = Result<std::optional<servicedesk::ObjectInfo>>;
    if (kind == "device")
      return not_found_is_none(dcim.device(ctx, id), [](const dcim::Device& d) -> Out {
        return std::optional<servicedesk::ObjectInfo>(servicedesk::ObjectInfo{d.customer_id, d.name});
      });
    return not_found_is_none(dcim.rack(ctx, id), [](const dcim::Rack& r) -> Out {
      return std::optional<servicedesk::ObjectInfo>(servicedesk::ObjectInfo{r.customer_id, r.name});
    });
  };
  directory.contract = [&contracts, not_found_is_none](const Context& ctx, std::int64_t id)
      -> Result<std::optional<servicedesk::ContractInfo>> {
    return not_found_is_none(contracts.get(ctx, id), [](const contracts::Detail& d)
                                                         -> Result<std::optional<servicedesk::ContractInfo>> {
      return std::optional<servicedesk::ContractInfo>(servicedesk::ContractInfo{
          d.contract.customer_id, d.contract.number, d.contract.terms.sla_response_minutes});
    });
  };
  directory.staff_user = [&auth](std::int64_t id) -> Result<std::optional<std::string>> {
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
  auto& desk = app.own<servicedesk::Service>(app.db(), app.clock(), desk_settings, std::move(directory),
                                             std::filesystem::path(app.config().upload_dir) / "servicedesk");
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
  // The contracts' daily job (renewal reminders, expiry, change agreements in effect), on one
  // server at a time through its lease.
  auto& levels = add_service_levels(app, contracts, desk);
  app.add_background([&app, &contracts, &levels](std::stop_token stop) {
    scheduler::run_daily_jobs(
        stop, app.db(), app.clock(),
        {contracts::daily_job(contracts), {servicedesk::kSlaMonthJob, servicedesk::sla_month_run(levels)}},
        scheduler::holder_name());
  });

  // The home pages; a module added later registers its cards on the same registry here.
  auto& home = app.own<home::Registry>();
  home::add_pages(home);
  home::add_builtin_cards(home, app.db(), app.clock(), dcim, notifications);
  servicedesk::add_home_cards(home, desk);
  servicedesk::add_levels_home_cards(home, levels);
  home::add_routes(app.router(), home);

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
