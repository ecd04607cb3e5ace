// Pure rules of facility access: visit codes, masking personal data, and whether a visit may
// check in at a room now. No database, no HTTP.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace colo::facility {

// Visit codes use 32 symbols without 0/O/1/I, so a code read aloud or typed from paper is not
// misread; 10 symbols carry 50 random bits.
inline constexpr std::string_view kCodeAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
inline constexpr std::size_t kCodeLength = 10;

std::string new_visit_code();
// Upper-cases and drops spaces and dashes; nullopt when what remains is not a code's shape.
std::optional<std::string> normalise_code(std::string_view typed);

// "110101********1234": the last four characters kept, the rest starred (short values all starred).
std::string mask_tail(std::string_view value, std::size_t keep = 4);

// What the desk knows when a visit's code is presented at a room.
struct CheckInFacts {
  std::string visit_status;
  std::string person_status;
  std::string person_valid_from, person_valid_to;  // dates
  std::string today;                               // business date
  std::string now;                                 // instant text
  std::string starts_at, ends_at;                  // the window, instants
  std::int64_t room_id = 0;
  std::vector<std::int64_t> visit_rooms;
};

// The refusal reason (one of kRefusalReasons), or nullopt when the visit may enter. Instants and
// dates compare as text: both are fixed-width UTC forms.
std::optional<std::string> check_in_refusal(const CheckInFacts& f);

}  // namespace colo::facility
