#include "dcim/library.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "core/crypto.hpp"
#include "core/text.hpp"

namespace colo::dcim {

namespace {

Error invalid(const std::string& why) { return Error::invalid("dcim.import.invalid", why); }

std::optional<std::string> text_of(const YAML::Node& node, const char* key) {
  auto v = node[key];
  if (!v || v.IsNull()) return std::nullopt;
  if (!v.IsScalar()) throw YAML::Exception(v.Mark(), std::string(key) + " is not a scalar");
  return v.as<std::string>();
}

std::optional<std::int64_t> watts_of(const YAML::Node& node, const char* key) {
  auto v = node[key];
  if (!v || v.IsNull()) return std::nullopt;
  double w = v.as<double>();
  if (!(w >= 0) || w > 1e7) throw YAML::Exception(v.Mark(), std::string(key) + " is out of range");
  return static_cast<std::int64_t>(std::llround(w));
}

}  // namespace

std::string default_library_dir() {
  namespace fs = std::filesystem;
  std::string root;
  if (const char* env = std::getenv("COLO_DEVICETYPE_LIBRARY"); env && *env) {
    root = env;
  } else {
#ifdef COLO_DEVICETYPE_LIBRARY_DEFAULT
    root = COLO_DEVICETYPE_LIBRARY_DEFAULT;
#endif
  }
  std::error_code ec;
  if (root.empty() || !fs::is_directory(root, ec)) return "";
  if (fs::is_directory(fs::path(root) / "device-types", ec)) return (fs::path(root) / "device-types").string();
  return root;
}

std::string slugify(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c))
      out += static_cast<char>(std::tolower(c));
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::optional<std::int64_t> interface_speed_mbps(const std::string& type) {
  // NetBox names wired types "<rate>base-...": 100base-tx, 1000base-t, 2.5gbase-t, 10gbase-x-sfpp,
  // 400gbase-x-qsfpdd, 1.6tbase-...; the rate's unit is Mbit/s unless suffixed g or t.
  std::size_t i = 0;
  while (i < type.size() && (std::isdigit(static_cast<unsigned char>(type[i])) || type[i] == '.')) ++i;
  if (i == 0) return std::nullopt;
  double rate = 0;
  try {
    rate = std::stod(type.substr(0, i));
  } catch (...) {
    return std::nullopt;
  }
  double factor = 1;
  if (i < type.size() && type[i] == 'g')
    factor = 1000, ++i;
  else if (i < type.size() && type[i] == 't')
    factor = 1000000, ++i;
  if (type.compare(i, 4, "base") != 0) return std::nullopt;
  return static_cast<std::int64_t>(std::llround(rate * factor));
}

Result<DeviceType> parse_device_type(const std::string& text) {
  // yaml-cpp passes invalid bytes through into names; the text is checked before it is read.
  if (auto flaw = text::find_flaw(text))
    return invalid("line " + std::to_string(text::line_at(text, flaw->offset)) + ": the text contains " +
                   text::describe(*flaw));
  YAML::Node y;
  try {
    y = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    return invalid(std::string("not valid YAML: ") + e.what());
  }
  if (!y.IsMap()) return invalid("not a YAML mapping");
  try {
    DeviceType t;
    auto manufacturer = text_of(y, "manufacturer");
    auto model = text_of(y, "model");
    if (!manufacturer || !model) return invalid("manufacturer or model missing");
    t.manufacturer = *manufacturer;
    t.model = *model;
    if (t.manufacturer.empty() || t.model.empty()) return invalid("manufacturer or model empty");
    if (t.manufacturer.size() > 100 || t.model.size() > 200) return invalid("manufacturer or model too long");
    t.slug = text_of(y, "slug").value_or(slugify(t.manufacturer + "-" + t.model));
    t.part_number = text_of(y, "part_number").value_or("");
    double u = y["u_height"] && !y["u_height"].IsNull() ? y["u_height"].as<double>() : 1.0;
    if (!(u >= 0) || u > 100 || std::fmod(u * 2, 1.0) != 0) {
      std::ostringstream s;
      s << "u_height " << u << " is not a multiple of 0.5 U between 0 and 100";
      return invalid(s.str());
    }
    t.height_hu = static_cast<int>(std::lround(u * 2));
    t.full_depth = y["is_full_depth"] && !y["is_full_depth"].IsNull() ? y["is_full_depth"].as<bool>() : true;
    if (y["weight"] && !y["weight"].IsNull()) {
      double w = y["weight"].as<double>();
      auto unit = text_of(y, "weight_unit").value_or("kg");
      if (unit == "lb")
        w *= 0.45359237;
      else if (unit == "g")
        w /= 1000;
      else if (unit == "oz")
        w *= 0.028349523125;
      else if (unit != "kg")
        return invalid("unknown weight_unit " + unit);
      if (!(w >= 0) || w > 100000) return invalid("weight out of range");
      t.weight_kg = std::round(w * 100) / 100;
    }
    if (auto ports = y["power-ports"]; ports && ports.IsSequence()) {
      for (const auto& p : ports) {
        if (!p.IsMap()) continue;
        PowerPortTemplate pt{text_of(p, "name").value_or(""), text_of(p, "type").value_or(""),
                             watts_of(p, "maximum_draw"), watts_of(p, "allocated_draw")};
        if (pt.maximum_draw_w) t.max_power_w = std::max(t.max_power_w, *pt.maximum_draw_w);
        if (pt.allocated_draw_w) t.typical_power_w = std::max(t.typical_power_w, *pt.allocated_draw_w);
        t.power_port_templates.push_back(std::move(pt));
      }
      t.power_ports = static_cast<int>(t.power_port_templates.size());
      // A type that gives only the allocated draw is planned with it.
      if (t.max_power_w == 0) t.max_power_w = t.typical_power_w;
    }
    if (auto ifs = y["interfaces"]; ifs && ifs.IsSequence()) {
      for (const auto& i : ifs) {
        if (!i.IsMap()) continue;
        auto name = text_of(i, "name");
        if (!name || name->empty()) continue;
        InterfaceTemplate it;
        it.name = *name;
        it.type = text_of(i, "type").value_or("other");
        it.mgmt_only = i["mgmt_only"] && !i["mgmt_only"].IsNull() ? i["mgmt_only"].as<bool>() : false;
        it.speed_mbps = interface_speed_mbps(it.type);
        t.interfaces.push_back(std::move(it));
      }
      // Interface names are unique per device: a library file naming one twice keeps the first.
      std::vector<std::string> seen;
      std::vector<InterfaceTemplate> unique;
      for (auto& it : t.interfaces) {
        if (std::find(seen.begin(), seen.end(), it.name) != seen.end()) continue;
        seen.push_back(it.name);
        unique.push_back(std::move(it));
      }
      t.interfaces = std::move(unique);
    }
    return t;
  } catch (const YAML::Exception& e) {
    return invalid(std::string("unexpected value: ") + e.what());
  }
}

std::string device_type_hash(const DeviceType& t) {
  std::ostringstream s;
  s << t.manufacturer << '\n'
    << t.model << '\n'
    << t.slug << '\n'
    << t.part_number << '\n'
    << t.height_hu << '\n'
    << t.full_depth << '\n'
    << t.typical_power_w << '\n'
    << t.max_power_w << '\n'
    << t.power_ports << '\n'
    << (t.weight_kg ? std::to_string(*t.weight_kg) : "-") << '\n';
  for (const auto& i : t.interfaces) s << "if\t" << i.name << '\t' << i.type << '\t' << i.mgmt_only << '\n';
  for (const auto& p : t.power_port_templates)
    s << "pp\t" << p.name << '\t' << p.type << '\t' << p.maximum_draw_w.value_or(-1) << '\t'
      << p.allocated_draw_w.value_or(-1) << '\n';
  return crypto::blake2b_hex(s.str());
}

}  // namespace colo::dcim
