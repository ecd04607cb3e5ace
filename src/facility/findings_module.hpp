// The rectification orders' place on the home pages.
#pragma once

namespace colo::home {
class Registry;
}

namespace colo::facility {

class Findings;

// "facility.findings_open" (隐患整改): orders not closed, those past their deadline and the
// earliest deadline, on the operations page. `svc` must outlive the registry.
void add_findings_home_cards(home::Registry& registry, Findings& svc);

}  // namespace colo::facility
