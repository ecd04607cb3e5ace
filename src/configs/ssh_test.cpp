// The configuration fetcher against a real OpenSSH sshd on loopback (R4.3.3): the running
// configuration is read with the vendor's commands, the host key is answered for recording on
// first contact and checked afterwards, and refusals and silence end as failures of their kind.
#include "configs/ssh.hpp"

#include <gtest/gtest.h>

#include "configs/rules.hpp"
#include "support/sshd_rig.hpp"

namespace colo::configs {
namespace {

SshTarget target_of(const testing::SshdRig& rig, const std::string& vendor) {
  SshTarget t;
  t.host = "127.0.0.1";
  t.port = rig.port();
  t.username = rig.user();
  t.private_key = rig.client_key();
  t.commands = commands_for(vendor);
  t.connect_timeout_ms = 5000;
  t.command_timeout_ms = 20000;
  return t;
}

TEST(SshFetch, R4_3_3_ReadsTheConfigurationWithTheVendorsCommandsAndAnswersTheHostKey) {
  testing::SshdRig rig;
  rig.set_config("!\nhostname core1\n!\nend\n");
  auto a = fetch_over_ssh(target_of(rig, "cisco_ios"));
  ASSERT_FALSE(a.failure) << a.message;
  EXPECT_EQ(extract_config(a.output, "cisco_ios"), "!\nhostname core1\n!\nend\n");
  EXPECT_EQ(rig.typed(), "terminal length 0\nshow running-config\nexit\n");
  EXPECT_EQ(a.host_key, rig.host_key());

  // With the key on record the same server is accepted; Huawei's commands this time.
  auto t = target_of(rig, "huawei_vrp");
  t.known_host_key = a.host_key;
  auto b = fetch_over_ssh(t);
  ASSERT_FALSE(b.failure) << b.message;
  EXPECT_NE(rig.typed().find("screen-length 0 temporary\ndisplay current-configuration\nquit\n"), std::string::npos);
}

TEST(SshFetch, R4_3_3_AChangedHostKeyIsRefusedBeforeAnyCredentialIsSent) {
  testing::SshdRig rig;
  const auto first = rig.host_key();
  rig.replace_host_key();
  auto t = target_of(rig, "cisco_ios");
  t.known_host_key = first;
  auto a = fetch_over_ssh(t);
  ASSERT_TRUE(a.failure);
  EXPECT_EQ(*a.failure, "host_key_changed");
  EXPECT_EQ(a.host_key, rig.host_key());
  EXPECT_NE(a.host_key, first);
  EXPECT_EQ(rig.typed(), "");  // no session was opened, nothing typed
}

TEST(SshFetch, AnUnacceptedKeyFailsAsAuthentication) {
  testing::SshdRig rig;
  auto t = target_of(rig, "cisco_ios");
  t.private_key = rig.stranger_key();
  auto a = fetch_over_ssh(t);
  ASSERT_TRUE(a.failure);
  EXPECT_EQ(*a.failure, "auth");
  t.private_key.clear();
  t.password = "wrong";
  a = fetch_over_ssh(t);
  ASSERT_TRUE(a.failure);
  EXPECT_EQ(*a.failure, "auth");
}

TEST(SshFetch, SilenceEndsAsATimeout) {
  // A port that never sends a banner.
  testing::SilentPort silent;
  SshTarget t;
  t.host = "127.0.0.1";
  t.port = silent.port();
  t.username = "x";
  t.password = "x";
  t.connect_timeout_ms = 1000;
  auto a = fetch_over_ssh(t);
  ASSERT_TRUE(a.failure);
  EXPECT_EQ(*a.failure, "timeout") << a.message;

  // A device that does not finish its answer.
  testing::SshdRig rig;
  rig.set_slow(true);
  auto s = target_of(rig, "cisco_ios");
  s.command_timeout_ms = 1000;
  auto b = fetch_over_ssh(s);
  ASSERT_TRUE(b.failure);
  EXPECT_EQ(*b.failure, "timeout") << b.message;
}

TEST(SshFetch, NobodyListeningFailsAsConnect) {
  int port = 0;
  {
    testing::SilentPort p;  // a free port, closed again when it goes
    port = p.port();
  }
  SshTarget t;
  t.host = "127.0.0.1";
  t.port = port;
  t.username = "x";
  t.password = "x";
  auto a = fetch_over_ssh(t);
  ASSERT_TRUE(a.failure);
  EXPECT_EQ(*a.failure, "connect") << a.message;
}

}  // namespace
}  // namespace colo::configs
