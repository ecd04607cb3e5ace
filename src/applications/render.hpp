// JSON of applications and feasibility assessments: the API's answers, and the form in which an
// accepted proposal is kept with the application.
#pragma once

#include <boost/json/object.hpp>

#include "applications/service.hpp"

namespace colo::applications {

boost::json::object application_json(const Application& a, bool detail);
boost::json::object detail_json(const Detail& d);
boost::json::object feasibility_json(const Feasibility& f);
boost::json::object step_json(const workflow::Step& s);

}  // namespace colo::applications
