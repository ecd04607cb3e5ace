// RFC 9457 problem+json answers for every error the API gives.
#pragma once

#include "core/error.hpp"
#include "http/message.hpp"

namespace colo::http {

// {type, title, status, detail, code, instance, request_id, errors[]} as application/problem+json.
Response problem(const Error& error, const Request& request);

}  // namespace colo::http
