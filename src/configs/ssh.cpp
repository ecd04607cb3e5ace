#include "configs/ssh.hpp"

#include <libssh/libssh.h>

#include <chrono>
#include <memory>

namespace colo::configs {

namespace {

// Far beyond any device's configuration; a device that never stops talking is cut off.
constexpr std::size_t kMaxAnswerBytes = 64u << 20;

struct SessionFree {
  void operator()(ssh_session s) const {
    ssh_disconnect(s);
    ssh_free(s);
  }
};
struct ChannelFree {
  void operator()(ssh_channel c) const {
    ssh_channel_close(c);
    ssh_channel_free(c);
  }
};
struct KeyFree {
  void operator()(ssh_key k) const { ssh_key_free(k); }
};
using Session = std::unique_ptr<ssh_session_struct, SessionFree>;
using Channel = std::unique_ptr<ssh_channel_struct, ChannelFree>;
using Key = std::unique_ptr<ssh_key_struct, KeyFree>;

SshAnswer failed(std::string failure, std::string message, std::string host_key = {}) {
  SshAnswer a;
  a.failure = std::move(failure);
  a.message = std::move(message);
  a.host_key = std::move(host_key);
  return a;
}

// "ssh-ed25519 SHA256:base64": the type keeps a key of another algorithm from matching by accident.
std::string fingerprint(ssh_session s) {
  ssh_key raw = nullptr;
  if (ssh_get_server_publickey(s, &raw) != SSH_OK) return {};
  Key key(raw);
  unsigned char* hash = nullptr;
  size_t len = 0;
  if (ssh_get_publickey_hash(key.get(), SSH_PUBLICKEY_HASH_SHA256, &hash, &len) != 0) return {};
  char* text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, len);
  ssh_clean_pubkey_hash(&hash);
  if (!text) return {};
  std::string out = std::string(ssh_key_type_to_char(ssh_key_type(key.get()))) + " " + text;
  ssh_string_free_char(text);
  return out;
}

bool timed_out(ssh_session s) {
  const std::string e = ssh_get_error(s);
  return e.find("imeout") != std::string::npos || e.find("timed out") != std::string::npos;
}

}  // namespace

SshAnswer fetch_over_ssh(const SshTarget& t) {
  Session session(ssh_new());
  if (!session) return failed("protocol", "libssh could not create a session");
  ssh_session s = session.get();
  const long timeout_s = std::max(1, (t.connect_timeout_ms + 999) / 1000);
  const long timeout_us = 0;
  const int port = t.port;
  const int no = 0;
  ssh_options_set(s, SSH_OPTIONS_HOST, t.host.c_str());
  ssh_options_set(s, SSH_OPTIONS_PORT, &port);
  ssh_options_set(s, SSH_OPTIONS_USER, t.username.c_str());
  ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeout_s);
  ssh_options_set(s, SSH_OPTIONS_TIMEOUT_USEC, &timeout_us);
  // The host key on record is the only trust: no known_hosts files, no ~/.ssh/config.
  ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &no);
  ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, "/dev/null");
  ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
  if (ssh_connect(s) != SSH_OK)
    return failed(timed_out(s) ? "timeout" : "connect", std::string("connect: ") + ssh_get_error(s));

  const std::string key = fingerprint(s);
  if (key.empty()) return failed("protocol", "the server presented no usable host key");
  // Checked before any credential leaves: a changed key may be a device replaced or a man in the middle.
  if (!t.known_host_key.empty() && key != t.known_host_key)
    return failed("host_key_changed", "the host key changed: on record " + t.known_host_key + ", presented " + key,
                  key);

  int rc = SSH_AUTH_DENIED;
  if (!t.private_key.empty()) {
    ssh_key raw = nullptr;
    if (ssh_pki_import_privkey_base64(t.private_key.c_str(), nullptr, nullptr, nullptr, &raw) != SSH_OK)
      return failed("auth", "the private key on record cannot be read", key);
    Key pk(raw);
    rc = ssh_userauth_publickey(s, nullptr, pk.get());
  } else {
    rc = ssh_userauth_password(s, nullptr, t.password.c_str());
  }
  if (rc != SSH_AUTH_SUCCESS) return failed("auth", std::string("authentication refused: ") + ssh_get_error(s), key);

  Channel channel(ssh_channel_new(s));
  if (!channel) return failed("protocol", "no channel", key);
  ssh_channel c = channel.get();
  if (ssh_channel_open_session(c) != SSH_OK || ssh_channel_request_shell(c) != SSH_OK)
    return failed("protocol", std::string("no shell: ") + ssh_get_error(s), key);
  std::string input;
  for (const auto& cmd : t.commands) input += cmd + "\n";
  if (ssh_channel_write(c, input.data(), static_cast<uint32_t>(input.size())) != static_cast<int>(input.size()))
    return failed("protocol", std::string("writing the commands: ") + ssh_get_error(s), key);
  ssh_channel_send_eof(c);

  SshAnswer answer;
  answer.host_key = key;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(t.command_timeout_ms);
  char buf[16384];
  for (;;) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0)
      return failed("timeout", "no end of the answer within " + std::to_string(t.command_timeout_ms) + " ms", key);
    const int n =
        ssh_channel_read_timeout(c, buf, sizeof buf, 0, static_cast<int>(std::min<long long>(left.count(), 1000)));
    if (n == SSH_ERROR) return failed("protocol", std::string("reading: ") + ssh_get_error(s), key);
    if (n > 0) {
      answer.output.append(buf, static_cast<std::size_t>(n));
      if (answer.output.size() > kMaxAnswerBytes) return failed("protocol", "the answer exceeds 64 MiB", key);
      continue;
    }
    if (ssh_channel_is_eof(c) || ssh_channel_is_closed(c)) break;
  }
  return answer;
}

}  // namespace colo::configs
