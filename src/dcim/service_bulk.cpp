// dcim service: one change applied to many racks or devices from a list selection.
#include <string>

#include "dcim/csv.hpp"
#include "dcim/service.hpp"
#include "dcim/service_internal.hpp"

namespace colo::dcim {

using namespace detail;

namespace {

// A failing object's error as field errors {field: "id N", code, message}.
void add_id_errors(std::vector<FieldError>& out, std::int64_t id, const Error& e) {
  const auto where = "id " + std::to_string(id);
  if (e.fields.empty()) {
    out.push_back({where, e.code, e.message});
    return;
  }
  for (const auto& f : e.fields) out.push_back({where, f.code, f.field + ": " + f.message});
}

Error bulk_failure(std::size_t failing, std::vector<FieldError> errors) {
  return Error::unprocessable(
      "dcim.bulk.failed",
      std::to_string(failing) + (failing == 1 ? " object" : " objects") + " could not be changed; nothing was changed.",
      std::move(errors));
}

// Applies `save` to every id inside `tx`; the report, or every failing id's errors.
template <typename Save>
Result<BulkReport> apply_to_each(const std::vector<std::int64_t>& ids, Save&& save) {
  BulkReport report;
  std::vector<FieldError> errors;
  std::size_t failing = 0;
  for (auto id : ids) {
    auto saved = save(id);
    if (!saved.ok()) {
      // A database that cannot go on (busy, read-only) is the answer itself, not an object's fault.
      if (is_db_error(saved.error())) return saved.error();
      add_id_errors(errors, id, saved.error());
      ++failing;
      continue;
    }
    if (saved->changed)
      report.updated++;
    else
      report.unchanged++;
  }
  if (failing) return bulk_failure(failing, std::move(errors));
  return report;
}

}  // namespace

Result<BulkReport> Service::bulk_update_racks(const Context& ctx, const std::vector<std::int64_t>& ids,
                                              const RackInput& in) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto report, apply_to_each(ids, [&](std::int64_t id) { return save_rack_in(tx, ctx, id, in); }));
  COLO_CHECK(tx.commit());
  return report;
}

Result<BulkReport> Service::bulk_update_devices(const Context& ctx, const std::vector<std::int64_t>& ids,
                                                const DeviceInput& in) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto report, apply_to_each(ids, [&](std::int64_t id) { return save_device_in(tx, ctx, id, in); }));
  COLO_CHECK(tx.commit());
  return report;
}

}  // namespace colo::dcim
