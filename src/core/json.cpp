#include "core/json.hpp"

#include <boost/json/serialize.hpp>

namespace colo {

std::string to_json(const json::value& v) { return json::serialize(v); }

}  // namespace colo
