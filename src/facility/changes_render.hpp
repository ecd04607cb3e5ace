// A change request as the API answers it (the list's brief form and the full one), written once as
// a shape (core/shape.hpp) for the change routes and the shift's today view.
#pragma once

#include "core/shape.hpp"
#include "facility/changes.hpp"
#include "facility/changes_rules.hpp"

namespace colo::facility {

template <typename W>
void write_change(W& w, const Change& c, bool detail) {
  w.field("id", c.id);
  w.field("number", c.number);
  w.field("title", c.title);
  w.field("risk", c.risk, kChangeRisks);
  w.field("status", c.status, kChangeStates);
  w.field("window_start", c.window_start);
  w.field("window_end", c.window_end);
  w.integers("customers", c.customers);
  w.field("result", c.result, kChangeResults);
  w.field("requested_by", c.requested_by);
  w.field("created_at", c.created_at);
  w.when(detail, [&] {
    w.field("reason", c.reason);
    w.field("rollback_plan", c.rollback_plan);
    w.integers("rooms", c.scope.rooms);
    w.integers("racks", c.scope.racks);
    w.integers("devices", c.scope.devices);
    w.integers("feeds", c.scope.feeds);
    w.integers("computed_customers", c.computed_customers);
    w.field("result_note", c.result_note);
    w.field("notified_at", c.notified_at);
    w.field("started_at", c.started_at);
    w.field("closed_at", c.closed_at);
    w.field("updated_at", c.updated_at);
    w.array("steps", "ChangeStep", c.steps, [&](const ChangeStep& s) {
      w.field("position", s.position);
      w.field("text", s.text);
      w.field("done_by", s.done_by);
      w.field("done_at", s.done_at);
    });
  });
}

}  // namespace colo::facility
