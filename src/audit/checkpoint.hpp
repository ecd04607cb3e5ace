// The audit chain's head kept outside the database: a small file holding the newest entry's id
// and hash and the number of entries, MAC'd with the audit key. Whoever can rewrite the database
// but not this file and the key cannot remove the newest entries unseen: the next verification
// finds the recorded head missing or different.
// Thread safety: the functions share no state; a file is replaced atomically (temp + fsync +
// rename + fsync of the directory), so a reader sees the old or the new head, never a torn one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/crypto.hpp"
#include "core/result.hpp"

namespace colo::audit {

struct Checkpoint {
  std::int64_t last_id = 0;  // 0: the log was empty
  std::string last_hash;     // empty when the log was empty
  std::int64_t count = 0;    // entries with id <= last_id
  std::string at;            // when it was recorded (UTC instant)
};

// One line: "colo-audit-checkpoint 1 <last_id> <last_hash|-> <count> <at> <mac>".
std::string checkpoint_text(const Checkpoint& c, const crypto::Key& key);
// Fails when the text is malformed or its MAC does not hold under `key`.
Result<Checkpoint> parse_checkpoint(std::string_view text, const crypto::Key& key);

// nullopt when there is no file yet; an error when it cannot be read or does not verify.
Result<std::optional<Checkpoint>> read_checkpoint(const std::string& path, const crypto::Key& key);
Status write_checkpoint(const std::string& path, const Checkpoint& c, const crypto::Key& key);

}  // namespace colo::audit
