// A workflow timeline entry as the API answers it, written once as a shape (core/shape.hpp): every
// module whose objects move through a workflow (applications, change agreements, and the ones to
// come) shows its timeline with this, under the one schema WorkflowStep.
#pragma once

#include "core/shape.hpp"
#include "workflow/workflow.hpp"

namespace colo::workflow {

template <typename W>
void write_step(W& w, const Step& s) {
  w.field("id", s.id);
  w.field("action", s.action);
  w.field("from", s.from_state);
  w.field("to", s.to_state);
  w.field("actor_id", s.actor_id);
  w.field("actor", s.actor);
  w.field("roles", s.actor_roles);
  w.field("comment", s.comment);
  w.field("at", s.at);
}

}  // namespace colo::workflow
