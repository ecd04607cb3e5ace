// Wiring of confidentiality (R10): its ports over customers, facility's authorised people, the
// ledger, address plans, contracts, invoices and tickets, and its daily reminder job.
#pragma once

#include "app/app.hpp"

namespace colo::billing {
class Service;
}
namespace colo::contracts {
class Service;
}
namespace colo::customers {
class Service;
}
namespace colo::dcim {
class Service;
}
namespace colo::facility {
class Service;
}
namespace colo::ipam {
class Service;
}
namespace colo::servicedesk {
class Service;
}
namespace colo::confidentiality {
class Service;
}

namespace colo::app {

// The daily job's name (`colo jobs run confidentiality-reminders`).
inline constexpr const char* kConfidentialityRemindersJob = "confidentiality-reminders";

struct ConfidentialitySources {
  customers::Service& customers;
  facility::Service& facility;
  dcim::Service& dcim;
  ipam::Service& ipam;
  contracts::Service& contracts;
  billing::Service& billing;
  servicedesk::Service& desk;
};

confidentiality::Service& add_confidentiality(App& app, const ConfidentialitySources& sources);

}  // namespace colo::app
