// Webhooks: which topics a subscription takes, the signature a receiver checks, which URLs may
// be called.
#include "notify/webhook.hpp"

#include <gtest/gtest.h>

namespace colo::notify {
namespace {

TEST(Webhook, TopicsMatchExactlyOrByPrefix) {
  struct Case {
    const char* pattern;
    const char* topic;
    bool match;
  } cases[] = {
      {"invoice.paid", "invoice.paid", true},
      {"invoice.paid", "invoice.paid.late", false},
      {"invoice.paid", "invoice", false},
      {"invoice.*", "invoice.paid", true},
      {"invoice.*", "invoice.credit.issued", true},
      {"invoice.*", "invoice", false},
      {"invoice.*", "invoices.paid", false},
      {"invoice.*", "contract.activated", false},
      {"*", "contract.activated", true},
      {"contract.change.*", "contract.change.accepted", true},
      {"contract.change.*", "contract.changed", false},
  };
  for (const auto& c : cases) EXPECT_EQ(topic_matches(c.pattern, c.topic), c.match) << c.pattern << " " << c.topic;
}

TEST(Webhook, TopicPatternsAreWordsJoinedByDots) {
  for (const char* ok : {"*", "invoice", "invoice.paid", "invoice.*", "contract.change_agreement.accepted", "a-b.c1"})
    EXPECT_TRUE(valid_topic_pattern(ok)) << ok;
  for (const char* bad : {"", ".*", "invoice.", ".invoice", "invoice..paid", "Invoice.paid", "invoice.p*", "invoice *",
                          "发票.paid", "**", "invoice.*.*"})
    EXPECT_FALSE(valid_topic_pattern(bad)) << bad;
}

TEST(Webhook, TheSignatureIsHmacSha256OfTimestampDotBody) {
  // Expected value from Python: hmac.new(b"whsec_test", b'1700000000.{"id":1,...}', sha256).hexdigest()
  EXPECT_EQ(webhook_signature("whsec_test", "1700000000", R"({"id":1,"topic":"invoice.paid"})"),
            "sha256=7d90067d9e694e3e475127fa1528ca19d8a4c7407f817c512a46f34ed74c73a0");
  EXPECT_NE(webhook_signature("whsec_test", "1700000001", R"({"id":1,"topic":"invoice.paid"})"),
            webhook_signature("whsec_test", "1700000000", R"({"id":1,"topic":"invoice.paid"})"));
  EXPECT_NE(webhook_signature("other", "1700000000", "{}"), webhook_signature("whsec_test", "1700000000", "{}"));
}

TEST(Webhook, OnlyHttpsUnlessToThisMachineOrAllowed) {
  struct Case {
    const char* url;
    bool allow_http;
    bool ok;
  } cases[] = {
      {"https://hooks.example.cn/colo", false, true},
      {"https://hooks.example.cn:8443/colo?x=1", false, true},
      {"http://hooks.example.cn/colo", false, false},
      {"http://hooks.example.cn/colo", true, true},
      {"http://127.0.0.1:9000/hook", false, true},
      {"http://localhost:9000/hook", false, true},
      {"http://[::1]:9000/hook", false, true},
      {"ftp://hooks.example.cn/", true, false},
      {"https://user:pw@hooks.example.cn/", false, false},
      {"https://hooks.example.cn/#frag", false, false},
      {"hooks.example.cn/colo", false, false},
      {"https:///nohost", false, false},
      {"", false, false},
  };
  for (const auto& c : cases) EXPECT_EQ(check_webhook_url(c.url, c.allow_http).ok(), c.ok) << c.url;
  auto refused = check_webhook_url("http://hooks.example.cn/", false);
  ASSERT_FALSE(refused.ok());
  EXPECT_TRUE(refused.error().is("notify.webhook.url_not_allowed"));
}

}  // namespace
}  // namespace colo::notify
