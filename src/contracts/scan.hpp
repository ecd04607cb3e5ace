// The signed contract scan: what kind of file it is (by its first bytes, not by what the client
// says), and its storage on disk by content hash so that a crash never leaves half a file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/file_seal.hpp"
#include "core/result.hpp"

namespace colo::contracts {

// The largest scan accepted (the server's request body limit is the same).
constexpr std::size_t kMaxScanBytes = 16 * 1024 * 1024;

// "application/pdf", "image/jpeg" or "image/png" from the file's magic bytes; nullopt otherwise.
std::optional<std::string> sniff_scan_type(std::string_view bytes);

// Checks a scan: 400 contracts.scan.empty, 413 contracts.scan.too_large, 415
// contracts.scan.unsupported_type (declared type not PDF/JPEG/PNG), 415
// contracts.scan.content_mismatch (the bytes are not what the type says).
Status check_scan(std::string_view declared_type, std::string_view bytes);

// The name a scan was uploaded under, as kept: the last path segment (browsers may send
// "C:\\fakepath\\x.pdf"), trimmed; nullopt when none is left. 400 validation_failed on field
// `file_name` (code contracts.scan.bad_file_name) for control characters or double quotes.
Result<std::optional<std::string>> scan_file_name(std::string_view given);

// <dir>/contracts/<first two hex digits>/<BLAKE2b-256 hex>.
std::filesystem::path scan_path(const std::filesystem::path& dir, const std::string& hash);

// Writes the bytes under their hash (temp file in the same directory, fsync, rename, fsync of the
// directory), sealed when a sealer is given (R6.2); an existing file of the same hash is kept.
// Returns the hash (of the plaintext).
Result<std::string> store_scan(const std::filesystem::path& dir, std::string_view bytes,
                               const crypto::FileSealer* sealer = nullptr);
// The plaintext of a stored file: sealed ones are opened, plain ones of before sealing read as
// they are. Errors (internal): unreadable, altered, or sealed while no sealer is given.
Result<std::string> read_scan(const std::filesystem::path& path, const crypto::FileSealer* sealer);

// `colo files seal`: seals every plain file under `dir` in place (each replaced atomically);
// sealed ones are left alone, so running it again is harmless.
struct SealedFiles {
  std::int64_t sealed = 0;
  std::int64_t already = 0;
};
Result<SealedFiles> seal_stored_files(const std::filesystem::path& dir, const crypto::FileSealer& sealer);

}  // namespace colo::contracts
