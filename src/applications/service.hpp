// Hosting applications (R3.1, R3.2): create and edit, the three-department approval on the
// workflow engine with separation of duties, the feasibility assessment with its placement
// proposal, and the reservation of the accepted placement. Customers see only their own
// applications; the feasibility assessment is for staff.
// Thread safety: a Service is shared by all request threads; it holds no mutable state.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "applications/feasibility.hpp"
#include "applications/inventory.hpp"
#include "applications/model.hpp"
#include "applications/placement.hpp"
#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "workflow/workflow.hpp"

namespace colo::applications {

// Accepted reservations hold this long unless the contract is activated first.
constexpr int kReservationDays = 30;

struct Detail {
  Application application;
  std::vector<workflow::Step> timeline;
  std::vector<std::string> actions;  // what the caller may do now ("submit", "approve", ...)
  bool editable = false;             // PATCH allowed for the caller
  bool can_accept_feasibility = false;
  bool staff_view = true;  // false for customers: the operator's capacity figures are left out
};

class Service {
 public:
  Service(db::Database& db, const Clock& clock, Inventory& inventory) : db_(db), clock_(clock), inventory_(inventory) {}

  Result<std::pair<std::int64_t, std::vector<Application>>> list(const Context& ctx, const ListFilter& f);
  // not_found for unknown and foreign applications.
  Result<Detail> get(const Context& ctx, std::int64_t id);
  // A customer user creates for its own customer; staff name the customer (400 customer_id).
  //   422 applications.unknown_customer / customer_inactive, 422 field errors for unknown device
  //   types, sites and rooms.
  Result<Detail> create(const Context& ctx, const ApplicationInput& in);
  // While draft or returned (409 applications.not_editable).
  Result<Detail> update(const Context& ctx, std::int64_t id, const ApplicationInput& in);
  // A workflow action with its comment (reject and return need one):
  //   400 workflow.unknown_action, 409 workflow.invalid_transition, 403 forbidden (wrong department),
  //   409 applications.separation_of_duties (approving a second step of the same application),
  //   409 applications.feasibility_not_accepted (technical approval before a proposal is accepted),
  //   422 applications.incomplete (submitting without what the review needs),
  //   409 workflow.step_decided (the step acted on was decided by someone else meanwhile: `from`,
  //   the state the actor saw, is no longer current, or the action was the actor's to take at the
  //   step just decided).
  Result<Detail> transition(const Context& ctx, std::int64_t id, const std::string& action, const std::string& comment,
                            const std::optional<std::string>& from = std::nullopt);

  // Staff only (403 for customers). The assessment of the application as it stands.
  Result<Feasibility> feasibility(const Context& ctx, std::int64_t id);
  // The technical reviewer at the technical step accepts the current proposal: its units are
  // reserved for kReservationDays (earlier reservations of the application are released first).
  //   409 applications.not_in_technical_review, 409 applications.infeasible.
  Result<Detail> accept_feasibility(const Context& ctx, std::int64_t id);

  // ---- For the contracts module, inside its transaction (it checks tenancy and permission) ----
  Result<std::optional<Application>> find(db::Tx& tx, std::int64_t id);
  // The contract is active: the accepted placement becomes planned devices of the customer, its
  // reservations are released, and the application moves to contracted. Returns the device ids.
  // Spare units and whole racks stay reserved until `hold_until` (the contract's end).
  Result<std::vector<std::int64_t>> mark_contracted(db::Tx& tx, const Context& ctx, std::int64_t id,
                                                    std::int64_t contract_id, const std::string& contract_number,
                                                    Instant hold_until);
  // Releases what the application still holds (termination); the number released.
  Result<int> release_reservations(db::Tx& tx, const Context& ctx, std::int64_t id);

 private:
  Result<Application> load_visible(db::Tx& tx, const Context& ctx, std::int64_t id);
  Result<Detail> detail(db::Tx& tx, const Context& ctx, Application a);
  Status apply_input(db::Tx& tx, Application& a, const ApplicationInput& in);
  // Everything but the free addresses, which ipam answers in its own transaction (finish_ipv4).
  Result<Feasibility> assess(db::Tx& tx, const Application& a);
  Status notify_transition(db::Tx& tx, const Application& a, const std::string& action, const std::string& from,
                           const std::string& comment, const std::string& contract_number = {});
  db::Database& db_;
  const Clock& clock_;
  Inventory& inventory_;
};

}  // namespace colo::applications
