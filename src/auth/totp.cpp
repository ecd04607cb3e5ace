#include "auth/totp.hpp"

#include <liboath/oath.h>
#include <sodium.h>

#include <cstdlib>
#include <mutex>

namespace colo::auth::totp {

namespace {

void ensure_init() {
  static std::once_flag once;
  std::call_once(once, [] { oath_init(); });
}

int flags_of(Hash hash) {
  switch (hash) {
    case Hash::sha256:
      return OATH_TOTP_HMAC_SHA256;
    case Hash::sha512:
      return OATH_TOTP_HMAC_SHA512;
    case Hash::sha1:
      break;
  }
  return 0;
}

std::string percent_encode(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 0xf]);
    }
  }
  return out;
}

}  // namespace

std::string code(std::string_view secret, std::int64_t unix_seconds, int digits, Hash hash) {
  ensure_init();
  char out[16] = {};
  if (oath_totp_generate2(secret.data(), secret.size(), static_cast<time_t>(unix_seconds), kStepSeconds, 0,
                          static_cast<unsigned>(digits), flags_of(hash), out) != OATH_OK)
    return {};
  return out;
}

std::optional<std::int64_t> matching_step(std::string_view secret, std::int64_t unix_seconds, std::string_view code,
                                          int digits) {
  ensure_init();
  if (code.size() != static_cast<std::size_t>(digits)) return std::nullopt;
  for (char c : code)
    if (c < '0' || c > '9') return std::nullopt;
  const std::string otp(code);
  int position = 0;
  std::uint64_t counter = 0;
  const int rc = oath_totp_validate4(secret.data(), secret.size(), static_cast<time_t>(unix_seconds), kStepSeconds, 0,
                                     kWindow, &position, &counter, 0, otp.c_str());
  if (rc < 0) return std::nullopt;
  return static_cast<std::int64_t>(counter);
}

std::string new_secret() {
  std::string s(kSecretBytes, '\0');
  randombytes_buf(s.data(), s.size());
  return s;
}

std::string base32(std::string_view bytes) {
  ensure_init();
  char* out = nullptr;
  std::size_t len = 0;
  if (oath_base32_encode(bytes.data(), bytes.size(), &out, &len) != OATH_OK) return {};
  std::string s(out, len);
  std::free(out);
  while (!s.empty() && s.back() == '=') s.pop_back();  // authenticator apps expect it unpadded
  return s;
}

std::string from_base32(std::string_view text) {
  ensure_init();
  std::string padded(text);
  while (padded.size() % 8 != 0) padded.push_back('=');
  char* out = nullptr;
  std::size_t len = 0;
  if (oath_base32_decode(padded.data(), padded.size(), &out, &len) != OATH_OK) return {};
  std::string s(out, len);
  std::free(out);
  return s;
}

std::string otpauth_uri(std::string_view issuer, std::string_view account, std::string_view secret) {
  return "otpauth://totp/" + percent_encode(issuer) + ":" + percent_encode(account) + "?secret=" + base32(secret) +
         "&issuer=" + percent_encode(issuer) + "&algorithm=SHA1&digits=" + std::to_string(kDigits) +
         "&period=" + std::to_string(kStepSeconds);
}

std::vector<std::string> new_recovery_codes(int n) {
  // No 0/o, 1/l/i: a code copied from paper must not be misread.
  static constexpr char kAlphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
  constexpr std::uint32_t kSize = sizeof kAlphabet - 1;
  std::vector<std::string> codes;
  for (int i = 0; i < n; ++i) {
    std::string c;
    for (int j = 0; j < 12; ++j) {
      if (j > 0 && j % 4 == 0) c.push_back('-');
      c.push_back(kAlphabet[randombytes_uniform(kSize)]);
    }
    codes.push_back(std::move(c));
  }
  return codes;
}

std::string normal_recovery_code(std::string_view typed) {
  std::string out;
  for (char c : typed) {
    if (c == '-' || c == ' ') continue;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

}  // namespace colo::auth::totp
