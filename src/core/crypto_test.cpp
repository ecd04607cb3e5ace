#include "core/crypto.hpp"

#include <gtest/gtest.h>

namespace colo::crypto {
namespace {

TEST(CryptoTest, Base64RoundTripsBinaryAndRefusesWhatIsNotBase64) {
  const std::string bytes("\x89PNG\r\n\x1a\n\0\xff photo", 16);
  const auto text = base64_encode(bytes);
  EXPECT_EQ(text, "iVBORw0KGgoA/yBwaG90bw==");
  auto back = base64_decode(text);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), bytes);
  EXPECT_EQ(base64_encode(""), "");
  EXPECT_FALSE(base64_decode("not base64!").ok());
}

TEST(CryptoTest, SealedTextOpensOnlyWithItsKeyAndUnaltered) {
  Sealer a(random_key()), b(random_key());
  auto sealed = a.seal("+86 138 0013 8000");
  EXPECT_EQ(sealed.find("138"), std::string::npos);
  EXPECT_EQ(a.open(sealed).take(), "+86 138 0013 8000");
  EXPECT_FALSE(b.open(sealed).ok());
  std::string altered = sealed;
  altered[altered.size() / 2] = altered[altered.size() / 2] == 'A' ? 'B' : 'A';
  EXPECT_FALSE(a.open(altered).ok());
  EXPECT_NE(a.seal("x"), a.seal("x")) << "a fresh nonce each time";
}

TEST(CryptoTest, PasswordsVerify) {
  auto h = hash_password("correct horse battery");
  EXPECT_EQ(h.rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(verify_password(h, "correct horse battery"));
  EXPECT_FALSE(verify_password(h, "correct horse batterY"));
}

TEST(CryptoTest, KeysParseFromHexOnly) {
  auto k = random_key();
  EXPECT_EQ(parse_hex_key(key_to_hex(k)), k);
  EXPECT_FALSE(parse_hex_key("abc"));
  EXPECT_FALSE(parse_hex_key(std::string(64, 'z')));
}

TEST(CryptoTest, DerivedKeysArePerPurposeAndMacsPerKey) {
  auto master = random_key();
  EXPECT_EQ(derive_key(master, 1, "coloaudt"), derive_key(master, 1, "coloaudt"));
  EXPECT_NE(derive_key(master, 1, "coloaudt"), derive_key(master, 1, "colodata"));
  EXPECT_NE(derive_key(master, 1, "coloaudt"), derive_key(master, 2, "coloaudt"));
  EXPECT_NE(derive_key(master, 1, "coloaudt"), master);
  auto k = random_key();
  EXPECT_EQ(keyed_blake2b_hex(k, "x").size(), 64u);
  EXPECT_EQ(keyed_blake2b_hex(k, "x"), keyed_blake2b_hex(k, "x"));
  EXPECT_NE(keyed_blake2b_hex(k, "x"), keyed_blake2b_hex(random_key(), "x"));
  EXPECT_NE(keyed_blake2b_hex(k, "x"), blake2b_hex("x"));
}

TEST(CryptoTest, TokensAndHashes) {
  EXPECT_EQ(random_token(32).size(), 43u);
  EXPECT_NE(random_token(), random_token());
  EXPECT_EQ(blake2b_hex("abc").size(), 64u);
  EXPECT_TRUE(constant_time_equal("abc", "abc"));
  EXPECT_FALSE(constant_time_equal("abc", "abd"));
  EXPECT_FALSE(constant_time_equal("abc", "abcd"));
}

}  // namespace
}  // namespace colo::crypto
