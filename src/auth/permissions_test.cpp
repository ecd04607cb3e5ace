#include "auth/permissions.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

namespace colo::auth {
namespace {

TEST(PermissionsTest, DocsEqualTheCode) {
  const char* src = std::getenv("COLO_SOURCE_DIR");
  ASSERT_TRUE(src);
  std::ifstream in(std::string(src) + "/docs/permissions.md");
  std::stringstream ss;
  ss << in.rdbuf();
  EXPECT_EQ(ss.str(), permissions_markdown())
      << "docs/permissions.md is stale: run `build/colo permissions-doc > docs/permissions.md`";
}

TEST(PermissionsTest, EveryGrantNamesARealRoleAndNamesAreUnique) {
  std::set<std::string> names;
  for (const auto& p : all_permissions()) {
    EXPECT_TRUE(names.insert(p.name).second) << p.name;
    for (const auto& r : p.roles) EXPECT_TRUE(find_role(r)) << p.name << " -> " << r;
  }
}

TEST(PermissionsTest, R3_DepartmentsDecideOnlyTheirOwnStep) {
  EXPECT_TRUE(permissions_for({"business"}).count("applications.review.business"));
  EXPECT_FALSE(permissions_for({"business"}).count("applications.review.technical"));
  EXPECT_FALSE(permissions_for({"technical"}).count("applications.review.management"));
  EXPECT_TRUE(permissions_for({"management"}).count("applications.review.management"));
}

TEST(PermissionsTest, AuditorsReadButNeverWrite) {
  auto p = permissions_for({"auditor"});
  EXPECT_TRUE(p.count("audit.read"));
  for (const auto& name : p) {
    EXPECT_EQ(name.find(".write"), std::string::npos) << name;
    EXPECT_EQ(name.find(".review"), std::string::npos) << name;
  }
}

// The security department reviews sign-ins and changes (R6.1.3) without being able to change
// anything the log records.
TEST(PermissionsTest, SecurityReadsTheAuditLogButWritesNothing) {
  auto p = permissions_for({"security"});
  EXPECT_TRUE(p.count("audit.read"));
  for (const auto& name : p) EXPECT_EQ(name.find(".write"), std::string::npos) << name;
}

TEST(PermissionsTest, CustomersHoldNoStaffPowers) {
  for (const char* role : {"customer_admin", "customer_user"}) {
    auto p = permissions_for({role});
    for (const char* staff : {"users.write", "audit.read", "customers.write", "dcim.racks.write",
                              "applications.review.business", "contracts.write", "dcim.power.force"})
      EXPECT_FALSE(p.count(staff)) << role << " " << staff;
  }
}

}  // namespace
}  // namespace colo::auth
