// Delivery of the outbox through real receivers on loopback, on SQLite and PostgreSQL: an SMTP
// server (aiosmtpd) that is down at first and then up, and a webhook receiver (http.server) that
// checks the signature itself and first answers 500. Nothing is lost while a receiver is down,
// and nothing is sent twice once it has been delivered.
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "api/hosting_support.hpp"
#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;
namespace fs = std::filesystem;
using namespace hosting;

using Headers = std::vector<std::pair<std::string, std::string>>;
const Headers kZh{{"Accept-Language", "zh-CN"}};

// Stores each message as JSON, parsed by Python's own e-mail package (RFC 2047 and MIME decoded
// independently of the server's encoder): envelope recipients, headers, the plain and HTML parts.
constexpr const char* kSmtpSink = R"py(
import email, email.policy, json, os, signal, sys
from aiosmtpd.controller import Controller
port, out = int(sys.argv[1]), sys.argv[2]
class Sink:
    async def handle_DATA(self, server, session, envelope):
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        html = msg.get_body(('html',))
        record = {'rcpt': envelope.rcpt_tos, 'mail_from': envelope.mail_from, 'to': str(msg['to']),
                  'from': str(msg['from']), 'subject': str(msg['subject']), 'date': str(msg['date']),
                  'message_id': str(msg['message-id']),
                  'text': msg.get_body(('plain',)).get_content(),
                  'html': html.get_content() if html else ''}
        n = len([f for f in os.listdir(out) if f.endswith('.json')])
        with open(os.path.join(out, '.tmp'), 'w') as f: json.dump(record, f)
        os.rename(os.path.join(out, '.tmp'), os.path.join(out, '%04d.json' % n))
        return '250 OK stored'
c = Controller(Sink(), hostname='127.0.0.1', port=port)
c.start()
print('ready', flush=True)
signal.sigwait([signal.SIGTERM, signal.SIGINT])
c.stop()
)py";

// Records each POST with whether its signature is right for the secret in <dir>/secret, and
// answers the status in <dir>/status (200 when absent).
constexpr const char* kWebhookReceiver = R"py(
import hashlib, hmac, http.server, json, os, sys
d = sys.argv[1]
def read(name, default):
    p = os.path.join(d, name)
    return open(p).read().strip() if os.path.exists(p) else default
class Receiver(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get('Content-Length', '0')))
        ts = self.headers.get('X-Colo-Timestamp', '')
        expected = 'sha256=' + hmac.new(read('secret', '').encode(), ts.encode() + b'.' + body, hashlib.sha256).hexdigest()
        status = int(read('status', '200'))
        n = len([f for f in os.listdir(d) if f.endswith('.json')])
        record = {'path': self.path, 'event': self.headers.get('X-Colo-Event', ''),
                  'delivery': self.headers.get('X-Colo-Delivery', ''), 'timestamp': ts,
                  'content_type': self.headers.get('Content-Type', ''),
                  'signature_valid': hmac.compare_digest(expected, self.headers.get('X-Colo-Signature', '')),
                  'body': json.loads(body), 'answered': status}
        with open(os.path.join(d, '.tmp'), 'w') as f: json.dump(record, f)
        os.rename(os.path.join(d, '.tmp'), os.path.join(d, '%04d.json' % n))
        self.send_response(status)
        self.send_header('Content-Length', '0')
        self.end_headers()
    def log_message(self, *args): pass
srv = http.server.HTTPServer(('127.0.0.1', 0), Receiver)
print('ready %d' % srv.server_port, flush=True)
srv.serve_forever()
)py";

int free_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t len = sizeof a;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  ::close(fd);
  return ntohs(a.sin_port);
}

// A Python helper process, started and waited for until it prints its "ready" line; stopped
// (SIGTERM) when destroyed.
class Helper {
 public:
  Helper(const std::string& script, std::vector<std::string> args) {
    int fds[2];
    if (::pipe(fds) != 0) throw std::runtime_error("pipe");
    pid_ = ::fork();
    if (pid_ == 0) {
      ::dup2(fds[1], 1);
      ::close(fds[0]);
      ::close(fds[1]);
      // Debian's interpreter, which has python3-aiosmtpd, even when another python3 comes first.
      std::vector<std::string> all{"/usr/bin/python3", "-c", script};
      all.insert(all.end(), args.begin(), args.end());
      std::vector<char*> argv;
      for (auto& a : all) argv.push_back(a.data());
      argv.push_back(nullptr);
      ::execv(argv[0], argv.data());
      ::_exit(127);
    }
    ::close(fds[1]);
    std::string line;
    char c = 0;
    while (::read(fds[0], &c, 1) == 1 && c != '\n') line += c;
    ::close(fds[0]);
    if (line.rfind("ready", 0) != 0) throw std::runtime_error("helper did not start: " + line);
    ready_line_ = line;
  }
  ~Helper() {
    ::kill(pid_, SIGTERM);
    int status = 0;
    ::waitpid(pid_, &status, 0);
  }
  const std::string& ready_line() const { return ready_line_; }

 private:
  int pid_ = -1;
  std::string ready_line_;
};

std::vector<json::object> records_in(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".json") names.push_back(e.path().string());
  std::sort(names.begin(), names.end());
  std::vector<json::object> out;
  for (const auto& n : names) {
    std::ifstream in(n);
    std::stringstream ss;
    ss << in.rdbuf();
    out.push_back(json::parse(ss.str()).as_object());
  }
  return out;
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path);
  out << text;
}

std::string str(const json::value& v) { return std::string(v.as_string()); }

struct World {
  std::unique_ptr<ServerProcess> server;
  int smtp_port = 0;
};

class Delivery : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::postgres && !ServerProcess::postgres_available()) {
      const char* req = std::getenv("COLO_REQUIRE_PG");
      if (req && std::string(req) == "1") FAIL() << "COLO_REQUIRE_PG=1 but COLO_TEST_PG_URL is unset";
      GTEST_SKIP() << "PostgreSQL not configured (set COLO_TEST_PG_URL)";
    }
    static World worlds[2];
    world_ = &worlds[GetParam() == Backend::sqlite ? 0 : 1];
    if (!world_->server) {
      world_->smtp_port = free_port();
      // The dispatcher does not run by itself here: each test runs a pass with
      // `colo jobs run deliver`, so that what was sent when is certain.
      world_->server = ServerProcess::start({.backend = GetParam(),
                                             .env = {{"COLO_SMTP_HOST", "127.0.0.1"},
                                                     {"COLO_SMTP_PORT", std::to_string(world_->smtp_port)},
                                                     {"COLO_SMTP_SECURITY", "none"},
                                                     {"COLO_SMTP_FROM", "noc@colo.example.cn"},
                                                     {"COLO_SMTP_FROM_NAME", "Colo 托管平台"},
                                                     {"COLO_PUBLIC_URL", "https://colo.example.cn/"},
                                                     {"COLO_DELIVERY_POLL_SECONDS", "0"}},
                                             .demo = true});
    }
    dir_ = world_->server->dir() + "/" + unique("receiver");
    fs::create_directories(dir_);
  }

  ServerProcess& server() { return *world_->server; }
  HttpClient as(const std::string& user) { return login(server(), user); }

  void deliver() {
    auto [code, out] = server().run_cli({"jobs", "run", "deliver"});
    ASSERT_EQ(code, 0) << out;
  }

  std::int64_t user_id(const std::string& username) {
    auto users = as("admin").get("/api/v1/users?q=" + username).json();
    for (const auto& u : users.at("results").as_array())
      if (u.at("username").as_string() == username) return u.at("id").as_int64();
    ADD_FAILURE() << "no user " << username;
    return 0;
  }

  // The deliveries of `channel` whose target or topic holds `q`, newest first.
  json::array deliveries(const std::string& query) {
    auto r = as("admin").get("/api/v1/deliveries?" + query);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json().at("results").as_array();
  }

  World* world_ = nullptr;
  std::string dir_;
};

TEST_P(Delivery, AnEmailWaitsWhileTheServerIsDownAndArrivesInChineseOnceItIsUp) {
  const std::string address = unique("business") + "@colo.example.cn";
  auto admin = as("admin");
  auto patched = admin.send_json("PATCH", "/api/v1/users/" + std::to_string(user_id("business")),
                                 json::object{{"email", address}});
  ASSERT_EQ(patched.status, 200) << patched.body;

  auto room = make_room(admin, 1);
  auto app = submitted(server(), room.room);  // tells the business department, by e-mail too
  const std::string link = "/applications/" + app;

  // The SMTP server is down: the attempt fails and is recorded; the e-mail is kept.
  deliver();
  auto failed = deliveries("channel=email&status=failed&q=" + address);
  ASSERT_FALSE(failed.empty());
  const auto outbox_id = failed[0].at("outbox_id").as_int64();
  EXPECT_EQ(failed[0].at("outbox_status").as_string(), "pending");
  EXPECT_EQ(failed[0].at("topic").as_string(), "application.submitted");
  EXPECT_EQ(failed[0].at("attempts").as_int64(), 1);
  const auto notification_id = failed[0].at("notification_id").as_int64();
  EXPECT_EQ(admin.get("/api/v1/notifications/" + std::to_string(notification_id) + "/email").json().at("status"),
            "failed");

  // Up again: an administrator's retry (or the back-off) sends it.
  Helper smtp(kSmtpSink, {std::to_string(world_->smtp_port), dir_});
  EXPECT_EQ(as("auditor").request("POST", "/api/v1/deliveries/" + std::to_string(outbox_id) + "/retry").status, 403);
  auto retried = admin.request("POST", "/api/v1/deliveries/" + std::to_string(outbox_id) + "/retry");
  ASSERT_EQ(retried.status, 200) << retried.body;
  EXPECT_EQ(retried.json().at("status").as_string(), "pending");
  deliver();

  auto mails = records_in(dir_);
  std::vector<json::object> ours;
  for (auto& m : mails)
    if (str(m.at("to")) == "<" + address + ">" || str(m.at("to")) == address) ours.push_back(m);
  ASSERT_EQ(ours.size(), 1u) << json::serialize(json::value_from(mails));
  const auto& mail = ours[0];
  EXPECT_EQ(mail.at("rcpt").as_array(), json::array{json::value(address)});
  EXPECT_EQ(str(mail.at("mail_from")), "noc@colo.example.cn");
  EXPECT_NE(str(mail.at("from")).find("Colo 托管平台"), std::string::npos) << mail.at("from");
  EXPECT_FALSE(str(mail.at("date")).empty());
  EXPECT_FALSE(str(mail.at("message_id")).empty());
  // The subject is the notification's title as the business department reads it in Chinese.
  std::string title;
  auto business = as("business");
  auto notifications = business.request("GET", "/api/v1/notifications?limit=100", "", kZh).json();
  for (const auto& n : notifications.at("results").as_array())
    if (n.at("link").as_string() == link) {
      title = str(n.at("title"));
      // The notification itself says it was e-mailed, and when.
      EXPECT_EQ(n.at("email_status").as_string(), "sent");
      EXPECT_FALSE(n.at("email_sent_at").is_null());
    }
  ASSERT_FALSE(title.empty());
  EXPECT_EQ(str(mail.at("subject")), title);
  EXPECT_NE(title.find("APP-"), std::string::npos);
  EXPECT_NE(title.find("审"), std::string::npos) << title;  // Chinese: the user chose no language
  EXPECT_NE(str(mail.at("text")).find("https://colo.example.cn" + link), std::string::npos) << mail.at("text");
  EXPECT_NE(str(mail.at("text")).find("我的账户"), std::string::npos);
  EXPECT_NE(str(mail.at("html")).find("href=\"https://colo.example.cn" + link + "\""), std::string::npos);

  auto delivered = deliveries("channel=email&status=delivered&outbox_id=" + std::to_string(outbox_id));
  ASSERT_EQ(delivered.size(), 1u);
  EXPECT_EQ(delivered[0].at("response_code").as_int64(), 250);
  EXPECT_EQ(delivered[0].at("outbox_status").as_string(), "delivered");
  auto status = admin.get("/api/v1/notifications/" + std::to_string(notification_id) + "/email").json();
  EXPECT_EQ(status.at("status").as_string(), "sent");
  EXPECT_FALSE(status.at("sent_at").is_null());

  // Delivered once: another pass sends nothing more, and a retry is refused.
  deliver();
  std::size_t again = 0;
  for (auto& m : records_in(dir_))
    if (str(m.at("to")).find(address) != std::string::npos) ++again;
  EXPECT_EQ(again, 1u);
  auto refused = admin.request("POST", "/api/v1/deliveries/" + std::to_string(outbox_id) + "/retry");
  EXPECT_EQ(refused.status, 409);
  EXPECT_EQ(refused.json().at("code").as_string(), "notify.delivery.already_delivered");

  // A user who switches e-mail off gets no more of it.
  auto off = business.send_json("PUT", "/api/v1/me/notification-settings", json::object{{"email_enabled", false}});
  ASSERT_EQ(off.status, 200) << off.body;
  EXPECT_EQ(off.json().at("email").as_string(), address);
  EXPECT_FALSE(off.json().at("email_enabled").as_bool());
  auto second = submitted(server(), room.room);
  deliver();
  std::size_t after = 0;
  for (auto& m : records_in(dir_))
    if (str(m.at("to")).find(address) != std::string::npos) ++after;
  EXPECT_EQ(after, 1u) << "no e-mail for application " << second;
  ASSERT_EQ(business.send_json("PUT", "/api/v1/me/notification-settings", json::object{{"email_enabled", true}}).status,
            200);
}

TEST_P(Delivery, OwnSettingsRefuseAnAddressThatCannotBeMailed) {
  auto technical = as("technical");
  auto before = technical.get("/api/v1/me/notification-settings").json();
  auto bad = technical.send_json("PUT", "/api/v1/me/notification-settings",
                                 json::object{{"email", "ops@example.cn\r\nBcc: x@evil.example"}, {"language", "fr"}});
  ASSERT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(bad.header("content-type").value_or(""), "application/problem+json");
  EXPECT_EQ(technical.get("/api/v1/me/notification-settings").json(), before) << "nothing changed";
  auto good =
      technical.send_json("PUT", "/api/v1/me/notification-settings",
                          json::object{{"email", "noc-" + unique("t") + "@colo.example.cn"}, {"language", "en-US"}});
  ASSERT_EQ(good.status, 200) << good.body;
  EXPECT_EQ(good.json().at("language").as_string(), "en-US");
  EXPECT_EQ(technical.get("/api/v1/auth/me").json().at("user").at("email"), good.json().at("email"));
  EXPECT_EQ(as("business").get("/api/v1/deliveries").status, 403);
  EXPECT_EQ(as("auditor").get("/api/v1/deliveries").status, 200);
}

TEST_P(Delivery, AWebhookIsSignedAndA500IsRetriedUntilTheReceiverTakesIt) {
  Helper receiver(kWebhookReceiver, {dir_});
  const auto port = receiver.ready_line().substr(6);
  write_file(dir_ + "/status", "500");
  auto admin = as("admin");
  const auto before = admin.get("/api/v1/webhooks").json().at("count").as_int64();
  auto refused = admin.send_json(
      "POST", "/api/v1/webhooks",
      json::object{{"name", "ERP"}, {"url", "http://erp.example.cn/hook"}, {"topics", json::array{"application.*"}}});
  ASSERT_EQ(refused.status, 400) << refused.body;
  EXPECT_NE(refused.body.find("notify.webhook.url_not_allowed"), std::string::npos) << refused.body;
  EXPECT_EQ(admin.get("/api/v1/webhooks").json().at("count").as_int64(), before) << "nothing was created";
  EXPECT_EQ(as("auditor")
                .send_json("POST", "/api/v1/webhooks",
                           json::object{{"name", "x"}, {"url", "https://h.example.cn/"}, {"topics", json::array{"*"}}})
                .status,
            403);

  auto created = admin.send_json("POST", "/api/v1/webhooks",
                                 json::object{{"name", "ERP 对接"},
                                              {"url", "http://127.0.0.1:" + port + "/colo"},
                                              {"topics", json::array{"application.submitted"}}});
  ASSERT_EQ(created.status, 201) << created.body;
  const auto hook = id_of(created);
  const auto secret = str(created.json().at("secret"));
  EXPECT_EQ(secret.rfind("whsec_", 0), 0u);
  write_file(dir_ + "/secret", secret);
  auto shown = admin.get("/api/v1/webhooks/" + hook);
  EXPECT_FALSE(shown.json().as_object().contains("secret")) << "the secret is shown once";

  auto room = make_room(admin, 1);
  auto app = submitted(server(), room.room);
  deliver();
  auto calls = records_in(dir_);
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_EQ(calls[0].at("answered").as_int64(), 500);
  EXPECT_TRUE(calls[0].at("signature_valid").as_bool());
  EXPECT_EQ(calls[0].at("event").as_string(), "application.submitted");
  EXPECT_EQ(calls[0].at("content_type").as_string(), "application/json");
  EXPECT_EQ(calls[0].at("path").as_string(), "/colo");
  const auto body = calls[0].at("body").as_object();
  EXPECT_EQ(body.at("topic").as_string(), "application.submitted");
  const auto outbox_id = body.at("id").as_int64();
  auto failed = deliveries("channel=webhook&outbox_id=" + std::to_string(outbox_id));
  ASSERT_EQ(failed.size(), 1u);
  EXPECT_EQ(failed[0].at("status").as_string(), "failed");
  EXPECT_EQ(failed[0].at("response_code").as_int64(), 500);

  // The receiver recovers; the entry is tried again and taken.
  write_file(dir_ + "/status", "200");
  ASSERT_EQ(admin.request("POST", "/api/v1/deliveries/" + std::to_string(outbox_id) + "/retry").status, 200);
  deliver();
  calls = records_in(dir_);
  ASSERT_EQ(calls.size(), 2u);
  EXPECT_EQ(calls[1].at("answered").as_int64(), 200);
  EXPECT_TRUE(calls[1].at("signature_valid").as_bool());
  EXPECT_EQ(calls[1].at("delivery"), calls[0].at("delivery")) << "a retry keeps its delivery id";
  EXPECT_EQ(calls[1].at("body"), calls[0].at("body"));
  auto now = deliveries("channel=webhook&status=delivered&outbox_id=" + std::to_string(outbox_id));
  ASSERT_EQ(now.size(), 1u);
  EXPECT_EQ(now[0].at("outbox_status").as_string(), "delivered");

  // Removed: it gets nothing more.
  EXPECT_EQ(admin.request("DELETE", "/api/v1/webhooks/" + hook).status, 204);
  EXPECT_EQ(admin.get("/api/v1/webhooks/" + hook).status, 404);
  submitted(server(), room.room);
  deliver();
  EXPECT_EQ(records_in(dir_).size(), 2u);
}

COLO_INSTANTIATE_API_TEST(Delivery);

}  // namespace
}  // namespace colo::testing
