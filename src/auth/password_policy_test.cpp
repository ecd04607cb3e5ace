#include "auth/password_policy.hpp"

#include <gtest/gtest.h>

#include <thread>

namespace colo::auth {
namespace {

std::string length_code(std::string_view password) {
  auto errors = password_length_errors(password, "password");
  return errors.empty() ? "" : errors[0].code;
}

TEST(PasswordPolicyTest, LengthCountsCharactersNotBytes) {
  struct Case {
    const char* password;
    const char* code;
  };
  const Case cases[] = {
      {"密码密码", "too_short"},     // 4 characters in 12 bytes
      {"密码密码密码密码密码", ""},  // 10 characters
      {"пароль123", "too_short"},    // 9 characters in 15 bytes
      {"short", "too_short"},
      {"ten-chars!", ""},
      {"nine-char", "too_short"},
      {"🔑🔑🔑🔑🔑🔑🔑🔑🔑", "too_short"},  // 9 characters in 36 bytes
      {"\xff\xfe-not-utf8-text", "invalid"},
      {"\xe5\xaf-cut-in-half-char", "invalid"},
  };
  for (const auto& c : cases) EXPECT_EQ(length_code(c.password), c.code) << c.password;
  EXPECT_EQ(length_code(std::string(1024, 'x')), "");
  EXPECT_EQ(length_code(std::string(1025, 'x')), "too_long");
  std::string cjk;
  for (int i = 0; i < 1024; ++i) cjk += "密";
  EXPECT_EQ(length_code(cjk), "") << "1024 characters are allowed however many bytes they take";
}

TEST(PasswordPolicyTest, StrengthTable) {
  struct Case {
    const char* password;
    std::vector<std::string> names;
    bool accepted;
  };
  const Case cases[] = {
      // Dictionary words and patterns.
      {"password123", {}, false},
      {"Password1!", {}, false},
      {"sunflowers", {}, false},
      {"qwertyuiop", {}, false},
      {"1234567890", {}, false},
      {"abcdefghijk", {}, false},
      {"aaaaaaaaaaaa", {}, false},
      {"correct horse battery", {}, true},
      {"long-enough-pw", {"alice"}, true},
      {"密码密码密码密码密码", {}, true},
      // The user's own names count for nothing; what is left must still pass.
      {"alicealice1", {"alice"}, false},
      {"ALICE-alice-Alice-1", {"alice"}, false},
      {"ecila-alice-2024", {"alice"}, false},
      {"Zhang.Wei.2024!", {"zw", "Zhang.Wei"}, false},
      {"欧阳娜欧阳娜欧阳娜欧阳娜1", {"u1", "欧阳娜"}, false},
      {"张伟张伟张伟张伟张伟12", {"u1", "张伟"}, true},  // a two-character name is no word to hold against it
      {"my-name-is-alice-but-long", {"alice"}, true},
      {"first-admin-password", {"admin", "Administrator"}, true},
      {"colo-demo-admin", {"admin", "系统管理员"}, true},
      {"colo-demo-acme.admin", {"acme.admin", "艾克米管理员"}, true},
      {"colo-demo-business", {"business"}, true},
  };
  for (const auto& c : cases) {
    auto st = check_password_strength(c.password, "password", c.names);
    EXPECT_EQ(st.ok(), c.accepted) << c.password;
    if (!st.ok()) {
      EXPECT_EQ(st.error().code, "auth.password_weak") << c.password;
      EXPECT_EQ(st.error().kind, ErrorKind::unprocessable);
      ASSERT_EQ(st.error().fields.size(), 1u);
      EXPECT_EQ(st.error().fields[0].field, "password");
      EXPECT_EQ(st.error().fields[0].code, "weak");
      EXPECT_FALSE(st.error().fields[0].message.empty()) << "the reason is given";
    }
  }
}

TEST(PasswordPolicyTest, TheReasonSaysWhy) {
  auto dict = check_password_strength("password123", "new_password", {});
  EXPECT_EQ(dict.error().fields[0].field, "new_password");
  EXPECT_NE(dict.error().fields[0].message.find("dictionary"), std::string::npos) << dict.error().fields[0].message;
  auto name = check_password_strength("alicealice1", "password", {"alice"});
  EXPECT_NE(name.error().fields[0].message.find("name"), std::string::npos) << name.error().fields[0].message;
}

TEST(PasswordPolicyTest, ChecksFromManyThreadsAgree) {
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  for (int i = 0; i < 8; ++i)
    threads.emplace_back([&] {
      for (int n = 0; n < 50; ++n) {
        if (check_password_strength("password123", "p", {}).ok()) ++wrong;
        if (!check_password_strength("correct horse battery", "p", {}).ok()) ++wrong;
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(wrong.load(), 0);
}

}  // namespace
}  // namespace colo::auth
