#include "http/access_log.hpp"

#include <atomic>
#include <ctime>
#include <iterator>

#include <fmt/format.h>

namespace colo::http {

namespace {

// "2026-11-25T23:52:31." for the current second, formatted once per second per thread.
struct SecondPrefix {
  std::time_t second = -1;
  char text[24] = {};
  std::size_t size = 0;
};

std::string_view prefix_for(std::time_t second) {
  thread_local SecondPrefix cached;
  if (cached.second != second) {
    std::tm tm{};
    gmtime_r(&second, &tm);
    cached.size = std::strftime(cached.text, sizeof cached.text, "%Y-%m-%dT%H:%M:%S.", &tm);
    cached.second = second;
  }
  return {cached.text, cached.size};
}

std::string_view or_dash(std::string_view s) { return s.empty() ? std::string_view("-") : s; }

}  // namespace

AccessLog::AccessLog(std::FILE* out, std::chrono::milliseconds flush_interval) : out_(out), interval_(flush_interval) {
  for (std::size_t i = 0; i < kBlocks; ++i) blocks_.push_back(std::make_unique<Block>());
  flusher_ = std::thread([this] {
    std::unique_lock lock(stop_mutex_);
    while (!stopping_) {
      stop_cv_.wait_for(lock, interval_, [this] { return stopping_; });
      lock.unlock();
      flush();
      lock.lock();
    }
  });
}

AccessLog::~AccessLog() {
  {
    std::lock_guard lock(stop_mutex_);
    stopping_ = true;
  }
  stop_cv_.notify_one();
  flusher_.join();
  flush();
}

AccessLog::Block& AccessLog::block_of_this_thread() {
  // Threads are spread over the blocks in the order they first log, so the few I/O threads of a
  // server each have a block of their own and its mutex is only ever contended by the flusher.
  static std::atomic<std::size_t> next{0};
  thread_local const std::size_t index = next.fetch_add(1, std::memory_order_relaxed) % kBlocks;
  return *blocks_[index];
}

void AccessLog::write(std::string_view client, std::string_view method, std::string_view target, int status,
                      std::uint64_t bytes, std::chrono::microseconds elapsed, std::string_view request_id) {
  using namespace std::chrono;
  const auto now = system_clock::now().time_since_epoch();
  const auto secs = duration_cast<seconds>(now);
  const auto millis = duration_cast<milliseconds>(now - secs).count();
  const auto micros = elapsed.count();
  Block& block = block_of_this_thread();
  bool full = false;
  {
    std::lock_guard lock(block.mutex);
    auto out = std::back_inserter(block.text);
    block.text.append(prefix_for(static_cast<std::time_t>(secs.count())));
    fmt::format_to(out, "{:03}Z access info {} {} {} {} {} {}.{}ms {}\n", millis, client, or_dash(method),
                   or_dash(target), status, bytes, micros / 1000, (micros % 1000) / 100, request_id);
    full = block.text.size() >= kBlockBytes;
  }
  if (full) write_out(block);
}

void AccessLog::flush() {
  for (auto& block : blocks_) write_out(*block);
}

void AccessLog::write_out(Block& block) {
  std::string text;
  {
    std::lock_guard lock(block.mutex);
    if (block.text.empty()) return;
    text.reserve(kBlockBytes + 512);
    text.swap(block.text);
  }
  std::fwrite(text.data(), 1, text.size(), out_);
  std::fflush(out_);
}

}  // namespace colo::http
