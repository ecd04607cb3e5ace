#include "app/confidentiality.hpp"

#include <boost/json.hpp>

#include "auth/permissions.hpp"
#include "billing/render.hpp"
#include "billing/service.hpp"
#include "confidentiality/routes.hpp"
#include "confidentiality/service.hpp"
#include "contracts/render.hpp"
#include "contracts/service.hpp"
#include "core/shape.hpp"
#include "customers/service.hpp"
#include "dcim/render.hpp"
#include "dcim/service.hpp"
#include "facility/service.hpp"
#include "ipam/render.hpp"
#include "ipam/service.hpp"
#include "scheduler/scheduler.hpp"
#include "servicedesk/render.hpp"
#include "servicedesk/service.hpp"

namespace colo::app {

namespace {

namespace json = boost::json;
using confidentiality::SectionPage;

// The module checked the caller sees the customer; its records are read whole for it, whatever
// the caller's other permissions (a customer user exporting its own invoices).
Context reader() {
  auto ctx = system_context("confidentiality");
  auto p = std::make_shared<Principal>(*ctx.principal);
  for (const auto& def : auth::all_permissions())
    if (def.name.ends_with(".read")) p->permissions.insert(def.name);
  ctx.principal = std::move(p);
  return ctx;
}

template <typename T, typename F>
SectionPage page_of(std::int64_t count, const std::vector<T>& rows, F&& f) {
  return SectionPage{count, shape::text_array(rows, std::forward<F>(f))};
}

confidentiality::ContractFact fact_of(const contracts::Contract& c) {
  confidentiality::ContractFact f;
  f.id = c.id;
  f.customer_id = c.customer_id;
  f.number = c.number;
  f.customer_name = c.customer_name;
  f.status = c.status;
  f.effective_date = c.terms.effective_date;
  f.end_date = c.terms.end_date;
  if (c.termination_date) f.ended_on = parse_date(*c.termination_date);
  f.confidentiality_until = c.confidentiality_until;
  return f;
}

}  // namespace

confidentiality::Service& add_confidentiality(App& app, const ConfidentialitySources& s) {
  confidentiality::Ports ports;
  ports.customer = [s](const Context& ctx, std::int64_t id) -> Result<std::optional<confidentiality::CustomerRef>> {
    auto c = s.customers.get(ctx.tenant() ? ctx : reader(), id);
    if (!c.ok()) {
      if (c.error().kind == ErrorKind::not_found) return std::optional<confidentiality::CustomerRef>{};
      return std::move(c).error();
    }
    return std::optional<confidentiality::CustomerRef>({c->id, c->name});
  };
  ports.count = [s](const Context&, std::int64_t customer, const std::string& category) -> Result<std::int64_t> {
    const auto ctx = reader();
    if (category == "contacts") {
      COLO_TRY(auto c, s.customers.get(ctx, customer));
      return static_cast<std::int64_t>(c.contacts.size());
    }
    if (category == "authorised_people") {
      facility::PersonFilter f;
      f.customer = customer;
      f.limit = 1;
      COLO_TRY(auto page, s.facility.people(ctx, f));
      return page.first;
    }
    if (category == "devices") {
      dcim::ListQuery q;
      q.customer = customer;
      q.limit = 1;
      COLO_TRY(auto page, s.dcim.devices(ctx, q));
      return page.first;
    }
    if (category == "network_plans") {
      ipam::PrefixFilter p;
      p.customer_id = customer;
      p.limit = 1;
      COLO_TRY(auto prefixes, s.ipam.list_prefixes(ctx, p));
      ipam::VlanFilter v;
      v.customer_id = customer;
      v.limit = 1;
      COLO_TRY(auto vlans, s.ipam.list_vlans(ctx, v));
      return prefixes.first + vlans.first;
    }
    if (category == "contracts") {
      contracts::ListFilter f;
      f.customer = customer;
      f.limit = 1;
      COLO_TRY(auto page, s.contracts.list(ctx, f));
      return page.first;
    }
    if (category == "invoices") {
      billing::InvoiceFilter f;
      f.customer = customer;
      f.limit = 1;
      COLO_TRY(auto page, s.billing.invoices(ctx, f));
      return page.first;
    }
    if (category == "tickets") {
      servicedesk::TicketFilter f;
      f.customer_id = customer;
      f.limit = 1;
      COLO_TRY(auto page, s.desk.list(ctx, f));
      return page.first;
    }
    return Error::internal("confidentiality: no count for " + category);
  };
  ports.contracts = [s](const Context& ctx,
                        const confidentiality::ContractQuery& q) -> Result<db::Counted<confidentiality::ContractFact>> {
    contracts::ListFilter f;
    f.customer = ctx.tenant() ? ctx.tenant() : q.customer;
    f.q = q.q;
    f.sort = q.sort;
    f.limit = q.limit;
    f.offset = q.offset;
    COLO_TRY(auto page, s.contracts.list(reader(), f));
    db::Counted<confidentiality::ContractFact> out{page.first, {}};
    for (const auto& c : page.second) out.second.push_back(fact_of(c));
    return out;
  };
  ports.contract = [s](const Context& ctx, std::int64_t id) -> Result<std::optional<confidentiality::ContractFact>> {
    auto d = s.contracts.get(ctx, id);
    if (!d.ok()) {
      if (d.error().kind == ErrorKind::not_found) return std::optional<confidentiality::ContractFact>{};
      return std::move(d).error();
    }
    return std::optional<confidentiality::ContractFact>(fact_of(d->contract));
  };
  ports.section = [s](const Context&, std::int64_t customer, const std::string& section, std::int64_t limit,
                      std::int64_t offset) -> Result<SectionPage> {
    const auto ctx = reader();
    if (section == "customer" || section == "contacts") {
      COLO_TRY(auto c, s.customers.get(ctx, customer));
      if (section == "customer") {
        std::vector<customers::Customer> one;
        if (offset == 0 && limit > 0) one.push_back(c);
        return page_of(1, one, [](auto& w, const customers::Customer& x) {
          w.field("id", x.id);
          w.field("name", x.name);
          w.field("credit_code", x.credit_code);
          w.field("address", x.address);
          w.field("status", x.status);
          w.field("created_at", x.created_at);
          w.field("updated_at", x.updated_at);
        });
      }
      const auto n = static_cast<std::int64_t>(c.contacts.size());
      std::vector<customers::Contact> rows;
      for (std::int64_t i = offset; i < n && i < offset + limit; ++i) rows.push_back(c.contacts[i]);
      return page_of(n, rows, [](auto& w, const customers::Contact& x) {
        w.field("id", x.id);
        w.field("name", x.name);
        w.field("role", x.role);
        w.field("phone", x.phone);
        w.field("email", x.email);
      });
    }
    if (section == "authorised_people") {
      facility::PersonFilter f;
      f.customer = customer;
      f.limit = limit;
      f.offset = offset;
      COLO_TRY(auto page, s.facility.people(ctx, f));
      return page_of(page.first, page.second, [](auto& w, const facility::Person& p) {
        w.field("id", p.id);
        w.field("name", p.name);
        w.field("id_type", p.id_type);
        w.field("id_number_masked", p.id_number_masked);
        w.field("phone_masked", p.phone_masked);
        w.field("company", p.company);
        w.field("valid_from", p.valid_from);
        w.field("valid_to", p.valid_to);
        w.field("status", p.status);
        w.field("created_at", p.created_at);
      });
    }
    if (section == "devices") {
      dcim::ListQuery q;
      q.customer = customer;
      q.limit = limit;
      q.offset = offset;
      COLO_TRY(auto page, s.dcim.devices(ctx, q));
      return page_of(page.first, page.second,
                     [](auto& w, const dcim::Device& d) { dcim::render::device(w, d, false, false); });
    }
    if (section == "prefixes") {
      ipam::PrefixFilter f;
      f.customer_id = customer;
      f.limit = limit;
      f.offset = offset;
      COLO_TRY(auto page, s.ipam.list_prefixes(ctx, f));
      return page_of(page.first, page.second,
                     [](auto& w, const ipam::PrefixRecord& p) { ipam::render::prefix(w, p, false, false); });
    }
    if (section == "vlans") {
      ipam::VlanFilter f;
      f.customer_id = customer;
      f.limit = limit;
      f.offset = offset;
      COLO_TRY(auto page, s.ipam.list_vlans(ctx, f));
      return page_of(page.first, page.second, [](auto& w, const ipam::Vlan& v) { ipam::render::vlan(w, v, false); });
    }
    if (section == "contracts") {
      contracts::ListFilter f;
      f.customer = customer;
      f.limit = limit;
      f.offset = offset;
      COLO_TRY(auto page, s.contracts.list(ctx, f));
      return page_of(page.first, page.second,
                     [](auto& w, const contracts::Contract& c) { contracts::render::contract(w, c); });
    }
    if (section == "invoices") {
      billing::InvoiceFilter f;
      f.customer = customer;
      f.limit = limit;
      f.offset = offset;
      COLO_TRY(auto page, s.billing.invoices(ctx, f));
      return page_of(page.first, page.second,
                     [](auto& w, const billing::Invoice& i) { billing::render::invoice(w, i); });
    }
    if (section == "tickets") {
      servicedesk::TicketFilter f;
      f.customer_id = customer;
      f.limit = limit;
      f.offset = offset;
      COLO_TRY(auto page, s.desk.list(ctx, f));
      return page_of(page.first, page.second,
                     [](auto& w, const servicedesk::Ticket& t) { servicedesk::write_ticket(w, t); });
    }
    return Error::internal("confidentiality: no export section " + section);
  };
  confidentiality::Options options;
  options.files = app.config().upload_dir;
  options.years_after_end = app.config().confidentiality_years_after_end;
  options.reminder_days = app.config().confidentiality_reminder_days;
  auto& svc = app.own<confidentiality::Service>(app.db(), app.clock(), std::move(ports), std::move(options));
  app.services().confidentiality = &svc;
  confidentiality::add_routes(app.router(), svc);
  // Reminders before a contract's confidentiality duty ends, daily under the job's lease.
  app.add_background([&app, &svc](std::stop_token stop) {
    scheduler::run_daily_jobs(stop, app.db(), app.clock(),
                              {{kConfidentialityRemindersJob,
                                [&svc](Date day) -> Status {
                                  COLO_TRY(auto r, svc.send_reminders(day));
                                  (void)r;
                                  return {};
                                }}},
                              scheduler::holder_name());
  });
  return svc;
}

}  // namespace colo::app
