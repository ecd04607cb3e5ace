// Building e-mail: RFC 2047 subjects that decode to what was given, headers no text can add to,
// addresses that are refused when they could smuggle a header or a second recipient.
#include "notify/smtp.hpp"

#include <gtest/gtest.h>
#include <openssl/evp.h>

#include <sstream>

namespace colo::notify {
namespace {

std::string unbase64(std::string_view b64) {
  std::string out(b64.size(), '\0');
  int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                          reinterpret_cast<const unsigned char*>(b64.data()), static_cast<int>(b64.size()));
  if (n < 0) return "<bad base64>";
  std::size_t pad = 0;
  for (auto it = b64.rbegin(); it != b64.rend() && *it == '='; ++it) ++pad;
  out.resize(static_cast<std::size_t>(n) - pad);
  return out;
}

// Decodes a header value made of =?UTF-8?B?...?= words separated by folding.
std::string decode_words(const std::string& value) {
  std::string out;
  std::size_t at = 0;
  while ((at = value.find("=?UTF-8?B?", at)) != std::string::npos) {
    auto end = value.find("?=", at + 10);
    out += unbase64(std::string_view(value).substr(at + 10, end - at - 10));
    at = end + 2;
  }
  return out;
}

// The header block's lines, unfolded (a line starting with a space continues the one before).
std::vector<std::string> header_lines(const std::string& message) {
  std::vector<std::string> lines;
  auto head = message.substr(0, message.find("\r\n\r\n"));
  std::size_t start = 0;
  while (start <= head.size()) {
    auto end = head.find("\r\n", start);
    auto line = head.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!line.empty() && line[0] == ' ' && !lines.empty())
      lines.back() += line;
    else
      lines.push_back(line);
    if (end == std::string::npos) break;
    start = end + 2;
  }
  return lines;
}

std::string header(const std::string& message, const std::string& name) {
  for (const auto& l : header_lines(message))
    if (l.rfind(name + ": ", 0) == 0) return l.substr(name.size() + 2);
  return "";
}

MailMessage sample() {
  MailMessage m;
  m.from_address = "noc@colo.example.cn";
  m.from_name = "Colo 托管平台";
  m.to_address = "li.lei@acme.example.cn";
  m.subject = "合同 CT-2026-000001 已生效";
  m.text = "机房 A-01 的合同 CT-2026-000001 已生效";
  m.message_id = "<colo.1.2.abc@colo.example.cn>";
  m.date = Instant{std::chrono::seconds{1'790'000'000}};
  return m;
}

TEST(Mail, AddressesThatCouldCarryAHeaderOrASecondRecipientAreRefused) {
  struct Case {
    const char* address;
    bool ok;
  } cases[] = {
      {"a@b.cn", true},
      {"li.lei+colo@acme.example.cn", true},
      {"", false},
      {"no-at.example.cn", false},
      {"@example.cn", false},
      {"a@", false},
      {"a@b@c", false},
      {"a b@c.cn", false},
      {"a@c.cn\r\nBcc: x@evil.cn", false},
      {"a@c.cn,x@evil.cn", false},
      {"<a@c.cn>", false},
      {"a@.cn", false},
      {"a@c..cn", false},
      {"用户@c.cn", false},
  };
  for (const auto& c : cases) EXPECT_EQ(is_mail_address(c.address), c.ok) << c.address;
}

TEST(Mail, AChineseSubjectIsEncodedInShortWordsThatDecodeToIt) {
  const std::string subject = "关于机房 A-01 机柜 R12 电力扩容与价格调整的通知（请于十五日内确认）";
  auto encoded = encode_header_words(subject);
  EXPECT_EQ(decode_words(encoded), subject);
  std::istringstream lines(encoded);
  std::string line;
  int words = 0;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty() && line.front() == ' ') line.erase(0, 1);
    EXPECT_LE(line.size(), 75u) << line;  // RFC 2047: an encoded word is at most 75 characters
    EXPECT_EQ(line.rfind("=?UTF-8?B?", 0), 0u) << line;
    ++words;
  }
  EXPECT_GT(words, 1);
  // Each word decodes alone to whole characters: cuts are between characters.
  std::size_t at = 0;
  while ((at = encoded.find("=?UTF-8?B?", at)) != std::string::npos) {
    auto end = encoded.find("?=", at + 10);
    auto part = unbase64(std::string_view(encoded).substr(at + 10, end - at - 10));
    EXPECT_NE(subject.find(part), std::string::npos);
    at = end + 2;
  }
}

TEST(Mail, PlainAsciiStaysReadableAndLookalikeWordsAreEncoded) {
  EXPECT_EQ(encode_header_words("Contract CT-2026-000001 is active"), "Contract CT-2026-000001 is active");
  EXPECT_EQ(decode_words(encode_header_words("=?UTF-8?B?x?=")), "=?UTF-8?B?x?=");
}

TEST(Mail, TextWithLineBreaksCannotAddAHeader) {
  auto m = sample();
  m.subject = "Hello\r\nBcc: thief@evil.example\r\n\r\nInjected body";
  m.from_name = "Colo\r\nReply-To: thief@evil.example";
  auto built = build_mail(m);
  ASSERT_TRUE(built.ok());
  for (const auto& l : header_lines(*built)) {
    EXPECT_NE(l.rfind("Bcc:", 0), 0u) << l;
    EXPECT_NE(l.rfind("Reply-To:", 0), 0u) << l;
  }
  EXPECT_EQ(decode_words(header(*built, "Subject")), m.subject);
  EXPECT_EQ(built->find("Injected body"), std::string::npos);

  m = sample();
  m.to_address = "a@b.cn\r\nBcc: thief@evil.example";
  EXPECT_FALSE(build_mail(m).ok());
  m = sample();
  m.message_id = "<x@y>\r\nBcc: thief@evil.example";
  EXPECT_FALSE(build_mail(m).ok());
}

TEST(Mail, TheMessageHasItsHeadersAndAUtf8TextPart) {
  auto built = build_mail(sample());
  ASSERT_TRUE(built.ok()) << built.error().message;
  EXPECT_EQ(header(*built, "Date"), "Mon, 21 Sep 2026 14:13:20 +0000");
  EXPECT_EQ(header(*built, "To"), "<li.lei@acme.example.cn>");
  EXPECT_EQ(header(*built, "Message-ID"), "<colo.1.2.abc@colo.example.cn>");
  EXPECT_EQ(header(*built, "MIME-Version"), "1.0");
  auto from = header(*built, "From");
  EXPECT_EQ(decode_words(from), "Colo 托管平台");
  EXPECT_NE(from.find("<noc@colo.example.cn>"), std::string::npos);
  EXPECT_EQ(header(*built, "Content-Type"), "text/plain; charset=UTF-8");
  EXPECT_EQ(header(*built, "Content-Transfer-Encoding"), "base64");
  auto body = built->substr(built->find("\r\n\r\n") + 4);
  EXPECT_EQ(body, "5py65oi/IEEtMDEg55qE5ZCI5ZCMIENULTIwMjYtMDAwMDAxIOW3sueUn+aViA==\r\n");
}

TEST(Mail, AnHtmlAlternativeMakesAMultipartMessage) {
  auto m = sample();
  m.html = "<p>" + html_escape("<b>合同</b> & \"价格\"") + "</p>";
  auto built = build_mail(m);
  ASSERT_TRUE(built.ok());
  auto type = header(*built, "Content-Type");
  ASSERT_EQ(type.rfind("multipart/alternative; boundary=\"", 0), 0u) << type;
  auto boundary = type.substr(type.find('"') + 1);
  boundary.pop_back();
  EXPECT_NE(built->find("--" + boundary + "\r\nContent-Type: text/plain; charset=UTF-8"), std::string::npos);
  EXPECT_NE(built->find("--" + boundary + "\r\nContent-Type: text/html; charset=UTF-8"), std::string::npos);
  EXPECT_NE(built->find("--" + boundary + "--\r\n"), std::string::npos);
  EXPECT_EQ(html_escape("<b>合同</b> & \"价格\"\n'x'"),
            "&lt;b&gt;合同&lt;/b&gt; &amp; &quot;价格&quot;<br>\n&#39;x&#39;");
}

TEST(Mail, LongBodiesAreCutIntoBase64LinesOf76) {
  auto m = sample();
  m.text = std::string(1000, 'x');
  auto built = build_mail(m).take();
  auto body = built.substr(built.find("\r\n\r\n") + 4);
  std::size_t start = 0;
  while (start < body.size()) {
    auto end = body.find("\r\n", start);
    ASSERT_NE(end, std::string::npos);
    EXPECT_LE(end - start, 76u);
    start = end + 2;
  }
}

TEST(Mail, SecurityModesAreParsed) {
  EXPECT_EQ(parse_smtp_security("none").take(), SmtpSecurity::none);
  EXPECT_EQ(parse_smtp_security("starttls").take(), SmtpSecurity::starttls);
  EXPECT_EQ(parse_smtp_security("tls").take(), SmtpSecurity::tls);
  EXPECT_FALSE(parse_smtp_security("ssl").ok());
}

}  // namespace
}  // namespace colo::notify
