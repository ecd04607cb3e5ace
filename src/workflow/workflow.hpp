// The workflow engine: one small state machine used by applications, change agreements, price
// changes, access requests and disputes. A Definition lists states and the transitions between
// them with the permission each needs and whether a comment is required; check() is pure, and
// record()/history() keep every transition taken (who, when, why) in workflow_transitions.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace colo::workflow {

struct Transition {
  std::string action;             // "approve", "reject", "return", "submit", "withdraw"
  std::vector<std::string> from;  // states it may be taken from
  std::string to;                 // resulting state
  std::string permission;         // needed by the actor ("" = any authenticated actor)
  bool comment_required = false;  // e.g. reject and return need a reason
  bool customer_may = false;      // may a customer principal take it (own objects only)
  bool staff_may = true;          // may staff take it
};

struct Definition {
  std::string name;  // "application"
  std::vector<std::string> states;
  std::vector<std::string> final_states;
  std::vector<Transition> transitions;

  bool is_state(std::string_view s) const;
  bool is_final(std::string_view s) const;
  // The transitions the actor could take from `state` (for buttons in the UI).
  std::vector<const Transition*> available(std::string_view state, const Context& ctx) const;
  // Validates an action on an object in `state`: the action exists, is allowed from this
  // state, the actor may take it, and a required comment is present. Pure.
  //   unknown action               -> 400 workflow.unknown_action
  //   not allowed from this state  -> 409 workflow.invalid_transition
  //   actor lacks permission       -> 403 forbidden
  //   comment missing              -> 400 validation_failed (field "comment")
  Result<const Transition*> check(std::string_view state, std::string_view action, const Context& ctx,
                                  std::string_view comment) const;
};

struct Step {
  std::int64_t id = 0;
  std::string object_type;
  std::int64_t object_id = 0;
  std::string action;
  std::string from_state;
  std::string to_state;
  std::int64_t actor_id = 0;
  std::string actor;        // username
  std::string actor_roles;  // comma-separated, as at the time
  std::string comment;
  std::string at;  // ISO-8601 UTC
  // A comment the system wrote ("contract CT-2026-000001 activated") is a catalogue key with its
  // parameters; localise() turns it into the reader's language. Empty for a person's comment.
  std::string comment_key;
  MessageParams comment_params;
};

// Stores one transition in `tx` (the caller's write transaction).
Status record(db::Tx& tx, const Context& ctx, const Clock& clock, std::string_view object_type, std::int64_t object_id,
              const Transition& transition, std::string_view from_state, std::string_view comment);
// The same, for a transition the system takes with a comment of its own: stored as the catalogue
// key with its parameters (and, for older readers, its English text).
Status record(db::Tx& tx, const Context& ctx, const Clock& clock, std::string_view object_type, std::int64_t object_id,
              const Transition& transition, std::string_view from_state, std::string_view comment_key,
              const MessageParams& comment_params);
// The object's transitions, oldest first.
Result<std::vector<Step>> history(db::Tx& tx, std::string_view object_type, std::int64_t object_id);

// Puts each system comment into `lang` ("zh-CN", "en-US"); a person's comment stays as written.
void localise(std::vector<Step>& steps, std::string_view lang);

// Separation of duties: whether `user_id` already took one of `actions` on this object.
bool acted(const std::vector<Step>& steps, std::int64_t user_id, const std::vector<std::string>& actions);

}  // namespace colo::workflow
