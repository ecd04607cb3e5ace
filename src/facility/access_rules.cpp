#include "facility/access_rules.hpp"

#include <sodium.h>

#include <algorithm>
#include <cctype>

namespace colo::facility {

std::string new_visit_code() {
  std::string code(kCodeLength, ' ');
  for (auto& ch : code) ch = kCodeAlphabet[randombytes_uniform(static_cast<std::uint32_t>(kCodeAlphabet.size()))];
  return code;
}

std::optional<std::string> normalise_code(std::string_view typed) {
  std::string out;
  for (char ch : typed) {
    if (ch == ' ' || ch == '-') continue;
    out += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  }
  if (out.size() != kCodeLength) return std::nullopt;
  for (char ch : out)
    if (kCodeAlphabet.find(ch) == std::string_view::npos) return std::nullopt;
  return out;
}

std::string mask_tail(std::string_view value, std::size_t keep) {
  // Values are ASCII in practice (ID numbers, phones); a short one would be given away by its tail.
  if (value.size() <= keep * 2) return std::string(value.size(), '*');
  return std::string(value.size() - keep, '*') + std::string(value.substr(value.size() - keep));
}

std::optional<std::string> check_in_refusal(const CheckInFacts& f) {
  if (f.visit_status != "approved") return "not_approved";
  if (f.person_status != "approved" || f.today < f.person_valid_from || f.today > f.person_valid_to)
    return "person_not_authorised";
  if (f.now < f.starts_at || f.now > f.ends_at) return "outside_window";
  if (std::find(f.visit_rooms.begin(), f.visit_rooms.end(), f.room_id) == f.visit_rooms.end())
    return "room_not_granted";
  return std::nullopt;
}

}  // namespace colo::facility
