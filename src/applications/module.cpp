// The applications' Inventory port over dcim::Service, ipam::Service and customers::Service.
#include "applications/module.hpp"

#include <boost/json.hpp>

#include <cmath>

#include "customers/service.hpp"
#include "dcim/service.hpp"
#include "ipam/service.hpp"

namespace colo::applications {

namespace {

namespace json = boost::json;

std::int64_t grams(double kg) { return static_cast<std::int64_t>(std::llround(kg * 1000.0)); }

class ServiceInventory final : public Inventory {
 public:
  ServiceInventory(dcim::Service& dcim, customers::Service& customers, ipam::Service* ipam)
      : dcim_(dcim), customers_(customers), ipam_(ipam) {}

  Result<json::value> company(const Context& ctx, std::int64_t customer_id) override {
    COLO_TRY(auto c, customers_.get(ctx, customer_id));
    // Names and roles of the contacts only: their phones and e-mails stay encrypted in the
    // customer record (R6.2.1) instead of being copied here in clear.
    json::array contacts;
    for (const auto& k : c.contacts) contacts.push_back(json::object{{"name", k.name}, {"role", k.role}});
    return json::value(json::object{{"id", c.id},
                                    {"name", c.name},
                                    {"credit_code", c.credit_code ? json::value(*c.credit_code) : json::value(nullptr)},
                                    {"address", c.address},
                                    {"status", c.status},
                                    {"contacts", std::move(contacts)}});
  }

  Result<std::optional<DeviceTypeInfo>> device_type(db::Tx& tx, std::int64_t id) override {
    COLO_TRY(auto t, dcim_.find_device_type(tx, id));
    if (!t) return std::optional<DeviceTypeInfo>{};
    return std::optional<DeviceTypeInfo>(DeviceTypeInfo{t->id, t->manufacturer + " " + t->model, t->height_hu,
                                                        t->full_depth, t->max_power_w,
                                                        t->weight_kg ? grams(*t->weight_kg) : 0});
  }

  Result<std::optional<SiteInfo>> site(db::Tx& tx, std::int64_t id) override {
    COLO_TRY(auto s, dcim_.find_site(tx, id));
    if (!s) return std::optional<SiteInfo>{};
    return std::optional<SiteInfo>(SiteInfo{s->id, s->name, s->uplink_mbps});
  }

  Result<std::optional<RoomInfo>> room(db::Tx& tx, std::int64_t id) override {
    COLO_TRY(auto r, dcim_.find_room(tx, id));
    if (!r) return std::optional<RoomInfo>{};
    return std::optional<RoomInfo>(RoomInfo{r->id, r->name, r->site_id});
  }

  Result<std::vector<RackCapacity>> racks(db::Tx& tx, std::int64_t customer_id, std::optional<std::int64_t> site_id,
                                          std::optional<std::int64_t> room_id) override {
    COLO_TRY(auto snapshot, dcim_.capacity_snapshot(tx, site_id, room_id));
    std::vector<RackCapacity> out;
    out.reserve(snapshot.size());
    for (const auto& r : snapshot) {
      RackCapacity c;
      c.id = r.id;
      c.name = r.name;
      c.site_id = r.site_id;
      c.room_id = r.room_id;
      c.site_name = r.site_name;
      c.room_name = r.room_name;
      c.u_height = r.u_height;
      c.usable = r.status == "active";
      c.owner = r.customer_id;
      for (const auto& s : r.front) {
        c.front.push_back({s.bottom_hu, s.height_hu});
        if (s.customer_id == customer_id) c.used_by_customer = true;
      }
      for (const auto& s : r.rear) {
        c.rear.push_back({s.bottom_hu, s.height_hu});
        if (s.customer_id == customer_id) c.used_by_customer = true;
      }
      for (const auto& h : r.reservations) {
        c.reservations.push_back({h.bottom_hu, h.height_hu, h.customer_id});
        if (h.customer_id == customer_id) c.used_by_customer = true;
      }
      c.power_a_w = r.power_a_w;
      c.power_b_w = r.power_b_w;
      c.allocated_a_w = r.allocated_a_w;
      c.allocated_b_w = r.allocated_b_w;
      c.max_weight_g = grams(r.max_weight_kg);
      c.weight_g = grams(r.weight_kg);
      out.push_back(std::move(c));
    }
    return out;
  }

  Result<std::int64_t> reserve(db::Tx& tx, const Context& ctx, std::int64_t rack_id, std::int64_t customer_id,
                               int bottom_hu, int height_hu, Instant expires_at, const std::string& reason) override {
    COLO_TRY(auto r, dcim_.reserve_units(tx, ctx, rack_id, customer_id, bottom_hu, height_hu, expires_at, reason));
    return r.id;
  }

  Status release(db::Tx& tx, const Context& ctx, std::int64_t reservation_id) override {
    return dcim_.release_reservation(tx, ctx, reservation_id);
  }

  Result<std::int64_t> create_device(db::Tx& tx, const Context& ctx, const PlannedDevice& d) override {
    dcim::DeviceInput in;
    in.device_type_id = d.device_type_id;
    if (!in.device_type_id) {  // the customer's own figures: a generic type of that shape
      COLO_TRY(auto type, dcim_.custom_device_type(tx, ctx, d.label, d.height_hu, d.full_depth, d.power_w));
      in.device_type_id = type;
    }
    in.name = d.name;
    in.status = std::string("planned");
    in.customer_id = std::optional<std::int64_t>(d.customer_id);
    in.rack_id = std::optional<std::int64_t>(d.rack_id);
    in.position = std::optional<double>(d.bottom_hu / 2.0);
    in.face = std::optional<std::string>(d.face == "rear" ? "rear" : "front");
    in.redundant_power = d.redundant;
    in.feed = d.feed;
    in.role = d.role;
    COLO_TRY(auto device, dcim_.create_device(tx, ctx, in));
    return device.id;
  }

  Result<std::optional<std::int64_t>> free_ipv4(const Context& ctx, std::int64_t site_id) override {
    if (!ipam_) return std::optional<std::int64_t>{};
    // What activation can assign: the site's pools for customers (no IPv4 plan: unknown, not zero).
    return ipam_->free_customer_ipv4(ctx, site_id);
  }

 private:
  dcim::Service& dcim_;
  customers::Service& customers_;
  ipam::Service* ipam_;
};

}  // namespace

std::unique_ptr<Inventory> make_inventory(dcim::Service& dcim, customers::Service& customers, ipam::Service* ipam) {
  return std::make_unique<ServiceInventory>(dcim, customers, ipam);
}

}  // namespace colo::applications
