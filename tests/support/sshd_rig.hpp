// A real OpenSSH sshd on loopback for the configuration fetcher's tests: started from the test as
// the test's own user on a free port with a temporary ed25519 host key, accepting one generated
// client key, and answering every session with a script that plays a network device's CLI —
// each line typed is logged, the pager commands answer nothing, the show/display commands print
// the canned configuration (after a long sleep when made slow), exit/quit ends the session.
#pragma once

#include <sys/types.h>
#include <string>

namespace colo::testing {

class SshdRig {
 public:
  SshdRig();  // throws std::runtime_error when sshd cannot start
  ~SshdRig();
  SshdRig(const SshdRig&) = delete;
  SshdRig& operator=(const SshdRig&) = delete;

  int port() const { return port_; }
  const std::string& user() const { return user_; }
  // The authorised client key (OpenSSH private key text), and one the server does not accept.
  const std::string& client_key() const { return client_key_; }
  const std::string& stranger_key() const { return stranger_key_; }
  // The host key as the fetcher names it: "ssh-ed25519 SHA256:…".
  std::string host_key() const;

  void set_config(const std::string& text);
  void set_slow(bool slow);
  std::string typed() const;  // every line typed so far
  // From now on a session given a command (`ssh host COMMAND`) runs it with /bin/sh as the test's
  // user, as a customer's host would: the rig plays a server rather than a device's CLI.
  void run_commands();
  // A new host key, as after a device's replacement (sshd restarts on the same port).
  void replace_host_key();

 private:
  void start();
  void stop();
  std::string dir_;
  std::string user_, client_key_, stranger_key_;
  int port_ = 0;
  pid_t pid_ = -1;
};

// A TCP port that accepts connections and never speaks: an SSH client waits for a banner that
// never comes.
class SilentPort {
 public:
  SilentPort();
  ~SilentPort();
  int port() const { return port_; }

 private:
  int fd_ = -1, port_ = 0;
};

}  // namespace colo::testing
