// Customers: the tenants of Colo. Every customer-owned row elsewhere carries customer_id.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace colo::customers {

inline const std::vector<std::string> kStatuses = {"prospect", "active", "suspended", "closed"};

struct Contact {
  std::int64_t id = 0;
  std::int64_t customer_id = 0;
  std::string name;
  std::string role;
  std::string phone;  // decrypted
  std::string email;  // decrypted
};

struct Customer {
  std::int64_t id = 0;
  std::string name;
  std::optional<std::string> credit_code;
  std::string address;
  std::string status;
  std::string created_at;
  std::string updated_at;
  std::vector<Contact> contacts;  // filled for detail views
};

// A change: absent fields stay as they are.
struct CustomerInput {
  std::optional<std::string> name;
  std::optional<std::optional<std::string>> credit_code;  // set to null to clear
  std::optional<std::string> address;
  std::optional<std::string> status;
};

struct ContactInput {
  std::optional<std::string> name;
  std::optional<std::string> role;
  std::optional<std::string> phone;
  std::optional<std::string> email;
};

struct CustomerFilter {
  std::optional<std::string> q;
  std::optional<std::string> status;
  std::optional<std::string> sort;
  std::int64_t limit = 50;
  std::int64_t offset = 0;
};

}  // namespace colo::customers
