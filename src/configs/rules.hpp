// Device configuration backups' pure rules (R4.3.3): the command set each vendor's CLI needs to
// print its running configuration without a pager, the vendor a manufacturer's name implies, what
// of the CLI's answer is the configuration, which lines change on every fetch without the
// configuration changing (so that a version is stored only for a real change), and which values
// are secrets to mask. No I/O; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace colo::configs {

inline const std::vector<std::string> kVendors = {"cisco_ios", "cisco_nxos", "huawei_vrp", "h3c_comware",
                                                  "juniper_junos"};

// The lines typed into the device's CLI, in order: the pager off, then the configuration. The
// answer to the last one is the configuration.
std::vector<std::string> commands_for(std::string_view vendor);

// The vendor a device type's manufacturer (and model, for Cisco's NX-OS switches) implies;
// nullopt when Colo knows no command set for it (the device then needs an explicit vendor).
std::optional<std::string> vendor_from_manufacturer(std::string_view manufacturer, std::string_view model);

// The configuration in the CLI's whole answer to `commands_for(vendor)`: without carriage
// returns, the echoed commands, prompts, pager remnants and the banners the CLI prints around
// it; with one final newline.
std::string extract_config(std::string_view answer, std::string_view vendor);

// `config` without the lines that differ between fetches of an unchanged configuration (Cisco's
// "! Last configuration change at …", "! NVRAM config last updated at …", "ntp clock-period …",
// uptime and "Time: …" lines, Huawei's and H3C's "!Software Version"/"#Last configuration was
// saved" stamps, Junos' "## Last changed: …" header), for comparing versions.
std::string normalise(std::string_view config);

// `config` with every secret replaced by "******": Cisco's `password 7 …`, `secret 5 …`,
// `key 7 …`, `snmp-server community …`, Huawei/H3C `cipher …`, `password irreversible-cipher …`,
// `pre-shared-key …`, `snmp-agent community …`, Junos `$9$…` / `$1$…` / `$6$…` and
// `encrypted-password "…"`, and `authentication-key …`. Line structure is kept so that diffs of
// masked versions line up with the unmasked ones.
std::string mask_secrets(std::string_view config);

}  // namespace colo::configs
