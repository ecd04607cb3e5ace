// Tenancy (R6.2.2, R10): a customer user of customer B walks EVERY route of the API, with the
// ids of customer A's objects in every path parameter, and must neither see nor change A's data.
//
// The route list comes from /api/v1/openapi.json, so new routes are walked automatically. A new
// path parameter name, or {id} under a new collection, needs an entry in `object_for` below: the
// test fails on any it cannot fill, so no route escapes the walk.
//
// Each operation is called with an empty body and with a body built from its documented schema
// (fields named customer/customer_id carry A's id). With A's ids in the path, the answer must be
// the same as with ids that exist nowhere (404, or a 403/400 that B gets for any id), no body may
// contain A's distinguishing strings, and afterwards A's objects and A's audit trail are unchanged.
// List routes documenting a `customer` query parameter are also asked for A's rows.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>

#include "billing/store.hpp"
#include "db/database.hpp"
#include "hosting_support.hpp"
#include "support/server_process.hpp"
#include "support/sshd_rig.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;

class Tenancy : public ApiTest {
 protected:
  struct ObjectsOfA {
    std::string customer, contact, user, token;
    std::string rack, device, reservation, site, room, device_type;
    std::string vlan, prefix, address, interface, cable;
    std::string power_feed, application, contract, amendment, settlement_item, notification, termination_request;
    std::string ticket, attachment, maintenance;
    std::string sla_credit, claim, improvement_action;  // the action is the operator's: staff only
    std::string saved_view;
    std::string alert;                            // a room temperature alert on a series labelled with A
    std::string monitoring_window;                // monitoring maintenance on A's room (A's sensor is there)
    std::string catalogue_item;                   // the price list is everyone's: read by all, written by staff only
    std::string usage_meter, usage_window;        // a series' from and to around its sample
    std::string outbox_entry, webhook;            // no customer's: administrators' only
    std::string check;                            // a TCP check of A's polled device (a.device)
    std::string person, visit, visit_code, slip;  // A's authorised person, approved visit and slip
    std::string payment, deposit;
    std::string invoice, billing_run;
    std::string suspension;
    std::string asset, maintenance_plan, work_order, photo;  // infrastructure maintenance: staff only
    std::string change;                     // a change request touching A's rack: the operator's, staff only
    std::string plan, drill, drill_action;  // emergency plans and drills: the operator's, staff only
    std::string patrol_template, patrol_schedule, patrol_round;  // patrol inspections: staff only
    std::string finding_order;                            // a rectification order of a patrol finding: staff only
    std::string dispute, dispute_deadline, dispute_link;  // A's dispute on its invoice, with a deadline
    std::string breach;                                   // A's over-use breach
    std::string config_device, config_version;            // A's switch backed up from a real sshd, and its version
    std::string disclosure;                               // a disclosure of A's contacts, made
    std::string backup_plan, backup_run, backup_restore;  // A's backup plan, its run, A's restore request
    std::string firewall_request;                         // A's request to open a port, approved
    // A's consent to scanning, declared port, scan schedule, imported scan with its finding, and
    // an assessment of A with one item.
    std::string vulns_consent, vulns_port, vulns_schedule, vulns_scan, vulns_finding, vulns_assessment, vulns_item;
  };

  ObjectsOfA objects_of_a() {
    ObjectsOfA a;
    auto admin = as("admin");
    auto acme = as("acme.admin");
    auto me = acme.get("/api/v1/auth/me").json().at("user").as_object();
    a.customer = std::to_string(me.at("customer_id").as_int64());
    a.user = std::to_string(me.at("id").as_int64());
    auto contacts = acme.get("/api/v1/customers/" + a.customer + "/contacts").json().as_array();
    if (contacts.empty()) {
      auto c = acme.send_json("POST", "/api/v1/customers/" + a.customer + "/contacts",
                              json::object{{"name", "A-contact"}, {"email", "a@acme.example"}});
      a.contact = std::to_string(c.json().at("id").as_int64());
    } else {
      a.contact = std::to_string(contacts[0].at("id").as_int64());
    }
    auto t = acme.send_json("POST", "/api/v1/auth/tokens", json::object{{"name", "acme-script"}});
    a.token = std::to_string(t.json().at("id").as_int64());
    auto view =
        acme.send_json("POST", "/api/v1/me/saved-views",
                       json::object{{"page", "dcim.devices"}, {"name", "acme-view"}, {"query", json::object{}}});
    a.saved_view = std::to_string(view.json().at("id").as_int64());
    a.catalogue_item =
        std::to_string(admin.get("/api/v1/billing/catalogue?limit=1").json().at("results").at(0).at("id").as_int64());
    // A's dedicated rack, a device in it and a reservation of A there.
    auto racks = admin.get("/api/v1/dcim/racks?customer=" + a.customer + "&limit=1").json();
    auto rack = racks.at("results").as_array().at(0).as_object();
    a.rack = std::to_string(rack.at("id").as_int64());
    a.site = std::to_string(rack.at("site").at("id").as_int64());
    a.room = std::to_string(rack.at("room").at("id").as_int64());
    auto dev = admin.get("/api/v1/dcim/devices?rack=" + a.rack + "&limit=1").json().at("results").as_array().at(0);
    a.device = std::to_string(dev.at("id").as_int64());
    a.device_type = std::to_string(dev.at("device_type").at("id").as_int64());
    auto res = admin.send_json("POST", "/api/v1/dcim/reservations",
                               json::object{{"rack_id", rack.at("id")},
                                            {"customer_id", std::stoll(a.customer)},
                                            {"position", 41},
                                            {"units", 1},
                                            {"expires_at", "2099-01-01T00:00:00Z"},
                                            {"reason", "acme-expansion"}});
    EXPECT_EQ(res.status, 201) << res.body;
    a.reservation = res.status == 201 ? std::to_string(res.json().at("id").as_int64()) : "999999";
    // A's network: a VLAN, a prefix, an address and a cable between two of A's devices.
    auto id_of = [](const HttpResponse& r) {
      EXPECT_EQ(r.status, 201) << r.body;
      return r.status == 201 ? std::to_string(r.json().at("id").as_int64()) : std::string("999999");
    };
    static int n = 0;
    ++n;
    a.vlan = id_of(
        admin.send_json("POST", "/api/v1/ipam/vlans",
                        json::object{{"vid", 3000 + n}, {"name", "acme-vlan"}, {"customer", std::stoll(a.customer)}}));
    a.prefix = id_of(admin.send_json("POST", "/api/v1/ipam/prefixes",
                                     json::object{{"prefix", "192.0.2." + std::to_string(n * 16) + "/28"},
                                                  {"customer", std::stoll(a.customer)},
                                                  {"description", "acme-net"}}));
    a.address = id_of(admin.send_json("POST", "/api/v1/ipam/ip-addresses",
                                      json::object{{"address", "192.0.2." + std::to_string(n * 16 + 1) + "/28"},
                                                   {"customer", std::stoll(a.customer)},
                                                   {"description", "acme-net"}}));
    // A's firewall request for one of its devices towards an address of its prefix, approved.
    {
      auto owned = admin.get("/api/v1/dcim/devices?customer=" + a.customer + "&limit=1").json();
      auto device = owned.at("results").as_array().at(0).at("id").as_int64();
      auto r = acme.send_json(
          "POST", "/api/v1/firewall/requests",
          json::object{{"action", "open"},
                       {"device_id", device},
                       {"reason", "acme-firewall"},
                       {"lines", json::array{json::object{{"direction", "inbound"},
                                                          {"protocol", "tcp"},
                                                          {"source", "any"},
                                                          {"destination", "192.0.2." + std::to_string(n * 16 + 2)},
                                                          {"ports", "443"}}}}});
      EXPECT_EQ(r.status, 201) << r.body;
      a.firewall_request = id_of(r);
      EXPECT_EQ(admin
                    .send_json("POST", "/api/v1/firewall/requests/" + a.firewall_request + "/review",
                               json::object{{"decision", "approve"}, {"risk_level", "low"}, {"note", "acme-reviewed"}})
                    .status,
                200);
    }
    // The last two ports of A's devices: the demo cables the first ones, and a port takes one cable.
    auto listed = admin.get("/api/v1/dcim/interfaces?customer=" + a.customer + "&limit=1").json();
    auto total = listed.at("count").as_int64();
    auto all_ifs = admin
                       .get("/api/v1/dcim/interfaces?customer=" + a.customer +
                            "&limit=2&offset=" + std::to_string(std::max<std::int64_t>(0, total - 2)))
                       .json()
                       .at("results")
                       .as_array();
    json::array ifs;
    for (std::size_t i = all_ifs.size() >= 2 ? all_ifs.size() - 2 : 0; i < all_ifs.size(); ++i)
      ifs.push_back(all_ifs[i]);
    EXPECT_EQ(ifs.size(), 2u);
    a.interface = ifs.empty() ? "999999" : std::to_string(ifs[0].at("id").as_int64());
    a.cable = ifs.size() < 2 ? "999999"
                             : id_of(admin.send_json("POST", "/api/v1/dcim/cables",
                                                     json::object{{"a_interface", ifs[0].at("id")},
                                                                  {"b_interface", ifs[1].at("id")},
                                                                  {"type", "cat6"},
                                                                  {"label", "acme-cable"}}));
    // A power feed of A's rack.
    auto feeds = admin.get("/api/v1/dcim/power-feeds?rack=" + a.rack + "&limit=1").json();
    a.power_feed = feeds.at("count").as_int64() > 0
                       ? std::to_string(feeds.at("results").as_array().at(0).at("id").as_int64())
                       : id_of(admin.send_json("POST", "/api/v1/dcim/power-feeds",
                                               json::object{{"rack_id", std::stoll(a.rack)},
                                                            {"name", "acme-feed"},
                                                            {"side", "A"},
                                                            {"voltage", 230},
                                                            {"amperage", 16}}));
    // A's hosting: an application in review, and a contract from another one that was approved,
    // signed, activated, amended and terminated (so it has an amendment and a settlement list).
    namespace h = hosting;
    auto room = h::make_room(admin, 2);
    a.application = h::submitted(server(), room.room);
    auto business = as("business");
    auto contract = business.send_json("POST", "/api/v1/contracts",
                                       json::object{{"application_id", std::stoll(h::approved(server(), room.room))},
                                                    {"line_items", h::line_items()}});
    a.contract = id_of(contract);
    const std::string pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n";
    EXPECT_EQ(business
                  .request("POST", "/api/v1/contracts/" + a.contract + "/sign?customer_signatory=acme-signatory", pdf,
                           {{"Content-Type", "application/pdf"}})
                  .status,
              200);
    EXPECT_EQ(business.request("POST", "/api/v1/contracts/" + a.contract + "/activate").status, 200);
    // A's invoice, from a billing run for today.
    auto finance = as("finance");
    auto run = finance.send_json("POST", "/api/v1/billing/runs", json::object{{"date", h::day()}});
    EXPECT_EQ(run.status, 201) << run.body;
    a.billing_run = id_of(run);
    auto invoices = finance.get("/api/v1/billing/invoices?contract=" + a.contract).json();
    a.invoice = std::to_string(invoices.at("results").as_array().at(0).at("id").as_int64());
    a.amendment = id_of(business.send_json("POST", "/api/v1/contracts/" + a.contract + "/amendments",
                                           json::object{{"effective_date", h::day(5)},
                                                        {"summary", "acme-amendment"},
                                                        {"changes", json::object{{"notice_days", 45}}}}));
    // A's ticket for its device, with an internal note and an attachment.
    auto ticket = acme.send_json(
        "POST", "/api/v1/servicedesk/tickets",
        json::object{{"type", "incident"},
                     {"title", "acme-ticket"},
                     {"objects", json::array{json::object{{"kind", "device"}, {"id", std::stoll(a.device)}}}}});
    EXPECT_EQ(ticket.status, 201) << ticket.body;
    a.ticket = ticket.status == 201 ? std::to_string(ticket.json().at("ticket").at("id").as_int64()) : "999999";
    EXPECT_EQ(as("operations")
                  .send_json("POST", "/api/v1/servicedesk/tickets/" + a.ticket + "/comments",
                             json::object{{"body", "acme-note"}, {"internal", true}})
                  .status,
              200);
    auto attached = acme.request("POST", "/api/v1/servicedesk/tickets/" + a.ticket + "/attachments?file_name=a.pdf",
                                 pdf, {{"Content-Type", "application/pdf"}});
    EXPECT_EQ(attached.status, 200) << attached.body;
    a.attachment = attached.status == 200
                       ? std::to_string(attached.json().at("attachments").as_array().at(0).at("id").as_int64())
                       : "999999";
    const auto start = std::chrono::floor<std::chrono::minutes>(SystemClock().now()) + std::chrono::hours(80);
    auto maintenance =
        as("operations")
            .send_json(
                "POST", "/api/v1/servicedesk/maintenance",
                json::object{{"title", "acme-maintenance"},
                             {"starts_at", format_instant(start)},
                             {"ends_at", format_instant(start + std::chrono::hours(1))},
                             {"objects", json::array{json::object{{"kind", "device"}, {"id", std::stoll(a.device)}}}}});
    EXPECT_EQ(maintenance.status, 201) << maintenance.body;
    a.maintenance = maintenance.status == 201 ? id_of(maintenance) : "999999";
    // A's SLA credit of this month (computed, not measured), its compensation claim, and an
    // improvement action answering its ticket.
    const std::string month = hosting::day(0).substr(0, 7);
    EXPECT_EQ(finance.send_json("POST", "/api/v1/servicedesk/levels/month-end", json::object{{"month", month}}).status,
              200);
    auto credits = finance.get("/api/v1/servicedesk/levels/credits?month=" + month + "&customer=" + a.customer).json();
    a.sla_credit = credits.at("results").as_array().empty()
                       ? "999999"
                       : std::to_string(credits.at("results").as_array().at(0).at("id").as_int64());
    EXPECT_NE(a.sla_credit, "999999");
    a.claim = id_of(acme.send_json(
        "POST", "/api/v1/servicedesk/levels/claims",
        json::object{
            {"contract_id", std::stoll(a.contract)}, {"description", "acme-lost-data"}, {"claimed_fen", 100000}}));
    a.improvement_action = id_of(as("operations")
                                     .send_json("POST", "/api/v1/servicedesk/levels/actions",
                                                json::object{{"title", "acme-action"},
                                                             {"owner_name", "ops"},
                                                             {"due_date", hosting::day(30)},
                                                             {"ticket_ids", json::array{std::stoll(a.ticket)}}}));
    // A's suspension for abuse, proposed while the contract is active, and an overdue invoice of A
    // written as a billing run writes it.
    a.suspension = std::to_string(
        as("operations")
            .send_json("POST", "/api/v1/billing/suspensions",
                       json::object{
                           {"contract_id", std::stoll(a.contract)}, {"reason", "abuse"}, {"evidence", "acme-evidence"}})
            .json()
            .at("suspension")
            .at("id")
            .as_int64());
    a.invoice = invoice_of_a(std::stoll(a.customer), std::stoll(a.contract));
    // A's dispute on that invoice, with a deadline and the invoice linked.
    {
      auto d = business.send_json("POST", "/api/v1/disputes",
                                  json::object{{"source_type", "invoice"},
                                               {"source_id", std::stoll(a.invoice)},
                                               {"claim", "acme-dispute"},
                                               {"amount_fen", 100},
                                               {"respond_by", h::day(10)}});
      EXPECT_EQ(d.status, 201) << d.body;
      if (d.status == 201) {
        a.dispute = std::to_string(d.json().at("dispute").at("id").as_int64());
        a.dispute_deadline = std::to_string(d.json().at("deadlines").at(0).at("id").as_int64());
        a.dispute_link = std::to_string(d.json().at("links").at(0).at("id").as_int64());
      } else {
        a.dispute = a.dispute_deadline = a.dispute_link = "999999";
      }
    }
    {
      auto r = as("operations")
                   .send_json("POST", "/api/v1/breaches",
                              json::object{{"contract_id", std::stoll(a.contract)},
                                           {"party", "customer"},
                                           {"kind", "over_use"},
                                           {"clause", "acme-clause"},
                                           {"description", "acme-overuse"},
                                           {"occurred_on", h::day(0)}});
      EXPECT_EQ(r.status, 201) << r.body;
      a.breach = r.status == 201 ? std::to_string(r.json().at("breach").at("id").as_int64()) : "999999";
    }
    // A disclosure of A's contacts on a legal basis, approved and made.
    {
      auto r = business.send_json("POST", "/api/v1/confidentiality/disclosures",
                                  json::object{{"customer_id", std::stoll(a.customer)},
                                               {"recipient", "acme-recipient"},
                                               {"recipient_kind", "authority"},
                                               {"categories", json::array{"contacts"}},
                                               {"purpose", "acme-purpose"},
                                               {"basis", "legal"},
                                               {"law", "网络安全法"},
                                               {"article", "第二十八条"},
                                               {"document_number", "acme-document"}});
      EXPECT_EQ(r.status, 201) << r.body;
      a.disclosure = r.status == 201 ? std::to_string(r.json().at("disclosure").at("id").as_int64()) : "999999";
      const std::string path = "/api/v1/confidentiality/disclosures/" + a.disclosure;
      EXPECT_EQ(as("management").send_json("POST", path + "/approve", json::object{}).status, 200);
      EXPECT_EQ(
          business.send_json("POST", path + "/disclose", json::object{{"disclosed_what", "acme-disclosed"}}).status,
          200);
    }
    // A's request to end the contract early, declined.
    a.termination_request =
        id_of(acme.send_json("POST", "/api/v1/contracts/" + a.contract + "/termination-requests",
                             json::object{{"reason", "acme-leaving"}, {"desired_date", h::day(0)}}));
    EXPECT_EQ(business
                  .send_json("POST",
                             "/api/v1/contracts/" + a.contract + "/termination-requests/" + a.termination_request +
                                 "/decision",
                             json::object{{"action", "decline"}, {"comment", "acme-declined"}})
                  .status,
              200);
    auto ended =
        business.send_json("POST", "/api/v1/contracts/" + a.contract + "/terminate",
                           json::object{{"initiated_by", "operator"}, {"reason", "acme-breach"}, {"date", h::day(0)}});
    EXPECT_EQ(ended.status, 200) << ended.body;
    a.settlement_item = ended.status == 200
                            ? std::to_string(ended.json().at("settlement").as_array().at(0).at("id").as_int64())
                            : "999999";
    // A's switch port on that contract, with one five-minute sample.
    auto port = admin.send_json("POST", "/api/v1/usage/meters",
                                json::object{{"customer_id", std::stoll(a.customer)},
                                             {"contract_id", std::stoll(a.contract)},
                                             {"kind", "bandwidth"},
                                             {"name", h::unique("acme-usage-port")}});
    EXPECT_EQ(port.status, 201) << port.body;
    a.usage_meter = port.status == 201 ? id_of(port) : "999999";
    const auto slot = std::chrono::floor<std::chrono::minutes>(SystemClock().now() - std::chrono::hours(1));
    const auto aligned = slot - std::chrono::minutes(slot.time_since_epoch().count() % 5);
    a.usage_window = "from=" + format_instant(aligned - std::chrono::hours(1)) +
                     "&to=" + format_instant(aligned + std::chrono::hours(1));
    EXPECT_EQ(
        admin
            .send_json("POST", "/api/v1/usage/meters/" + a.usage_meter + "/samples",
                       json::object{{"samples", json::array{json::object{
                                                    {"t", format_instant(aligned)}, {"in_bps", 1}, {"out_bps", 2}}}}})
            .status,
        200);
    // A's device polled, with acme-distinguishing credentials and a check.
    EXPECT_EQ(admin.send_json("PATCH", "/api/v1/dcim/devices/" + a.device, json::object{{"mgmt_address", "10.99.0.1"}})
                  .status,
              200);
    auto polled =
        admin.send_json("PUT", "/api/v1/monitoring/devices/" + a.device,
                        json::object{{"snmp_version", "v2c"}, {"snmp", json::object{{"community", "acme-snmp"}}}});
    EXPECT_EQ(polled.status, 200) << polled.body;
    a.check = id_of(admin.send_json("POST", "/api/v1/monitoring/devices/" + a.device + "/checks",
                                    json::object{{"kind", "tcp"}, {"port", 22}}));
    // A payment and a deposit of A's, recorded by finance.
    a.payment = id_of(finance.send_json("POST", "/api/v1/billing/payments",
                                        json::object{{"customer_id", std::stoll(a.customer)},
                                                     {"amount_fen", 100},
                                                     {"received_on", h::day(0)},
                                                     {"method", "cash"},
                                                     {"payer_name", "acme-payer"}}));
    a.deposit = id_of(finance.send_json(
        "POST", "/api/v1/billing/deposits",
        json::object{{"contract_id", std::stoll(a.contract)}, {"amount_fen", 100}, {"received_on", h::day(0)}}));
    // An alert on A's sensor: ten minutes too hot, then one run of the rules job.
    {
      const std::int64_t t0 =
          (std::chrono::duration_cast<std::chrono::milliseconds>(SystemClock().now().time_since_epoch()).count() /
               60'000 -
           12) *
          60'000;
      json::array rows;
      for (int i = 0; i < 10; ++i)
        rows.push_back(json::object{
            {"metric", "sensor_temperature_celsius"},
            {"labels", json::object{{"room_id", a.room}, {"sensor", "acme-sensor"}, {"customer_id", a.customer}}},
            {"t", t0 + i * 60'000},
            {"value", 35}});
      EXPECT_EQ(admin.send_json("POST", "/api/v1/monitoring/samples", json::object{{"samples", rows}}).status, 200);
      auto [rc, out] = server().run_cli({"jobs", "run", "monitoring-rules"});
      EXPECT_EQ(rc, 0) << out;
      auto alerts = admin.get("/api/v1/monitoring/alerts?q=acme-sensor").json();
      EXPECT_GT(alerts.at("count").as_int64(), 0);
      a.alert = alerts.at("count").as_int64() > 0
                    ? std::to_string(alerts.at("results").as_array().at(0).at("id").as_int64())
                    : "999999";
      // A monitoring maintenance window on the room of A's sensor: A is told of it, no one else sees it.
      const auto soon = std::chrono::floor<std::chrono::minutes>(SystemClock().now()) + std::chrono::hours(80);
      auto window = admin.send_json("POST", "/api/v1/monitoring/maintenance",
                                    json::object{{"scope", "room"},
                                                 {"scope_id", std::stoll(a.room)},
                                                 {"starts_at", format_instant(soon)},
                                                 {"ends_at", format_instant(soon + std::chrono::hours(1))},
                                                 {"title", "acme-window"}});
      EXPECT_EQ(window.status, 201) << window.body;
      a.monitoring_window = window.status == 201 ? id_of(window) : "999999";
    }
    // A's authorised person (with an ID number that would give it away), an approved visit with
    // its code, and an equipment slip of A's device.
    auto today = format_date(
        utc_date(std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now())));
    a.person = id_of(acme.send_json("POST", "/api/v1/facility/people",
                                    json::object{{"name", "acme-visitor"},
                                                 {"id_type", "passport"},
                                                 {"id_number", "ACME-ID-991"},
                                                 {"phone", "13800000991"},
                                                 {"racks", json::array{std::stoll(a.rack)}},
                                                 {"valid_from", today},
                                                 {"valid_to", format_date(add_days(*parse_date(today), 30))}}));
    EXPECT_EQ(
        admin.send_json("POST", "/api/v1/facility/people/" + a.person + "/decision", json::object{{"approve", true}})
            .status,
        200);
    a.visit = id_of(acme.send_json(
        "POST", "/api/v1/facility/visits",
        json::object{
            {"person_id", std::stoll(a.person)},
            {"starts_at",
             format_instant(std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now()) +
                            std::chrono::hours(24 * 20))},
            {"ends_at",
             format_instant(std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now()) +
                            std::chrono::hours(24 * 20 + 2))},
            {"racks", json::array{std::stoll(a.rack)}},
            {"purpose", "acme-purpose"}}));
    auto approved =
        admin.send_json("POST", "/api/v1/facility/visits/" + a.visit + "/decision", json::object{{"approve", true}});
    EXPECT_EQ(approved.status, 200) << approved.body;
    a.visit_code = approved.status == 200 ? std::string(approved.json().at("code").as_string()) : "2222222222";
    a.slip =
        id_of(acme.send_json("POST", "/api/v1/facility/slips",
                             json::object{{"direction", "out"},
                                          {"planned_on", format_date(add_days(*parse_date(today), 2))},
                                          {"note", "acme-slip"},
                                          {"items", json::array{json::object{{"device_id", std::stoll(a.device)}}}}}));
    auto change =
        admin.send_json("POST", "/api/v1/facility/changes",
                        json::object{{"title", "acme-change"},
                                     {"reason", "tenancy"},
                                     {"risk", "low"},
                                     {"rollback_plan", "none"},
                                     {"window_start", format_date(add_days(*parse_date(today), 10)) + "T01:00:00Z"},
                                     {"window_end", format_date(add_days(*parse_date(today), 10)) + "T03:00:00Z"},
                                     {"racks", json::array{std::stoll(a.rack)}}});
    EXPECT_EQ(change.status, 201) << change.body;
    a.change = change.status == 201 ? std::to_string(change.json().at("change").at("id").as_int64()) : "999999";
    auto plan =
        admin.send_json("POST", "/api/v1/facility/plans",
                        json::object{{"scenario", "fire"}, {"title", "acme-plan"}, {"owner", "x"}, {"body", "x"}});
    EXPECT_EQ(plan.status, 201) << plan.body;
    a.plan = plan.status == 201 ? id_of(plan) : "999999";
    auto drill = admin.send_json(
        "POST", "/api/v1/facility/drills",
        json::object{{"plan_id", std::stoll(a.plan)}, {"title", "acme-drill"}, {"scheduled_on", today}});
    a.drill = drill.status == 201 ? id_of(drill) : "999999";
    admin.send_json(
        "POST", "/api/v1/facility/drills/" + a.drill + "/record",
        json::object{{"held_on", format_date(add_days(*parse_date(today), -1))}, {"participants", json::array{"x"}}});
    auto held = admin.send_json("POST", "/api/v1/facility/drills/" + a.drill + "/actions",
                                json::object{{"text", "x"}, {"owner", "x"}, {"due_on", today}});
    EXPECT_EQ(held.status, 200) << held.body;
    a.drill_action =
        held.status == 200 ? std::to_string(held.json().at("actions").at(0).at("id").as_int64()) : "999999";
    auto notes = acme.get("/api/v1/notifications?limit=1").json();
    EXPECT_GT(notes.at("count").as_int64(), 0);
    a.notification = notes.at("count").as_int64() > 0
                         ? std::to_string(notes.at("results").as_array().at(0).at("id").as_int64())
                         : "999999";
    // Outbox entries and webhook subscriptions belong to no customer; any that exist will do.
    // A's notification queued its e-mail as an outbox entry; entry 1 is the demo's first.
    a.outbox_entry = "1";
    auto hook = admin.send_json("POST", "/api/v1/webhooks",
                                json::object{{"name", "tenancy-hook"},
                                             {"url", "https://127.0.0.1:9/colo"},
                                             {"topics", json::array{"contract.*"}},
                                             {"active", false}});
    EXPECT_EQ(hook.status, 201) << hook.body;
    a.webhook = hook.status == 201 ? std::to_string(hook.json().at("id").as_int64()) : "999999";
    // Infrastructure maintenance belongs to no customer: an asset, its plan due today, the work
    // order the daily job generates from it and a photo of it, all the operator's.
    auto ops = as("operations");
    a.asset = id_of(ops.send_json(
        "POST", "/api/v1/facility/assets",
        json::object{
            {"code", "TEN-UPS-1"}, {"name", "tenancy-ups"}, {"kind", "ups"}, {"room_id", std::stoll(a.room)}}));
    a.maintenance_plan = id_of(ops.send_json(
        "POST", "/api/v1/facility/maintenance-plans",
        json::object{{"name", "tenancy-plan"},
                     {"asset_id", std::stoll(a.asset)},
                     {"every", 1},
                     {"unit", "months"},
                     {"first_due", today},
                     {"checklist", json::array{json::object{{"key", "ok"}, {"label", "ok"}, {"kind", "check"}},
                                               json::object{{"key", "p"}, {"label", "p"}, {"kind", "photo"}}}}}));
    EXPECT_EQ(server().run_cli({"jobs", "run", "facility-maintenance"}).first, 0);
    auto orders = ops.get("/api/v1/facility/work-orders?asset=" + a.asset).json();
    a.work_order = orders.at("count").as_int64() > 0
                       ? std::to_string(orders.at("results").as_array().at(0).at("id").as_int64())
                       : "999999";
    auto photo = ops.request("POST", "/api/v1/facility/work-orders/" + a.work_order + "/photos?item=p",
                             std::string("\x89PNG\r\n\x1A\n", 8) + "tenancy", {{"Content-Type", "image/png"}});
    EXPECT_EQ(photo.status, 200) << photo.body;
    a.photo = photo.status == 200 ? std::to_string(photo.json().at("photos").at(0).at("id").as_int64()) : "999999";
    // A's switch, its configuration backed up from a real sshd on loopback (with a secret in it).
    {
      SshdRig rig;
      rig.set_config("hostname acme-switch\nsnmp-server community acme-community RO\nend\n");
      auto sw = admin.send_json("POST", "/api/v1/dcim/devices",
                                json::object{{"name", "acme-switch"},
                                             {"device_type_id", std::stoll(a.device_type)},
                                             {"customer_id", std::stoll(a.customer)},
                                             {"role", "switch"},
                                             {"mgmt_address", "127.0.0.1"}});
      EXPECT_EQ(sw.status, 201) << sw.body;
      a.config_device = sw.status == 201 ? id_of(sw) : "999999";
      auto set = admin.send_json("PUT", "/api/v1/configs/devices/" + a.config_device,
                                 json::object{{"vendor", "cisco_ios"},
                                              {"port", rig.port()},
                                              {"username", rig.user()},
                                              {"private_key", rig.client_key()}});
      EXPECT_EQ(set.status, 200) << set.body;
      auto fetched = admin.send_json("POST", "/api/v1/configs/devices/" + a.config_device + "/fetch", json::object{});
      EXPECT_EQ(fetched.status, 200) << fetched.body;
      const auto version = fetched.status == 200 ? fetched.json().at("version_id") : json::value(nullptr);
      EXPECT_TRUE(version.is_int64()) << fetched.body;
      a.config_version = version.is_int64() ? std::to_string(version.as_int64()) : "999999";
    }
    // Patrol inspections belong to no customer: a route, its schedule and a round, the operator's.
    a.patrol_template = id_of(ops.send_json(
        "POST", "/api/v1/facility/patrol-templates",
        json::object{{"name", "tenancy-route"},
                     {"checkpoints",
                      json::array{json::object{
                          {"key", "r"},
                          {"name", "tenancy-room"},
                          {"kind", "room"},
                          {"qr", "TEN-CP-1"},
                          {"items", json::array{json::object{{"key", "ok"}, {"label", "ok"}, {"kind", "check"}}}}}}}}));
    a.patrol_schedule = id_of(ops.send_json("POST", "/api/v1/facility/patrol-schedules",
                                            json::object{{"template_id", std::stoll(a.patrol_template)},
                                                         {"kind", "daily"},
                                                         {"at_time", "08:00"},
                                                         {"starts_on", today}}));
    a.patrol_round = id_of(ops.send_json("POST", "/api/v1/facility/patrol-rounds",
                                         json::object{{"template_id", std::stoll(a.patrol_template)}}));
    // A failed item at the room checkpoint: the operator's rectification order.
    {
      const auto round = "/api/v1/facility/patrol-rounds/" + a.patrol_round;
      EXPECT_EQ(ops.request("POST", round + "/start").status, 200);
      auto walked = ops.send_json("POST", round + "/visits",
                                  json::object{{"checkpoint", "r"},
                                               {"payload", "TEN-CP-1"},
                                               {"results", json::array{json::object{{"key", "ok"}, {"ok", false}}}}});
      EXPECT_EQ(walked.status, 200) << walked.body;
      const auto order =
          walked.status == 200 ? walked.json().at("findings").at(0).at("order_id") : json::value(nullptr);
      a.finding_order = order.is_int64() ? std::to_string(order.as_int64()) : "999999";
    }
    // A's backup plan over a directory of its own, one run of it, and A's restore request.
    const auto backup_dir = std::filesystem::temp_directory_path() / ("colo-tenancy-" + std::to_string(::getpid()));
    std::filesystem::create_directories(backup_dir / "acme");
    std::ofstream(backup_dir / "acme" / "index.html") << "acme";
    auto backup_plan = ops.send_json("POST", "/api/v1/backups/plans",
                                     json::object{{"contract_id", std::stoll(a.contract)},
                                                  {"name", "acme-backup-plan"},
                                                  {"source_kind", "paths"},
                                                  {"paths", json::array{(backup_dir / "acme").string()}},
                                                  {"schedule_kind", "daily"},
                                                  {"daily_at", "02:00"},
                                                  {"retention", json::object{{"keep_last", 3}}},
                                                  {"repository", (backup_dir / "repo").string()},
                                                  {"location", "acme-backup-shelf"},
                                                  {"repository_password", "tenancy backup password"}});
    EXPECT_EQ(backup_plan.status, 201) << backup_plan.body;
    a.backup_plan = backup_plan.status == 201 ? id_of(backup_plan) : "999999";
    auto backup_run = ops.send_json("POST", "/api/v1/backups/plans/" + a.backup_plan + "/run", json::object{});
    EXPECT_EQ(backup_run.status, 201) << backup_run.body;
    a.backup_run = backup_run.status == 201 ? id_of(backup_run) : "999999";
    auto backup_restore = acme.send_json(
        "POST", "/api/v1/backups/restores",
        json::object{{"plan_id", std::stoll(a.backup_plan)},
                     {"snapshot_id", backup_run.status == 201 ? backup_run.json().at("snapshot_id") : json::value("x")},
                     {"target_kind", "original"},
                     {"note", "acme-restore-note"}});
    EXPECT_EQ(backup_restore.status, 201) << backup_restore.body;
    a.backup_restore = backup_restore.status == 201 ? id_of(backup_restore) : "999999";
    {
      auto security = as("security");
      const auto acme_id = std::stoll(a.customer);
      const std::string net = "192.0.2." + std::to_string(n * 16) + "/28";
      const std::string host = "192.0.2." + std::to_string(n * 16 + 1);
      a.vulns_consent = id_of(security.send_json("POST", "/api/v1/vulns/consents",
                                                 json::object{{"customer_id", acme_id},
                                                              {"granted_by", "acme-vulns"},
                                                              {"granted_on", h::day(0)},
                                                              {"scope", json::array{json::string(net)}},
                                                              {"valid_from", h::day(0)},
                                                              {"valid_until", h::day(30)},
                                                              {"source", "signed"},
                                                              {"document", "acme-vulns.pdf"}}));
      a.vulns_port =
          id_of(security.send_json("POST", "/api/v1/vulns/allowed-ports",
                                   json::object{{"customer_id", acme_id}, {"port", 22}, {"note", "acme-vulns"}}));
      a.vulns_schedule = id_of(security.send_json("POST", "/api/v1/vulns/schedules",
                                                  json::object{{"customer_id", acme_id},
                                                               {"targets", json::array{json::string(net)}},
                                                               {"interval_days", 30},
                                                               {"first_run_on", "2099-01-01"}}));
      auto scan = security.request(
          "POST", "/api/v1/vulns/scans/import?customer=" + a.customer + "&kind=nmap_import",
          "<nmaprun><scaninfo protocol=\"tcp\" services=\"1-1000\"/><host><status state=\"up\"/><address addr=\"" +
              host +
              "\" addrtype=\"ipv4\"/><ports><port protocol=\"tcp\" portid=\"23\"><state state=\"open\"/>"
              "<service name=\"telnet\" product=\"acme-vulns\"/></port></ports></host></nmaprun>",
          {{"Content-Type", "application/xml"}});
      EXPECT_EQ(scan.status, 201) << scan.body;
      a.vulns_scan = scan.status == 201 ? std::to_string(scan.json().at("scan").at("id").as_int64()) : "999999";
      auto found = security.get("/api/v1/vulns/findings?customer=" + a.customer).json();
      a.vulns_finding = found.at("count").as_int64() > 0
                            ? std::to_string(found.at("results").as_array().at(0).at("id").as_int64())
                            : "999999";
      auto assessment = security.send_json("POST", "/api/v1/vulns/assessments",
                                           json::object{{"customer_id", acme_id},
                                                        {"title", "acme-vulns"},
                                                        {"scope", "acme-vulns"},
                                                        {"assessed_on", h::day(0)},
                                                        {"assessor", "acme-vulns"}});
      a.vulns_assessment =
          assessment.status == 201 ? std::to_string(assessment.json().at("assessment").at("id").as_int64()) : "999999";
      auto item =
          security.send_json("POST", "/api/v1/vulns/assessments/" + a.vulns_assessment + "/items",
                             json::object{{"title", "acme-vulns"}, {"owner", "acme-vulns"}, {"due_on", h::day(9)}});
      EXPECT_EQ(item.status, 200) << item.body;
      a.vulns_item = item.status == 200 ? std::to_string(item.json().at("items").at(0).at("id").as_int64()) : "999999";
    }
    return a;
  }

  // The id of customer A's object to put into `param` of `pattern`; "" when unmapped.
  std::string invoice_of_a(std::int64_t customer, std::int64_t contract) {
    auto db = db::Database::open(server().db_url());
    EXPECT_TRUE(db.ok());
    if (!db.ok()) return "999999";
    auto tx = db::Tx::begin(**db, db::Access::write);
    billing::Invoice i;
    i.number = "INV-2026-9" + std::to_string(::getpid() % 100000);
    i.customer_id = customer;
    i.customer_name = "acme-invoice";
    i.contract_id = contract;
    i.contract_number = "acme-contract";
    i.issue_date = *parse_date(hosting::day(-40));
    i.due_date = *parse_date(hosting::day(-30));
    i.period_start = i.issue_date;
    i.period_end = i.due_date;
    i.subtotal_fen = i.total_fen = 10'000;
    i.created_by_name = "test";
    i.created_at = i.updated_at = format_instant(SystemClock().now());
    EXPECT_TRUE(billing::store::insert_invoice(*tx, i).ok());
    EXPECT_TRUE(tx->commit().ok());
    return std::to_string(i.id);
  }

  static std::string object_for(const std::string& pattern, const std::string& param, const ObjectsOfA& a) {
    auto under = [&](const char* prefix) { return pattern.rfind(prefix, 0) == 0; };
    if (param == "contact_id") return a.contact;
    if (param == "id") {
      if (under("/api/v1/customers/")) return a.customer;
      if (under("/api/v1/users/")) return a.user;
      if (under("/api/v1/auth/tokens/")) return a.token;
      if (under("/api/v1/me/saved-views/")) return a.saved_view;
      if (under("/api/v1/dcim/racks/")) return a.rack;
      if (under("/api/v1/dcim/devices/")) return a.device;
      if (under("/api/v1/dcim/reservations/")) return a.reservation;
      if (under("/api/v1/dcim/sites/")) return a.site;
      if (under("/api/v1/dcim/rooms/")) return a.room;
      if (under("/api/v1/dcim/device-types/")) return a.device_type;
      if (under("/api/v1/dcim/cables/")) return a.cable;
      if (under("/api/v1/ipam/vlans/")) return a.vlan;
      if (under("/api/v1/ipam/prefixes/")) return a.prefix;
      if (under("/api/v1/ipam/ip-addresses/")) return a.address;
      if (under("/api/v1/dcim/power-feeds/")) return a.power_feed;
      if (under("/api/v1/dcim/interfaces/")) return a.interface;
      if (under("/api/v1/applications/")) return a.application;
      if (under("/api/v1/contracts/")) return a.contract;
      if (under("/api/v1/billing/invoices/")) return a.invoice;
      if (under("/api/v1/billing/runs/")) return a.billing_run;
      if (under("/api/v1/notifications/")) return a.notification;
      if (under("/api/v1/billing/catalogue/")) return a.catalogue_item;
      if (under("/api/v1/usage/meters/")) return a.usage_meter;
      if (under("/api/v1/usage/contracts/")) return a.contract;
      if (under("/api/v1/deliveries/")) return a.outbox_entry;
      if (under("/api/v1/webhooks/")) return a.webhook;
      if (under("/api/v1/monitoring/devices/")) return a.device;
      if (under("/api/v1/monitoring/checks/")) return a.check;
      if (under("/api/v1/facility/people/")) return a.person;
      if (under("/api/v1/facility/visits/")) return a.visit;
      if (under("/api/v1/facility/slips/")) return a.slip;
      if (under("/api/v1/facility/assets/")) return a.asset;
      if (under("/api/v1/facility/maintenance-plans/")) return a.maintenance_plan;
      if (under("/api/v1/facility/work-orders/")) return a.work_order;
      if (under("/api/v1/facility/changes/")) return a.change;
      if (under("/api/v1/facility/plans/")) return a.plan;
      if (under("/api/v1/facility/drills/")) return a.drill;
      if (under("/api/v1/facility/drill-actions/")) return a.drill_action;
      if (under("/api/v1/facility/patrol-templates/")) return a.patrol_template;
      if (under("/api/v1/facility/patrol-schedules/")) return a.patrol_schedule;
      if (under("/api/v1/facility/patrol-rounds/")) return a.patrol_round;
      if (under("/api/v1/facility/findings/")) return a.finding_order;
      if (under("/api/v1/monitoring/alerts/")) return a.alert;
      if (under("/api/v1/billing/payments/")) return a.payment;
      if (under("/api/v1/billing/deposits/")) return a.deposit;
      if (under("/api/v1/billing/customers/")) return a.customer;
      if (under("/api/v1/billing/invoices/")) return a.invoice;
      if (under("/api/v1/billing/suspensions/")) return a.suspension;
      if (under("/api/v1/billing/contracts/")) return a.contract;
      if (under("/api/v1/servicedesk/tickets/")) return a.ticket;
      if (under("/api/v1/servicedesk/contracts/")) return a.contract;
      if (under("/api/v1/servicedesk/maintenance/")) return a.maintenance;
      if (under("/api/v1/servicedesk/levels/credits/")) return a.sla_credit;
      if (under("/api/v1/servicedesk/levels/claims/")) return a.claim;
      if (under("/api/v1/servicedesk/levels/actions/")) return a.improvement_action;
      if (under("/api/v1/monitoring/maintenance/")) return a.monitoring_window;
      if (under("/api/v1/servicedesk/levels/reports/")) return a.customer;
      if (under("/api/v1/disputes/")) return a.dispute;
      if (under("/api/v1/breaches/")) return a.breach;
      if (under("/api/v1/configs/devices/")) return a.config_device;
      if (under("/api/v1/configs/versions/")) return a.config_version;
      if (under("/api/v1/confidentiality/customers/")) return a.customer;
      if (under("/api/v1/confidentiality/disclosures/")) return a.disclosure;
      if (under("/api/v1/confidentiality/obligations/")) return a.contract;
      if (under("/api/v1/backups/plans/")) return a.backup_plan;
      if (under("/api/v1/backups/runs/")) return a.backup_run;
      if (under("/api/v1/backups/restores/")) return a.backup_restore;
      if (under("/api/v1/firewall/requests/")) return a.firewall_request;
      if (under("/api/v1/vulns/consents/")) return a.vulns_consent;
      if (under("/api/v1/vulns/allowed-ports/")) return a.vulns_port;
      if (under("/api/v1/vulns/schedules/")) return a.vulns_schedule;
      if (under("/api/v1/vulns/scans/")) return a.vulns_scan;
      if (under("/api/v1/vulns/findings/")) return a.vulns_finding;
      if (under("/api/v1/vulns/assessments/")) return a.vulns_assessment;
    }
    if (param == "section") return "contracts";
    if (param == "item") return a.vulns_item;
    if (param == "deadline") return a.dispute_deadline;
    if (param == "link") return a.dispute_link;
    if (param == "attachment") return a.attachment;
    if (param == "photo") return a.photo;
    if (param == "year") return "2026";  // the holiday calendar is the operator's, not A's
    if (param == "code") return a.visit_code;
    if (param == "amendment_id") return a.amendment;
    if (param == "item_id") return a.settlement_item;
    if (param == "request_id") return a.termination_request;
    if (param == "interface_id") return a.interface;
    return "";
  }

  // Shared infrastructure and the public catalogue: any signed-in user may read these, so a 2xx
  // is right, but nothing of A's may appear in them.
  static bool shared(const std::string& pattern) {
    for (const char* p :
         {"/api/v1/dcim/sites/", "/api/v1/dcim/rooms/", "/api/v1/dcim/device-types/", "/api/v1/billing/catalogue/"})
      if (pattern.rfind(p, 0) == 0) return true;
    return false;
  }

  // A request body from the operation's documented schema: strings, numbers, booleans; fields
  // naming a customer carry A's customer id, so a write that trusts them is caught.
  static json::value sample_body(const json::value& op, const ObjectsOfA& a) {
    json::object body;
    // A body that is not JSON (a CSV file, a scan) is probed with the empty object only.
    const auto* content = op.at("requestBody").at("content").as_object().if_contains("application/json");
    if (!content) return body;
    const auto* schema = content->as_object().if_contains("schema");
    if (!schema || !schema->is_object()) return body;
    const auto* props = schema->as_object().if_contains("properties");
    if (!props || !props->is_object()) return body;
    for (const auto& [name, prop] : props->as_object()) {
      std::string type;
      if (const auto* t = prop.as_object().if_contains("type")) {
        if (t->is_string())
          type = std::string(t->as_string());
        else if (t->is_array() && !t->as_array().empty() && t->as_array()[0].is_string())
          type = std::string(t->as_array()[0].as_string());
      }
      if (const auto* e = prop.as_object().if_contains("enum"); e && e->is_array() && !e->as_array().empty()) {
        body[name] = e->as_array()[0];
      } else if (name == "customer_id" || name == "customer") {
        body[name] = std::stoll(a.customer);
      } else if (type == "integer" || type == "number") {
        body[name] = 1;
      } else if (type == "boolean") {
        body[name] = false;
      } else if (type == "array") {
        body[name] = json::array{};
      } else if (type == "object") {
        body[name] = json::object{};
      } else {
        body[name] = "tenancy-probe-value";
      }
    }
    return body;
  }

  static bool documents_query(const json::value& op, const std::string& name) {
    const auto* params = op.as_object().if_contains("parameters");
    if (!params || !params->is_array()) return false;
    for (const auto& p : params->as_array())
      if (p.at("in").as_string() == "query" && p.at("name").as_string() == name) return true;
    return false;
  }

  // What A's data looks like to an administrator, part by part: must be the same after the walk.
  std::map<std::string, std::string> snapshot_of_a(const ObjectsOfA& a, HttpClient& acme) {
    auto admin = as("admin");
    std::map<std::string, std::string> parts;
    // Every write to an object of A is audited under A's customer id, so the count catches
    // changes to objects this snapshot does not list (new rows for A included).
    // The administrator's own reads of A's decrypted contacts below are audited (read_sensitive)
    // and left out of the count.
    auto count = [&](const std::string& query) {
      return admin.get("/api/v1/audit?limit=1&customer=" + a.customer + query).json().at("count").as_int64();
    };
    parts["audit entries"] = std::to_string(count("") - count("&action=read_sensitive"));
    for (const std::string path : {"/api/v1/customers/" + a.customer,
                                   "/api/v1/users/" + a.user,
                                   std::string("/api/v1/auth/tokens"),
                                   "/api/v1/dcim/racks/" + a.rack,
                                   "/api/v1/dcim/devices/" + a.device,
                                   "/api/v1/dcim/reservations?customer=" + a.customer,
                                   "/api/v1/dcim/power-feeds/" + a.power_feed,
                                   "/api/v1/applications/" + a.application,
                                   "/api/v1/contracts/" + a.contract,
                                   "/api/v1/contracts/" + a.contract + "/amendments",
                                   "/api/v1/contracts/" + a.contract + "/termination-requests",
                                   "/api/v1/usage/meters/" + a.usage_meter,
                                   "/api/v1/usage/meters/" + a.usage_meter + "/series?step=5m&" + a.usage_window,
                                   "/api/v1/usage/contracts/" + a.contract + "/summary",
                                   "/api/v1/servicedesk/tickets/" + a.ticket,
                                   "/api/v1/servicedesk/levels/credits/" + a.sla_credit,
                                   "/api/v1/disputes/" + a.dispute,
                                   "/api/v1/breaches/" + a.breach,
                                   "/api/v1/configs/devices/" + a.config_device,
                                   "/api/v1/configs/versions?device=" + a.config_device,
                                   "/api/v1/configs/fetches?device=" + a.config_device,
                                   "/api/v1/backups/plans/" + a.backup_plan,
                                   "/api/v1/backups/runs/" + a.backup_run,
                                   "/api/v1/backups/restores/" + a.backup_restore,
                                   "/api/v1/firewall/requests/" + a.firewall_request,
                                   "/api/v1/firewall/rules?customer=" + a.customer})
      parts[path] = admin.get(path).body;
    for (const std::string path :
         {"/api/v1/vulns/consents?customer=" + a.customer, "/api/v1/vulns/allowed-ports?customer=" + a.customer,
          "/api/v1/vulns/schedules?customer=" + a.customer, "/api/v1/vulns/scans/" + a.vulns_scan,
          "/api/v1/vulns/findings/" + a.vulns_finding, "/api/v1/vulns/assessments/" + a.vulns_assessment})
      parts[path] = admin.get(path).body;
    parts["notifications of acme.admin"] = acme.get("/api/v1/notifications?limit=1000").body;
    return parts;
  }
};

TEST_P(Tenancy, R6_2_2_ACustomerNeverSeesOrChangesAnotherCustomersData) {
  auto a = objects_of_a();
  auto acme = as("acme.admin");  // one session: signing in is itself audited
  const auto before = snapshot_of_a(a, acme);
  auto paths = client().get("/api/v1/openapi.json").json().at("paths").as_object();
  auto b = as("zenith.admin");
  // Strings that only customer A's data contains.
  const std::vector<std::string> secrets_of_a = {
      "艾克米",         "ACME0N",         "acme.admin",       "acme.user",      "A-contact",       "a@acme.example",
      "acme-cloud",     "acme-script",    "acme-expansion",   "acme-vlan",      "acme-net",        "acme-cable",
      "acme-feed",      "acme-signatory", "acme-amendment",   "acme-breach",    "acme-usage-port", "acme-payer",
      "acme-ticket",    "acme-note",      "acme-maintenance", "acme-lost-data", "acme-window",     "acme-dispute",
      "acme-overuse",   "acme-switch",    "acme-community",   "acme-recipient", "acme-purpose",    "acme-document",
      "acme-disclosed", "acme-backup",    "acme-restore",     "acme-vulns"};
  int walked = 0;
  auto call = [&](const std::string& method, const std::string& path, const json::value& body) {
    ++walked;
    auto r = method == "GET" ? b.get(path) : b.send_json(method, path, body);
    for (const auto& s : secrets_of_a)
      EXPECT_EQ(r.body.find(s), std::string::npos) << method << " " << path << " leaked '" << s << "'";
    return r;
  };
  for (const auto& [path_key, ops] : paths) {
    const std::string pattern(path_key);
    // The path with A's ids, and the same path with ids that exist nowhere.
    std::string path, missing_path;
    bool has_params = false;
    for (std::size_t i = 0; i < pattern.size();) {
      if (pattern[i] == '{') {
        auto end = pattern.find('}', i);
        auto name = pattern.substr(i + 1, end - i - 1);
        auto id = object_for(pattern, name, a);
        ASSERT_FALSE(id.empty()) << "no object of customer A for {" << name << "} in " << pattern
                                 << ": extend object_for in tenancy_test.cpp";
        path += id;
        missing_path += "987654321";
        has_params = true;
        i = end + 1;
      } else {
        missing_path += pattern[i];
        path += pattern[i++];
      }
    }
    for (const auto& [method_key, op] : ops.as_object()) {
      std::string method(method_key);
      for (auto& ch : method) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      if (path == "/api/v1/auth/logout") continue;  // would end B's own session mid-walk
      // An empty body, and one built from the documented schema that may pass validation and so
      // reach the object lookup.
      std::vector<json::value> bodies = {json::object{}};
      if (method != "GET" && op.as_object().contains("requestBody")) bodies.push_back(sample_body(op, a));
      for (const auto& body : bodies) {
        auto r = call(method, path, body);
        if (!has_params || (shared(pattern) && method == "GET")) continue;
        EXPECT_TRUE(r.status == 404 || r.status == 403 || r.status == 400 || r.status == 422)
            << method << " " << path << " answered " << r.status << ": " << r.body.substr(0, 300);
        // A foreign object must answer exactly like one that does not exist: a 403 or a 400 is
        // fine only when B gets it for any id (no permission, invalid body), never because the
        // object was found and then refused.
        auto m = call(method, missing_path, body);
        EXPECT_EQ(r.status, m.status) << method << " " << path << " answered " << r.status << " ("
                                      << r.body.substr(0, 200) << ") but " << m.status
                                      << " for an id that does not exist";
        if (r.status == m.status && r.status != 404 && r.body.find("\"code\"") != std::string::npos)
          EXPECT_EQ(r.json().at("code"), m.json().at("code")) << method << " " << path;
      }
      // List routes filtered by customer: asking for A's rows must not give them.
      if (method == "GET" && !has_params && documents_query(op, "customer"))
        call(method, path + "?customer=" + a.customer, nullptr);
    }
  }
  EXPECT_GT(walked, 15);
  const auto after = snapshot_of_a(a, acme);
  for (const auto& [part, was] : before) {
    EXPECT_EQ(after.at(part), was) << part << " of customer A changed during B's walk";
    if (part == "audit entries" && after.at(part) != was)
      ADD_FAILURE() << "latest audit entries of A: "
                    << as("admin").get("/api/v1/audit?limit=3&customer=" + a.customer).body.substr(0, 3000);
  }
}

TEST_P(Tenancy, ACustomerListSeesOnlyItself) {
  auto r = as("zenith.admin").get("/api/v1/customers?limit=1000");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.json().at("count").as_int64(), 1);
  EXPECT_EQ(r.body.find("艾克米"), std::string::npos);
}

COLO_INSTANTIATE_API_TEST(Tenancy);

}  // namespace
}  // namespace colo::testing
