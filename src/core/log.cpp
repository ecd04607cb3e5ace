#include "core/log.hpp"

#include <spdlog/async.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace colo {

void init_logging(const std::string& level) {
  spdlog::init_thread_pool(8192, 1);
  auto sink = std::make_shared<spdlog::sinks::stdout_sink_mt>();
  auto main_logger =
      std::make_shared<spdlog::async_logger>("colo", sink, spdlog::thread_pool(), spdlog::async_overflow_policy::block);
  main_logger->set_pattern("%Y-%m-%dT%H:%M:%S.%eZ %n %l %v", spdlog::pattern_time_type::utc);
  main_logger->set_level(spdlog::level::from_str(level));
  spdlog::set_default_logger(main_logger);
  spdlog::flush_every(std::chrono::seconds(1));
}

}  // namespace colo
