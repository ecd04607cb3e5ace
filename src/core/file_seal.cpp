#include "core/file_seal.hpp"

#include <sodium.h>

namespace colo::crypto {

namespace {

// A NUL first: no PDF, image or text upload starts with it, so a plaintext file is never taken
// for a sealed one.
constexpr std::string_view kMarker{"\0COLOSEAL1\n", 11};
constexpr std::size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;

}  // namespace

std::size_t FileSealer::overhead() { return kMarker.size() + kNonce + kTag; }

bool FileSealer::is_sealed(std::string_view stored) { return stored.substr(0, kMarker.size()) == kMarker; }

std::string FileSealer::seal(std::string_view plaintext) const {
  init();
  std::string out(kMarker.size() + kNonce + plaintext.size() + kTag, '\0');
  out.replace(0, kMarker.size(), kMarker);
  auto* nonce = reinterpret_cast<unsigned char*>(out.data() + kMarker.size());
  randombytes_buf(nonce, kNonce);
  unsigned long long clen = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonce, &clen,
                                             reinterpret_cast<const unsigned char*>(plaintext.data()), plaintext.size(),
                                             nullptr, 0, nullptr, nonce, key_.data());
  out.resize(kMarker.size() + kNonce + clen);
  return out;
}

Result<std::string> FileSealer::open(std::string_view stored) const {
  if (!is_sealed(stored)) return std::string(stored);
  init();
  if (stored.size() < kMarker.size() + kNonce + kTag) return Error::internal("sealed file is too short");
  const auto* nonce = reinterpret_cast<const unsigned char*>(stored.data() + kMarker.size());
  const std::size_t clen = stored.size() - kMarker.size() - kNonce;
  std::string out(clen - kTag, '\0');
  unsigned long long mlen = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(out.data()), &mlen, nullptr,
                                                 nonce + kNonce, clen, nullptr, 0, nonce, key_.data()) != 0)
    return Error::internal("sealed file failed authentication (wrong key or altered)");
  out.resize(mlen);
  return out;
}

Key file_key(const Key& data_key) { return derive_key(data_key, 42, "colofile"); }

}  // namespace colo::crypto
