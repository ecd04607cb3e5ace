#include "notify/smtp.hpp"

#include <curl/curl.h>
#include <openssl/evp.h>

#include <chrono>
#include <cstring>
#include <memory>
#include <mutex>

namespace colo::notify {

namespace {

std::string base64(std::string_view data) {
  std::string out(4 * ((data.size() + 2) / 3) + 1, '\0');
  int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                          reinterpret_cast<const unsigned char*>(data.data()), static_cast<int>(data.size()));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

// Base64 in lines of 76 characters (RFC 2045), each ended by CRLF.
std::string base64_lines(std::string_view data) {
  auto flat = base64(data);
  std::string out;
  for (std::size_t i = 0; i < flat.size(); i += 76) {
    out.append(flat, i, 76);
    out += "\r\n";
  }
  return out;
}

bool plain_header_text(std::string_view text) {
  for (unsigned char c : text)
    if (c < 0x20 || c > 0x7e) return false;
  // "=?" could be read as the start of an encoded word; encode such text too.
  return text.find("=?") == std::string_view::npos && text.size() <= 900;
}

// The length of the UTF-8 sequence starting with `lead` (1 for a stray byte, so that invalid
// input still advances).
std::size_t utf8_length(unsigned char lead) {
  if (lead >= 0xf0) return 4;
  if (lead >= 0xe0) return 3;
  if (lead >= 0xc0) return 2;
  return 1;
}

// A display name as an RFC 5322 phrase: a quoted string when ASCII, encoded words otherwise.
std::string display_phrase(std::string_view name) {
  if (!plain_header_text(name)) return encode_header_words(name);
  std::string out = "\"";
  for (char c : name) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::once_flag curl_once;

struct CurlDeleter {
  void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct SlistDeleter {
  void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

struct Upload {
  const std::string* data;
  std::size_t offset = 0;
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* up = static_cast<Upload*>(user);
  std::size_t room = size * count;
  std::size_t left = up->data->size() - up->offset;
  std::size_t n = std::min(room, left);
  std::memcpy(buffer, up->data->data() + up->offset, n);
  up->offset += n;
  return n;
}

}  // namespace

bool is_mail_address(std::string_view a) {
  if (a.empty() || a.size() > 254) return false;
  auto at = a.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 == a.size() || a.find('@', at + 1) != std::string_view::npos)
    return false;
  for (unsigned char c : a) {
    if (c <= 0x20 || c >= 0x7f) return false;
    if (std::strchr("<>()[]\\,;:\"", c)) return false;
  }
  auto domain = a.substr(at + 1);
  return domain.front() != '.' && domain.back() != '.' && domain.find("..") == std::string_view::npos;
}

std::string encode_header_words(std::string_view text) {
  if (plain_header_text(text)) return std::string(text);
  // "=?UTF-8?B?" + base64 + "?=" stays within 75 characters with at most 45 bytes of text
  // (60 base64 characters + 12).
  constexpr std::size_t kMaxBytes = 45;
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t end = i;
    while (end < text.size()) {
      std::size_t len = utf8_length(static_cast<unsigned char>(text[end]));
      if (end + len > text.size()) len = text.size() - end;
      if (end - i + len > kMaxBytes) break;
      end += len;
    }
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + base64(text.substr(i, end - i)) + "?=";
    i = end;
  }
  return out;
}

std::string mail_date(Instant at) {
  using namespace std::chrono;
  static const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  auto day = floor<days>(at);
  year_month_day ymd{day};
  weekday wd{day};
  hh_mm_ss hms{floor<seconds>(at - day)};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s, %02u %s %04d %02d:%02d:%02d +0000", kDays[wd.c_encoding()],
                static_cast<unsigned>(ymd.day()), kMonths[static_cast<unsigned>(ymd.month()) - 1],
                static_cast<int>(ymd.year()), static_cast<int>(hms.hours().count()),
                static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()));
  return buf;
}

std::string html_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\n':
        out += "<br>\n";
        break;
      case '\r':
        break;
      default:
        out += c;
    }
  }
  return out;
}

Result<std::string> build_mail(const MailMessage& m) {
  if (!is_mail_address(m.from_address))
    return Error::invalid("notify.email.invalid", "the sender address is not an acceptable e-mail address");
  if (!is_mail_address(m.to_address))
    return Error::invalid("notify.email.invalid", "the recipient address is not an acceptable e-mail address");
  std::string id = m.message_id;
  // The id is ours, but it is checked like the addresses: it reaches a header as it is.
  if (id.size() < 5 || id.front() != '<' || id.back() != '>' || !is_mail_address(id.substr(1, id.size() - 2)))
    return Error::invalid("notify.email.invalid", "the message id must be <local@domain>");
  std::string out;
  out += "Date: " + mail_date(m.date) + "\r\n";
  out += "From: " + (m.from_name.empty() ? std::string() : display_phrase(m.from_name) + " ") + "<" + m.from_address +
         ">\r\n";
  out += "To: <" + m.to_address + ">\r\n";
  out += "Subject: " + encode_header_words(m.subject) + "\r\n";
  out += "Message-ID: " + id + "\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Auto-Submitted: auto-generated\r\n";
  auto text_part =
      "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64_lines(m.text);
  if (m.html.empty()) return out + text_part;
  // The boundary is derived from the message id, and base64 never contains "--" followed by it.
  std::string boundary = "colo-alt-" + base64(id).substr(0, 24);
  for (char& c : boundary)
    if (c == '+' || c == '/' || c == '=') c = '0';
  out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
  out += "--" + boundary + "\r\n" + text_part;
  out += "--" + boundary + "\r\n";
  out += "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64_lines(m.html);
  out += "--" + boundary + "--\r\n";
  return out;
}

Result<SmtpSecurity> parse_smtp_security(std::string_view text) {
  if (text == "none") return SmtpSecurity::none;
  if (text == "starttls") return SmtpSecurity::starttls;
  if (text == "tls") return SmtpSecurity::tls;
  return Error::invalid("config", "smtp security must be none, starttls or tls, got '" + std::string(text) + "'");
}

SendOutcome SmtpSender::send(const std::string& to_address, const std::string& message) const {
  std::call_once(curl_once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  SendOutcome out;
  std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
  if (!curl) {
    out.reply = "cannot start libcurl";
    return out;
  }
  const auto& o = options_;
  std::string url = (o.security == SmtpSecurity::tls ? "smtps://" : "smtp://") + o.host + ":" + std::to_string(o.port);
  std::unique_ptr<curl_slist, SlistDeleter> rcpt(curl_slist_append(nullptr, ("<" + to_address + ">").c_str()));
  std::string from = "<" + o.from_address + ">";
  Upload upload{&message};
  char error[CURL_ERROR_SIZE] = {0};
  CURL* c = curl.get();
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.c_str());
  curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt.get());
  curl_easy_setopt(c, CURLOPT_READFUNCTION, read_upload);
  curl_easy_setopt(c, CURLOPT_READDATA, &upload);
  curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error);
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(o.timeout_ms));
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(o.timeout_ms));
  if (o.security == SmtpSecurity::starttls) curl_easy_setopt(c, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
  if (!o.username.empty()) {
    curl_easy_setopt(c, CURLOPT_USERNAME, o.username.c_str());
    curl_easy_setopt(c, CURLOPT_PASSWORD, o.password.c_str());
  }
  CURLcode rc = curl_easy_perform(c);
  long code = 0;
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
  out.code = static_cast<int>(code);
  if (rc == CURLE_OK) {
    out.delivered = true;
    out.reply = "accepted";
  } else {
    out.reply = error[0] ? error : curl_easy_strerror(rc);
  }
  return out;
}

}  // namespace colo::notify
