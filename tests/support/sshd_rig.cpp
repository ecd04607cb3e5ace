#include "support/sshd_rig.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>

extern char** environ;

namespace colo::testing {

namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::trunc);
  out << text;
}

void run(const std::string& command) {
  if (std::system(command.c_str()) != 0) throw std::runtime_error("failed: " + command);
}

int free_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof a;
  ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  int port = ntohs(a.sin_port);
  ::close(fd);
  return port;
}

bool accepts(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
  ::close(fd);
  return ok;
}

}  // namespace

SshdRig::SshdRig() {
  char tmpl[] = "/tmp/colo-sshd-XXXXXX";
  if (!::mkdtemp(tmpl)) throw std::runtime_error("mkdtemp");
  dir_ = tmpl;
  const passwd* pw = ::getpwuid(::geteuid());
  user_ = pw ? pw->pw_name : "root";
  const fs::path d(dir_);
  run("ssh-keygen -q -t ed25519 -N '' -f " + (d / "host_key").string());
  run("ssh-keygen -q -t ed25519 -N '' -f " + (d / "client_key").string());
  run("ssh-keygen -q -t ed25519 -N '' -f " + (d / "stranger_key").string());
  fs::copy_file(d / "client_key.pub", d / "authorized_keys");
  client_key_ = read_file(d / "client_key");
  stranger_key_ = read_file(d / "stranger_key");
  write_file(d / "config.txt", "hostname device\n");
  write_file(
      d / "device.sh",
      "#!/bin/sh\n"
      "dir='" +
          dir_ +
          "'\n"
          "if [ -f \"$dir/exec\" ] && [ -n \"$SSH_ORIGINAL_COMMAND\" ]; then exec /bin/sh -c "
          "\"$SSH_ORIGINAL_COMMAND\"; fi\n"
          "while IFS= read -r line; do\n"
          "  printf '%s\\n' \"$line\" >> \"$dir/typed.log\"\n"
          "  case \"$line\" in\n"
          "    'show running-config'|'display current-configuration'|'show configuration | display set | no-more')\n"
          "      if [ -f \"$dir/slow\" ]; then sleep 15; fi\n"
          "      cat \"$dir/config.txt\";;\n"
          "    exit|quit) exit 0;;\n"
          "  esac\n"
          "done\n");
  fs::permissions(d / "device.sh", fs::perms::owner_all | fs::perms::group_read | fs::perms::others_read);
  // As root sshd separates privileges and needs its directory; as another user it does not.
  if (::geteuid() == 0) fs::create_directories("/run/sshd");
  port_ = free_port();
  start();
}

SshdRig::~SshdRig() {
  stop();
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

void SshdRig::start() {
  const fs::path d(dir_);
  write_file(d / "sshd_config", "Port " + std::to_string(port_) + "\nListenAddress 127.0.0.1\nHostKey " +
                                    (d / "host_key").string() + "\nPidFile " + (d / "sshd.pid").string() +
                                    "\nAuthorizedKeysFile " + (d / "authorized_keys").string() +
                                    "\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"
                                    "PubkeyAuthentication yes\nUsePAM no\nStrictModes no\nPermitRootLogin yes\n"
                                    "ForceCommand " +
                                    (d / "device.sh").string() + "\nLogLevel ERROR\n");
  std::string sshd = "/usr/sbin/sshd", f = (d / "sshd_config").string();
  std::vector<char*> argv = {
      sshd.data(), const_cast<char*>("-D"), const_cast<char*>("-e"), const_cast<char*>("-f"), f.data(), nullptr};
  if (::posix_spawn(&pid_, sshd.c_str(), nullptr, nullptr, argv.data(), environ) != 0)
    throw std::runtime_error("cannot start /usr/sbin/sshd (Debian package openssh-server)");
  for (int i = 0; i < 200; ++i) {
    if (accepts(port_)) return;
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      throw std::runtime_error("sshd exited at start");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  throw std::runtime_error("sshd does not listen");
}

void SshdRig::stop() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGTERM);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
}

std::string SshdRig::host_key() const {
  // "256 SHA256:abc comment (ED25519)"
  const std::string out = (fs::path(dir_) / "fp.txt").string();
  run("ssh-keygen -l -E sha256 -f " + (fs::path(dir_) / "host_key.pub").string() + " > " + out);
  std::istringstream in(read_file(out));
  std::string bits, fp;
  in >> bits >> fp;
  return "ssh-ed25519 " + fp;
}

void SshdRig::set_config(const std::string& text) { write_file(fs::path(dir_) / "config.txt", text); }

void SshdRig::set_slow(bool slow) {
  const auto p = fs::path(dir_) / "slow";
  if (slow)
    write_file(p, "1");
  else
    fs::remove(p);
}

void SshdRig::run_commands() { write_file(fs::path(dir_) / "exec", "1"); }

std::string SshdRig::typed() const { return read_file(fs::path(dir_) / "typed.log"); }

void SshdRig::replace_host_key() {
  stop();
  const fs::path d(dir_);
  fs::remove(d / "host_key");
  fs::remove(d / "host_key.pub");
  run("ssh-keygen -q -t ed25519 -N '' -f " + (d / "host_key").string());
  start();
}

SilentPort::SilentPort() {
  fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof a;
  if (::bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::listen(fd_, 16) != 0)
    throw std::runtime_error("silent port");
  ::getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len);
  port_ = ntohs(a.sin_port);
}

SilentPort::~SilentPort() {
  if (fd_ >= 0) ::close(fd_);
}

}  // namespace colo::testing
