// Demo data, part by part in dependency order (demo.hpp); everything is idempotent.
#include <spdlog/spdlog.h>

#include "app/app.hpp"
#include "app/cli.hpp"
#include "app/demo.hpp"
#include "auth/service.hpp"
#include "customers/service.hpp"

namespace colo::app {

namespace {

struct DemoCustomer {
  const char* name;         // the registered name
  const char* credit_code;  // valid by GB 32100-2015 (and its GB 11714 organisation code)
  const char* address;
  const char* contact;  // the customer's operations lead, on call for the data centre
  const char* noc_phone;
  const char* noc_email;
};

const DemoCustomer kCustomers[] = {
    {"北京艾克米云科技有限公司", "91110108MA01C8K378", "北京市海淀区中关村大街 1 号", "刘建国", "010-5555 0100",
     "noc@acme-cloud.example.cn"},
    {"上海天顶数据服务有限公司", "91310115MA1H7N2P2C", "上海市浦东新区张江路 88 号", "陈晓燕", "021-5555 0200",
     "noc@zenith-data.example.cn"},
    {"深圳北辰网络有限公司", "91440300MA5F3R6K1U", "深圳市南山区科技园南区 6 栋", "黄志明", "0755-5555 0300",
     "noc@polaris-net.example.cn"},
};

// Demo users: one per staff role and customer users of the first two customers. Passwords are
// "colo-demo-<username>" (docs/demo.md).
struct DemoUser {
  const char* username;
  const char* display_name;
  const char* role;
  int customer;  // index into kCustomers, or -1
};

const DemoUser kUsers[] = {
    {"admin", "系统管理员", "admin", -1},
    {"business", "王芳 (业务部门)", "business", -1},
    {"technical", "李强 (技术部门)", "technical", -1},
    {"management", "张伟 (管理层)", "management", -1},
    {"finance", "刘洋 (财务)", "finance", -1},
    {"operations", "陈静 (运维)", "operations", -1},
    {"security", "杨磊 (安全)", "security", -1},
    {"auditor", "赵敏 (审计)", "auditor", -1},
    {"acme.admin", "周杰 (艾克米)", "customer_admin", 0},
    {"acme.user", "吴婷 (艾克米)", "customer_user", 0},
    {"zenith.admin", "孙浩 (天顶)", "customer_admin", 1},
};

}  // namespace

// What exists is kept.
Status load_identity_demo(App& app) {
  auto ctx = cli_context();
  auto& customers = *app.services().customers;
  auto& auth = *app.services().auth;
  std::vector<std::int64_t> ids;
  for (const auto& c : kCustomers) {
    std::optional<customers::Service::Ref> existing;
    {
      COLO_TRY(auto tx, db::Tx::begin(app.db(), db::Access::read));
      COLO_TRY(existing, customers.find_by_name(tx, c.name));
    }
    if (existing) {
      ids.push_back(existing->id);
      continue;
    }
    customers::CustomerInput in;
    in.name = c.name;
    in.credit_code = std::optional<std::string>(c.credit_code);
    in.address = c.address;
    in.status = "active";
    COLO_TRY(auto created, customers.create(ctx, in));
    ids.push_back(created.id);
    customers::ContactInput contact;
    contact.name = c.contact;
    contact.role = "运维负责人";
    contact.phone = c.noc_phone;
    contact.email = c.noc_email;
    COLO_CHECK(customers.add_contact(ctx, created.id, contact));
  }
  for (const auto& u : kUsers) {
    COLO_TRY(auto existing, auth.find_user_id(u.username));
    if (existing) continue;
    auth::NewUser in{
        u.username,
        u.display_name,
        std::string(u.username) + "@demo.colo.example",
        std::string("colo-demo-") + u.username,
        {u.role},
        u.customer >= 0 ? std::optional<std::int64_t>(ids[static_cast<std::size_t>(u.customer)]) : std::nullopt};
    COLO_CHECK(auth.create_user(ctx, in));
  }
  return {};
}

Status load_demo(App& app, const std::string& scale) {
  COLO_CHECK(load_identity_demo(app));
  COLO_CHECK(load_dcim_demo(app, scale));
  COLO_CHECK(load_ipam_demo(app, cli_context()));
  COLO_CHECK(load_contracts_demo(app));
  COLO_CHECK(load_usage_demo(app));
  COLO_CHECK(load_billing_demo(app, scale));
  COLO_CHECK(load_compliance_demo(app, scale));
  spdlog::info("demo data ({}) is up to date", scale);
  return {};
}

}  // namespace colo::app
