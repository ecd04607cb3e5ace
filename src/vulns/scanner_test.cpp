// The scanner supervises nmap as a subprocess: a run past its time limit is killed and reported,
// a run beyond the allowed number at once is refused (not queued), a failing nmap's last words are
// reported, and the XML it wrote is what the run answers. A stand-in nmap (a shell script) makes
// each case happen without real scans.
#include "vulns/scanner.hpp"

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>
#include <chrono>

#include <filesystem>
#include <fstream>
#include <future>
#include <thread>

namespace colo::vulns {
namespace {

namespace fs = std::filesystem;

class ScannerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "colo-scanner-test-XXXXXX").string();
    ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  // A stand-in for nmap: `body` runs with nmap's arguments; "$out" is the -oX file.
  std::string fake(const std::string& name, const std::string& body) {
    const auto path = (dir_ / name).string();
    std::ofstream f(path);
    f << "#!/bin/sh\nout=\"\"\nprev=\"\"\nfor a in \"$@\"; do [ \"$prev\" = \"-oX\" ] && out=\"$a\"; prev=\"$a\"; "
         "done\n"
      << body << "\n";
    f.close();
    ::chmod(path.c_str(), 0755);
    return path;
  }
  fs::path dir_;
};

TEST_F(ScannerTest, AnswersTheXmlNmapWrote) {
  Scanner s({fake("nmap", "echo '<nmaprun/>' > \"$out\""), 60, 1});
  auto r = s.run("top", std::nullopt, {"192.0.2.10/32"});
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r.value(), "<nmaprun/>\n");
}

TEST_F(ScannerTest, AFailingNmapIsReportedWithItsLastWords) {
  Scanner s({fake("nmap", "echo 'Failed to resolve \"x\".' >&2; exit 1"), 60, 1});
  auto r = s.run("top", std::nullopt, {"192.0.2.10/32"});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "vulns.scan.failed");
  EXPECT_NE(r.error().message.find("Failed to resolve"), std::string::npos) << r.error().message;
  Scanner missing({(dir_ / "no-such-nmap").string(), 60, 1});
  auto m = missing.run("top", std::nullopt, {"192.0.2.10/32"});
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().code, "vulns.scan.failed");
}

TEST_F(ScannerTest, ARunPastItsLimitIsKilledWithWhatItStarted) {
  // The stand-in starts a child that would outlive it; the whole process group is killed.
  const auto pid_file = (dir_ / "child.pid").string();
  Scanner s({fake("nmap", "sleep 30 & echo $! > '" + pid_file + "'; sleep 30"), 1, 1});
  auto r = s.run("top", std::nullopt, {"192.0.2.10/32"});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "vulns.scan.timeout");
  std::string pid;
  std::ifstream(pid_file) >> pid;
  ASSERT_FALSE(pid.empty());
  // Gone, or dead and waiting for its (new) parent to reap it: not sleeping on. SIGKILL reaches
  // the group at once, but the kernel may still be tearing the child down when the scan returns
  // (state R with init as parent), so it is given a few seconds to finish dying; a child the kill
  // missed would sleep on for its 30 seconds.
  std::string stat;
  char state = 'R';
  for (int i = 0; i < 100; ++i) {
    stat.clear();
    std::getline(std::ifstream("/proc/" + pid + "/stat"), stat);
    state = stat.empty() ? 'X' : stat[stat.rfind(')') + 2];
    if (state == 'X' || state == 'Z') break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  EXPECT_TRUE(state == 'X' || state == 'Z') << "the child of the killed nmap is still running: " << stat;
}

TEST_F(ScannerTest, MoreScansThanAllowedAtOnceAreRefusedNotQueued) {
  // The first run blocks until the test releases it, so the second certainly overlaps it.
  const auto gate = (dir_ / "gate").string();
  const auto started = (dir_ / "started").string();
  Scanner s({fake("nmap", "touch '" + started + "'; while [ ! -e '" + gate +
                              "' ]; do sleep 0.05; done; echo '<nmaprun/>' > \"$out\""),
             60, 1});
  auto first = std::async(std::launch::async, [&] { return s.run("top", std::nullopt, {"192.0.2.10/32"}); });
  while (!fs::exists(started)) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  auto second = s.run("top", std::nullopt, {"192.0.2.11/32"});
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().code, "vulns.scan.busy");
  std::ofstream(gate).close();
  auto done = first.get();
  ASSERT_TRUE(done.ok()) << done.error().message;
  // The slot is free again.
  auto third = s.run("top", std::nullopt, {"192.0.2.12/32"});
  EXPECT_TRUE(third.ok());
}

}  // namespace
}  // namespace colo::vulns
