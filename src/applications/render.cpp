#include "applications/render.hpp"

#include <boost/json.hpp>

namespace colo::applications {

namespace json = boost::json;

namespace render {

shape::Number units_of(int hu) {
  if (hu % 2 == 0) return static_cast<std::int64_t>(hu / 2);
  return hu / 2.0;
}

shape::Number thousandths_of(std::int64_t v) {
  if (v % 1000 == 0) return v / 1000;
  return static_cast<double>(v) / 1000.0;
}

json::value customer_proposal(const json::value& proposal) {
  json::array items;
  if (const auto* p = proposal.if_object())
    for (const auto& v : p->at("items").as_array()) {
      const auto& it = v.as_object();
      json::object kept;
      for (const char* k : {"line", "copy", "label", "spare", "u_height", "placed", "rack", "position", "face"})
        if (const auto* x = it.if_contains(k)) kept[k] = *x;
      items.push_back(std::move(kept));
    }
  return json::object{{"items", std::move(items)}};
}

}  // namespace render

json::object step_json(const workflow::Step& s) { return shape::value_of(s, workflow::write_step<shape::ValueWriter>); }

json::object application_json(const Application& a, bool detail) {
  return shape::value_of(a, [&](auto& w, const Application& x) { render::application(w, x, detail); });
}

json::object detail_json(const Detail& d) { return shape::value_of(d, render::detail<shape::ValueWriter>); }

json::object feasibility_json(const Feasibility& f) {
  return shape::value_of(f, render::feasibility<shape::ValueWriter>);
}

}  // namespace colo::applications
