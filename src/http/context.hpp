// The service Context of an authenticated request.
#pragma once

#include "core/context.hpp"
#include "http/message.hpp"

namespace colo::http {

// Throws Failure 401 when the request carries no principal (a route declared Auth::none).
Context context_of(const Request& request);

}  // namespace colo::http
