// Module registration, in dependency order. Each module adds its services and routes.
#include "app/app.hpp"

namespace colo::app {

Status register_modules(App& app) { return {}; }

}  // namespace colo::app
