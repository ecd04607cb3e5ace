// Time-based one-time passwords (RFC 6238) over liboath, and the recovery codes that stand in for
// a lost authenticator. Pure functions of their inputs (the time is a parameter), so they are
// tested against the RFC's vectors without a clock or a database.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace colo::auth::totp {

constexpr int kDigits = 6;
constexpr int kStepSeconds = 30;
// Codes of the step before and after the current one are accepted too (clock drift).
constexpr int kWindow = 1;
constexpr std::size_t kSecretBytes = 20;  // 160 bits, as RFC 4226 recommends
constexpr int kRecoveryCodes = 10;

enum class Hash { sha1, sha256, sha512 };

// The code of the time step containing `unix_seconds`.
std::string code(std::string_view secret, std::int64_t unix_seconds, int digits = kDigits, Hash hash = Hash::sha1);

// The time step `code` belongs to, when it is the code of the current step or of one within
// kWindow of it; nullopt otherwise (also for anything that is not `digits` digits).
std::optional<std::int64_t> matching_step(std::string_view secret, std::int64_t unix_seconds, std::string_view code,
                                          int digits = kDigits);

// The time step of an instant: what a matched step is compared with to refuse a replay.
inline std::int64_t step_of(std::int64_t unix_seconds) { return unix_seconds / kStepSeconds; }

// kSecretBytes random bytes.
std::string new_secret();

std::string base32(std::string_view bytes);
// The bytes of a base32 secret (as an authenticator app reads it); "" when it is not base32.
std::string from_base32(std::string_view text);

// otpauth://totp/<issuer>:<account>?secret=...&issuer=...&algorithm=SHA1&digits=6&period=30,
// what authenticator apps read from the enrolment QR code.
std::string otpauth_uri(std::string_view issuer, std::string_view account, std::string_view secret);

// Recovery codes as shown to the user (xxxx-xxxx-xxxx from an alphabet without look-alikes), and
// their normal form for hashing: lower case, without separators or spaces.
std::vector<std::string> new_recovery_codes(int n = kRecoveryCodes);
std::string normal_recovery_code(std::string_view typed);

}  // namespace colo::auth::totp
