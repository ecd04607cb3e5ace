// Real SNMP agents for tests and the polling benchmark: snmpsim serving recorded devices (one
// data file per community) and snmpd with an SNMPv3 authPriv user, each on a free loopback UDP
// port, stopped when the object goes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace colo::testing::snmp {

// Writes a switch's .snmprec: system group and ifTable/ifXTable for `ports` interfaces named
// "Gi1/0/<n>" with 64-bit octet counters moving at `octets_per_second` (plus a per-port offset),
// errors and discards. Port 1's ifHCInOctets and the sysUpTime are writable (snmpsim's writecache)
// so that a test can set them; the last port has 32-bit counters only, writable too.
// `counters_only` leaves out everything but ifHCIn/OutOctets (the benchmark's 2 × ports counters).
void write_switch_record(const std::string& path, int ports, std::uint64_t octets_per_second,
                         bool counters_only = false);

class SnmpSim {
 public:
  // Serves every <community>.snmprec of `data_dirs` (copied into a temporary directory).
  // `extra_records` are written there too, name -> path of a file to copy or generate first.
  explicit SnmpSim(const std::vector<std::string>& data_files);
  ~SnmpSim();
  SnmpSim(const SnmpSim&) = delete;
  SnmpSim& operator=(const SnmpSim&) = delete;
  std::uint16_t port() const { return port_; }
  const std::string& dir() const { return dir_; }
  int pid() const { return pid_; }

 private:
  int pid_ = -1;
  std::uint16_t port_ = 0;
  std::string dir_;
};

// snmpd answering only SNMPv3 authPriv (SHA/AES) for `user` with the two passphrases.
class Snmpd {
 public:
  Snmpd(const std::string& user, const std::string& auth_pass, const std::string& priv_pass);
  ~Snmpd();
  Snmpd(const Snmpd&) = delete;
  Snmpd& operator=(const Snmpd&) = delete;
  std::uint16_t port() const { return port_; }

 private:
  int pid_ = -1;
  std::uint16_t port_ = 0;
  std::string dir_;
};

// A free UDP port on 127.0.0.1 (bound and released).
std::uint16_t free_udp_port();
// The directory of the recorded devices in the source tree (tests/snmp/data).
std::string data_dir();

}  // namespace colo::testing::snmp
