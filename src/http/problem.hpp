// RFC 9457 problem+json answers for every error the API gives.
#pragma once

#include "core/error.hpp"
#include "http/message.hpp"

namespace colo::http {

// {type, title, status, detail, code, instance, request_id, errors[]} as application/problem+json.
// An error of kind internal is logged (spdlog::error, with the request id and its message) and
// answered with code "internal" and a detail that only quotes the request id: its message may
// hold SQL or other internals and never reaches the client. Every 500 goes through here.
Response problem(const Error& error, const Request& request);

}  // namespace colo::http
