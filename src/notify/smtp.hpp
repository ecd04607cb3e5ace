// E-mail: building an RFC 5322 / MIME message (pure) and sending it over SMTP with libcurl.
// Everything a person wrote (a title, a body, a display name) reaches the message only encoded
// (RFC 2047 words in headers, base64 bodies), so no text can add a header or end the message.
// Thread safety: the functions are pure; an SmtpSender is immutable and may be used from any
// thread (each send uses its own curl handle).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"

namespace colo::notify {

// An address we may put in a header and give to the SMTP server: printable ASCII without spaces
// or the characters that delimit addresses, one '@' with text on both sides.
bool is_mail_address(std::string_view address);

// RFC 2047 encoded words (UTF-8, base64) for a header value, each at most 75 characters and cut
// only between whole characters, folded with CRLF + space. Plain ASCII without controls is
// returned as it is.
std::string encode_header_words(std::string_view text);

// RFC 5322 date: "Thu, 26 Nov 2026 02:30:00 +0000".
std::string mail_date(Instant at);

struct MailMessage {
  std::string from_address;  // checked with is_mail_address
  std::string from_name;     // any UTF-8
  std::string to_address;
  std::string subject;     // any UTF-8
  std::string text;        // the plain-text body, UTF-8
  std::string html;        // optional HTML alternative (already escaped), UTF-8
  std::string message_id;  // "<token@domain>"
  Instant date{};
};

// The message as sent: headers, then a text/plain (and text/html when given) part, base64 with
// lines of 76 characters. Fails when an address is not acceptable.
Result<std::string> build_mail(const MailMessage& m);

// Text for an HTML body: & < > " ' escaped, line breaks as <br>.
std::string html_escape(std::string_view text);

enum class SmtpSecurity { none, starttls, tls };
Result<SmtpSecurity> parse_smtp_security(std::string_view text);

struct SmtpOptions {
  std::string host;  // empty: not configured
  int port = 587;
  SmtpSecurity security = SmtpSecurity::starttls;
  std::string username, password;
  std::string from_address, from_name = "Colo";
  int timeout_ms = 10000;

  bool configured() const { return !host.empty() && !from_address.empty(); }
};

// What the server answered: the last SMTP reply code (250 when accepted) and the reason when
// the message was not accepted.
struct SendOutcome {
  bool delivered = false;
  int code = 0;
  std::string reply;  // curl's error text or the reply
};

class SmtpSender {
 public:
  explicit SmtpSender(SmtpOptions options) : options_(std::move(options)) {}
  const SmtpOptions& options() const { return options_; }
  // One message to one recipient; blocks for at most the timeout.
  SendOutcome send(const std::string& to_address, const std::string& message) const;

 private:
  SmtpOptions options_;
};

}  // namespace colo::notify
