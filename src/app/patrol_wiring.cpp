#include "app/patrol_wiring.hpp"

#include "dcim/service.hpp"
#include "i18n/catalogue.hpp"
#include "notify/notify.hpp"
#include "servicedesk/service.hpp"

namespace colo::app {

namespace {

// Ticket titles are stored text, read by the customer and the operator alike: the operator's
// language, as monitoring's incidents are.
constexpr std::string_view kTicketLanguage = "zh-CN";

MessageParams params_of(const facility::PatrolTicket& t) {
  return {{"route", t.template_name},
          {"checkpoint", t.checkpoint_name},
          {"item", t.item_label},
          {"reading", t.reading},
          {"round", std::to_string(t.round_id)}};
}

}  // namespace

facility::PatrolPorts patrol_ports(dcim::Service& dcim, servicedesk::Service& desk, const Clock& clock) {
  facility::PatrolPorts ports;
  ports.open_ticket = [&dcim, &desk, &clock](db::Tx& tx,
                                             const facility::PatrolTicket& t) -> Result<std::optional<std::string>> {
    const auto params = params_of(t);
    const std::string link = "/facility/patrol/rounds/" + std::to_string(t.round_id);
    if (t.checkpoint_kind == "rack" && t.ref_id) {
      auto rack = dcim.rack(system_context("facility"), *t.ref_id);
      if (!rack.ok() && rack.error().kind != ErrorKind::not_found) return std::move(rack).error();
      if (rack.ok() && rack->customer_id) {
        // The reference makes the ticket once per round, checkpoint and item on the desk's side too.
        const std::string ref = "patrol-" + std::to_string(t.round_id) + "-" + t.checkpoint_key + "-" + t.item_key;
        const std::string title =
            i18n::render_or(kTicketLanguage, "facility.patrol.ticket_title", params, "facility.patrol.ticket_title");
        COLO_TRY(auto ticket, desk.open_from_alert(tx, *rack->customer_id, ref, title,
                                                   {{"rack", *t.ref_id, rack->name}}, t.severity, t.severity));
        return std::optional<std::string>(ticket.number);
      }
    }
    COLO_CHECK(notify::notify(tx, clock,
                              notify::keyed(notify::Audience::staff_role("operations"), "facility.patrol.finding",
                                            "notice.facility.patrol_finding", params, link)));
    return std::optional<std::string>{};
  };
  return ports;
}

}  // namespace colo::app
