// The NetBox community device-type library (github.com/netbox-community/devicetype-library):
// one YAML document per device type. Pure parsing into a DeviceType; the service stores them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/result.hpp"
#include "dcim/model.hpp"

namespace colo::dcim {

// One YAML document -> a DeviceType (id 0), or 400 dcim.import.invalid with the reason it cannot
// be used (among them text that is not valid UTF-8 or holds a noncharacter, with its line). Heights are multiples of
// 0.5 U from 0 to 100; weights in kg, g, lb or oz become kg; the device's maximum and typical draw are the largest
// maximum_draw and allocated_draw of its power ports (a redundant device must be able to run from one supply).
Result<DeviceType> parse_device_type(const std::string& yaml_text);

// A digest of everything parse_device_type reads, to tell an unchanged type from a changed one.
std::string device_type_hash(const DeviceType& t);

// Where the library's YAML files are: $COLO_DEVICETYPE_LIBRARY, else the copy next to the source
// tree (../shared/data/devicetype-library, fixed at build time); its device-types/ folder when it
// has one. "" when neither exists.
std::string default_library_dir();

// "Dell PowerEdge R650" -> "dell-poweredge-r650".
std::string slugify(const std::string& s);

// The speed of a NetBox interface type ("10gbase-x-sfpp" -> 10000 Mbit/s), when it has one.
std::optional<std::int64_t> interface_speed_mbps(const std::string& type);

}  // namespace colo::dcim
