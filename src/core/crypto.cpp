#include "core/crypto.hpp"

#include <sodium.h>

#include <atomic>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace colo::crypto {

void init() {
  static const int rc = sodium_init();
  if (rc < 0) throw std::runtime_error("libsodium failed to initialise");
}

namespace {

std::string to_base64(const unsigned char* data, std::size_t n, int variant) {
  std::string out(sodium_base64_encoded_len(n, variant), '\0');
  sodium_bin2base64(out.data(), out.size(), data, n, variant);
  out.resize(std::strlen(out.c_str()));
  return out;
}

}  // namespace

std::string base64_encode(std::string_view bytes) {
  return to_base64(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), sodium_base64_VARIANT_ORIGINAL);
}

Result<std::string> base64_decode(std::string_view text) {
  std::string out(text.size(), '\0');
  std::size_t len = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                        &len, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
    return Error::internal("stored data is not base64");
  out.resize(len);
  return out;
}

std::string random_token(std::size_t bytes) {
  init();
  std::vector<unsigned char> buf(bytes);
  randombytes_buf(buf.data(), buf.size());
  return to_base64(buf.data(), buf.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

std::string blake2b_hex(std::string_view data) {
  init();
  unsigned char out[32];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(data.data()), data.size(), nullptr, 0);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, out, sizeof out);
  return hex;
}

bool constant_time_equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

namespace {
std::atomic<bool> minimal_password_cost{false};
}  // namespace

void use_minimal_password_cost_for_tests() { minimal_password_cost = true; }

std::string hash_password(std::string_view password) {
  init();
  char out[crypto_pwhash_STRBYTES];
  const bool minimal = minimal_password_cost;
  if (crypto_pwhash_str_alg(out, password.data(), password.size(),
                            minimal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                            minimal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE,
                            crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw std::runtime_error("out of memory while hashing a password");
  return out;
}

bool verify_password(const std::string& hash, std::string_view password) {
  init();
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::optional<Key> parse_hex_key(std::string_view hex) {
  init();
  if (hex.size() != 64) return std::nullopt;
  Key key{};
  std::size_t len = 0;
  if (sodium_hex2bin(key.data(), key.size(), hex.data(), hex.size(), nullptr, &len, nullptr) != 0 || len != key.size())
    return std::nullopt;
  return key;
}

std::string key_to_hex(const Key& key) {
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, key.data(), key.size());
  return hex;
}

Key derive_key(const Key& master, std::uint64_t subkey_id, std::string_view context) {
  init();
  static_assert(crypto_kdf_KEYBYTES == std::tuple_size_v<Key>);
  if (context.size() != crypto_kdf_CONTEXTBYTES) throw std::logic_error("derive_key: context must be 8 characters");
  char ctx[crypto_kdf_CONTEXTBYTES + 1] = {};
  context.copy(ctx, crypto_kdf_CONTEXTBYTES);
  Key out{};
  crypto_kdf_derive_from_key(out.data(), out.size(), subkey_id, ctx, master.data());
  return out;
}

std::string keyed_blake2b_hex(const Key& key, std::string_view data) {
  init();
  unsigned char out[32];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(data.data()), data.size(), key.data(),
                     key.size());
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, out, sizeof out);
  return hex;
}

Key random_key() {
  init();
  Key k{};
  randombytes_buf(k.data(), k.size());
  return k;
}

std::string Sealer::seal(std::string_view plaintext) const {
  init();
  constexpr std::size_t nonce_len = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  std::vector<unsigned char> buf(nonce_len + plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
  randombytes_buf(buf.data(), nonce_len);
  unsigned long long clen = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(buf.data() + nonce_len, &clen,
                                             reinterpret_cast<const unsigned char*>(plaintext.data()), plaintext.size(),
                                             nullptr, 0, nullptr, buf.data(), key_.data());
  return to_base64(buf.data(), nonce_len + clen, sodium_base64_VARIANT_ORIGINAL);
}

Result<std::string> Sealer::open(std::string_view sealed) const {
  init();
  std::vector<unsigned char> buf(sealed.size());
  std::size_t len = 0;
  if (sodium_base642bin(buf.data(), buf.size(), sealed.data(), sealed.size(), nullptr, &len, nullptr,
                        sodium_base64_VARIANT_ORIGINAL) != 0)
    return Error::internal("sealed data is not base64");
  constexpr std::size_t nonce_len = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  if (len < nonce_len + crypto_aead_xchacha20poly1305_ietf_ABYTES) return Error::internal("sealed data is too short");
  std::string out(len - nonce_len - crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
  unsigned long long mlen = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(out.data()), &mlen, nullptr,
                                                 buf.data() + nonce_len, len - nonce_len, nullptr, 0, buf.data(),
                                                 key_.data()) != 0)
    return Error::internal("sealed data failed authentication (wrong key or altered)");
  out.resize(mlen);
  return out;
}

}  // namespace colo::crypto
