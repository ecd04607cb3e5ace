// Device configuration backups' records: a network device fetched over SSH, its stored versions
// and its fetches.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace colo::configs {

inline const std::vector<std::string> kFetchResults = {"ok", "unchanged", "failed"};
// Why a fetch failed: the fetcher's failures, plus no vendor known and no management address.
inline const std::vector<std::string> kFetchFailures = {"connect",  "host_key_changed", "auth",   "timeout",
                                                        "protocol", "vendor",           "address"};
inline const std::vector<std::string> kFetchCauses = {"schedule", "manual"};
// Device roles whose configuration is fetched.
inline const std::vector<std::string> kNetworkRoles = {"switch", "router", "firewall"};

inline constexpr std::int64_t kDefaultIntervalS = 86'400;
inline constexpr std::int64_t kMinIntervalS = 300;
inline constexpr std::int64_t kMaxIntervalS = 7 * 86'400;

struct ConfigDevice {
  std::int64_t device_id = 0;
  std::string device_name;
  std::optional<std::int64_t> customer_id;
  std::string vendor;
  std::optional<std::string> vendor_override;
  std::string address;
  int port = 22;
  std::string username;
  std::string auth_method;  // password | key (the secret itself is never answered)
  std::optional<std::string> host_key, host_key_pending;
  std::int64_t interval_s = kDefaultIntervalS;
  bool enabled = true;
  std::string next_fetch_at;
  std::optional<std::string> last_fetch_at, last_result, last_error, last_success_at;
  std::int64_t version_count = 0;
  std::string created_at, updated_at;
};

struct ConfigVersion {
  std::int64_t id = 0, device_id = 0;
  std::string device_name;
  std::optional<std::int64_t> customer_id;
  int number = 0;
  std::string hash;
  std::int64_t size = 0;
  int line_count = 0;
  std::string fetched_at;
  bool outside_change = false;
  std::string body;    // one version only; masked unless the reader may see secrets
  bool masked = true;  // whether `body` is masked
};

struct FetchRecord {
  std::int64_t id = 0, device_id = 0;
  std::string device_name;
  std::optional<std::int64_t> customer_id;
  std::string at, result;
  std::optional<std::string> failure;
  std::string error;
  std::optional<std::int64_t> version_id;
  std::string cause;
};

struct DeviceInput {
  std::optional<std::string> vendor;  // override; absent: from the manufacturer
  int port = 22;
  std::string username;
  std::optional<std::string> password, private_key;  // exactly one on first configuration
  std::optional<std::string> host_key;               // entered by hand: no first-contact recording
  std::int64_t interval_s = kDefaultIntervalS;
  bool enabled = true;
};

struct DeviceFilter {
  std::optional<std::string> q, sort, vendor, last_result;
  std::optional<std::int64_t> customer;
  std::optional<bool> host_key_pending;
  std::int64_t limit = 50, offset = 0;
};

struct VersionFilter {
  std::optional<std::string> q, sort;
  std::optional<std::int64_t> device;
  std::int64_t limit = 50, offset = 0;
};

struct FetchFilter {
  std::optional<std::string> q, sort, result;
  std::optional<std::int64_t> device;
  std::int64_t limit = 50, offset = 0;
};

}  // namespace colo::configs
