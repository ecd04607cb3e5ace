#include "http/access_log.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <sstream>
#include <thread>

namespace colo::http {
namespace {

using namespace std::chrono_literals;

std::string contents(std::FILE* f) {
  std::fflush(f);
  std::rewind(f);
  std::string s;
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) s.append(buf, n);
  return s;
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> v;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) v.push_back(line);
  return v;
}

TEST(AccessLog, WritesOneWholeLinePerRequestInTheServerLogShape) {
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  {
    AccessLog log(f, 1h);
    log.write("10.0.0.1", "GET", "/api/v1/version", 200, 53, 1234us, "abc");
    log.write("10.0.0.2", "", "", 400, 190, 0us, "def");
  }  // destruction writes what is held
  const auto lines = lines_of(contents(f));
  ASSERT_EQ(lines.size(), 2u);
  const std::regex shape(
      R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z access info (\S+) (\S+) (\S+) (\d+) (\d+) (\d+\.\d)ms (\S+))");
  std::smatch m;
  ASSERT_TRUE(std::regex_match(lines[0], m, shape)) << lines[0];
  EXPECT_EQ(m[1], "10.0.0.1");
  EXPECT_EQ(m[2], "GET");
  EXPECT_EQ(m[3], "/api/v1/version");
  EXPECT_EQ(m[4], "200");
  EXPECT_EQ(m[5], "53");
  EXPECT_EQ(m[6], "1.2");
  EXPECT_EQ(m[7], "abc");
  ASSERT_TRUE(std::regex_match(lines[1], m, shape)) << lines[1];
  EXPECT_EQ(m[2], "-");
  EXPECT_EQ(m[3], "-");
  std::fclose(f);
}

TEST(AccessLog, LinesFromManyThreadsStayWholeAndNoneIsLost) {
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  constexpr int kThreads = 12, kPerThread = 5000;  // more threads than blocks, and full blocks
  {
    AccessLog log(f, 5ms);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
      threads.emplace_back([&log, t] {
        for (int i = 0; i < kPerThread; ++i)
          log.write("127.0.0.1", "GET", "/t" + std::to_string(t), 200, static_cast<std::uint64_t>(i), 10us, "id");
      });
    for (auto& th : threads) th.join();
  }
  const auto lines = lines_of(contents(f));
  ASSERT_EQ(lines.size(), static_cast<std::size_t>(kThreads * kPerThread));
  std::vector<int> seen(kThreads, 0);
  const std::regex shape(R"(\S+ access info 127\.0\.0\.1 GET /t(\d+) 200 (\d+) 0\.0ms id)");
  for (const auto& line : lines) {
    std::smatch m;
    ASSERT_TRUE(std::regex_match(line, m, shape)) << line;
    ++seen[std::stoi(m[1])];
  }
  for (int t = 0; t < kThreads; ++t) EXPECT_EQ(seen[t], kPerThread);
  std::fclose(f);
}

TEST(AccessLog, AQuietServersLinesAppearWithinTheFlushInterval) {
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  AccessLog log(f, 20ms);
  log.write("127.0.0.1", "GET", "/quiet", 200, 1, 1us, "q");
  // Waits for the background flush (no explicit flush, no destruction); bounded so a broken
  // flusher fails instead of hanging.
  std::string text;
  for (int i = 0; i < 500 && text.find("/quiet") == std::string::npos; ++i) {
    std::this_thread::sleep_for(10ms);
    text = contents(f);
    std::fseek(f, 0, SEEK_END);
  }
  EXPECT_NE(text.find("/quiet"), std::string::npos);
  std::fclose(f);
}

}  // namespace
}  // namespace colo::http
