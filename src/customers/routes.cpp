// HTTP adapter for customers and their contacts.
#include "customers/routes.hpp"

#include <boost/json.hpp>

#include "core/shape.hpp"
#include "customers/credit_code.hpp"
#include "customers/lists.hpp"
#include "customers/service.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"

namespace colo::customers {

namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

// The answers, written once as shapes (core/shape.hpp): the JSON and the document's schemas.
template <typename W>
void write_contact(W& w, const Contact& c) {
  w.field("id", c.id);
  w.field("name", c.name);
  w.field("role", c.role);
  w.field("phone", c.phone);
  w.field("email", c.email);
}

template <typename W>
void write_customer(W& w, const Customer& c, bool brief, bool detail) {
  w.field("id", c.id);
  w.field("name", c.name);
  w.when(!brief, [&] {
    w.field("credit_code", c.credit_code);
    w.field("address", c.address);
  });
  w.field("status", c.status, kStatuses);
  w.when(!brief, [&] {
    w.field("created_at", c.created_at);
    w.field("updated_at", c.updated_at);
  });
  w.when(detail, [&] { w.array("contacts", "Contact", c.contacts, [&](const Contact& k) { write_contact(w, k); }); });
}

constexpr auto contact_shape = [](auto& w, const Contact& c) { write_contact(w, c); };
constexpr auto customer_shape = [](auto& w, const Customer& c) { write_customer(w, c, false, true); };

json::object contact_json(const Contact& c) { return shape::value_of(c, contact_shape); }
json::object customer_json(const Customer& c) { return shape::value_of(c, customer_shape); }

CustomerInput read_customer(http::JsonBody& b, bool create) {
  CustomerInput in;
  in.name = b.string("name", {.required = create, .max = 200});
  if (b.has("credit_code")) {
    if (b.is_null("credit_code")) {
      b.raw("credit_code");
      in.credit_code = std::optional<std::string>{};
    } else if (auto code = b.string("credit_code", {.min = 18, .max = 18})) {
      // Printed codes are upper case; people type them either way.
      for (auto& ch : *code) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      if (valid_credit_code(*code))
        in.credit_code = std::optional<std::string>(*code);
      else
        b.error("credit_code", "invalid", "Not a valid unified social credit code (GB 32100-2015).");
    }
  }
  in.address = b.string("address", {.max = 500});
  in.status = b.choice("status", kStatuses);
  b.finish();
  return in;
}

ContactInput read_contact(http::JsonBody& b, bool create) {
  ContactInput in;
  in.name = b.string("name", {.required = create, .max = 100});
  in.role = b.string("role", {.max = 100});
  in.phone = b.string("phone", {.max = 40});
  in.email = b.string("email", {.max = 254});
  b.finish();
  return in;
}

const json::value kCustomerSchema =
    json::object{{"type", "object"},
                 {"properties", json::object{{"name", json::object{{"type", "string"}}},
                                             {"credit_code", json::object{{"type", json::array{"string", "null"}}}},
                                             {"address", json::object{{"type", "string"}}},
                                             {"status", json::object{{"enum", json::value_from(kStatuses)}}}}}};
const json::value kContactSchema =
    json::object{{"type", "object"},
                 {"properties", json::object{{"name", json::object{{"type", "string"}}},
                                             {"role", json::object{{"type", "string"}}},
                                             {"phone", json::object{{"type", "string"}}},
                                             {"email", json::object{{"type", "string"}}}}}};

}  // namespace

void add_routes(http::Router& router, Service& svc) {
  router.add({.method = "GET",
              .pattern = "/api/v1/customers",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    CustomerFilter f;
                    f.q = q.string("q", 100);
                    f.status = q.choice("status", kStatuses);
                    f.sort = q.string("sort", 100);
                    bool brief = q.boolean("brief").value_or(false);
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.list(http::context_of(req), f).take();
                    return http::page_response(req, page, count,
                                               shape::text_array(rows, [brief](auto& w, const Customer& c) {
                                                 write_customer(w, c, brief, false);
                                               }));
                  },
              .summary = "List customers (a customer user sees only its own).",
              .tag = "customers",
              .permission = "customers.read",
              .query = http::list_docs(store::kCustomerList, {{"status", "string", "Customer status.", kStatuses}},
                                       {.brief = true, .q = "Part of the name or credit code."}),
              .response_schema = shape::page_of<Customer>("Customer", customer_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/customers",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto in = read_customer(b, true);
                    auto c = svc.create(http::context_of(req), in).take();
                    return http::json_response(customer_json(c), 201);
                  },
              .summary = "Create a customer.",
              .tag = "customers",
              .permission = "customers.write",
              .request_schema = kCustomerSchema,
              .response_schema = shape::schema_of<Customer>("Customer", customer_shape),
              .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/customers/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto c = svc.read(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(customer_json(c));
                  },
              .summary = "A customer with its contacts.",
              .tag = "customers",
              .permission = "customers.read",
              .response_schema = shape::schema_of<Customer>("Customer", customer_shape)});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/customers/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto in = read_customer(b, false);
                    auto c = svc.update(http::context_of(req), id, in).take();
                    return http::json_response(customer_json(c));
                  },
              .summary = "Change a customer.",
              .tag = "customers",
              .permission = "customers.write",
              .request_schema = kCustomerSchema,
              .response_schema = shape::schema_of<Customer>("Customer", customer_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/customers/{id}/contacts",
              .handler =
                  [&svc](Request& req) {
                    auto list = svc.contacts(http::context_of(req), http::id_param(req)).take();
                    return Response::text(200, shape::text_array(list, contact_shape), "application/json");
                  },
              .summary = "A customer's contacts.",
              .tag = "customers",
              .permission = "customers.read",
              .response_schema = shape::array_of<Contact>("Contact", contact_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/customers/{id}/contacts",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto in = read_contact(b, true);
                    auto c = svc.add_contact(http::context_of(req), id, in).take();
                    return http::json_response(contact_json(c), 201);
                  },
              .summary = "Add a contact.",
              .tag = "customers",
              .permission = "customers.contacts.write",
              .request_schema = kContactSchema,
              .response_schema = shape::schema_of<Contact>("Contact", contact_shape),
              .success_status = 201});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/customers/{id}/contacts/{contact_id}",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    auto cid = http::id_param(req, "contact_id");
                    http::JsonBody b(req);
                    auto in = read_contact(b, false);
                    auto c = svc.update_contact(http::context_of(req), id, cid, in).take();
                    return http::json_response(contact_json(c));
                  },
              .summary = "Change a contact.",
              .tag = "customers",
              .permission = "customers.contacts.write",
              .request_schema = kContactSchema,
              .response_schema = shape::schema_of<Contact>("Contact", contact_shape)});
  router.add(
      {.method = "DELETE",
       .pattern = "/api/v1/customers/{id}/contacts/{contact_id}",
       .handler =
           [&svc](Request& req) {
             svc.remove_contact(http::context_of(req), http::id_param(req), http::id_param(req, "contact_id")).take();
             return Response::no_content();
           },
       .summary = "Remove a contact (kept for the audit trail).",
       .tag = "customers",
       .permission = "customers.contacts.write",
       .success_status = 204});
}

}  // namespace colo::customers
