// Rack elevations: what occupies which units of a rack, and its drawing as SVG (front or rear).
// Pure: the service loads an Elevation; render_elevation_svg draws it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dcim/model.hpp"

namespace colo::dcim {

struct ElevationUnit {
  int bottom_hu = 0, height_hu = 0;
  std::string kind;  // device | reserved
  std::optional<std::int64_t> device_id, customer_id, reservation_id;
  std::string label;  // the device's name or the reservation's reason; "" when not the caller's to see
  std::string face;   // front | rear | both (full depth, reservations)
};

struct Elevation {
  Rack rack;
  std::vector<ElevationUnit> units;
};

// A colour per customer that stays the same on every rack and every drawing; grey for the
// operator's own equipment and for devices the caller may not know the owner of.
std::string customer_colour(std::optional<std::int64_t> customer_id);

// Text for XML content and attribute values: & < > " ' escaped, and every character XML 1.0
// does not allow (invalid UTF-8, U+FFFE, U+FFFF, C0 controls but tab and line breaks) replaced
// by U+FFFD, so a drawing is well-formed whatever the names hold.
std::string xml_escape(std::string_view s);

// The rack seen from `face` (front | rear): numbered units (U1 at the bottom, or at the top when
// the rack counts down), free units drawn empty, devices on that face or full-depth as boxes in
// their customer's colour with their name, reserved units hatched (an SVG pattern).
std::string render_elevation_svg(const Elevation& e, const std::string& face);

}  // namespace colo::dcim
