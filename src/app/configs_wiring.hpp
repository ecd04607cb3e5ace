// Wiring of device configuration backups: the ledger's devices through dcim, approved changes
// through change control, the data key's subkey for credentials and bodies, and the scheduled run
// ("config-backup", every minute under its lease).
#pragma once

#include "core/crypto.hpp"

namespace colo::dcim {
class Service;
}
namespace colo::facility {
class ChangesService;
}
namespace colo::configs {
class Service;
}

namespace colo::app {

class App;

configs::Service& add_configs(App& app, dcim::Service& dcim, facility::ChangesService& changes, const crypto::Key& key);

}  // namespace colo::app
