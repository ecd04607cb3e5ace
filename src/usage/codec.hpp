// The compact blocks usage keeps: one per meter per UTC day. A bandwidth day is 288 five-minute
// slots: a presence bitmap for holes, a bitmap of clamped slots when there are any, then the
// present slots' in and out rates as zig-zag varints of the difference from the slot before
// (steady traffic packs to one or two bytes a value). A power day is its register readings as
// varint seconds-of-day differences and zig-zag Wh differences. Pure functions, no I/O.
//
// Layout, bandwidth:  0x01 | flags (bit 0: clamped bitmap follows) | presence[36] | [clamped[36]]
//                     | in deltas... | out deltas...
//         power:      0x02 | count (varint) | (second delta (varint), Wh delta (zig-zag varint))...
#pragma once

#include <array>
#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "usage/model.hpp"

namespace colo::usage {

struct RateDay {
  std::bitset<kSlotsPerDay> present, clamped;
  std::array<std::int64_t, kSlotsPerDay> in{}, out{};
  std::int64_t count() const { return static_cast<std::int64_t>(present.count()); }
};

struct DayReading {
  std::int32_t second = 0;  // of the UTC day
  std::int64_t wh = 0;
  bool operator==(const DayReading&) const = default;
};

std::string encode_rates(const RateDay& day);
// 500 usage.block.corrupt for bytes that are not a bandwidth block.
Result<RateDay> decode_rates(std::string_view bytes);

// `readings` in ascending second order, each second once.
std::string encode_readings(const std::vector<DayReading>& readings);
Result<std::vector<DayReading>> decode_readings(std::string_view bytes);

// Merges one sample into a day, counting it in `report`: a new slot is inserted, the same value
// again is unchanged, a different value replaces the old one.
void merge_rate(RateDay& day, int slot, std::int64_t in_bps, std::int64_t out_bps, bool clamped, WriteReport& report);
// The same for a reading, keeping `readings` in second order.
void merge_reading(std::vector<DayReading>& readings, DayReading r, WriteReport& report);

}  // namespace colo::usage
