// The inventory service on a real database, SQLite and PostgreSQL: utilisation against
// hand-computed figures, the capacity snapshot, reservations against the injected clock, the CSV
// round trip, tenancy, the ledger's history and the whole NetBox device-type library.
#include "dcim/service.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <set>

#include "customers/service.hpp"
#include "db/migrate.hpp"
#include "db/test_databases.hpp"
#include "dcim/csv.hpp"
#include "dcim/library.hpp"

namespace colo::dcim {
namespace {

Context staff() {
  auto p = std::make_shared<Principal>();
  p->user_id = 1;
  p->username = "technical";
  p->roles = {"technical"};
  p->permissions = {"dcim.read",          "dcim.sites.write",        "dcim.racks.write",
                    "dcim.devices.write", "dcim.reservations.write", "dcim.power.force",
                    "customers.write"};
  return Context{p, "req", "test"};
}

Context customer(std::int64_t id) {
  auto p = std::make_shared<Principal>();
  p->user_id = 100 + id;
  p->username = "customer-" + std::to_string(id);
  p->roles = {"customer_user"};
  p->permissions = {"dcim.read"};
  p->customer_id = id;
  return Context{p, "req", "test"};
}

// One database with the shared infrastructure every test starts from: two customers, a site with
// a room, device types of known figures.
struct World {
  std::unique_ptr<db::testing::TestDatabase> test_db;
  std::unique_ptr<customers::Service> customers;
  std::unique_ptr<Service> dcim;
  std::int64_t acme = 0, zenith = 0, site = 0, room = 0;
  std::int64_t server_2u = 0, half_1u = 0, pdu_0u = 0, small_1u = 0;
};

class DcimServiceTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    build(world_, db());
  }

  void build(World& w, db::Database& database) {
    ASSERT_TRUE(db::migrate(database, db::builtin_migrations()).ok());
    w.customers = std::make_unique<customers::Service>(database, clock_, crypto::Sealer(key_));
    w.dcim = std::make_unique<Service>(database, clock_, *w.customers);
    auto make_customer = [&](const std::string& name) {
      customers::CustomerInput in;
      in.name = name;
      in.status = "active";
      return w.customers->create(staff(), in).take().id;
    };
    w.acme = make_customer("Acme Cloud Technology");
    w.zenith = make_customer("Zenith Data");
    w.site = w.dcim->save_site(staff(), std::nullopt, {"Test DC", "test-dc", "", std::nullopt, 10000}).take().id;
    RoomInput room;
    room.site_id = w.site;
    room.name = "Hall 1";
    w.room = w.dcim->save_room(staff(), std::nullopt, room).take().id;
    auto report =
        w.dcim
            ->import_device_types(
                staff(),
                {{"server",
                  "manufacturer: TestCo\nmodel: S2\nu_height: 2\nweight: 30\npower-ports:\n"
                  "  - name: PSU1\n    maximum_draw: 1000\n  - name: PSU2\n    maximum_draw: 1000\n"
                  "interfaces:\n  - name: eth0\n    type: 10gbase-x-sfpp\n  - name: bmc\n    type: 1000base-t\n"
                  "    mgmt_only: true\n"},
                 {"half",
                  "manufacturer: TestCo\nmodel: H1\nu_height: 1\nis_full_depth: false\nweight: 5\n"
                  "power-ports:\n  - name: PSU\n    maximum_draw: 300\n"},
                 {"pdu", "manufacturer: TestCo\nmodel: PDU\nu_height: 0\nis_full_depth: false\n"},
                 {"small",
                  "manufacturer: TestCo\nmodel: S1\nu_height: 1\npower-ports:\n  - name: PSU\n    maximum_draw: "
                  "400\n"}})
            .take();
    ASSERT_EQ(report.imported, 4);
    ListQuery q;
    q.manufacturer = "TestCo";
    for (const auto& t : w.dcim->device_types(staff(), q).take().second) {
      if (t.model == "S2") w.server_2u = t.id;
      if (t.model == "H1") w.half_1u = t.id;
      if (t.model == "PDU") w.pdu_0u = t.id;
      if (t.model == "S1") w.small_1u = t.id;
    }
  }

  Rack make_rack(World& w, const std::string& name, std::int64_t watts = 5000, std::string row = "A01") {
    RackInput in;
    in.room_id = w.room;
    in.name = name;
    in.row_name = row;
    in.power_a_w = watts;
    in.power_b_w = watts;
    return w.dcim->save_rack(staff(), std::nullopt, in).take();
  }

  Result<Device> place(World& w, std::int64_t rack, std::int64_t type, const std::string& name,
                       std::optional<double> position, const std::string& face = "front",
                       std::optional<std::int64_t> owner = std::nullopt, bool redundant = true,
                       const std::string& feed = "A") {
    DeviceInput in;
    in.device_type_id = type;
    in.name = name;
    in.rack_id = std::optional<std::int64_t>(rack);
    in.position = position;
    in.face = std::optional<std::string>(face);
    in.customer_id = owner;
    in.redundant_power = redundant;
    in.feed = feed;
    in.status = "active";
    return w.dcim->save_device(staff(), std::nullopt, in);
  }

  ManualClock clock_{Instant{std::chrono::milliseconds{1'790'000'000'000}}};  // 2026-09-21
  crypto::Key key_ = crypto::random_key();
  World world_;
};

TEST_P(DcimServiceTest, R4_3_2_UtilisationMatchesHandComputedValues) {
  auto& w = world_;
  auto rack = make_rack(w, "U-01");
  // U1-U2: a 2U full-depth server, 1000 W on A and B (redundant), 30 kg, 2 interfaces.
  ASSERT_TRUE(place(w, rack.id, w.server_2u, "srv", 1).ok());
  // U10: half-depth 1U front (300 W on A only) and half-depth 1U rear (300 W on B only): one unit.
  ASSERT_TRUE(place(w, rack.id, w.half_1u, "front-half", 10, "front", std::nullopt, false, "A").ok());
  ASSERT_TRUE(place(w, rack.id, w.half_1u, "rear-half", 10, "rear", std::nullopt, false, "B").ok());
  // A 0U PDU takes nothing.
  ASSERT_TRUE(place(w, rack.id, w.pdu_0u, "pdu-a", std::nullopt).ok());
  // U20-U23 reserved for Acme; Acme's 1U full-depth device fills U20 (400 W both sides).
  ASSERT_TRUE(w.dcim->reserve(staff(), rack.id, w.acme, 20, 4, clock_.now() + std::chrono::hours(24), "growth").ok());
  ASSERT_TRUE(place(w, rack.id, w.small_1u, "acme-1", 20, "front", w.acme).ok());
  // A decommissioned rack counts in its own figures only.
  auto dead = make_rack(w, "U-02", 0, "A02");
  RackInput off;
  off.status = "decommissioned";
  ASSERT_TRUE(w.dcim->save_rack(staff(), dead.id, off).ok());

  auto u = w.dcim->utilisation(staff(), "rack", rack.id).take();
  ASSERT_EQ(u.size(), 1u);
  EXPECT_EQ(u[0].units_total, 84);
  EXPECT_EQ(u[0].units_front_hu, 2 * (2 + 1 + 1));  // server, front half, Acme's device
  EXPECT_EQ(u[0].units_rear_hu, 2 * (2 + 1 + 1));   // server, rear half, Acme's device
  EXPECT_EQ(u[0].units_used_hu, 2 * 4);             // U1, U2, U10, U20
  EXPECT_EQ(u[0].units_reserved_hu, 2 * 3);         // U21-U23: U20 is filled
  EXPECT_EQ(u[0].power_a_w, 5000);
  EXPECT_EQ(u[0].allocated_a_w, 1000 + 300 + 400);
  EXPECT_EQ(u[0].allocated_b_w, 1000 + 300 + 400);
  EXPECT_EQ(u[0].devices, 5);
  EXPECT_EQ(u[0].interfaces, 2);
  EXPECT_EQ(u[0].interfaces_enabled, 2);

  auto room = w.dcim->utilisation(staff(), "room", w.room).take();
  ASSERT_EQ(room.size(), 1u);
  EXPECT_EQ(room[0].racks, 1) << "the decommissioned rack is left out";
  EXPECT_EQ(room[0].units_used_hu, 8);
  auto site = w.dcim->utilisation(staff(), "site", w.site).take();
  ASSERT_EQ(site.size(), 1u);
  EXPECT_EQ(site[0].allocated_b_w, 1700);
  auto rows = w.dcim->utilisation(staff(), "row", w.room).take();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].name, "A01");
  EXPECT_EQ(w.dcim->utilisation(staff(), "rack", dead.id).take().at(0).racks, 1);

  // Customers see the racks they occupy, and utilisation only of those.
  EXPECT_EQ(w.dcim->utilisation(customer(w.zenith), "site", w.site).take().size(), 0u);
  EXPECT_EQ(w.dcim->utilisation(customer(w.acme), "site", w.site).take().at(0).racks, 1);
}

TEST_P(DcimServiceTest, CapacitySnapshotHasSpansReservationsPowerAndWeight) {
  auto& w = world_;
  auto a = make_rack(w, "C-01");
  auto b = make_rack(w, "C-02", 8000);
  ASSERT_TRUE(place(w, a.id, w.server_2u, "s1", 1).ok());
  ASSERT_TRUE(place(w, a.id, w.half_1u, "h1", 5, "rear", std::nullopt, false, "B").ok());
  ASSERT_TRUE(w.dcim->reserve(staff(), b.id, w.zenith, 40, 2, clock_.now() + std::chrono::hours(1), "soon").ok());
  auto tx = db::Tx::begin(db(), db::Access::read).take();
  auto snap = w.dcim->capacity_snapshot(tx, w.site, std::nullopt).take();
  ASSERT_EQ(snap.size(), 2u);
  const auto& ca = snap[0].id == a.id ? snap[0] : snap[1];
  const auto& cb = snap[0].id == a.id ? snap[1] : snap[0];
  ASSERT_EQ(ca.front.size(), 1u);
  EXPECT_EQ(ca.front[0].bottom_hu, 2);
  EXPECT_EQ(ca.front[0].height_hu, 4);
  ASSERT_EQ(ca.rear.size(), 2u) << "the full-depth server is on both faces";
  EXPECT_EQ(ca.allocated_a_w, 1000);
  EXPECT_EQ(ca.allocated_b_w, 1300);
  EXPECT_DOUBLE_EQ(ca.weight_kg, 35);
  EXPECT_EQ(ca.power_a_w, 5000);
  EXPECT_EQ(cb.power_b_w, 8000);
  ASSERT_EQ(cb.reservations.size(), 1u);
  EXPECT_EQ(cb.reservations[0].customer_id, w.zenith);
  EXPECT_EQ(cb.reservations[0].bottom_hu, 80);
  EXPECT_EQ(w.dcim->capacity_snapshot(tx, std::nullopt, w.room).take().size(), 2u);
}

TEST_P(DcimServiceTest, ReservationsStopCountingWhenTheyExpire) {
  auto& w = world_;
  auto rack = make_rack(w, "R-01");
  auto r = w.dcim->reserve(staff(), rack.id, w.acme, 10, 2, clock_.now() + std::chrono::hours(1), "soon");
  ASSERT_TRUE(r.ok()) << r.error().message;
  auto blocked = place(w, rack.id, w.small_1u, "zenith-1", 11, "front", w.zenith);
  ASSERT_FALSE(blocked.ok());
  EXPECT_EQ(blocked.error().code, "dcim.placement.reserved");
  auto twice = w.dcim->reserve(staff(), rack.id, w.zenith, 11, 1, clock_.now() + std::chrono::hours(1), "again");
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, "dcim.placement.reserved");
  EXPECT_EQ(w.dcim->reservations(customer(w.acme), {}).take().first, 1);
  EXPECT_EQ(w.dcim->reservations(customer(w.zenith), {}).take().first, 0);
  EXPECT_TRUE(w.dcim->rack(customer(w.acme), rack.id).ok()) << "a live reservation makes the rack visible";
  clock_.advance(std::chrono::hours(2));
  EXPECT_TRUE(place(w, rack.id, w.small_1u, "zenith-1", 11, "front", w.zenith).ok());
  EXPECT_EQ(w.dcim->reservations(staff(), {}).take().first, 0);
  EXPECT_FALSE(w.dcim->rack(customer(w.acme), rack.id).ok()) << "an expired one does not";
}

TEST_P(DcimServiceTest, R4_3_1_TheLedgerWritesItsOwnHistory) {
  auto& w = world_;
  auto a = make_rack(w, "H-01"), b = make_rack(w, "H-02");
  auto d = place(w, a.id, w.small_1u, "ledger", 5).take();
  DeviceInput move;
  move.rack_id = std::optional<std::int64_t>(b.id);
  move.position = std::optional<double>(7.5);
  ASSERT_TRUE(w.dcim->save_device(staff(), d.id, move).ok());
  DeviceInput status;
  status.status = "maintenance";
  ASSERT_TRUE(w.dcim->save_device(staff(), d.id, status).ok());
  DeviceInput remove;
  remove.rack_id = std::optional<std::int64_t>{};
  auto removed = w.dcim->save_device(staff(), d.id, remove).take();
  EXPECT_FALSE(removed.rack_id);
  EXPECT_EQ(removed.site_id, w.site) << "a removed device stays at its site";
  ASSERT_TRUE(w.dcim->add_maintenance(staff(), d.id, {0, "2026-09-20", "", "fan replaced", "2027-03-20"}).ok());
  auto full = w.dcim->device(staff(), d.id).take();
  std::vector<std::string> kinds;
  for (const auto& e : full.history) kinds.push_back(e.kind);
  EXPECT_EQ(kinds, (std::vector<std::string>{"received", "racked", "moved", "status", "removed", "maintenance"}));
  EXPECT_NE(full.history[2].detail.find("H-02 at U7.5"), std::string::npos) << full.history[2].detail;
  ASSERT_EQ(full.maintenance.size(), 1u);
  EXPECT_EQ(full.maintenance[0].performed_by, "technical");
  // An unchanged save writes nothing.
  ASSERT_TRUE(w.dcim->save_device(staff(), d.id, status).ok());
  EXPECT_EQ(w.dcim->device(staff(), d.id).take().history.size(), full.history.size());
}

TEST_P(DcimServiceTest, PowerAndWeightRulesHold) {
  auto& w = world_;
  auto rack = make_rack(w, "P-01", 2500);
  ASSERT_TRUE(place(w, rack.id, w.server_2u, "p1", 1).ok());
  ASSERT_TRUE(place(w, rack.id, w.server_2u, "p2", 3).ok());
  auto over = place(w, rack.id, w.server_2u, "p3", 5);
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.error().code, "dcim.power.over_capacity");
  // Lowering a side below its allocation is refused, unless forced.
  RackInput lower;
  lower.power_b_w = 1500;
  auto refused = w.dcim->save_rack(staff(), rack.id, lower);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, "dcim.power.over_capacity");
  lower.force_power = true;
  EXPECT_EQ(w.dcim->save_rack(staff(), rack.id, lower).take().power_b_w, 1500);
  // Feeds: a second active feed on side A adds its capacity.
  FeedInput f;
  f.rack_id = rack.id;
  f.name = "Feed A2";
  f.side = "A";
  f.voltage = 230;
  f.amperage = 16;
  auto feed = w.dcim->save_power_feed(staff(), std::nullopt, f).take();
  EXPECT_EQ(feed.capacity_w, 2944);
  EXPECT_EQ(w.dcim->rack(staff(), rack.id).take().power_a_w, 2500 + 2944);
  RackInput shortcut;
  shortcut.power_a_w = 9000;
  auto two = w.dcim->save_rack(staff(), rack.id, shortcut);
  ASSERT_FALSE(two.ok());
  EXPECT_EQ(two.error().code, "dcim.power.multiple_feeds");
  // Weight: a 50 kg rack takes one 30 kg server, not two.
  auto light = make_rack(w, "W-01", 10000);
  RackInput weight;
  weight.max_weight_kg = 50;
  ASSERT_TRUE(w.dcim->save_rack(staff(), light.id, weight).ok());
  ASSERT_TRUE(place(w, light.id, w.server_2u, "w1", 1).ok());
  auto heavy = place(w, light.id, w.server_2u, "w2", 3);
  ASSERT_FALSE(heavy.ok());
  EXPECT_EQ(heavy.error().code, "dcim.placement.overweight");
}

TEST_P(DcimServiceTest, R6_2_2_CustomersSeeOnlyTheirOwn) {
  auto& w = world_;
  auto rack = make_rack(w, "T-01");
  auto mine = place(w, rack.id, w.server_2u, "acme-srv", 1, "front", w.acme).take();
  auto theirs = place(w, rack.id, w.server_2u, "zenith-srv", 3, "front", w.zenith).take();
  auto other_rack = make_rack(w, "T-02");
  EXPECT_TRUE(w.dcim->device(customer(w.acme), mine.id).ok());
  auto foreign = w.dcim->device(customer(w.acme), theirs.id);
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.error().kind, ErrorKind::not_found);
  ListQuery all;
  all.limit = 1000;
  auto listed = w.dcim->devices(customer(w.acme), all).take();
  EXPECT_EQ(listed.first, 1);
  EXPECT_EQ(listed.second.at(0).name, "acme-srv");
  all.customer = w.zenith;
  EXPECT_EQ(w.dcim->devices(customer(w.acme), all).take().first, 0) << "asking for another customer gives nothing";
  EXPECT_EQ(w.dcim->racks(customer(w.acme), {}).take().first, 1);
  EXPECT_FALSE(w.dcim->rack(customer(w.acme), other_rack.id).ok());
  auto e = w.dcim->elevation(customer(w.acme), rack.id).take();
  for (const auto& u : e.units) EXPECT_NE(u.label, "zenith-srv");
  ListQuery ifs;
  auto theirs_ifs = w.dcim->interfaces(staff(), ifs, theirs.id).take();
  ASSERT_FALSE(theirs_ifs.second.empty());
  EXPECT_FALSE(w.dcim->interface(customer(w.acme), theirs_ifs.second[0].id).ok());
  EXPECT_EQ(w.dcim->interfaces(customer(w.acme), ifs, theirs.id).take().first, 0);
  auto csv = w.dcim->devices_csv(customer(w.acme), {}).take();
  EXPECT_EQ(csv.find("zenith-srv"), std::string::npos);
  // A dedicated rack takes no other customer's device.
  RackInput dedicate;
  dedicate.customer_id = std::optional<std::int64_t>(w.acme);
  auto refused = w.dcim->save_rack(staff(), rack.id, dedicate);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, "dcim.placement.dedicated_rack");
  ASSERT_TRUE(w.dcim->save_rack(staff(), other_rack.id, dedicate).ok());
  auto intruder = place(w, other_rack.id, w.small_1u, "zenith-2", 1, "front", w.zenith);
  ASSERT_FALSE(intruder.ok());
  EXPECT_EQ(intruder.error().code, "dcim.placement.dedicated_rack");
}

TEST_P(DcimServiceTest, OtherModulesReadInterfacesAndDevicesInTheirTransaction) {
  auto& w = world_;
  auto rack = make_rack(w, "X-01");
  auto d = place(w, rack.id, w.server_2u, "x1", 1, "front", w.acme).take();
  auto ifs = w.dcim->interfaces(staff(), {}, d.id).take().second;
  ASSERT_EQ(ifs.size(), 2u);
  EXPECT_EQ(ifs[0].speed_mbps, 10000);
  auto tx = db::Tx::begin(db(), db::Access::write).take();
  auto info = w.dcim->interface_for_update(tx, staff(), ifs[0].id).take();
  EXPECT_EQ(info.device_id, d.id);
  EXPECT_EQ(info.customer_id, w.acme);
  EXPECT_EQ(info.rack_id, rack.id);
  EXPECT_EQ(info.site_id, w.site);
  auto dev = w.dcim->device_info(tx, staff(), d.id).take();
  EXPECT_EQ(dev.customer_id, w.acme);
  EXPECT_EQ(dev.room_id, w.room);
  EXPECT_EQ(w.dcim->device_info(tx, staff(), 987654).error().kind, ErrorKind::not_found);
  // A reservation and a planned device inside the caller's transaction, rolled back with it.
  auto r = w.dcim->reserve_units(tx, staff(), rack.id, w.zenith, 60, 4, clock_.now() + std::chrono::hours(5), "app-1");
  ASSERT_TRUE(r.ok()) << r.error().message;
  auto type = w.dcim->custom_device_type(tx, staff(), "Customer box", 4, true, 650).take();
  EXPECT_EQ(w.dcim->custom_device_type(tx, staff(), "Customer box", 4, true, 650).take(), type);
  DeviceInput planned;
  planned.device_type_id = type;
  planned.name = "zenith-planned";
  planned.customer_id = std::optional<std::int64_t>(w.zenith);
  planned.rack_id = std::optional<std::int64_t>(rack.id);
  planned.position = std::optional<double>(30);
  auto created = w.dcim->create_device(tx, staff(), planned);
  ASSERT_TRUE(created.ok()) << created.error().message;
  EXPECT_EQ(created->status, "planned");
  ASSERT_TRUE(w.dcim->release_reservation(tx, staff(), r->id).ok());
  ASSERT_TRUE(w.dcim->release_reservation(tx, staff(), r->id).ok()) << "releasing twice is harmless";
}

// The CSV round trip: what one database exports, another imports to the same data, and importing
// it again changes nothing. A file with one wrong line writes nothing.
TEST_P(DcimServiceTest, CsvExportImportsBackToTheSameData) {
  auto& w = world_;
  auto a = make_rack(w, "CSV-01");
  RackInput extra;
  extra.facility_id = std::optional<std::string>("BJ1, \"cage\" 3");
  extra.customer_id = std::optional<std::int64_t>(w.acme);
  extra.max_weight_kg = 800.5;
  extra.descending = true;
  ASSERT_TRUE(w.dcim->save_rack(staff(), a.id, extra).ok());
  auto b = make_rack(w, "CSV-02", 7000, "A02");
  ASSERT_TRUE(place(w, a.id, w.server_2u, "csv-srv", 1, "front", w.acme).ok());
  ASSERT_TRUE(place(w, b.id, w.half_1u, "csv-half", 10.5, "rear", std::nullopt, false, "B").ok());
  DeviceInput spare;
  spare.device_type_id = w.small_1u;
  spare.name = "spare, in store";
  spare.site_id = std::optional<std::int64_t>(w.site);
  spare.asset_tag = std::optional<std::string>("AT-0001");
  spare.config_notes = "line 1\nline 2, \"quoted\"";
  ASSERT_TRUE(w.dcim->save_device(staff(), std::nullopt, spare).ok());
  ListQuery all;
  const auto racks_csv = w.dcim->racks_csv(staff(), all).take();
  const auto devices_csv = w.dcim->devices_csv(staff(), all).take();

  // Another database with the same infrastructure and none of the racks or devices.
  auto other_db = db::testing::make_test_database(GetParam());
  ASSERT_TRUE(other_db);
  World other;
  build(other, *other_db->db);
  auto racks = other.dcim->import_racks_csv(staff(), racks_csv);
  ASSERT_TRUE(racks.ok()) << racks.error().message
                          << (racks.error().fields.empty() ? "" : racks.error().fields[0].message);
  EXPECT_EQ(racks->created, 2);
  auto devices = other.dcim->import_devices_csv(staff(), devices_csv);
  ASSERT_TRUE(devices.ok()) << devices.error().message
                            << (devices.error().fields.empty() ? "" : devices.error().fields[0].message);
  EXPECT_EQ(devices->created, 3);
  EXPECT_EQ(other.dcim->racks_csv(staff(), all).take(), racks_csv);
  EXPECT_EQ(other.dcim->devices_csv(staff(), all).take(), devices_csv);
  // Again: nothing changes.
  auto again = w.dcim->import_devices_csv(staff(), devices_csv).take();
  EXPECT_EQ(again.unchanged, 3);
  EXPECT_EQ(again.created + again.updated, 0);
  EXPECT_EQ(w.dcim->import_racks_csv(staff(), racks_csv).take().unchanged, 2);

  // One changed cell updates one device; a wrong line stops the whole file.
  auto table = parse_csv(devices_csv).take();
  std::string edited = csv_line(table.header);
  for (auto rec : table.records) {
    if (rec.fields[0] == "csv-srv") rec.fields[10] = "SN-NEW";  // serial
    edited += csv_line(rec.fields);
  }
  auto one = w.dcim->import_devices_csv(staff(), edited).take();
  EXPECT_EQ(one.updated, 1);
  EXPECT_EQ(one.unchanged, 2);
  const auto before = w.dcim->devices_csv(staff(), all).take();
  std::string bad = edited;
  bad += csv_line({"new-one", "Test DC", "Hall 1", "CSV-02", "1", "front", "TestCo", "S1", "server", "active", "", "",
                   "", "true", "A", "", ""});
  bad += csv_line({"broken", "Test DC", "Hall 1", "CSV-02", "10.5", "front", "TestCo", "S1", "server", "active", "", "",
                   "", "true", "A", "", ""});  // the half-depth device's units are not free
  bad += csv_line(
      {"worse", "Nowhere", "", "", "", "", "TestCo", "S1", "server", "weird", "", "", "", "maybe", "A", "", ""});
  auto failed = w.dcim->import_devices_csv(staff(), bad);
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.error().code, "dcim.csv.invalid");
  EXPECT_EQ(failed.error().kind, ErrorKind::invalid);
  std::set<std::string> lines;
  for (const auto& f : failed.error().fields) lines.insert(f.field);
  // Lines: 1 header, 2-5 the three devices (the spare's notes span two lines), 6 new-one (fine),
  // 7 broken, 8 worse.
  EXPECT_EQ(lines, (std::set<std::string>{"line 7", "line 8"})) << failed.error().message;
  EXPECT_EQ(w.dcim->devices_csv(staff(), all).take(), before) << "nothing was written";
  auto malformed = w.dcim->import_racks_csv(staff(), "site,room,name\n\"Test DC,Hall 1,X\n");
  ASSERT_FALSE(malformed.ok());
  EXPECT_EQ(malformed.error().fields.at(0).field, "line 2");
}

// The whole NetBox community library: no crash, a report, and a second run changes nothing.
TEST_P(DcimServiceTest, TheWholeDeviceTypeLibraryImportsTwiceIdempotently) {
  const auto dir = default_library_dir();
  if (dir.empty()) GTEST_SKIP() << "no device-type library (set COLO_DEVICETYPE_LIBRARY)";
  auto& w = world_;
  auto started = std::chrono::steady_clock::now();
  auto first = w.dcim->import_device_type_dir(staff(), dir);
  ASSERT_TRUE(first.ok()) << first.error().message;
  auto first_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const int files = first->imported + first->updated + first->unchanged + static_cast<int>(first->skipped.size());
  EXPECT_GE(files, 2900);
  EXPECT_GE(first->imported, 2800);
  for (const auto& [file, why] : first->skipped) EXPECT_FALSE(why.empty()) << file;
  started = std::chrono::steady_clock::now();
  auto second = w.dcim->import_device_type_dir(staff(), dir).take();
  auto second_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  EXPECT_EQ(second.imported, 0);
  EXPECT_EQ(second.updated, 0);
  EXPECT_EQ(second.unchanged, first->imported + first->updated + first->unchanged);
  EXPECT_EQ(second.skipped.size(), first->skipped.size());
  std::printf("[ library  ] %d files: imported %d, skipped %zu in %.2f s; again: unchanged %d in %.2f s\n", files,
              first->imported, first->skipped.size(), first_s, second.unchanged, second_s);
  // A library type is usable at once, with its interfaces.
  ListQuery q;
  q.q = "PowerEdge R650";
  auto found = w.dcim->device_types(staff(), q).take();
  if (found.first > 0) {
    auto t = w.dcim->device_type(staff(), found.second[0].id).take();
    EXPECT_FALSE(t.interfaces.empty());
    EXPECT_GT(t.max_power_w, 0);
  }
}

COLO_INSTANTIATE_ENGINE_TEST(DcimServiceTest);

}  // namespace
}  // namespace colo::dcim
