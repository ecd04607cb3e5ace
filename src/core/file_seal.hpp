// Uploaded files at rest (R6.2): the bytes of contract scans, ticket attachments and work-order
// photos are stored sealed with a subkey of the data key (XChaCha20-Poly1305), whichever store
// keeps them (files or database rows). The stored form starts with a marker, so bytes written
// before sealing began (no marker) stay readable as they are, and `colo files seal` can tell which
// ones still need sealing. Thread safety: a FileSealer is immutable and shared freely.
#pragma once

#include <string>
#include <string_view>

#include "core/crypto.hpp"
#include "core/result.hpp"

namespace colo::crypto {

class FileSealer {
 public:
  explicit FileSealer(const Key& key) : key_(key) {}
  // marker || nonce || ciphertext and tag, as raw bytes.
  std::string seal(std::string_view plaintext) const;
  // The plaintext of sealed bytes; bytes without the marker are returned unchanged. Fails
  // (internal) when sealed bytes were altered or sealed with another key.
  Result<std::string> open(std::string_view stored) const;
  // Whether the bytes are in the sealed form (start with the marker).
  static bool is_sealed(std::string_view stored);
  // How many bytes sealing adds (marker, nonce, tag).
  static std::size_t overhead();

 private:
  Key key_;
};

// The files subkey of the data key (so that a file's key is not the one of ID numbers).
Key file_key(const Key& data_key);

}  // namespace colo::crypto
