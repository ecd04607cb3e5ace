#include "billing/catalogue_routes.hpp"

#include <boost/json.hpp>

#include "billing/catalogue_service.hpp"
#include "contracts/model.hpp"
#include "core/shape.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"

namespace colo::billing {

namespace json = boost::json;
using http::Request;

namespace {

// What a reader sees of an item: the price in force on `today` (null before its first price and
// once retired), the announced changes after today, and the whole history.
struct ItemView {
  CatalogueItem item;
  Date today{};
};

template <typename W>
void write_version(W& w, const PriceVersion& v) {
  w.field("id", v.id);
  w.field("effective_from", format_date(v.effective_from));
  w.field("price_fen", v.price_fen);
  w.field("retires", !v.price_fen.has_value());
  w.field("note", v.note);
  w.field("created_by", v.created_by_name);
  w.field("created_at", v.created_at);
}

template <typename W>
void write_item(W& w, const ItemView& view) {
  const auto& i = view.item;
  w.field("id", i.id);
  w.field("code", i.code);
  w.field("name_zh", i.name_zh);
  w.field("name_en", i.name_en);
  w.field("service", i.service, contracts::kServices);
  w.field("unit", i.unit);
  w.field("mode", i.mode, contracts::kLineModes);
  w.field("metric", i.metric, contracts::kUsageMetrics);
  w.field("billing_cycle", i.billing_cycle, contracts::kBillingCycles);
  w.field("tax_rate_bp", i.tax_rate_bp);
  w.field("description", i.description);
  const PriceVersion* now = version_on(i.versions, view.today);
  w.field("price_fen", now ? now->price_fen : std::optional<std::int64_t>{});
  w.field("price_from", now ? std::optional<std::string>(format_date(now->effective_from)) : std::nullopt);
  w.array("upcoming", "PriceVersion", upcoming(i.versions, view.today),
          [&](const PriceVersion& v) { write_version(w, v); });
  w.array("versions", "PriceVersion", i.versions, [&](const PriceVersion& v) { write_version(w, v); });
  w.field("created_at", i.created_at);
  w.field("updated_at", i.updated_at);
}

constexpr auto item_shape = [](auto& w, const ItemView& v) { write_item(w, v); };

json::object item_json(const CatalogueItem& item, Date today) {
  return shape::value_of(ItemView{item, today}, item_shape);
}

const json::value kVersionRequest = json::object{
    {"type", "object"},
    {"required", json::array{"effective_from"}},
    {"properties",
     json::object{{"effective_from", json::object{{"type", "string"}, {"format", "date"}}},
                  {"price_fen", json::object{{"type", "integer"}, {"description", "fen per unit and cycle"}}},
                  {"retire", json::object{{"type", "boolean"}, {"description", "no price from that day"}}},
                  {"note", json::object{{"type", "string"}}}}}};

json::value item_request(bool create) {
  json::object props{{"name_zh", json::object{{"type", "string"}}},
                     {"name_en", json::object{{"type", "string"}}},
                     {"description", json::object{{"type", "string"}}},
                     {"tax_rate_bp", json::object{{"type", "integer"}, {"description", "VAT, 600 = 6 %"}}}};
  if (!create) return json::object{{"type", "object"}, {"properties", std::move(props)}};
  props["code"] = json::object{{"type", "string"}};
  props["service"] = json::object{{"enum", json::value_from(contracts::kServices)}};
  props["unit"] = json::object{{"type", "string"}};
  props["mode"] = json::object{{"enum", json::value_from(contracts::kLineModes)}};
  props["metric"] = json::object{{"enum", json::value_from(contracts::kUsageMetrics)}};
  props["billing_cycle"] = json::object{{"enum", json::value_from(contracts::kBillingCycles)}};
  props["price_fen"] = json::object{{"type", "integer"}};
  props["effective_from"] = json::object{{"type", "string"}, {"format", "date"}};
  props["note"] = json::object{{"type", "string"}};
  return json::object{{"type", "object"},
                      {"required", json::array{"code", "name_zh", "name_en", "service", "price_fen"}},
                      {"properties", std::move(props)}};
}

constexpr std::int64_t kMaxPrice = 100'000'000'000;

// A price in fen read from `key`: a whole number from 0 to kMaxPrice. A well-formed body whose
// price is negative or a fraction of a fen breaks the money rule: 422 billing.money.invalid, raised
// by finish_money() once the body's other fields have been checked.
class MoneyReader {
 public:
  explicit MoneyReader(http::JsonBody& b) : b_(b) {}
  std::optional<std::int64_t> fen(std::string_view key, bool required) {
    const auto* v = b_.raw(key);
    if (!v || v->is_null()) {
      if (required) b_.error(key, "required", "Required.");
      return std::nullopt;
    }
    if (v->is_int64() && v->as_int64() >= 0 && v->as_int64() <= kMaxPrice) return v->as_int64();
    if (v->is_uint64() && v->as_uint64() <= static_cast<std::uint64_t>(kMaxPrice))
      return static_cast<std::int64_t>(v->as_uint64());
    if (v->is_number())
      bad_.push_back({b_.path(key), "billing.money.invalid", "A whole number of fen from 0 to 100000000000."});
    else
      b_.error(key, "integer", "Must be an integer.");
    return std::nullopt;
  }
  // After b.finish(): the money errors, if any.
  void finish() {
    if (!bad_.empty())
      fail(Error::unprocessable("billing.money.invalid", "Money is a whole, non-negative number of fen.",
                                std::move(bad_)));
  }

 private:
  http::JsonBody& b_;
  std::vector<FieldError> bad_;
};

}  // namespace

void add_catalogue_routes(http::Router& router, Catalogue& svc) {
  router.add({.method = "GET",
              .pattern = "/api/v1/billing/catalogue",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    CatalogueFilter f;
                    f.service = q.choice("service", contracts::kServices);
                    f.mode = q.choice("mode", contracts::kLineModes);
                    f.published_only = !q.boolean("all").value_or(false);
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.list(http::context_of(req), f).take();
                    const Date today = svc.today();
                    std::vector<ItemView> views;
                    views.reserve(rows.size());
                    for (auto& r : rows) views.push_back({std::move(r), today});
                    return http::page_response(req, page, count, shape::text_array(views, item_shape));
                  },
              .summary = "The published price list (R8.1): each item's price in force today and announced changes. "
                         "all=true (catalogue.write) adds retired and unpriced items.",
              .tag = "billing",
              .permission = "catalogue.read",
              .query = http::list_docs(kCatalogueList,
                                       {{"service", "string", "Service.", contracts::kServices},
                                        {"mode", "string", "Billing mode.", contracts::kLineModes},
                                        {"all", "boolean", "Retired and unpriced items too (catalogue.write)."}},
                                       {.q = "Part of the code or a name."}),
              .response_schema = shape::page_of<ItemView>("CatalogueItem", item_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/billing/catalogue/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto item = svc.get(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(item_json(item, svc.today()));
                  },
              .summary = "A price list item with its price history.",
              .tag = "billing",
              .permission = "catalogue.read",
              .response_schema = shape::schema_of<ItemView>("CatalogueItem", item_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/billing/catalogue",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    ItemInput in;
                    auto& i = in.item;
                    i.code = b.string("code", {.required = true, .min = 1, .max = 64}).value_or("");
                    i.name_zh = b.string("name_zh", {.required = true, .min = 1, .max = 200}).value_or("");
                    i.name_en = b.string("name_en", {.required = true, .min = 1, .max = 200}).value_or("");
                    i.service = b.choice("service", contracts::kServices, true).value_or("");
                    i.mode = b.choice("mode", contracts::kLineModes).value_or("recurring");
                    i.metric = b.choice("metric", contracts::kUsageMetrics);
                    i.billing_cycle = b.choice("billing_cycle", contracts::kBillingCycles).value_or("monthly");
                    i.unit = b.string("unit", {.min = 1, .max = 16}).value_or(contracts::default_unit(i.service));
                    i.tax_rate_bp = static_cast<int>(
                        b.integer("tax_rate_bp", {.min = 0, .max = 10000}).value_or(default_tax_rate_bp(i.service)));
                    i.description = b.string("description", {.max = 1000}).value_or("");
                    MoneyReader money(b);
                    in.price_fen = money.fen("price_fen", true);
                    in.effective_from = b.date("effective_from").value_or(svc.today());
                    in.note = b.string("note", {.max = 500}).value_or("");
                    b.finish();
                    money.finish();
                    auto item = svc.create(http::context_of(req), in).take();
                    return http::json_response(item_json(item, svc.today()), 201);
                  },
              .summary = "Add an item to the price list with its first price (from today unless given).",
              .tag = "billing",
              .permission = "catalogue.write",
              .request_schema = item_request(true),
              .response_schema = shape::schema_of<ItemView>("CatalogueItem", item_shape),
              .success_status = 201});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/billing/catalogue/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    ItemChanges in;
                    in.name_zh = b.string("name_zh", {.min = 1, .max = 200});
                    in.name_en = b.string("name_en", {.min = 1, .max = 200});
                    in.description = b.string("description", {.max = 1000});
                    if (auto t = b.integer("tax_rate_bp", {.min = 0, .max = 10000}))
                      in.tax_rate_bp = static_cast<int>(*t);
                    b.finish();
                    auto item = svc.update(http::context_of(req), id, in).take();
                    return http::json_response(item_json(item, svc.today()));
                  },
              .summary = "Change an item's names, description or tax rate; prices change by new versions only.",
              .tag = "billing",
              .permission = "catalogue.write",
              .request_schema = item_request(false),
              .response_schema = shape::schema_of<ItemView>("CatalogueItem", item_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/billing/catalogue/{id}/versions",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    VersionInput in;
                    if (auto d = b.date("effective_from", true)) in.effective_from = *d;
                    const bool retire = b.boolean("retire").value_or(false);
                    MoneyReader money(b);
                    in.price_fen = money.fen("price_fen", !retire);
                    if (retire && in.price_fen) b.error("price_fen", "invalid", "A retirement has no price.");
                    in.note = b.string("note", {.max = 500}).value_or("");
                    b.finish();
                    money.finish();
                    auto item = svc.add_version(http::context_of(req), id, in).take();
                    return http::json_response(item_json(item, svc.today()), 201);
                  },
              .summary = "A new price from a date (today or later, after the latest version), or retire=true: "
                         "no price from that date. Versions are never edited.",
              .tag = "billing",
              .permission = "catalogue.write",
              .request_schema = kVersionRequest,
              .response_schema = shape::schema_of<ItemView>("CatalogueItem", item_shape),
              .success_status = 201});
}

}  // namespace colo::billing
