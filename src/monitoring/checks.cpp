#include "monitoring/checks.hpp"

#include <curl/curl.h>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <charconv>
#include <map>
#include <memory>
#include <mutex>

extern char** environ;

namespace colo::monitoring {

std::vector<PingResult> parse_fping(std::string_view output, const std::vector<std::string>& hosts) {
  std::map<std::string, std::optional<double>, std::less<>> seen;
  while (!output.empty()) {
    auto eol = output.find('\n');
    std::string_view line = output.substr(0, eol);
    output = eol == std::string_view::npos ? std::string_view{} : output.substr(eol + 1);
    auto colon = line.find(" : ");
    if (colon == std::string_view::npos) continue;
    std::string_view host = line.substr(0, colon);
    while (!host.empty() && host.back() == ' ') host.remove_suffix(1);
    std::string_view rest = line.substr(colon + 3);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    auto end = rest.find(' ');
    std::string_view first = rest.substr(0, end);
    std::optional<double> rtt;
    double ms = 0;
    auto [p, ec] = std::from_chars(first.data(), first.data() + first.size(), ms);
    if (ec == std::errc{} && p == first.data() + first.size() && ms >= 0) rtt = ms / 1000.0;
    seen[std::string(host)] = rtt;
  }
  std::vector<PingResult> out;
  for (const auto& h : hosts) {
    auto it = seen.find(h);
    out.push_back({h, it == seen.end() ? std::nullopt : it->second});
  }
  return out;
}

Result<std::vector<PingResult>> ping(const std::vector<std::string>& hosts, const PingOptions& options) {
  if (hosts.empty()) return std::vector<PingResult>{};
  std::vector<std::string> args = {options.fping, "-C",
                                   "1",           "-q",
                                   "-B",          "1",
                                   "-t",          std::to_string(options.timeout_ms),
                                   "-r",          std::to_string(options.retries)};
  for (const auto& h : hosts) {
    // A host that looks like an option would change what fping does.
    if (h.empty() || h.front() == '-') continue;
    args.push_back(h);
  }
  int pipefd[2];
  if (pipe2(pipefd, O_CLOEXEC) != 0) return Error::internal("cannot create a pipe");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipefd[1], 2);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, args[0].c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(pipefd[1]);
  if (rc != 0) {
    close(pipefd[0]);
    return Error::internal("cannot run " + options.fping);
  }
  std::string output;
  char buf[4096];
  for (;;) {
    ssize_t n = read(pipefd[0], buf, sizeof buf);
    if (n > 0)
      output.append(buf, static_cast<std::size_t>(n));
    else if (n == 0 || errno != EINTR)
      break;
  }
  close(pipefd[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  // fping exits 1 when some host was unreachable and 2 when a name did not resolve; both still
  // report every host. Anything else means it did not run as asked.
  if (!WIFEXITED(status) || WEXITSTATUS(status) > 2) return Error::internal("fping failed: " + output.substr(0, 200));
  return parse_fping(output, hosts);
}

namespace {

void init_curl_once() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

size_t discard(char*, size_t size, size_t n, void*) { return size * n; }

struct EasyDeleter {
  void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct MultiDeleter {
  void operator()(CURLM* m) const { curl_multi_cleanup(m); }
};

}  // namespace

std::vector<ServiceResult> run_service_checks(const std::vector<ServiceCheck>& checks) {
  init_curl_once();
  std::vector<ServiceResult> out(checks.size());
  std::unique_ptr<CURLM, MultiDeleter> multi(curl_multi_init());
  std::vector<std::unique_ptr<CURL, EasyDeleter>> easies;
  std::vector<std::string> urls(checks.size());
  for (std::size_t i = 0; i < checks.size(); ++i) {
    const auto& c = checks[i];
    std::unique_ptr<CURL, EasyDeleter> e(curl_easy_init());
    if (c.kind == ServiceCheck::Kind::tcp) {
      std::string host = c.host.find(':') != std::string::npos ? "[" + c.host + "]" : c.host;
      urls[i] = "telnet://" + host + ":" + std::to_string(c.port);
      curl_easy_setopt(e.get(), CURLOPT_CONNECT_ONLY, 1L);
    } else {
      urls[i] = c.url;
      curl_easy_setopt(e.get(), CURLOPT_PROTOCOLS_STR, "http,https");
      curl_easy_setopt(e.get(), CURLOPT_WRITEFUNCTION, &discard);
      curl_easy_setopt(e.get(), CURLOPT_FOLLOWLOCATION, 0L);
    }
    curl_easy_setopt(e.get(), CURLOPT_URL, urls[i].c_str());
    curl_easy_setopt(e.get(), CURLOPT_TIMEOUT_MS, static_cast<long>(c.timeout_ms));
    curl_easy_setopt(e.get(), CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e.get(), CURLOPT_PRIVATE, reinterpret_cast<void*>(i));
    curl_multi_add_handle(multi.get(), e.get());
    easies.push_back(std::move(e));
  }
  int running = 0;
  do {
    curl_multi_perform(multi.get(), &running);
    if (running) curl_multi_poll(multi.get(), nullptr, 0, 100, nullptr);
    int queued = 0;
    while (CURLMsg* m = curl_multi_info_read(multi.get(), &queued)) {
      if (m->msg != CURLMSG_DONE) continue;
      void* p = nullptr;
      curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, &p);
      auto i = reinterpret_cast<std::size_t>(p);
      auto& r = out[i];
      if (m->data.result != CURLE_OK) {
        r.detail = curl_easy_strerror(m->data.result);
        continue;
      }
      if (checks[i].kind == ServiceCheck::Kind::tcp) {
        double t = 0;
        curl_easy_getinfo(m->easy_handle, CURLINFO_CONNECT_TIME, &t);
        r = {true, t, {}};
      } else {
        long code = 0;
        double t = 0;
        curl_easy_getinfo(m->easy_handle, CURLINFO_RESPONSE_CODE, &code);
        curl_easy_getinfo(m->easy_handle, CURLINFO_TOTAL_TIME, &t);
        r = {code > 0 && code < 400, t, code >= 400 ? "HTTP " + std::to_string(code) : std::string{}};
      }
    }
  } while (running);
  for (auto& e : easies) curl_multi_remove_handle(multi.get(), e.get());
  return out;
}

}  // namespace colo::monitoring
