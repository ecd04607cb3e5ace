// Demo data of applications and contracts, made through the services as the demo users would:
// one application of the first customer waiting for business review, and one of the second
// customer through all three departments into an active contract. Idempotent: nothing is added
// once any application exists.
#include <spdlog/spdlog.h>

#include "app/app.hpp"
#include "app/demo.hpp"
#include "applications/service.hpp"
#include "auth/permissions.hpp"
#include "auth/service.hpp"
#include "contracts/service.hpp"
#include "customers/service.hpp"
#include "ipam/demo.hpp"
#include "ipam/service.hpp"

namespace colo::app {

namespace {

// The demo user `username` as a service context (its own id, so separation of duties holds).
Result<Context> as_user(App& app, const std::string& username, const std::string& role,
                        std::optional<std::int64_t> customer) {
  COLO_TRY(auto id, app.services().auth->find_user_id(username));
  if (!id) {
    auto e = Error::not_found("User");
    e.message = "Demo user " + username + " not found.";
    return e;
  }
  auto p = std::make_shared<Principal>();
  p->user_id = *id;
  p->username = username;
  p->roles = {role};
  p->permissions = auth::permissions_for({role});
  p->customer_id = customer;
  p->auth_method = "demo";
  return Context{p, "", "demo"};
}

applications::ApplicationInput demo_application(std::int64_t count, Date start) {
  applications::ApplicationInput in;
  in.devices = std::vector<applications::DeviceLine>{
      {std::nullopt, "应用服务器 2U", 4, true, 550, 28000, static_cast<int>(count)},
      {std::nullopt, "接入交换机 1U", 2, false, 150, 6000, 1}};
  in.space = "units";
  in.units = static_cast<int>(count * 2 + 4);
  in.power_w = count * 550 + 150;
  in.redundant = true;
  in.bandwidth_mbps = 200;
  in.ipv4_count = 8;
  in.start_date = std::optional<Date>(start);
  in.term_months = 12;
  in.extra_services = std::vector<std::string>{"remote_hands"};
  in.notes = "演示数据：首批上架 4 台应用服务器，需 A+B 双路供电";
  return in;
}

}  // namespace

Status load_contracts_demo(App& app) {
  auto& apps = *app.services().applications;
  auto& contracts = *app.services().contracts;
  auto admin = system_context("demo");
  {
    auto p = std::make_shared<Principal>(*admin.principal);
    p->permissions = auth::permissions_for({"admin"});
    admin.principal = p;
  }
  applications::ListFilter any;
  any.limit = 1;
  COLO_TRY(auto existing, apps.list(admin, any));
  if (existing.first > 0) return {};
  std::vector<std::int64_t> customers;
  {
    COLO_TRY(auto tx, db::Tx::begin(app.db(), db::Access::read));
    for (const char* name : {"北京艾克米云科技有限公司", "上海天顶数据服务有限公司"}) {
      COLO_TRY(auto c, app.services().customers->find_by_name(tx, name));
      if (!c) return {};  // the identity demo is not there: nothing to apply for
      customers.push_back(c->id);
    }
  }
  // The pools come first: feasibility counts their free addresses.
  COLO_CHECK(ipam::ensure_customer_pools(*app.services().ipam, admin));
  const Date today = app.clock().today();
  COLO_TRY(auto acme, as_user(app, "acme.admin", "customer_admin", customers[0]));
  COLO_TRY(auto zenith, as_user(app, "zenith.admin", "customer_admin", customers[1]));
  COLO_TRY(auto business, as_user(app, "business", "business", std::nullopt));
  COLO_TRY(auto technical, as_user(app, "technical", "technical", std::nullopt));
  COLO_TRY(auto management, as_user(app, "management", "management", std::nullopt));

  // Acme: submitted, waiting in the business department's inbox.
  COLO_TRY(auto waiting, apps.create(acme, demo_application(4, add_days(today, 14))));
  COLO_CHECK(apps.transition(acme, waiting.application.id, "submit", ""));

  // Zenith: approved by the three departments, contracted and active.
  COLO_TRY(auto a, apps.create(zenith, demo_application(2, today)));
  const auto id = a.application.id;
  COLO_CHECK(apps.transition(zenith, id, "submit", ""));
  COLO_CHECK(apps.transition(business, id, "approve", "客户资料及营业执照已核实"));
  auto accepted = apps.accept_feasibility(technical, id);
  if (!accepted.ok()) {
    spdlog::warn("demo: no room for the demo application ({}); left in technical review", accepted.error().message);
    return {};
  }
  COLO_CHECK(apps.transition(technical, id, "approve", "机柜空间、电力和带宽资源充足"));
  COLO_CHECK(apps.transition(management, id, "approve", "同意"));
  contracts::ContractInput ci;
  ci.application_id = id;
  ci.operator_party = "北京科洛数据服务有限公司";
  ci.auto_renew = true;
  ci.line_items = std::vector<contracts::LineItem>{{"rack_space", "机柜空间 8U", 8, 30000, "monthly"},
                                                   {"power", "电力 1 kW（A+B 双路）", 1, 150000, "monthly"},
                                                   {"bandwidth", "带宽 200 Mbps", 1, 200000, "monthly"},
                                                   {"ip_addresses", "IPv4 地址 8 个", 8, 5000, "monthly"},
                                                   {"remote_hands", "远程协助", 1, 0, "monthly"}};
  COLO_TRY(auto contract, contracts.create(business, ci));
  const std::string scan = "%PDF-1.4\n% Colo demo: signed contract\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n";
  COLO_CHECK(contracts.sign(business, contract.contract.id, "application/pdf", scan, "孙浩", today,
                            contract.contract.number + " 签字盖章版.pdf"));
  COLO_CHECK(contracts.activate(business, contract.contract.id));
  spdlog::info("demo: applications and a contract loaded");
  return {};
}

}  // namespace colo::app
