#include "notify/webhook.hpp"

#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <boost/url/parse.hpp>

#include <memory>
#include <mutex>

namespace colo::notify {

namespace {

std::once_flag curl_once;

struct CurlDeleter {
  void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct SlistDeleter {
  void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

// The answer's body is not kept: its status is what counts.
std::size_t discard(char*, std::size_t size, std::size_t count, void*) { return size * count; }

bool header_safe(std::string_view v) {
  for (unsigned char c : v)
    if (c < 0x20 || c == 0x7f) return false;
  return true;
}

}  // namespace

bool topic_matches(std::string_view pattern, std::string_view topic) {
  if (pattern == "*") return true;
  if (pattern.size() >= 2 && pattern.substr(pattern.size() - 2) == ".*") {
    auto prefix = pattern.substr(0, pattern.size() - 1);  // keeps the dot
    return topic.size() > prefix.size() && topic.substr(0, prefix.size()) == prefix;
  }
  return pattern == topic;
}

bool valid_topic_pattern(std::string_view p) {
  if (p == "*") return true;
  if (p.size() >= 2 && p.substr(p.size() - 2) == ".*") p.remove_suffix(2);
  if (p.empty() || p.size() > 100) return false;
  bool part_empty = true;
  for (char c : p) {
    if (c == '.') {
      if (part_empty) return false;
      part_empty = true;
      continue;
    }
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return false;
    part_empty = false;
  }
  return !part_empty;
}

std::string webhook_signature(std::string_view secret, std::string_view timestamp, std::string_view body) {
  std::string signed_text;
  signed_text.reserve(timestamp.size() + 1 + body.size());
  signed_text.append(timestamp).append(".").append(body);
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
       reinterpret_cast<const unsigned char*>(signed_text.data()), signed_text.size(), mac, &len);
  static const char* kHex = "0123456789abcdef";
  std::string out = "sha256=";
  for (unsigned int i = 0; i < len; ++i) {
    out += kHex[mac[i] >> 4];
    out += kHex[mac[i] & 0x0f];
  }
  return out;
}

Status check_webhook_url(std::string_view url, bool allow_http) {
  auto parsed = boost::urls::parse_absolute_uri(url);
  if (!parsed || url.size() > 2000) return Error::invalid("notify.webhook.url_not_allowed", "not an absolute URL");
  auto scheme = parsed->scheme();
  auto host = parsed->encoded_host();
  if (host.empty()) return Error::invalid("notify.webhook.url_not_allowed", "the URL names no host");
  if (parsed->has_userinfo())
    return Error::invalid("notify.webhook.url_not_allowed", "credentials in the URL are not allowed; use the secret");
  if (parsed->has_fragment())
    return Error::invalid("notify.webhook.url_not_allowed", "a URL with a fragment is not allowed");
  if (scheme == "https") return {};
  if (scheme != "http")
    return Error::invalid("notify.webhook.url_not_allowed", "only https (or http to this machine) is allowed");
  std::string_view h = host;
  bool loopback = h == "localhost" || h == "[::1]" || h.substr(0, 4) == "127.";
  if (loopback || allow_http) return {};
  return Error::invalid("notify.webhook.url_not_allowed", "webhooks must use https unless they go to this machine");
}

WebhookOutcome WebhookSender::post(const WebhookRequest& r) const {
  std::call_once(curl_once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  WebhookOutcome out;
  std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
  if (!curl) {
    out.error = "cannot start libcurl";
    return out;
  }
  for (const auto& [name, value] : r.headers) {
    if (!header_safe(name) || !header_safe(value)) {
      out.error = "a header holds a control character";
      return out;
    }
  }
  // curl_slist_append returns the list's head, or null (the list unchanged) when out of memory.
  std::unique_ptr<curl_slist, SlistDeleter> headers(curl_slist_append(nullptr, "Content-Type: application/json"));
  for (const auto& [name, value] : r.headers) curl_slist_append(headers.get(), (name + ": " + value).c_str());
  // No "Expect: 100-continue" for larger bodies: many receivers never answer it, and curl would
  // wait a second before sending the body anyway.
  curl_slist_append(headers.get(), "Expect:");
  char error[CURL_ERROR_SIZE] = {0};
  CURL* c = curl.get();
  curl_easy_setopt(c, CURLOPT_URL, r.url.c_str());
  curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_POST, 1L);
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, r.body.data());
  curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(r.body.size()));
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
  curl_easy_setopt(c, CURLOPT_USERAGENT, "Colo-Webhook/1");
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, discard);
  curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error);
  curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(timeout_ms_));
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(timeout_ms_));
  CURLcode rc = curl_easy_perform(c);
  long status = 0;
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
  out.status = static_cast<int>(status);
  if (rc != CURLE_OK) {
    out.error = error[0] ? error : curl_easy_strerror(rc);
  } else if (status >= 200 && status < 300) {
    out.delivered = true;
  } else {
    out.error = "HTTP " + std::to_string(status);
  }
  return out;
}

}  // namespace colo::notify
