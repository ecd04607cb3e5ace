#include "workflow/workflow.hpp"

#include <algorithm>

#include "i18n/catalogue.hpp"

namespace colo::workflow {

namespace {

constexpr std::string_view kInsert =
    "INSERT INTO workflow_transitions (object_type, object_id, action, from_state, to_state, "
    "actor_id, actor, actor_roles, comment, at, comment_key, comment_params) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)";

constexpr std::string_view kHistory =
    "SELECT id, object_type, object_id, action, from_state, to_state, actor_id, actor, "
    "actor_roles, comment, at, comment_key, comment_params FROM workflow_transitions WHERE object_type = $1 AND "
    "object_id = $2 "
    "ORDER BY id";

bool contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

bool may_take(const Transition& t, const Context& ctx) {
  if (!ctx.principal) return false;
  if (ctx.tenant() ? !t.customer_may : !t.staff_may) return false;
  return t.permission.empty() || ctx.can(t.permission);
}

}  // namespace

bool Definition::is_state(std::string_view s) const { return contains(states, s); }
bool Definition::is_final(std::string_view s) const { return contains(final_states, s); }

std::vector<const Transition*> Definition::available(std::string_view state, const Context& ctx) const {
  std::vector<const Transition*> out;
  for (const auto& t : transitions)
    if (contains(t.from, state) && may_take(t, ctx)) out.push_back(&t);
  return out;
}

Result<const Transition*> Definition::check(std::string_view state, std::string_view action, const Context& ctx,
                                            std::string_view comment) const {
  const Transition* match = nullptr;
  bool known = false;
  for (const auto& t : transitions) {
    if (t.action != action) continue;
    known = true;
    if (contains(t.from, state)) {
      match = &t;
      break;
    }
  }
  if (!known)
    return Error::invalid("workflow.unknown_action",
                          "Unknown action '" + std::string(action) + "' for a " + name + ".");
  if (!match) {
    // The state is named in the reader's language: "application.status.business_review".
    std::string kind = name;
    std::replace(kind.begin(), kind.end(), ' ', '_');
    return Error::conflict("workflow.invalid_transition", "A " + name + " in state '" + std::string(state) +
                                                              "' cannot be '" + std::string(action) + "'.")
        .with("@state", kind + ".status." + std::string(state));
  }
  if (!may_take(*match, ctx))
    return Error::forbidden("You may not " + std::string(action) + " a " + name + " at this step.");
  if (match->comment_required) {
    auto c = comment;
    while (!c.empty() && std::isspace(static_cast<unsigned char>(c.front()))) c.remove_prefix(1);
    if (c.empty()) return Error::validation({{"comment", "required", "A reason is required for this action."}});
  }
  return match;
}

namespace {

Status insert(db::Tx& tx, const Context& ctx, const Clock& clock, std::string_view object_type, std::int64_t object_id,
              const Transition& transition, std::string_view from_state, std::string_view comment,
              std::optional<std::string> key, std::optional<std::string> params) {
  std::string roles;
  for (const auto& r : ctx.principal->roles) roles += (roles.empty() ? "" : ",") + r;
  COLO_TRY(auto n, tx.exec(kInsert, {object_type, object_id, transition.action, from_state, transition.to,
                                     ctx.principal->user_id, ctx.principal->username, roles, comment,
                                     format_instant(clock.now()), std::move(key), std::move(params)}));
  (void)n;
  return {};
}

}  // namespace

Status record(db::Tx& tx, const Context& ctx, const Clock& clock, std::string_view object_type, std::int64_t object_id,
              const Transition& transition, std::string_view from_state, std::string_view comment) {
  return insert(tx, ctx, clock, object_type, object_id, transition, from_state, comment, std::nullopt, std::nullopt);
}

Status record(db::Tx& tx, const Context& ctx, const Clock& clock, std::string_view object_type, std::int64_t object_id,
              const Transition& transition, std::string_view from_state, std::string_view comment_key,
              const MessageParams& comment_params) {
  const std::string english = i18n::render_or("en-US", comment_key, comment_params, comment_key);
  return insert(tx, ctx, clock, object_type, object_id, transition, from_state, english, std::string(comment_key),
                i18n::params_to_json(comment_params));
}

void localise(std::vector<Step>& steps, std::string_view lang) {
  for (auto& s : steps)
    if (!s.comment_key.empty()) s.comment = i18n::render_or(lang, s.comment_key, s.comment_params, s.comment);
}

Result<std::vector<Step>> history(db::Tx& tx, std::string_view object_type, std::int64_t object_id) {
  COLO_TRY(auto res, tx.query(kHistory, {object_type, object_id}));
  std::vector<Step> out;
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) {
    Step s{r.int64(0), r.text(1), r.int64(2), r.text(3), r.text(4), r.text(5),
           r.int64(6), r.text(7), r.text(8),  r.text(9), r.text(10)};
    if (auto key = r.opt_text(11)) {
      s.comment_key = std::move(*key);
      s.comment_params = i18n::params_from_json(r.opt_text(12).value_or("{}"));
    }
    out.push_back(std::move(s));
  }
  return out;
}

bool acted(const std::vector<Step>& steps, std::int64_t user_id, const std::vector<std::string>& actions) {
  for (const auto& s : steps)
    if (s.actor_id == user_id && contains(actions, s.action)) return true;
  return false;
}

}  // namespace colo::workflow
