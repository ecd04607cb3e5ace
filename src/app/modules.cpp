// Module registration, in dependency order. Each module adds its services and routes.
#include <spdlog/spdlog.h>

#include <filesystem>
#include <fstream>

#include "app/app.hpp"
#include "applications/module.hpp"
#include "audit/audit.hpp"
#include "auth/middleware.hpp"
#include "auth/routes.hpp"
#include "auth/service.hpp"
#include "core/crypto.hpp"
#include "customers/routes.hpp"
#include "customers/service.hpp"
#include "db/database.hpp"
#include "dcim/routes.hpp"
#include "contracts/module.hpp"
#include "dcim/service.hpp"
#include "ipam/module.hpp"
#include "notify/notify.hpp"

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
  if (auto url = db::parse_url(config.db); url.ok() && url->engine == db::Engine::sqlite &&
                                           url->target != ":memory:") {
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
  std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                               ec);
  spdlog::warn("demo mode: generated the data encryption key in {}", path.string());
  return key;
}

}  // namespace

Status register_modules(App& app) {
  COLO_TRY(auto key, secret_key(app.config()));
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
  audit::add_routes(app.router(), app.db());
  customers::add_routes(app.router(), customers);

  auto& dcim = app.own<dcim::Service>(app.db(), app.clock(), customers);
  app.services().dcim = &dcim;
  dcim::add_routes(app.router(), dcim);
  COLO_CHECK(ipam::register_module(app));

  auto& notifications = app.own<notify::Service>(app.db(), app.clock());
  app.services().notify = &notifications;
  notify::add_routes(app.router(), notifications);
  COLO_CHECK(applications::register_module(app));
  // Contracts, with their daily job (renewal reminders, expiry, change agreements in effect).
  COLO_CHECK(contracts::register_module(app));

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
