#include "core/log.hpp"

#include <spdlog/async.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace colo {

void init_logging(const std::string& level, bool access_log_to_stdout) {
  spdlog::init_thread_pool(8192, 1);
  auto sink = std::make_shared<spdlog::sinks::stdout_sink_mt>();
  auto main_logger =
      std::make_shared<spdlog::async_logger>("colo", sink, spdlog::thread_pool(), spdlog::async_overflow_policy::block);
  // One sink serves both loggers, so one pattern: the logger name tells access lines apart.
  main_logger->set_pattern("%Y-%m-%dT%H:%M:%S.%eZ %n %l %v", spdlog::pattern_time_type::utc);
  main_logger->set_level(spdlog::level::from_str(level));
  spdlog::set_default_logger(main_logger);
  if (access_log_to_stdout) {
    // Access lines may be dropped under overload rather than slow requests down.
    auto access = std::make_shared<spdlog::async_logger>("access", sink, spdlog::thread_pool(),
                                                         spdlog::async_overflow_policy::overrun_oldest);
    access->set_level(spdlog::level::info);
    spdlog::register_logger(access);
  }
  spdlog::flush_every(std::chrono::seconds(1));
}

}  // namespace colo
