// Cryptography over libsodium: random tokens, BLAKE2b, argon2id passwords and
// XChaCha20-Poly1305 encryption of personal data at rest (R6.2.1).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace colo::crypto {

// Must be called once before any other function (idempotent, thread-safe).
void init();

// `bytes` random bytes as unpadded base64url.
std::string random_token(std::size_t bytes = 32);
// Standard base64 with padding, as binary data is kept in text columns; decoding fails (internal)
// for text that is not base64.
std::string base64_encode(std::string_view bytes);
Result<std::string> base64_decode(std::string_view text);
// BLAKE2b-256 of the input, lower-case hex.
std::string blake2b_hex(std::string_view data);
bool constant_time_equal(std::string_view a, std::string_view b);

// argon2id with libsodium's interactive limits (about 64 MiB and a tenth of a second).
std::string hash_password(std::string_view password);
// Reads the cost from the hash itself, so hashes of any cost verify.
bool verify_password(const std::string& hash, std::string_view password);
// For unit-test binaries only: hash with libsodium's minimum limits from now on, so that suites
// creating many users stay fast. Nothing outside tests calls it.
void use_minimal_password_cost_for_tests();

using Key = std::array<std::uint8_t, 32>;
std::optional<Key> parse_hex_key(std::string_view hex);
std::string key_to_hex(const Key& key);
Key random_key();
// A subkey of `master` for one purpose (libsodium's crypto_kdf): `context` is exactly 8 characters
// naming the purpose, so keys derived for different purposes are unrelated.
Key derive_key(const Key& master, std::uint64_t subkey_id, std::string_view context);
// BLAKE2b-256 keyed with `key` (a MAC), lower-case hex.
std::string keyed_blake2b_hex(const Key& key, std::string_view data);

// Authenticated encryption; the stored form is base64(nonce || ciphertext).
class Sealer {
 public:
  explicit Sealer(const Key& key) : key_(key) {}
  std::string seal(std::string_view plaintext) const;
  // Fails when the text was altered or sealed with another key.
  Result<std::string> open(std::string_view sealed) const;

 private:
  Key key_;
};

}  // namespace colo::crypto
