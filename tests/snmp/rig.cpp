#include "snmp/rig.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>
#include <thread>

#include "monitoring/snmp.hpp"

namespace fs = std::filesystem;

namespace colo::testing::snmp {

namespace {

std::string temp_dir(const std::string& prefix) {
  std::string tmpl = (fs::temp_directory_path() / (prefix + "XXXXXX")).string();
  if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
  return tmpl;
}

int spawn(const std::vector<std::string>& args, const std::string& log) {
  int pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    FILE* f = std::freopen(log.c_str(), "w", stdout);
    (void)f;
    dup2(1, 2);
    std::vector<char*> argv;
    std::vector<std::string> copy = args;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execvp(argv[0], argv.data());
    _exit(127);
  }
  return pid;
}

void stop(int pid) {
  if (pid <= 0) return;
  kill(pid, SIGTERM);
  for (int i = 0; i < 100; ++i) {
    if (waitpid(pid, nullptr, WNOHANG) == pid) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  kill(pid, SIGKILL);
  waitpid(pid, nullptr, 0);
}

// Waits until the agent answers a GET of sysUpTime, or throws with the log.
void wait_until_answering(const colo::monitoring::snmp::Target& target, int pid, const std::string& log) {
  for (int i = 0; i < 300; ++i) {
    // A new engine each time: one remembers an unanswered SNMPv3 discovery and waits to ask again.
    colo::monitoring::snmp::Engine engine;
    colo::monitoring::snmp::Request r{target, {colo::monitoring::snmp::oids::kSysUpTime}, {}};
    r.target.timeout_ms = 200;
    r.target.retries = 0;
    auto answer = engine.poll({r});
    if (answer[0].outcome == colo::monitoring::snmp::Outcome::ok) return;
    if (waitpid(pid, nullptr, WNOHANG) == pid) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  std::ifstream in(log);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  throw std::runtime_error("SNMP agent did not start: " + text.substr(text.size() > 2000 ? text.size() - 2000 : 0));
}

}  // namespace

std::uint16_t free_udp_port() {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t len = sizeof a;
  getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  close(fd);
  return ntohs(a.sin_port);
}

std::string data_dir() {
  const char* s = std::getenv("COLO_SOURCE_DIR");
  return std::string(s ? s : ".") + "/tests/snmp/data";
}

void write_switch_record(const std::string& path, int ports, std::uint64_t rate, bool counters_only) {
  std::map<colo::monitoring::snmp::Oid, std::string> lines;
  auto put = [&](const std::string& oid, const std::string& rest) {
    lines[colo::monitoring::snmp::parse_oid(oid)] = oid + "|" + rest;
  };
  put("1.3.6.1.2.1.1.1.0", "4|Colo test switch, 48 x 10GE");
  put("1.3.6.1.2.1.1.2.0", "6|1.3.6.1.4.1.9.1.2494");
  put("1.3.6.1.2.1.1.3.0", "67:writecache|value=360000");
  put("1.3.6.1.2.1.1.5.0", "4|sw-test-01");
  for (int p = 1; p <= ports; ++p) {
    std::string i = std::to_string(p);
    bool last = p == ports && !counters_only;
    std::string moving = "|rate=" + std::to_string(rate + static_cast<std::uint64_t>(p) * 1000) +
                         ",initial=" + std::to_string(static_cast<std::uint64_t>(p) * 1000000);
    if (p == 1 && !counters_only)
      put("1.3.6.1.2.1.31.1.1.1.6." + i, "70:writecache|value=1000");
    else if (!last)
      put("1.3.6.1.2.1.31.1.1.1.6." + i, "70:numeric" + moving);
    if (!last) put("1.3.6.1.2.1.31.1.1.1.10." + i, "70:numeric" + moving);
    if (counters_only) continue;
    put("1.3.6.1.2.1.2.2.1.1." + i, "2|" + i);
    put("1.3.6.1.2.1.2.2.1.2." + i, "4|TenGigabitEthernet1/0/" + i);
    put("1.3.6.1.2.1.2.2.1.5." + i, "66|4294967295");
    put("1.3.6.1.2.1.2.2.1.8." + i, std::string("2|") + (p % 12 == 0 ? "2" : "1"));
    if (last) {
      put("1.3.6.1.2.1.2.2.1.10." + i, "65:writecache|value=4294967000");
      put("1.3.6.1.2.1.2.2.1.16." + i, "65:writecache|value=10");
    } else {
      put("1.3.6.1.2.1.2.2.1.10." + i, "65:numeric|wrap=1,rate=" + std::to_string(rate));
      put("1.3.6.1.2.1.2.2.1.16." + i, "65:numeric|wrap=1,rate=" + std::to_string(rate));
    }
    put("1.3.6.1.2.1.2.2.1.13." + i, "65|0");
    put("1.3.6.1.2.1.2.2.1.14." + i, "65:numeric|rate=1");
    put("1.3.6.1.2.1.2.2.1.19." + i, "65|0");
    put("1.3.6.1.2.1.2.2.1.20." + i, "65|0");
    put("1.3.6.1.2.1.31.1.1.1.1." + i, "4|Te1/0/" + i);
    put("1.3.6.1.2.1.31.1.1.1.15." + i, "66|10000");
    put("1.3.6.1.2.1.31.1.1.1.18." + i, "4|" + (p <= 4 ? "uplink " + i : std::string()));
  }
  std::ofstream out(path);
  for (const auto& [oid, line] : lines) out << line << "\n";
}

SnmpSim::SnmpSim(const std::vector<std::string>& data_files) {
  dir_ = temp_dir("colo-snmpsim-");
  fs::create_directories(dir_ + "/data");
  fs::create_directories(dir_ + "/cache");
  for (const auto& f : data_files) fs::copy_file(f, dir_ + "/data/" + fs::path(f).filename().string());
  port_ = free_udp_port();
  std::vector<std::string> args = {"snmpsimd", "--data-dir=" + dir_ + "/data", "--cache-dir=" + dir_ + "/cache",
                                   "--agent-udpv4-endpoint=127.0.0.1:" + std::to_string(port_),
                                   "--logging-method=null"};
  // snmpsimd refuses to run as root and drops to the user named here.
  if (geteuid() == 0) {
    fs::permissions(dir_, fs::perms::all, fs::perm_options::add);
    for (const auto& e : fs::recursive_directory_iterator(dir_))
      fs::permissions(e.path(), fs::perms::all, fs::perm_options::add);
    args.push_back("--process-user=nobody");
    args.push_back("--process-group=nogroup");
  }
  pid_ = spawn(args, dir_ + "/snmpsimd.log");
  std::string community = data_files.empty() ? "public" : fs::path(data_files[0]).stem().string();
  colo::monitoring::snmp::Target t;
  t.host = "127.0.0.1";
  t.port = port_;
  t.credentials.community = community;
  try {
    wait_until_answering(t, pid_, dir_ + "/snmpsimd.log");
  } catch (...) {
    stop(pid_);
    throw;
  }
}

SnmpSim::~SnmpSim() {
  stop(pid_);
  std::error_code ec;
  if (!std::getenv("COLO_KEEP_TEST_DIRS")) fs::remove_all(dir_, ec);
}

Snmpd::Snmpd(const std::string& user, const std::string& auth_pass, const std::string& priv_pass) {
  dir_ = temp_dir("colo-snmpd-");
  port_ = free_udp_port();
  {
    std::ofstream conf(dir_ + "/snmpd.conf");
    conf << "createUser " << user << " SHA \"" << auth_pass << "\" AES \"" << priv_pass << "\"\n"
         << "rouser " << user << " priv\n"
         << "sysName snmpd-test\n"
         << "sysObjectID .1.3.6.1.4.1.8072.3.2.10\n";
  }
  pid_ = spawn({"snmpd", "-f", "-Lo", "-C", "-c", dir_ + "/snmpd.conf", "--persistentDir=" + dir_, "-M", "/dev/null",
                "udp:127.0.0.1:" + std::to_string(port_)},
               dir_ + "/snmpd.log");
  colo::monitoring::snmp::Target t;
  t.host = "127.0.0.1";
  t.port = port_;
  t.credentials = {colo::monitoring::snmp::Version::v3, {}, user, auth_pass, priv_pass};
  try {
    wait_until_answering(t, pid_, dir_ + "/snmpd.log");
  } catch (...) {
    stop(pid_);
    throw;
  }
}

Snmpd::~Snmpd() {
  stop(pid_);
  std::error_code ec;
  if (!std::getenv("COLO_KEEP_TEST_DIRS")) fs::remove_all(dir_, ec);
}

}  // namespace colo::testing::snmp
