#include "app/patrol_wiring.hpp"

#include "auth/service.hpp"
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
          facility::reading_param(t.reading),
          {"round", std::to_string(t.round_id)}};
}

}  // namespace

facility::PatrolPorts patrol_ports(dcim::Service& dcim, servicedesk::Service& desk, facility::Findings& findings,
                                   const Clock& clock) {
  facility::PatrolPorts ports;
  ports.open_ticket = [&dcim, &desk, &findings, &clock](
                          db::Tx& tx, const facility::PatrolTicket& t) -> Result<std::optional<std::string>> {
    const auto params = params_of(t);
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
    // No customer's: the operator's own order, tracked to closure, and operations told of it.
    COLO_TRY(auto order, findings.open(tx, facility::NewFinding{.round_id = t.round_id,
                                                                .template_name = t.template_name,
                                                                .checkpoint_key = t.checkpoint_key,
                                                                .checkpoint_name = t.checkpoint_name,
                                                                .checkpoint_kind = t.checkpoint_kind,
                                                                .ref_id = t.ref_id,
                                                                .item_key = t.item_key,
                                                                .item_label = t.item_label,
                                                                .reading = t.reading,
                                                                .severity = t.severity}));
    const std::string link = "/facility/findings/" + std::to_string(order);
    COLO_CHECK(notify::notify(tx, clock,
                              notify::keyed(notify::Audience::staff_role("operations"), "facility.patrol.finding",
                                            "notice.facility.patrol_finding", params, link)));
    return std::optional<std::string>{};
  };
  return ports;
}

facility::FindingPorts finding_ports(auth::Service& auth) {
  facility::FindingPorts ports;
  ports.staff_user = [&auth](const std::string& username) -> Result<bool> {
    COLO_TRY(auto id, auth.find_user_id(username));
    if (!id) return false;
    auto ctx = system_context("facility");
    auto p = std::make_shared<Principal>(*ctx.principal);
    p->permissions.insert("users.read");
    ctx.principal = p;
    auto u = auth.user(ctx, *id);
    if (!u.ok()) {
      if (u.error().kind == ErrorKind::not_found) return false;
      return std::move(u).error();
    }
    return u->active && !u->customer_id;
  };
  return ports;
}

}  // namespace colo::app
