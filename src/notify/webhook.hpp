// Webhooks: which topics a subscription takes, how a delivery is signed, which URLs may be
// called, and the HTTP POST itself (libcurl).
// A receiver checks X-Colo-Signature = "sha256=" + hex(HMAC-SHA256(secret, X-Colo-Timestamp + "." +
// body)) and may refuse old timestamps; X-Colo-Delivery stays the same when a delivery is retried,
// so that a receiver can drop a repeat.
// Thread safety: the functions are pure; a WebhookSender is immutable.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace colo::notify {

// A subscription's topic pattern: an exact topic ("invoice.paid"), a prefix ending in ".*"
// ("invoice.*" takes "invoice.paid" and "invoice.credit.issued", not "invoice" itself), or "*".
bool topic_matches(std::string_view pattern, std::string_view topic);
// Lower-case letters, digits, '_' and '-' in dot-separated parts, optionally ending in ".*"; or "*".
bool valid_topic_pattern(std::string_view pattern);

// "sha256=" + lower-case hex of HMAC-SHA256(secret, timestamp + "." + body).
std::string webhook_signature(std::string_view secret, std::string_view timestamp, std::string_view body);

// Whether `url` may receive webhooks: https, or http to a loopback host (127.0.0.0/8, ::1,
// localhost) or anywhere when `allow_http`. No user information, a host present. The error
// names the reason (a field error of `url`).
Status check_webhook_url(std::string_view url, bool allow_http);

struct WebhookRequest {
  std::string url;
  std::string body;  // JSON
  std::vector<std::pair<std::string, std::string>> headers;
};

struct WebhookOutcome {
  bool delivered = false;
  int status = 0;     // the HTTP status, 0 when none came back
  std::string error;  // why it failed
};

class WebhookSender {
 public:
  explicit WebhookSender(int timeout_ms = 10000) : timeout_ms_(timeout_ms) {}
  // POSTs the body; a 2xx answer is delivered. Redirects are not followed.
  WebhookOutcome post(const WebhookRequest& request) const;

 private:
  int timeout_ms_;
};

}  // namespace colo::notify
