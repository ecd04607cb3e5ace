// fping's output, a real fping against the loopback, and TCP/HTTP checks against local sockets.
#include "monitoring/checks.hpp"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace colo::monitoring {
namespace {

TEST(ParseFping, AnswersLossesAndSilence) {
  std::string out =
      "127.0.0.1 : 0.04\n"
      "10.255.255.1 : -\n"
      "ICMP Host Unreachable from 10.0.0.1 for ICMP Echo sent to 10.0.0.9\n"
      "::1       : 1.50 1.70\n"
      "bad : x\n";
  auto r = parse_fping(out, {"127.0.0.1", "10.255.255.1", "::1", "bad", "never-mentioned"});
  ASSERT_EQ(r.size(), 5u);
  ASSERT_TRUE(r[0].rtt_seconds);
  EXPECT_NEAR(*r[0].rtt_seconds, 0.00004, 1e-12);
  EXPECT_FALSE(r[1].rtt_seconds);
  ASSERT_TRUE(r[2].rtt_seconds);
  EXPECT_NEAR(*r[2].rtt_seconds, 0.0015, 1e-12);
  EXPECT_FALSE(r[3].rtt_seconds);
  EXPECT_FALSE(r[4].rtt_seconds);
}

TEST(Ping, RealFpingAnswersForTheLoopback) {
  auto r = ping({"127.0.0.1"}, {});
  ASSERT_TRUE(r.ok()) << r.error().message;
  ASSERT_EQ(r->size(), 1u);
  EXPECT_TRUE((*r)[0].rtt_seconds);
}

TEST(Ping, AMissingExecutableIsAnError) {
  PingOptions o;
  o.fping = "/nonexistent/fping";
  EXPECT_FALSE(ping({"127.0.0.1"}, o).ok());
}

// A listening TCP socket on an ephemeral loopback port, closed at the end of the test.
struct Listener {
  int fd = -1;
  std::uint16_t port = 0;
  Listener() {
    fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
    listen(fd, 8);
    socklen_t len = sizeof a;
    getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
    port = ntohs(a.sin_port);
  }
  ~Listener() { close(fd); }
};

TEST(ServiceChecks, TcpUpAndDownAndHttpRefused) {
  Listener open;
  std::uint16_t closed_port = 0;
  {
    Listener gone;
    closed_port = gone.port;
  }
  ServiceCheck up{ServiceCheck::Kind::tcp, "127.0.0.1", open.port, {}, 2000};
  ServiceCheck down{ServiceCheck::Kind::tcp, "127.0.0.1", closed_port, {}, 2000};
  ServiceCheck http{ServiceCheck::Kind::http, {}, 0, "http://127.0.0.1:" + std::to_string(closed_port) + "/", 2000};
  ServiceCheck not_http{ServiceCheck::Kind::http, {}, 0, "file:///etc/passwd", 2000};
  auto r = run_service_checks({up, down, http, not_http});
  ASSERT_EQ(r.size(), 4u);
  EXPECT_TRUE(r[0].up) << r[0].detail;
  EXPECT_FALSE(r[1].up);
  EXPECT_FALSE(r[2].up);
  EXPECT_FALSE(r[3].up);
}

}  // namespace
}  // namespace colo::monitoring
