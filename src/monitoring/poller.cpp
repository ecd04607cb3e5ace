#include "monitoring/poller.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <condition_variable>
#include <thread>

#include "monitoring/checks.hpp"
#include "monitoring/collect.hpp"
#include "monitoring/schedule.hpp"
#include "monitoring/snmp.hpp"

namespace colo::monitoring {

namespace {

std::int64_t steady_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

std::int64_t unix_ms(const Clock& clock) { return clock.now().time_since_epoch().count(); }

snmp::Target target_of(const PollTarget& t, const PollerOptions& o) {
  snmp::Target s;
  s.host = t.ledger.mgmt_address;
  s.port = static_cast<std::uint16_t>(t.settings.snmp_port);
  s.credentials = *t.credentials;
  s.timeout_ms = o.snmp_timeout_ms;
  s.retries = o.snmp_retries;
  return s;
}

DeviceLabels labels_of(const PollTarget& t) {
  return DeviceLabels{t.ledger.id, t.ledger.room_id, t.ledger.rack_id, t.ledger.customer_id, t.interfaces};
}

// Sleeps until `deadline_ms` (steady) or until stop is requested.
void sleep_until(std::stop_token& stop, std::int64_t deadline_ms) {
  std::mutex m;
  std::condition_variable_any cv;
  std::unique_lock lock(m);
  auto wait = std::chrono::milliseconds(std::max<std::int64_t>(0, deadline_ms - steady_ms()));
  cv.wait_for(lock, stop, wait, [] { return false; });
}

}  // namespace

struct Poller::State {
  // SNMP thread.
  snmp::Engine engine;
  Collector collector;
  Schedule snmp_schedule;
  std::map<std::int64_t, PollTarget> snmp_targets;
  std::map<std::int64_t, std::int64_t> discovered_ms;  // device -> steady time of its last discovery
  std::map<std::int64_t, std::size_t> discovered_ifs;  // device -> interfaces found then
  std::map<std::int64_t, std::string> last_error;
  std::int64_t snmp_reloaded_ms = INT64_MIN / 2;
  std::vector<tsdb::Sample> snmp_samples;
  // Check thread.
  Schedule ping_schedule, check_schedule;
  std::map<std::int64_t, PollTarget> check_targets;
  std::map<std::int64_t, std::pair<std::int64_t, Check>> checks;  // check id -> device id, check
  std::int64_t checks_reloaded_ms = INT64_MIN / 2;
  // Lateness of the current and the previous minute.
  std::atomic<std::int64_t> lateness_window_ms{0}, lateness_now{0}, lateness_before{0};

  explicit State(const PollerOptions& o) : engine(snmp::EngineOptions{.max_in_flight = o.max_in_flight}) {}
};

Poller::Poller(Service& service, tsdb::Sink& sink, const Clock& clock, PollerOptions options)
    : service_(service),
      sink_(sink),
      clock_(clock),
      options_(std::move(options)),
      state_(std::make_unique<State>(options_)) {}

Poller::~Poller() = default;

namespace {

void note_slot(PollerStats& stats, const PollerOptions& options, std::int64_t late_ms, std::int64_t interval_ms) {
  const SlotMiss miss = slot_miss(late_ms, interval_ms, options.late_after_ms);
  if (miss.late) stats.late_polls.fetch_add(1);
  if (miss.dropped) stats.dropped_polls.fetch_add(miss.dropped);
}

void note_lateness(PollerStats& stats, std::atomic<std::int64_t>& window, std::atomic<std::int64_t>& now_max,
                   std::atomic<std::int64_t>& before_max, std::int64_t late_ms) {
  std::int64_t t = steady_ms();
  if (t - window.load() >= 60000) {
    before_max.store(now_max.exchange(0));
    window.store(t);
  }
  std::int64_t cur = now_max.load();
  while (late_ms > cur && !now_max.compare_exchange_weak(cur, late_ms)) {}
  stats.max_lateness_ms.store(std::max(now_max.load(), before_max.load()));
}

void write_samples(tsdb::Sink& sink, PollerStats& stats, std::vector<tsdb::Sample>& samples) {
  if (samples.empty()) return;
  auto n = samples.size();
  auto st = sink.write(std::move(samples));
  samples.clear();
  if (!st.ok()) {
    stats.sink_failures.fetch_add(1);
    spdlog::warn("poller: the sample store refused {} samples: {}", n, st.error().message);
    return;
  }
  stats.samples.fetch_add(n);
}

}  // namespace

// Answers of one SNMP poll: samples, discovery when due, the device's error state.
static void handle_snmp(Service& service, const Clock& clock, const PollerOptions& options, PollerStats& stats,
                        Poller* /*self*/, auto& st, PollTarget& target, snmp::Response response) {
  const auto id = target.ledger.id;
  stats.snmp_polls.fetch_add(1);
  stats.snmp_durations.observe(static_cast<double>(response.elapsed_ms) / 1000.0);
  auto set_error = [&](std::optional<std::string> error) {
    auto& last = st.last_error[id];
    std::string now = error.value_or("");
    if (last == now) return;
    last = now;
    if (auto s = service.record_error(id, error); !s.ok())
      spdlog::warn("poller: cannot record the state of device {}: {}", id, s.error().message);
  };
  if (response.outcome != snmp::Outcome::ok) {
    stats.snmp_failures.fetch_add(1);
    if (response.outcome == snmp::Outcome::timeout) stats.snmp_timeouts.fetch_add(1);
    set_error(response.outcome == snmp::Outcome::timeout ? "SNMP: no answer" : "SNMP: " + response.detail);
    return;
  }
  auto snapshot = read_snapshot(response.varbinds, target.profile);
  stats.ignored_values.fetch_add(static_cast<std::uint64_t>(snapshot.ignored));
  std::int64_t now = steady_ms();
  auto last = st.discovered_ms.find(id);
  bool discover = last == st.discovered_ms.end() || now - last->second >= options.rediscover_ms ||
                  st.discovered_ifs[id] != snapshot.interfaces.size();
  if (discover) {
    auto matched = service.record_discovery(id, snapshot);
    if (matched.ok()) {
      target.interfaces = std::move(*matched);
      st.discovered_ms[id] = now;
      st.discovered_ifs[id] = snapshot.interfaces.size();
    } else {
      spdlog::warn("poller: cannot record the discovery of device {}: {}", id, matched.error().message);
    }
  }
  auto counts = st.collector.collect(labels_of(target), snapshot, unix_ms(clock), st.snmp_samples);
  stats.counter_resets.fetch_add(static_cast<std::uint64_t>(counts.resets));
  set_error(std::nullopt);
}

namespace {

template <typename St>
Status reload_snmp(Service& service, St& st, PollerStats& stats, std::int64_t now) {
  COLO_TRY(auto targets, service.poll_targets());
  std::map<std::int64_t, PollTarget> next;
  std::vector<Schedule::Item> items;
  for (auto& t : targets) {
    if (!t.credentials) continue;
    items.push_back({static_cast<std::uint64_t>(t.ledger.id), t.settings.snmp_interval_s * 1000});
    // Interfaces matched since the last reload stay known until the database says the same.
    if (auto it = st.snmp_targets.find(t.ledger.id); it != st.snmp_targets.end() && t.interfaces.empty())
      t.interfaces = it->second.interfaces;
    next.emplace(t.ledger.id, std::move(t));
  }
  for (const auto& [id, t] : st.snmp_targets)
    if (!next.count(id)) {
      st.collector.forget(id);  // removed: a later return starts its counters afresh
      st.discovered_ms.erase(id);
    }
  st.snmp_targets = std::move(next);
  st.snmp_schedule.set(items, now);
  stats.devices.store(targets.size());
  return {};
}

template <typename St>
Status reload_checks(Service& service, St& st, std::int64_t now) {
  COLO_TRY(auto targets, service.poll_targets());
  std::vector<Schedule::Item> pings, checks;
  st.check_targets.clear();
  st.checks.clear();
  for (auto& t : targets) {
    pings.push_back({static_cast<std::uint64_t>(t.ledger.id), t.settings.ping_interval_s * 1000});
    for (const auto& c : t.checks) {
      checks.push_back({static_cast<std::uint64_t>(c.id), c.interval_s * 1000});
      st.checks.emplace(c.id, std::make_pair(t.ledger.id, c));
    }
    st.check_targets.emplace(t.ledger.id, std::move(t));
  }
  st.ping_schedule.set(pings, now);
  st.check_schedule.set(checks, now);
  return {};
}

template <typename St>
void run_pings(const PollerOptions& options, PollerStats& stats, const Clock& clock, St& st,
               const std::vector<std::int64_t>& device_ids, std::vector<tsdb::Sample>& out) {
  std::vector<std::string> hosts;
  std::vector<const PollTarget*> targets;
  for (auto id : device_ids) {
    auto it = st.check_targets.find(id);
    if (it == st.check_targets.end()) continue;
    hosts.push_back(it->second.ledger.mgmt_address);
    targets.push_back(&it->second);
  }
  if (hosts.empty()) return;
  const auto started = std::chrono::steady_clock::now();
  stats.in_flight.fetch_add(static_cast<std::int64_t>(hosts.size()));
  auto results = ping(hosts, PingOptions{options.fping, options.ping_timeout_ms, options.ping_retries});
  stats.in_flight.fetch_sub(static_cast<std::int64_t>(hosts.size()));
  // An unanswered ping took as long as fping waited for it: the whole run.
  const double run_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!results.ok()) {
    spdlog::error("poller: {}", results.error().message);
    return;
  }
  auto t_ms = unix_ms(clock);
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const auto& r = (*results)[i];
    auto labels = device_labels(labels_of(*targets[i]));
    stats.pings.fetch_add(1);
    stats.ping_durations.observe(r.rtt_seconds.value_or(run_seconds));
    if (!r.rtt_seconds) stats.pings_unanswered.fetch_add(1);
    out.push_back({"device_up", labels, t_ms, r.rtt_seconds ? 1.0 : 0.0});
    if (r.rtt_seconds) out.push_back({"device_rtt_seconds", labels, t_ms, *r.rtt_seconds});
  }
}

template <typename St>
void run_service_checks(PollerStats& stats, const Clock& clock, St& st, const std::vector<std::int64_t>& check_ids,
                        std::vector<tsdb::Sample>& out) {
  std::vector<ServiceCheck> batch;
  std::vector<std::pair<const PollTarget*, const Check*>> which;
  for (auto id : check_ids) {
    auto it = st.checks.find(id);
    if (it == st.checks.end()) continue;
    auto t = st.check_targets.find(it->second.first);
    if (t == st.check_targets.end()) continue;
    const Check& c = it->second.second;
    ServiceCheck s;
    s.kind = c.kind == "http" ? ServiceCheck::Kind::http : ServiceCheck::Kind::tcp;
    s.host = t->second.ledger.mgmt_address;
    s.port = static_cast<std::uint16_t>(c.port.value_or(0));
    s.url = c.url.value_or("");
    s.timeout_ms = static_cast<int>(c.timeout_ms);
    batch.push_back(std::move(s));
    which.emplace_back(&t->second, &c);
  }
  if (batch.empty()) return;
  stats.in_flight.fetch_add(static_cast<std::int64_t>(batch.size()));
  auto results = monitoring::run_service_checks(batch);
  stats.in_flight.fetch_sub(static_cast<std::int64_t>(batch.size()));
  auto t_ms = unix_ms(clock);
  for (std::size_t i = 0; i < results.size(); ++i) {
    auto labels = device_labels(labels_of(*which[i].first));
    labels.emplace_back("check_id", std::to_string(which[i].second->id));
    labels.emplace_back("kind", which[i].second->kind);
    std::sort(labels.begin(), labels.end());
    stats.service_checks.fetch_add(1);
    (which[i].second->kind == "http" ? stats.http_durations : stats.tcp_durations).observe(results[i].seconds);
    if (!results[i].up) stats.service_checks_down.fetch_add(1);
    out.push_back({"check_up", std::move(labels), t_ms, results[i].up ? 1.0 : 0.0});
  }
}

}  // namespace

void Poller::snmp_loop(std::stop_token stop) {
  auto& st = *state_;
  std::int64_t last_flush = steady_ms();
  st.engine.stream(
      [&] {
        std::vector<std::pair<std::uint64_t, snmp::Request>> out;
        std::int64_t now = steady_ms();
        if (now - last_flush >= 1000) {
          write_samples(sink_, stats_, st.snmp_samples);
          last_flush = now;
        }
        if (now - st.snmp_reloaded_ms >= options_.reload_ms) {
          st.snmp_reloaded_ms = now;
          if (auto s = reload_snmp(service_, st, stats_, now); !s.ok())
            spdlog::warn("poller: cannot read what to poll: {}", s.error().message);
        }
        for (const auto& due : st.snmp_schedule.take_due(now)) {
          auto it = st.snmp_targets.find(static_cast<std::int64_t>(due.key));
          if (it == st.snmp_targets.end()) continue;
          note_lateness(stats_, st.lateness_window_ms, st.lateness_now, st.lateness_before, due.late_ms);
          note_slot(stats_, options_, due.late_ms, it->second.settings.snmp_interval_s * 1000);
          out.emplace_back(due.key, device_request(target_of(it->second, options_), it->second.profile));
        }
        stats_.in_flight.fetch_add(static_cast<std::int64_t>(out.size()));
        return out;
      },
      [&](std::uint64_t tag, snmp::Response r) {
        stats_.in_flight.fetch_sub(1);
        // A device removed while it was polled has no target any more: its answer is dropped.
        auto it = st.snmp_targets.find(static_cast<std::int64_t>(tag));
        if (it == st.snmp_targets.end()) return;
        handle_snmp(service_, clock_, options_, stats_, this, st, it->second, std::move(r));
      },
      [&] { return !stop.stop_requested(); });
  write_samples(sink_, stats_, st.snmp_samples);
}

void Poller::check_loop(std::stop_token stop) {
  auto& st = *state_;
  std::vector<tsdb::Sample> samples;
  while (!stop.stop_requested()) {
    std::int64_t now = steady_ms();
    if (now - st.checks_reloaded_ms >= options_.reload_ms) {
      st.checks_reloaded_ms = now;
      if (auto s = reload_checks(service_, st, now); !s.ok())
        spdlog::warn("poller: cannot read what to check: {}", s.error().message);
    }
    std::vector<std::int64_t> devices, checks;
    for (const auto& d : st.ping_schedule.take_due(now)) {
      note_lateness(stats_, st.lateness_window_ms, st.lateness_now, st.lateness_before, d.late_ms);
      if (auto t = st.check_targets.find(static_cast<std::int64_t>(d.key)); t != st.check_targets.end())
        note_slot(stats_, options_, d.late_ms, t->second.settings.ping_interval_s * 1000);
      devices.push_back(static_cast<std::int64_t>(d.key));
    }
    for (const auto& d : st.check_schedule.take_due(now)) {
      if (auto c = st.checks.find(static_cast<std::int64_t>(d.key)); c != st.checks.end())
        note_slot(stats_, options_, d.late_ms, c->second.second.interval_s * 1000);
      checks.push_back(static_cast<std::int64_t>(d.key));
    }
    run_pings(options_, stats_, clock_, st, devices, samples);
    run_service_checks(stats_, clock_, st, checks, samples);
    write_samples(sink_, stats_, samples);
    std::int64_t next = st.checks_reloaded_ms + options_.reload_ms;
    if (auto p = st.ping_schedule.next_at()) next = std::min(next, *p);
    if (auto c = st.check_schedule.next_at()) next = std::min(next, *c);
    sleep_until(stop, next);
  }
}

void Poller::run(std::stop_token stop) {
  std::jthread checks([this, stop](std::stop_token own) {
    // Stops with the poller or with its own token (the jthread's, when run() returns first).
    std::stop_source both;
    std::stop_callback a(stop, [&] { both.request_stop(); });
    std::stop_callback b(own, [&] { both.request_stop(); });
    check_loop(both.get_token());
  });
  snmp_loop(stop);
}

Status Poller::poll_once(bool rates) {
  auto& st = *state_;
  std::int64_t now = steady_ms();
  COLO_CHECK(reload_snmp(service_, st, stats_, now));
  COLO_CHECK(reload_checks(service_, st, now));
  for (int round = 0; round < (rates ? 2 : 1); ++round) {
    if (round == 1) std::this_thread::sleep_for(std::chrono::seconds(1));
    std::vector<snmp::Request> requests;
    std::vector<std::int64_t> ids;
    for (auto& [id, t] : st.snmp_targets) {
      requests.push_back(device_request(target_of(t, options_), t.profile));
      ids.push_back(id);
    }
    stats_.in_flight.fetch_add(static_cast<std::int64_t>(requests.size()));
    auto answers = st.engine.poll(requests);
    stats_.in_flight.fetch_sub(static_cast<std::int64_t>(requests.size()));
    for (std::size_t i = 0; i < answers.size(); ++i)
      handle_snmp(service_, clock_, options_, stats_, this, st, st.snmp_targets.at(ids[i]), std::move(answers[i]));
    write_samples(sink_, stats_, st.snmp_samples);
  }
  std::vector<tsdb::Sample> samples;
  std::vector<std::int64_t> devices, checks;
  for (const auto& [id, t] : st.check_targets) devices.push_back(id);
  for (const auto& [id, c] : st.checks) checks.push_back(id);
  run_pings(options_, stats_, clock_, st, devices, samples);
  run_service_checks(stats_, clock_, st, checks, samples);
  write_samples(sink_, stats_, samples);
  return {};
}

SlotMiss slot_miss(std::int64_t late_ms, std::int64_t interval_ms, std::int64_t late_after_ms) {
  SlotMiss out;
  out.late = late_ms > late_after_ms;
  if (interval_ms > 0 && late_ms >= interval_ms) out.dropped = static_cast<std::uint64_t>(late_ms / interval_ms);
  return out;
}

void PollDurations::observe(double seconds) {
  if (!(seconds >= 0)) seconds = 0;
  int b = 0;
  while (b < kBuckets && seconds > kBounds[b]) ++b;
  in_bucket[b].fetch_add(1, std::memory_order_relaxed);
  sum_us.fetch_add(static_cast<std::int64_t>(seconds * 1e6), std::memory_order_relaxed);
}

std::string render_poll_durations(const PollerStats& stats) {
  std::string out =
      "# HELP colo_poller_poll_duration_seconds How long polls took, by kind (snmp, ping, tcp, http).\n"
      "# TYPE colo_poller_poll_duration_seconds histogram\n";
  const std::pair<const char*, const PollDurations*> kinds[] = {{"snmp", &stats.snmp_durations},
                                                                {"ping", &stats.ping_durations},
                                                                {"tcp", &stats.tcp_durations},
                                                                {"http", &stats.http_durations}};
  for (const auto& [kind, d] : kinds) {
    std::uint64_t cumulative = 0;
    for (int b = 0; b < PollDurations::kBuckets; ++b) {
      cumulative += d->in_bucket[b].load(std::memory_order_relaxed);
      out += fmt::format("colo_poller_poll_duration_seconds_bucket{{kind=\"{}\",le=\"{}\"}} {}\n", kind,
                         PollDurations::kBounds[b], cumulative);
    }
    cumulative += d->in_bucket[PollDurations::kBuckets].load(std::memory_order_relaxed);
    out += fmt::format("colo_poller_poll_duration_seconds_bucket{{kind=\"{}\",le=\"+Inf\"}} {}\n", kind, cumulative);
    out += fmt::format("colo_poller_poll_duration_seconds_sum{{kind=\"{}\"}} {}\n", kind,
                       static_cast<double>(d->sum_us.load(std::memory_order_relaxed)) / 1e6);
    out += fmt::format("colo_poller_poll_duration_seconds_count{{kind=\"{}\"}} {}\n", kind, cumulative);
  }
  return out;
}

}  // namespace colo::monitoring
