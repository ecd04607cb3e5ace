#include "disputes/rules.hpp"

#include <algorithm>

#include "core/clock.hpp"

namespace colo::disputes {

namespace {

bool one_of(const std::vector<std::string>& values, const std::string& v) {
  return std::find(values.begin(), values.end(), v) != values.end();
}

}  // namespace

bool is_open(const std::string& status) { return status == "negotiating" || status == "escalated"; }

Status check_step(const std::string& status, const std::string& action, int open_deadlines) {
  if (action == "hold" || action == "release") return {};
  if (!is_open(status)) return Error::conflict("disputes.dispute.closed", "The dispute is closed.");
  if (action == "escalate" && status != "negotiating")
    return Error::conflict("disputes.dispute.already_escalated", "The dispute has already been escalated.");
  if (action == "case" && status != "escalated")
    return Error::conflict("disputes.dispute.not_escalated", "The dispute has not been escalated yet.");
  if (action == "close" && open_deadlines > 0)
    return Error::conflict("disputes.dispute.open_items", "The dispute has deadlines that are not done.")
        .with("count", std::to_string(open_deadlines));
  return {};
}

std::vector<std::string> actions_for(const Dispute& d, int open_deadlines, bool write, bool hold) {
  std::vector<std::string> out;
  for (const auto& a : kActions) {
    const bool hold_step = a == "hold" || a == "release";
    if (hold_step ? !hold : !write) continue;
    if (a == "hold" && d.legal_hold) continue;
    if (a == "release" && !d.legal_hold) continue;
    if (check_step(d.status, a, open_deadlines).ok()) out.push_back(a);
  }
  return out;
}

std::vector<FieldError> escalation_errors(const EscalateInput& in) {
  std::vector<FieldError> errors;
  if (!one_of(kForumKinds, in.forum_kind))
    errors.push_back({"forum_kind", "disputes.forum_kind", "Arbitration or court."});
  if (in.forum_name.empty())
    errors.push_back({"forum_name", "required", "Name the arbitration commission or court of the contract."});
  if (in.hearing_date && !parse_date(*in.hearing_date))
    errors.push_back({"hearing_date", "invalid", "A date such as 2026-09-01."});
  return errors;
}

std::vector<FieldError> outcome_errors(const CloseInput& in, std::int64_t claimed_fen) {
  std::vector<FieldError> errors;
  if (!one_of(kOutcomes, in.outcome)) {
    errors.push_back({"outcome", "disputes.outcome", "Not a known outcome."});
    return errors;
  }
  if (in.outcome == "credit") {
    if (!in.amount_fen || *in.amount_fen <= 0 || *in.amount_fen > claimed_fen)
      errors.push_back({"amount_fen", "disputes.credit.amount", "A credit of one fen up to the amount claimed."});
  } else if (in.amount_fen) {
    errors.push_back({"amount_fen", "disputes.outcome.no_amount", "Only a credit carries an amount."});
  }
  if ((in.outcome == "payment_plan" || in.outcome == "termination") && in.note.empty())
    errors.push_back({"note", "required", "Say what was agreed."});
  return errors;
}

std::vector<FieldError> plan_errors(const CloseInput& in, Date today) {
  std::vector<FieldError> errors;
  if (in.outcome != "payment_plan") {
    if (!in.plan.empty())
      errors.push_back({"plan", "disputes.plan.not_plan", "Only a payment plan carries instalments."});
    return errors;
  }
  if (in.plan.empty() || in.plan.size() > 60) {
    errors.push_back({"plan", "disputes.plan.instalments", "One to 60 instalments."});
    return errors;
  }
  std::optional<Date> previous;
  for (std::size_t i = 0; i < in.plan.size(); ++i) {
    const auto& p = in.plan[i];
    const std::string at = "plan/" + std::to_string(i) + "/";
    if (p.amount_fen <= 0)
      errors.push_back({at + "amount_fen", "disputes.plan.amount", "An instalment of at least one fen."});
    auto due = parse_date(p.due_date);
    if (!due) {
      errors.push_back({at + "due_date", "invalid", "A date such as 2026-09-01."});
      continue;
    }
    if (*due < today || (previous && *due <= *previous))
      errors.push_back(
          {at + "due_date", "disputes.plan.due_date", "Due dates from today on, each after the one before."});
    previous = due;
  }
  return errors;
}

std::optional<Instalment> overdue_instalment(const std::vector<Instalment>& plan, std::int64_t paid_since_fen,
                                             Date day) {
  std::int64_t owed = 0;
  for (const auto& p : plan) {
    owed += p.amount_fen;
    auto due = parse_date(p.due_date);
    if (!due || !(*due < day)) break;  // in due order: the rest are not due either
    if (paid_since_fen < owed) return p;
  }
  return std::nullopt;
}

std::vector<OverUseEpisode> overuse_episodes(std::vector<RateSample> samples, std::int64_t limit, int min_minutes) {
  std::vector<OverUseEpisode> out;
  if (limit <= 0) return out;
  const std::int64_t min_slots = std::max<std::int64_t>(1, (std::max(min_minutes, 0) + 4) / 5);
  std::sort(samples.begin(), samples.end(), [](const RateSample& a, const RateSample& b) { return a.slot < b.slot; });
  std::optional<OverUseEpisode> run;
  auto flush = [&] {
    if (run && run->last_slot - run->first_slot + 1 >= min_slots) {
      run->minutes = static_cast<int>((run->last_slot - run->first_slot + 1) * 5);
      out.push_back(*run);
    }
    run.reset();
  };
  for (const auto& s : samples) {
    if (run && s.slot == run->last_slot) {  // a slot given twice counts once, at its highest rate
      if (s.value > limit) run->peak = std::max(run->peak, s.value);
      continue;
    }
    if (s.value <= limit || (run && s.slot != run->last_slot + 1)) flush();
    if (s.value <= limit) continue;
    if (!run) run = OverUseEpisode{s.slot, s.slot, s.value, limit, 0};
    run->last_slot = s.slot;
    run->peak = std::max(run->peak, s.value);
  }
  flush();
  return out;
}

bool continues_episode(const Overuse& prior, const OverUseEpisode& e) {
  return e.first_slot >= prior.first_slot && e.first_slot <= prior.last_slot + 1;
}

std::string closed_status(const std::string& outcome) { return outcome == "withdrawn" ? "withdrawn" : "resolved"; }

std::vector<FieldError> breach_errors(const BreachInput& in) {
  std::vector<FieldError> errors;
  if (!one_of(kParties, in.party))
    errors.push_back({"party", "disputes.breach.party", "The customer or the operator."});
  const auto& kinds = in.party == "operator" ? kOperatorBreachKinds : kCustomerBreachKinds;
  if (!one_of(kinds, in.kind))
    errors.push_back({"kind", "disputes.breach.kind", "Not a kind of breach of this party."});
  if (in.clause.empty()) errors.push_back({"clause", "required", "Name the contract clause."});
  if (in.description.empty()) errors.push_back({"description", "required", "Say what happened."});
  if (!parse_date(in.occurred_on)) errors.push_back({"occurred_on", "invalid", "A date such as 2026-09-01."});
  return errors;
}

std::vector<FieldError> consequence_errors(const std::string& party, const Consequence& c) {
  std::vector<FieldError> errors;
  if (!one_of(kConsequences, c.consequence)) {
    errors.push_back({"consequence", "disputes.consequence", "Not a known consequence."});
    return errors;
  }
  const bool customer = party == "customer";
  if ((c.consequence == "penalty" || c.consequence == "suspension") && !customer)
    errors.push_back({"consequence", "disputes.consequence.customer_only", "Only for the customer's breach."});
  if (c.consequence == "compensation" && customer)
    errors.push_back({"consequence", "disputes.consequence.operator_only", "Only for the operator's breach."});
  const bool priced = c.consequence == "penalty" || c.consequence == "compensation";
  if (priced && (!c.amount_fen || *c.amount_fen <= 0))
    errors.push_back({"amount_fen", "disputes.consequence.amount", "An amount of at least one fen."});
  if (!priced && c.amount_fen)
    errors.push_back({"amount_fen", "disputes.consequence.no_amount", "Only a penalty or compensation has an amount."});
  if (c.consequence == "termination" && c.note.empty())
    errors.push_back({"note", "required", "Say on what terms the contract ends."});
  return errors;
}

Status check_breach_step(const std::string& status, const std::string& action) {
  if (status == "closed") return Error::conflict("disputes.breach.closed", "The breach record is closed.");
  const bool review = action == "confirm" || action == "dismiss";
  if (review && status != "proposed")
    return Error::conflict("disputes.breach.not_proposed", "Only a proposed breach is confirmed or dismissed.");
  if (status == "proposed" && !review && action != "evidence")
    return Error::conflict("disputes.breach.proposed", "Confirm the proposed breach first.");
  if (action == "decide" && status != "open")
    return Error::conflict("disputes.breach.decided", "A consequence has been chosen already.");
  if (action == "close" && status != "decided")
    return Error::conflict("disputes.breach.not_decided", "Choose the consequence before closing.");
  return {};
}

std::vector<std::string> breach_actions(const Breach& b, bool write) {
  std::vector<std::string> out;
  if (!write) return out;
  for (const char* a : {"evidence", "decide", "close", "confirm", "dismiss"})
    if (check_breach_step(b.status, a).ok()) out.push_back(a);
  return out;
}

}  // namespace colo::disputes
