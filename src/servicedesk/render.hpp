// The service desk's answers as shapes (core/shape.hpp): a ticket in a list, its detail with
// comments, timeline (rendered in the reader's language), attachments, complaint answers and
// SLA clocks. A customer's detail never holds internal notes or steps: the service leaves them out.
#pragma once

#include <string>

#include "core/shape.hpp"
#include "i18n/catalogue.hpp"
#include "servicedesk/service.hpp"

namespace colo::servicedesk {

template <typename W>
void write_ticket(W& w, const Ticket& t) {
  w.field("id", t.id);
  w.field("number", t.number);
  w.field("type", t.type, kTypes);
  w.field("category", t.category, kRequestCategories);
  w.field("customer_id", t.customer_id);
  w.field("contract_id", t.contract_id);
  w.field("title", t.title);
  w.field("description", t.description);
  w.field("impact", t.impact);
  w.field("urgency", t.urgency);
  w.field("priority", t.priority, kPriorities);
  w.field("status", t.status, kStatuses);
  w.field("group", t.group, kGroups);
  w.field("assignee_id", t.assignee_id);
  w.field("assignee", t.assignee_name);
  w.field("channel", t.channel, kChannels);
  w.field("raised_by", t.raised_by_name);
  w.field("calendar", t.calendar, kCalendars);
  w.field("response_due_at", t.response_due_at);
  w.field("resolution_due_at", t.resolution_due_at);
  w.field("first_response_at", t.first_response_at);
  w.field("resolved_at", t.resolved_at);
  w.field("closed_at", t.closed_at);
  w.field("paused", t.paused_since.has_value());
  w.field("breached", t.breached);
  w.field("reopen_count", t.reopen_count);
  w.field("complaint_state", t.complaint_state, kComplaintStates);
  w.field("answer_due", t.answer_due);
  w.field("dispute_flag", t.dispute_flag);
  w.field("satisfaction", t.satisfaction);
  w.field("created_at", t.created_at);
  w.field("updated_at", t.updated_at);
}

constexpr auto ticket_shape = [](auto& w, const Ticket& t) { write_ticket(w, t); };

template <typename W>
void write_clock(W& w, const SlaClock& c) {
  w.field("target_minutes", c.target_minutes);
  w.field("elapsed_minutes", c.elapsed_minutes);
  w.field("remaining_minutes", c.remaining_minutes);
  w.field("due_at", c.due_at);
  w.field("paused", c.paused);
  w.field("stopped", c.stopped);
  w.field("stage", c.stage);
}

// A detail and the reader's language, in which timeline steps are rendered.
struct DetailView {
  Detail d;
  std::string lang = "zh-CN";
};

template <typename W>
void write_detail(W& w, const DetailView& v) {
  const auto& d = v.d;
  w.object("ticket", "ServicedeskTicket", [&] { write_ticket(w, d.ticket); });
  w.array("objects", "ServicedeskObject", d.ticket.objects, [&](const TicketObject& o) {
    w.field("kind", o.kind);
    w.field("id", o.ref_id);
    w.field("label", o.label);
  });
  w.array("comments", "ServicedeskComment", d.comments, [&](const Comment& c) {
    w.field("id", c.id);
    w.field("internal", c.internal);
    w.field("body", c.body);
    w.field("author", c.author_name);
    w.field("by_customer", c.by_customer);
    w.field("created_at", c.created_at);
  });
  w.array("timeline", "ServicedeskEvent", d.events, [&](const Event& e) {
    w.field("id", e.id);
    w.field("internal", e.internal);
    w.field("key", e.key);
    w.field("text", i18n::render_or(v.lang, e.key, i18n::params_from_json(e.params), e.key));
    w.field("actor", e.actor_name);
    w.field("at", e.created_at);
  });
  w.array("attachments", "ServicedeskAttachment", d.attachments, [&](const Attachment& a) {
    w.field("id", a.id);
    w.field("internal", a.internal);
    w.field("file_name", a.file_name);
    w.field("content_type", a.content_type);
    w.field("size", a.size);
    w.field("uploaded_by", a.uploaded_by_name);
    w.field("created_at", a.created_at);
  });
  w.array("answers", "ServicedeskAnswer", d.answers, [&](const ComplaintAnswer& a) {
    w.field("id", a.id);
    w.field("body", a.body);
    w.field("answered_by", a.answered_by_name);
    w.field("answered_at", a.answered_at);
    w.field("verdict", a.verdict);
    w.field("verdict_comment", a.verdict_comment);
    w.field("verdict_at", a.verdict_at);
  });
  w.object("response_clock", "ServicedeskClock", [&] { write_clock(w, d.response); });
  w.object("resolution_clock", "ServicedeskClock", [&] { write_clock(w, d.resolution); });
}

constexpr auto detail_shape = [](auto& w, const DetailView& v) { write_detail(w, v); };

}  // namespace colo::servicedesk
