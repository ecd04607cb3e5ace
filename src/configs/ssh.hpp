// Fetching a device's running configuration over SSH (libssh): connect with a timeout, check the
// server's host key against the one on record before sending any credential, authenticate by
// password or private key, type the vendor's commands into a shell channel and read the answer
// until the device closes the channel or the command timeout passes. Blocking; each call has its
// own session, so calls may run on several threads at once.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace colo::configs {

struct SshTarget {
  std::string host;
  int port = 22;
  std::string username;
  std::string password;     // or
  std::string private_key;  // OpenSSH or PEM private key text
  // The host key on record ("ssh-ed25519 SHA256:…"); empty on first contact, when any key is
  // answered back to be recorded.
  std::string known_host_key;
  int connect_timeout_ms = 10'000;
  int command_timeout_ms = 60'000;
  std::vector<std::string> commands;
};

// What a fetch did. `failure` is empty on success; otherwise one of kSshFailures, with a sentence
// for the log and the fetch record.
inline const std::vector<std::string> kSshFailures = {"connect", "host_key_changed", "auth", "timeout", "protocol"};
struct SshAnswer {
  std::optional<std::string> failure;
  std::string message;
  std::string host_key;  // the key the server presented ("ssh-ed25519 SHA256:…"), when it got that far
  std::string output;    // everything the device printed
};

SshAnswer fetch_over_ssh(const SshTarget& target);

}  // namespace colo::configs
