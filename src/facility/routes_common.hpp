// Shared pieces of the facility routes: reading id arrays and the person's answer shape.
#pragma once

#include <boost/json.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

#include "facility/model.hpp"
#include "http/body.hpp"

namespace colo::facility {

// An array of positive ids; errors name the element ("racks/2").
inline std::vector<std::int64_t> read_ids(http::JsonObjectReader& b, std::string_view key) {
  std::vector<std::int64_t> out;
  const auto* a = b.array(key);
  if (!a) return out;
  if (a->size() > 200) b.error(key, "too_many", "At most 200.");
  for (std::size_t i = 0; i < a->size(); ++i) {
    const auto& v = (*a)[i];
    if (v.is_int64() && v.get_int64() > 0)
      out.push_back(v.get_int64());
    else
      b.error(std::string(key) + "/" + std::to_string(i), "type", "Expected an id.");
  }
  return out;
}

// Personal data only masked: the clear form is answered by the audited identity route alone.
template <typename W>
void write_person(W& w, const Person& p) {
  w.field("id", p.id);
  w.field("customer_id", p.customer_id);
  w.field("name", p.name);
  w.field("id_type", p.id_type, kIdTypes);
  w.field("id_number_masked", p.id_number_masked);
  w.field("phone_masked", p.phone_masked);
  w.field("company", p.company);
  w.integers("rooms", p.rooms);
  w.integers("racks", p.racks);
  w.field("valid_from", p.valid_from);
  w.field("valid_to", p.valid_to);
  w.field("status", p.status, kPersonStatuses);
  w.field("decided_by", p.decided_by);
  w.field("decided_at", p.decided_at);
  w.field("created_by", p.created_by);
  w.field("created_at", p.created_at);
}

inline constexpr auto person_shape = [](auto& w, const Person& p) { write_person(w, p); };

}  // namespace colo::facility
