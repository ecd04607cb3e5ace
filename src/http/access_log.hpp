// The access log: one line per answered request, in the same shape as the server's other log
// lines ("<UTC time> access info <client> <method> <target> <status> <bytes> <ms> <request id>").
//
// A line is formatted on the thread that answered the request into that thread's block and costs
// no system call, no allocation once the block has grown and no hand-off to another thread; a
// block is written with one fwrite when it is full and by a background thread every flush
// interval, so a quiet server's lines appear within that interval. Writing whole blocks through
// stdio keeps lines whole next to other writers of the same stream. What is still in a block when
// the process is killed is lost (at most one interval's lines); destruction writes everything.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace colo::http {

class AccessLog {
 public:
  explicit AccessLog(std::FILE* out, std::chrono::milliseconds flush_interval = std::chrono::seconds(1));
  ~AccessLog();
  AccessLog(const AccessLog&) = delete;
  AccessLog& operator=(const AccessLog&) = delete;

  // method and target may be empty for a request that could not be read ("-" is written).
  void write(std::string_view client, std::string_view method, std::string_view target, int status, std::uint64_t bytes,
             std::chrono::microseconds elapsed, std::string_view request_id);

  // Writes every block now.
  void flush();

 private:
  struct Block {
    std::mutex mutex;
    std::string text;
  };
  static constexpr std::size_t kBlocks = 8;
  static constexpr std::size_t kBlockBytes = 32 * 1024;

  Block& block_of_this_thread();
  void write_out(Block& block);

  std::FILE* out_;
  std::chrono::milliseconds interval_;
  std::vector<std::unique_ptr<Block>> blocks_;
  std::mutex stop_mutex_;
  std::condition_variable stop_cv_;
  bool stopping_ = false;
  std::thread flusher_;
};

}  // namespace colo::http
