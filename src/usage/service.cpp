#include "usage/service.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

#include "audit/audit.hpp"
#include "core/business_calendar.hpp"
#include "core/json.hpp"
#include "dcim/csv.hpp"
#include "usage/rules.hpp"
#include "usage/store.hpp"

namespace colo::usage {

namespace json = boost::json;

namespace {

json::value meter_audit(const Meter& m) {
  return json::object{{"customer_id", m.customer_id},
                      {"contract_id", nullable(m.contract_id)},
                      {"kind", m.kind},
                      {"name", m.name},
                      {"device_id", nullable(m.device_id)},
                      {"interface_id", nullable(m.interface_id)},
                      {"speed_mbps", nullable(m.speed_mbps)},
                      {"note", m.note},
                      {"status", m.status}};
}

json::value report_audit(const WriteReport& r) {
  return json::object{{"inserted", r.inserted},
                      {"unchanged", r.unchanged},
                      {"replaced", r.replaced},
                      {"clamped", r.clamped},
                      {"dropped", r.dropped}};
}

Status validate(const Meter& m) {
  std::vector<FieldError> errors;
  if (m.name.empty()) errors.push_back({"name", "required", "A meter name is required."});
  if (std::find(kKinds.begin(), kKinds.end(), m.kind) == kKinds.end())
    errors.push_back({"kind", "invalid_choice", "Unknown kind."});
  if (std::find(kMeterStatuses.begin(), kMeterStatuses.end(), m.status) == kMeterStatuses.end())
    errors.push_back({"status", "invalid_choice", "Unknown status."});
  if (m.kind == "power" && m.speed_mbps)
    errors.push_back({"speed_mbps",
                      "usage.meter.speed_of_power",
                      "A power meter has no port speed.",
                      {},
                      "usage.meter.speed_of_power"});
  if (m.speed_mbps && *m.speed_mbps < 1) errors.push_back({"speed_mbps", "too_small", "At least 1."});
  if (!errors.empty()) return Error::validation(std::move(errors));
  return {};
}

FieldError row_error(const std::string& path, const std::string& code, const std::string& message) {
  return FieldError{path, code, message, {}, code};
}

}  // namespace

Instant Service::start_of(Date d) const { return clock_.calendar().start_of(d); }

Instant Service::resolve(const TimeOrDate& t) const {
  if (const auto* i = std::get_if<Instant>(&t)) return *i;
  return start_of(std::get<Date>(t));
}

Result<Meter> Service::load_visible(db::Tx& tx, const Context& ctx, std::int64_t id) {
  COLO_TRY(auto m, store::find(tx, id));
  if (!m || !ctx.sees(m->customer_id)) return Error::not_found("Usage meter");
  std::vector<Meter> one{*m};
  COLO_CHECK(fill_customer_names(tx, one));
  return one.front();
}

Status Service::fill_customer_names(db::Tx& tx, std::vector<Meter>& meters) {
  std::set<std::int64_t> ids;
  for (const auto& m : meters) ids.insert(m.customer_id);
  COLO_TRY(auto names, owners_.customer_names(tx, {ids.begin(), ids.end()}));
  for (auto& m : meters)
    if (auto it = names.find(m.customer_id); it != names.end()) m.customer_name = it->second;
  return {};
}

Result<db::Counted<Meter>> Service::list(const Context& ctx, const MeterFilter& f) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto page, store::list(tx, ctx, f));
  COLO_CHECK(fill_customer_names(tx, page.second));
  return page;
}

Result<Meter> Service::get(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return load_visible(tx, ctx, id);
}

Result<std::optional<ContractInfo>> Service::resolve_contract(std::optional<std::int64_t> id) {
  if (!id) return std::optional<ContractInfo>{};
  COLO_TRY(auto c, owners_.contract(*id));
  if (!c)
    return Error::unprocessable(
        "usage.meter.unknown_contract", "No such contract.",
        {{"contract_id", "usage.meter.unknown_contract", "No such contract.", {}, "usage.meter.unknown_contract"}});
  return c;
}

// The customer must exist; the contract (resolved before the transaction), when given, must be
// that customer's.
Status Service::check_owner(db::Tx& tx, Meter& m, const std::optional<ContractInfo>& contract) {
  COLO_TRY(auto names, owners_.customer_names(tx, {m.customer_id}));
  if (!names.count(m.customer_id))
    return Error::unprocessable(
        "usage.meter.unknown_customer", "No such customer.",
        {{"customer_id", "usage.meter.unknown_customer", "No such customer.", {}, "usage.meter.unknown_customer"}});
  m.customer_name = names[m.customer_id];
  m.contract_number.reset();
  if (!contract) return {};
  if (contract->customer_id != m.customer_id)
    return Error::unprocessable("usage.meter.contract_of_other_customer", "The contract belongs to another customer.",
                                {{"contract_id",
                                  "usage.meter.contract_of_other_customer",
                                  "The contract belongs to another customer.",
                                  {{"number", contract->number}},
                                  "usage.meter.contract_of_other_customer"}})
        .with("number", contract->number);
  m.contract_number = contract->number;
  return {};
}

namespace {
Error name_taken(const std::string& name) {
  return Error{ErrorKind::conflict,
               "usage.meter.name_taken",
               "Another meter already has this name.",
               {{"name",
                 "usage.meter.name_taken",
                 "Another meter already has this name.",
                 {{"name", name}},
                 "usage.meter.name_taken"}},
               {{"name", name}}};
}
}  // namespace

Result<Meter> Service::create(const Context& ctx, const MeterInput& in) {
  if (ctx.tenant()) return Error::forbidden();
  Meter m;
  m.customer_id = in.customer_id.value_or(0);
  m.contract_id = in.contract_id.value_or(std::nullopt);
  m.kind = in.kind.value_or("");
  m.name = in.name.value_or("");
  m.device_id = in.device_id.value_or(std::nullopt);
  m.interface_id = in.interface_id.value_or(std::nullopt);
  m.speed_mbps = in.speed_mbps.value_or(std::nullopt);
  m.note = in.note.value_or("");
  m.status = in.status.value_or("active");
  COLO_CHECK(validate(m));
  m.created_at = m.updated_at = format_instant(clock_.now());
  // The contract is read through its own module before the write transaction, so that a writer
  // never waits for a second connection while it holds the writers' lock.
  COLO_TRY(auto contract, resolve_contract(m.contract_id));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_CHECK(check_owner(tx, m, contract));
  COLO_TRY(auto taken, store::find_by_name(tx, m.name));
  if (taken) return name_taken(m.name);
  COLO_TRY(m.id, store::insert(tx, m));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"usage.meter", std::to_string(m.id), "create", nullptr, meter_audit(m), m.customer_id}));
  COLO_CHECK(tx.commit());
  return m;
}

Result<Meter> Service::update(const Context& ctx, std::int64_t id, const MeterInput& in) {
  std::optional<std::int64_t> target;
  {
    COLO_TRY(auto read, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(auto current, load_visible(read, ctx, id));
    target = in.contract_id ? *in.contract_id : current.contract_id;
  }
  if (ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto contract, resolve_contract(target));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto before, load_visible(tx, ctx, id));
  // Another writer moved the meter to another contract in between: the check above is stale.
  if ((in.contract_id ? *in.contract_id : before.contract_id) != target)
    return Error::conflict("usage.meter.changed", "The meter was changed meanwhile; try again.")
        .with("name", before.name);
  if (in.kind && *in.kind != before.kind)
    return Error::validation({{"kind", "immutable", "The kind of a meter with samples cannot change."}});
  Meter m = before;
  if (in.customer_id) m.customer_id = *in.customer_id;
  if (in.contract_id) m.contract_id = *in.contract_id;
  if (in.name) m.name = *in.name;
  if (in.device_id) m.device_id = *in.device_id;
  if (in.interface_id) m.interface_id = *in.interface_id;
  if (in.speed_mbps) m.speed_mbps = *in.speed_mbps;
  if (in.note) m.note = *in.note;
  if (in.status) m.status = *in.status;
  COLO_CHECK(validate(m));
  COLO_CHECK(check_owner(tx, m, contract));
  if (m.name != before.name) {
    COLO_TRY(auto taken, store::find_by_name(tx, m.name));
    if (taken) return name_taken(m.name);
  }
  m.updated_at = format_instant(clock_.now());
  COLO_CHECK(store::update(tx, m));
  COLO_CHECK(
      audit::record(tx, ctx, clock_,
                    {"usage.meter", std::to_string(id), "update", meter_audit(before), meter_audit(m), m.customer_id}));
  COLO_CHECK(tx.commit());
  return m;
}

Status Service::retire(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto before, load_visible(tx, ctx, id));
  if (ctx.tenant()) return Error::forbidden();
  if (before.status == "retired") return {};
  Meter m = before;
  m.status = "retired";
  m.updated_at = format_instant(clock_.now());
  COLO_CHECK(store::update(tx, m));
  COLO_CHECK(
      audit::record(tx, ctx, clock_,
                    {"usage.meter", std::to_string(id), "retire", meter_audit(before), meter_audit(m), m.customer_id}));
  return tx.commit();
}

// ---- samples

namespace {

// The rules every sample meets before anything is written: the kind of the meter, a five-minute
// slot (rates and counters), not in the future, each time once, not negative, not absurdly fast.
// `bad(i, field, code, message)` is told about each failure of the i-th sample of its list.
template <typename Bad>
void check_samples(const Meter& m, const SampleBatch& batch, Instant now, Bad&& bad) {
  const bool bandwidth = m.kind == "bandwidth";
  if (!bandwidth && (!batch.rates.empty() || !batch.counters.empty()))
    bad(0, "in_bps", "usage.sample.wrong_kind", "A power meter takes wh readings.");
  if (bandwidth && !batch.readings.empty())
    bad(0, "wh", "usage.sample.wrong_kind", "A bandwidth meter takes rates or counters.");
  std::set<std::int64_t> seen;
  auto check_time = [&](std::size_t i, Instant t, bool slot) {
    if (slot && !is_slot_time(t))
      bad(i, "t", "usage.sample.not_aligned", "Not on a five-minute slot (UTC).");
    else if (t > now)
      bad(i, "t", "usage.sample.in_future", "In the future.");
    else if (!seen.insert(epoch_seconds(t)).second)
      bad(i, "t", "usage.sample.duplicate", "This time is given twice.");
  };
  for (std::size_t i = 0; i < batch.rates.size(); ++i) {
    const auto& r = batch.rates[i];
    check_time(i, r.t, true);
    if (r.in_bps < 0) bad(i, "in_bps", "usage.sample.negative", "Negative.");
    if (r.out_bps < 0) bad(i, "out_bps", "usage.sample.negative", "Negative.");
    if (r.in_bps > kMaxBps) bad(i, "in_bps", "usage.sample.too_fast", "Faster than 10 Tbit/s.");
    if (r.out_bps > kMaxBps) bad(i, "out_bps", "usage.sample.too_fast", "Faster than 10 Tbit/s.");
  }
  for (std::size_t i = 0; i < batch.counters.size(); ++i) {
    const auto& c = batch.counters[i];
    check_time(i, c.t, true);
    if (batch.counter_width == 32 && c.in_octets > 0xFFFFFFFFull)
      bad(i, "in_octets", "usage.sample.counter_range", "More than a 32-bit counter holds.");
    if (batch.counter_width == 32 && c.out_octets > 0xFFFFFFFFull)
      bad(i, "out_octets", "usage.sample.counter_range", "More than a 32-bit counter holds.");
  }
  for (std::size_t i = 0; i < batch.readings.size(); ++i) {
    check_time(i, batch.readings[i].t, false);
    if (batch.readings[i].wh < 0) bad(i, "wh", "usage.sample.negative", "Negative.");
  }
}

}  // namespace

Result<WriteReport> Service::write_in(db::Tx& tx, const Meter& m, const SampleBatch& batch, const std::string& prefix,
                                      std::vector<FieldError>& errors) {
  WriteReport report;
  const std::size_t before = errors.size();
  check_samples(m, batch, clock_.now(), [&](std::size_t i, const char* field, const char* code, const char* message) {
    errors.push_back(row_error(prefix + std::to_string(i) + "/" + field, code, message));
  });
  if (errors.size() != before) return report;

  if (!batch.readings.empty()) {
    std::vector<EnergyReading> readings(batch.readings);
    for (auto& r : readings) r.t = std::chrono::floor<std::chrono::seconds>(r.t);
    COLO_CHECK(store_.put_readings(tx, m.id, readings, report));
  }
  std::vector<RateSample> rates;
  for (const auto& s : batch.rates) {
    auto c = clamp_to_speed(s, m.speed_mbps);
    if (c.clamped) ++report.clamped;
    rates.push_back(c);
  }
  if (!batch.counters.empty()) {
    std::vector<CounterReading> counters(batch.counters);
    std::sort(counters.begin(), counters.end(), [](const auto& a, const auto& b) { return a.t < b.t; });
    COLO_TRY(auto state, store::counter_state(tx, m.id));
    std::optional<CounterReading> previous;
    // A base taken with another counter width, or after these readings, does not continue them.
    if (state && state->width == batch.counter_width && state->reading.t < counters.front().t)
      previous = state->reading;
    auto derived = rates_from_counters(previous, counters, batch.counter_width, m.speed_mbps);
    report.dropped += derived.dropped;
    for (const auto& r : derived.rates) {
      if (r.clamped) ++report.clamped;
      rates.push_back(r);
    }
    if (derived.last && (!state || derived.last->t >= state->reading.t))
      COLO_CHECK(store::set_counter_state(tx, m.id, {*derived.last, batch.counter_width}));
  }
  if (!rates.empty()) COLO_CHECK(store_.put_rates(tx, m.id, rates, report));
  return report;
}

Result<WriteReport> Service::write(const Context& ctx, std::int64_t meter_id, const SampleBatch& batch) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto m, load_visible(tx, ctx, meter_id));
  if (ctx.tenant()) return Error::forbidden();
  if (m.status == "retired")
    return Error::conflict("usage.meter.retired", "The meter is retired.").with("name", m.name);
  std::vector<FieldError> errors;
  COLO_TRY(auto report, write_in(tx, m, batch, "samples/", errors));
  if (!errors.empty())
    return Error::unprocessable("usage.samples.invalid", "Some samples are invalid; nothing was written.",
                                std::move(errors));
  // A batch that changed nothing (the same samples again) leaves no trace; counters always move
  // the meter's base.
  if (report.inserted || report.replaced || !batch.counters.empty())
    COLO_CHECK(
        audit::record(tx, ctx, clock_,
                      {"usage.meter", std::to_string(m.id), "samples", nullptr, report_audit(report), m.customer_id}));
  COLO_CHECK(tx.commit());
  return report;
}

// ---- CSV import

namespace {

std::optional<std::int64_t> cell_int(const std::string& s) {
  if (s.empty()) return std::nullopt;
  std::int64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

}  // namespace

Result<ImportReport> Service::import_csv(const Context& ctx, std::string_view csv, bool all_or_nothing) {
  if (ctx.tenant()) return Error::forbidden();
  auto table = dcim::parse_csv(csv);
  if (!table.ok()) {
    auto e = std::move(table).error();
    if (e.is("dcim.csv.malformed")) e.code = "usage.import.malformed";
    return e;
  }
  auto column = [&](std::initializer_list<const char*> names) -> int {
    for (std::size_t i = 0; i < table->header.size(); ++i)
      for (const char* n : names)
        if (table->header[i] == n) return static_cast<int>(i);
    return -1;
  };
  const int c_meter = column({"meter", "meter_id", "meter_name"}), c_time = column({"timestamp", "t", "time"}),
            c_in = column({"in_bps"}), c_out = column({"out_bps"}), c_wh = column({"wh"});
  if (c_meter < 0 || c_time < 0 || (c_wh < 0 && (c_in < 0 || c_out < 0)))
    return Error::invalid("usage.import.malformed",
                          "The CSV needs the columns meter, timestamp and in_bps, out_bps or wh.",
                          {{"line 1",
                            "usage.import.columns",
                            "Columns meter, timestamp and in_bps, out_bps or wh.",
                            {},
                            "usage.import.columns"}});

  if (table->records.size() > kMaxImportRows)
    return Error::invalid(
        "usage.import.too_many", "At most 200,000 lines per file.",
        {{"file", "usage.import.too_many", "At most 200,000 lines per file.", {}, "usage.import.too_many"}});
  ImportReport report;
  report.all_or_nothing = all_or_nothing;
  report.rows = static_cast<std::int64_t>(table->records.size());
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  std::map<std::string, std::optional<Meter>> meters;
  struct Pending {
    Meter meter;
    SampleBatch batch;
    std::vector<int> lines;
  };
  std::map<std::int64_t, Pending> pending;
  auto reject = [&](int line, std::string field, std::string code, std::string message) {
    report.rejections.push_back({line, std::move(field), std::move(code), std::move(message)});
  };
  auto cell = [](const dcim::CsvRecord& r, int i) -> std::string {
    if (i < 0 || static_cast<std::size_t>(i) >= r.fields.size()) return "";
    std::string s = r.fields[static_cast<std::size_t>(i)];
    auto b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
    return b == std::string::npos ? "" : s.substr(b, e - b + 1);
  };
  for (const auto& rec : table->records) {
    const std::string key = cell(rec, c_meter);
    auto found = meters.find(key);
    if (found == meters.end()) {
      std::optional<Meter> m;
      COLO_TRY(m, store::find_by_name(tx, key));
      if (auto id = cell_int(key); !m && id) {
        COLO_TRY(m, store::find(tx, *id));
      }
      found = meters.emplace(key, m).first;
    }
    if (!found->second) {
      reject(rec.line, "meter", "usage.import.unknown_meter", "No meter by this name or id.");
      continue;
    }
    const Meter& m = *found->second;
    if (m.status == "retired") {
      reject(rec.line, "meter", "usage.meter.retired", "The meter is retired.");
      continue;
    }
    auto t = parse_instant(cell(rec, c_time));
    if (!t) {
      reject(rec.line, "timestamp", "usage.import.bad_time", "Not a time (ISO 8601 with Z or an offset).");
      continue;
    }
    auto& p = pending[m.id];
    p.meter = m;
    if (m.kind == "power") {
      auto wh = cell_int(cell(rec, c_wh));
      if (!wh) {
        reject(rec.line, "wh", "usage.import.bad_number", "Not a whole number.");
        continue;
      }
      p.batch.readings.push_back({*t, *wh});
    } else {
      auto in = cell_int(cell(rec, c_in)), out = cell_int(cell(rec, c_out));
      if (!in || !out) {
        reject(rec.line, in ? "out_bps" : "in_bps", "usage.import.bad_number", "Not a whole number.");
        continue;
      }
      p.batch.rates.push_back({*t, *in, *out, false});
    }
    p.lines.push_back(rec.line);
  }
  // The rules of the samples API, per meter, each failure named by its line.
  std::set<int> bad_lines;
  for (auto& [id, p] : pending)
    check_samples(p.meter, p.batch, clock_.now(),
                  [&](std::size_t i, const char* field, const char* code, const char* message) {
                    const int line = p.lines[i];
                    if (!bad_lines.insert(line).second) return;  // one reason per line
                    reject(line, std::string(field) == "t" ? "timestamp" : field, code, message);
                  });
  report.rejected = static_cast<std::int64_t>(report.rejections.size());
  report.accepted = report.rows - report.rejected;
  std::sort(report.rejections.begin(), report.rejections.end(),
            [](const auto& a, const auto& b) { return a.line < b.line; });
  if (all_or_nothing && report.rejected > 0) {
    std::vector<FieldError> fields;
    for (const auto& r : report.rejections)
      fields.push_back(
          {"line " + std::to_string(r.line), r.code, r.message, {{"line", std::to_string(r.line)}}, r.code});
    return Error::unprocessable("usage.import.rejected", "Some lines are invalid; nothing was written.",
                                std::move(fields))
        .with("count", std::to_string(report.rejected));
  }
  for (auto& [id, p] : pending) {
    SampleBatch good;
    for (std::size_t i = 0; i < p.lines.size(); ++i) {
      if (bad_lines.count(p.lines[i])) continue;
      if (p.meter.kind == "power")
        good.readings.push_back(p.batch.readings[i]);
      else
        good.rates.push_back(p.batch.rates[i]);
    }
    if (good.rates.empty() && good.readings.empty()) continue;
    std::vector<FieldError> errors;
    COLO_TRY(auto r, write_in(tx, p.meter, good, "line/", errors));
    if (!errors.empty()) return Error::internal("import: a checked line failed the sample rules");
    report.write.inserted += r.inserted;
    report.write.unchanged += r.unchanged;
    report.write.replaced += r.replaced;
    report.write.clamped += r.clamped;
    if (r.inserted || r.replaced)
      COLO_CHECK(audit::record(
          tx, ctx, clock_,
          {"usage.meter", std::to_string(p.meter.id), "import", nullptr, report_audit(r), p.meter.customer_id}));
  }
  COLO_CHECK(tx.commit());
  report.written = true;
  return report;
}

// ---- series

Result<Series> Service::series(const Context& ctx, std::int64_t meter_id, std::optional<TimeOrDate> from,
                               std::optional<TimeOrDate> to, const std::string& step_in) {
  Series s;
  s.to = to ? resolve(*to) : std::chrono::ceil<std::chrono::minutes>(clock_.now());
  s.from = from ? resolve(*from) : s.to - std::chrono::days(7);
  if (s.to <= s.from)
    return Error::invalid("usage.series.range", "The end must follow the start.",
                          {{"to", "usage.series.range", "The end must follow the start.", {}, "usage.series.range"}});
  if (s.to - s.from > std::chrono::days(400))
    return Error::invalid("usage.series.range", "At most 400 days.",
                          {{"from", "usage.series.range", "At most 400 days.", {}, "usage.series.range"}});
  const auto span = s.to - s.from;
  s.step = step_in != "auto" && !step_in.empty() ? step_in
           : span <= std::chrono::days(2)        ? "5m"
           : span <= std::chrono::days(35)       ? "1h"
                                                 : "1d";
  if (s.step == "5m" && span > std::chrono::days(35))
    return Error::invalid("usage.series.too_many_points", "Five-minute points for at most 35 days.",
                          {{"step",
                            "usage.series.too_many_points",
                            "Five-minute points for at most 35 days.",
                            {},
                            "usage.series.too_many_points"}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(s.meter, load_visible(tx, ctx, meter_id));
  const auto& cal = clock_.calendar();
  auto bucket_of = [&](Instant t) -> Instant {
    if (s.step == "1h") return std::chrono::floor<std::chrono::hours>(t);
    if (s.step == "1d") return cal.start_of(cal.date_of(t));
    return t;
  };
  if (s.meter.kind == "bandwidth") {
    COLO_TRY(auto rates, store_.rates(tx, meter_id, s.from, s.to));
    std::vector<std::int64_t> in, out;
    for (const auto& r : rates) in.push_back(r.in_bps), out.push_back(r.out_bps);
    if (!rates.empty()) {
      auto p = percentiles(in, out);
      s.p95_bps = p.sample_max;
    }
    struct Acc {
      std::int64_t n = 0, clamped = 0, in_min = 0, in_max = 0, out_min = 0, out_max = 0;
      __int128 in_sum = 0, out_sum = 0;
    };
    std::map<Instant, Acc> buckets;
    for (const auto& r : rates) {
      auto& a = buckets[bucket_of(r.t)];
      if (a.n == 0) a.in_min = a.in_max = r.in_bps, a.out_min = a.out_max = r.out_bps;
      a.in_min = std::min(a.in_min, r.in_bps), a.in_max = std::max(a.in_max, r.in_bps);
      a.out_min = std::min(a.out_min, r.out_bps), a.out_max = std::max(a.out_max, r.out_bps);
      a.in_sum += r.in_bps, a.out_sum += r.out_bps;
      a.clamped += r.clamped ? 1 : 0;
      ++a.n;
    }
    for (const auto& [t, a] : buckets) {
      SeriesPoint p;
      p.t = t;
      p.samples = a.n;
      p.clamped = a.clamped;
      p.in_min = a.in_min, p.in_max = a.in_max, p.out_min = a.out_min, p.out_max = a.out_max;
      p.in_avg = static_cast<std::int64_t>((a.in_sum * 2 + a.n) / (2 * a.n));
      p.out_avg = static_cast<std::int64_t>((a.out_sum * 2 + a.n) / (2 * a.n));
      s.points.push_back(p);
    }
  } else {
    COLO_TRY(auto base, store_.reading_before(tx, meter_id, s.from));
    COLO_TRY(auto readings, store_.readings(tx, meter_id, s.from, s.to));
    std::optional<std::int64_t> prev;
    if (base) prev = base->wh;
    std::map<Instant, SeriesPoint> buckets;
    for (const auto& r : readings) {
      auto& p = buckets[bucket_of(r.t)];
      p.t = bucket_of(r.t);
      ++p.samples;
      p.wh = r.wh;
      EnergyReading one[] = {r};
      p.energy_wh = p.energy_wh.value_or(0) + energy_wh(prev, one);
      prev = r.wh;
    }
    for (auto& [t, p] : buckets) s.points.push_back(p);
  }
  return s;
}

// ---- figures

Result<Figures> Service::bandwidth_figures(db::Tx& tx, const std::vector<Meter>& meters, Instant from, Instant to) {
  Figures f;
  const auto lo = epoch_seconds(from), hi = epoch_seconds(to);
  const auto first_slot = (lo + kSlotSeconds - 1) / kSlotSeconds;
  const auto end_slot = (hi + kSlotSeconds - 1) / kSlotSeconds;
  const auto n = static_cast<std::size_t>(std::max<std::int64_t>(0, end_slot - first_slot));
  f.expected = static_cast<std::int64_t>(n);
  std::vector<std::int64_t> in(n, 0), out(n, 0);
  std::vector<char> present(n, 0);
  for (const auto& m : meters) {
    if (m.kind != "bandwidth") continue;
    COLO_TRY(auto rates, store_.rates(tx, m.id, from, to));
    for (const auto& r : rates) {
      const auto i = static_cast<std::size_t>(epoch_seconds(r.t) / kSlotSeconds - first_slot);
      in[i] += r.in_bps;
      out[i] += r.out_bps;
      present[i] = 1;
    }
  }
  std::size_t k = 0;
  for (std::size_t i = 0; i < n; ++i)
    if (present[i]) in[k] = in[i], out[k] = out[i], ++k;
  in.resize(k);
  out.resize(k);
  f.samples = static_cast<std::int64_t>(k);
  auto p = percentiles(in, out);
  f.p95_in_bps = p.in, f.p95_out_bps = p.out, f.p95_max_bps = p.max, f.p95_sample_max_bps = p.sample_max,
  f.p95_sum_bps = p.sum;
  return f;
}

Result<Figures> Service::power_figures(db::Tx& tx, const std::vector<Meter>& meters, Instant from, Instant to) {
  Figures f;
  const auto& cal = clock_.calendar();
  std::set<std::string> days_with_readings;
  for (const auto& m : meters) {
    if (m.kind != "power") continue;
    COLO_TRY(auto base, store_.reading_before(tx, m.id, from));
    COLO_TRY(auto readings, store_.readings(tx, m.id, from, to));
    f.energy_wh += energy_wh(base ? std::optional<std::int64_t>(base->wh) : std::nullopt, readings);
    for (const auto& r : readings) days_with_readings.insert(format_date(cal.date_of(r.t)));
  }
  f.samples = static_cast<std::int64_t>(days_with_readings.size());
  f.expected = days_between(cal.date_of(from), cal.date_of(to - std::chrono::milliseconds(1))) + 1;
  return f;
}

Result<Summary> Service::summary(const Context& ctx, std::int64_t contract_id, std::optional<Date> from,
                                 std::optional<Date> to) {
  const Date today = clock_.today();
  Summary s;
  s.to = to.value_or(today);
  s.from = from.value_or(std::chrono::year_month_day{s.to.year(), s.to.month(), std::chrono::day{1}});
  if (s.to < s.from)
    return Error::invalid(
        "usage.period.invalid", "The end must not be before the start.",
        {{"to", "usage.period.invalid", "The end must not be before the start.", {}, "usage.period.invalid"}});
  if (days_between(s.from, s.to) > 400)
    return Error::invalid("usage.period.invalid", "At most 400 days.",
                          {{"from", "usage.period.invalid", "At most 400 days.", {}, "usage.period.invalid"}});
  COLO_TRY(auto contract, owners_.contract(contract_id));
  if (!contract || !ctx.sees(contract->customer_id)) return Error::not_found("Contract");
  s.contract_id = contract_id;
  s.contract_number = contract->number;
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto meters, store::of_contract(tx, contract_id));
  COLO_CHECK(fill_customer_names(tx, meters));
  const Instant a = start_of(s.from), b = start_of(add_days(s.to, 1));
  COLO_TRY(s.bandwidth, bandwidth_figures(tx, meters, a, b));
  COLO_TRY(s.power, power_figures(tx, meters, a, b));
  for (const auto& m : meters) {
    MeterFigures mf{m, {}};
    if (m.kind == "bandwidth") {
      COLO_TRY(mf.figures, bandwidth_figures(tx, {m}, a, b));
    } else {
      COLO_TRY(mf.figures, power_figures(tx, {m}, a, b));
    }
    s.meters.push_back(std::move(mf));
  }
  return s;
}

Result<Figure> Service::measure(db::Tx& tx, const Query& q) {
  std::vector<FieldError> errors;
  const bool bandwidth = q.metric == kMetricBandwidthP95, power = q.metric == kMetricPowerKwh;
  if (!bandwidth && !power) errors.push_back({"metric", "invalid_choice", "Unknown metric."});
  if (bandwidth && !basis_value({}, q.basis)) errors.push_back({"basis", "invalid_choice", "Unknown basis."});
  if (q.to < q.from) errors.push_back({"to", "before_start", "The end date must be after the start date."});
  if (!errors.empty()) return Error::invalid("usage.query.invalid", "The usage query is invalid.", std::move(errors));
  COLO_TRY(auto meters, store::of_contract(tx, q.contract_id));
  const Instant a = start_of(q.from), b = start_of(add_days(q.to, 1));
  Figure out;
  if (bandwidth) {
    COLO_TRY(auto f, bandwidth_figures(tx, meters, a, b));
    Percentiles p{f.p95_in_bps, f.p95_out_bps, f.p95_max_bps, f.p95_sample_max_bps, f.p95_sum_bps};
    out.milli = milli_mbps(*basis_value(p, q.basis));
    out.samples = f.samples;
    out.expected = f.expected;
    if (out.samples < out.expected)
      out.note = std::to_string(out.samples) + " of " + std::to_string(out.expected) + " five-minute samples present";
  } else {
    COLO_TRY(auto f, power_figures(tx, meters, a, b));
    out.milli = f.energy_wh;  // 1 Wh is a thousandth of a kWh
    out.samples = f.samples;
    out.expected = f.expected;
    if (out.samples < out.expected)
      out.note = "readings on " + std::to_string(out.samples) + " of " + std::to_string(out.expected) + " days";
  }
  return out;
}

}  // namespace colo::usage
