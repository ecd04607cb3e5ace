// TOTP against the test vectors of RFC 6238 appendix B, the acceptance window, and recovery codes.
#include "auth/totp.hpp"

#include <gtest/gtest.h>

#include <set>

namespace colo::auth::totp {
namespace {

// The RFC's seeds: the ASCII digits 1234567890 repeated to the hash's key length.
const std::string kSeed20 = "12345678901234567890";
const std::string kSeed32 = "12345678901234567890123456789012";
const std::string kSeed64 = "1234567890123456789012345678901234567890123456789012345678901234";

TEST(Totp, Rfc6238AppendixBVectors) {
  struct Vector {
    std::int64_t time;
    const char *sha1, *sha256, *sha512;
  };
  const Vector vectors[] = {
      {59, "94287082", "46119246", "90693936"},         {1111111109, "07081804", "68084774", "25091201"},
      {1111111111, "14050471", "67062674", "99943326"}, {1234567890, "89005924", "91819424", "93441116"},
      {2000000000, "69279037", "90698825", "38618901"}, {20000000000, "65353130", "77737706", "47863826"},
  };
  for (const auto& v : vectors) {
    EXPECT_EQ(code(kSeed20, v.time, 8, Hash::sha1), v.sha1) << v.time;
    EXPECT_EQ(code(kSeed32, v.time, 8, Hash::sha256), v.sha256) << v.time;
    EXPECT_EQ(code(kSeed64, v.time, 8, Hash::sha512), v.sha512) << v.time;
  }
}

TEST(Totp, ACodeMatchesItsOwnStepAndTheNeighboursOnly) {
  const std::int64_t now = 1111111111;
  const auto step = step_of(now);
  EXPECT_EQ(matching_step(kSeed20, now, code(kSeed20, now)), step);
  EXPECT_EQ(matching_step(kSeed20, now, code(kSeed20, now - 30)), step - 1);
  EXPECT_EQ(matching_step(kSeed20, now, code(kSeed20, now + 30)), step + 1);
  EXPECT_FALSE(matching_step(kSeed20, now, code(kSeed20, now - 90)));
  EXPECT_FALSE(matching_step(kSeed20, now, code(kSeed20, now + 90)));
  // The 8-digit RFC vector truncated is the 6-digit code of the same step.
  EXPECT_EQ(code(kSeed20, 59), "287082");
  EXPECT_FALSE(matching_step(kSeed20, 59, "28708"));
  EXPECT_FALSE(matching_step(kSeed20, 59, "28708x"));
  EXPECT_FALSE(matching_step("another secret here!", 59, "287082"));
}

TEST(Totp, OtpauthUriCarriesTheBase32SecretAndIssuer) {
  EXPECT_EQ(base32(kSeed20), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  EXPECT_EQ(from_base32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), kSeed20);
  const auto odd = std::string("\x01\x02\x03\xff\x00\x10\x20", 7);
  EXPECT_EQ(from_base32(base32(odd)), odd);  // unpadded text decodes too
  EXPECT_EQ(from_base32("not base32!"), "");
  EXPECT_EQ(otpauth_uri("Colo", "alice@example", kSeed20),
            "otpauth://totp/Colo:alice%40example?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Colo&algorithm=SHA1"
            "&digits=6&period=30");
}

TEST(Totp, RecoveryCodesAreDistinctAndTypedFormsNormalise) {
  auto codes = new_recovery_codes();
  EXPECT_EQ(codes.size(), static_cast<std::size_t>(kRecoveryCodes));
  std::set<std::string> distinct(codes.begin(), codes.end());
  EXPECT_EQ(distinct.size(), codes.size());
  for (const auto& c : codes) {
    EXPECT_EQ(c.size(), 14u) << c;
    EXPECT_EQ(normal_recovery_code(c).size(), 12u);
  }
  EXPECT_EQ(normal_recovery_code(" ABCD-efgh-2345 "), "abcdefgh2345");
}

}  // namespace
}  // namespace colo::auth::totp
