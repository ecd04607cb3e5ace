#include "billing/catalogue.hpp"

#include <algorithm>
#include <cctype>

#include "contracts/model.hpp"

namespace colo::billing {

namespace {

bool one_of(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// Codes are what contracts and invoices name: upper-case letters, digits and dashes.
bool valid_code(const std::string& code) {
  if (code.empty() || code.size() > 64) return false;
  return std::all_of(code.begin(), code.end(), [](unsigned char ch) {
    return std::isupper(ch) || std::isdigit(ch) || ch == '-' || ch == '_' || ch == '.';
  });
}

}  // namespace

const PriceVersion* version_on(const std::vector<PriceVersion>& versions, Date day) {
  const PriceVersion* best = nullptr;
  for (const auto& v : versions)
    if (v.effective_from <= day && (!best || v.effective_from > best->effective_from)) best = &v;
  return best;
}

std::optional<std::int64_t> price_on(const std::vector<PriceVersion>& versions, Date day) {
  const PriceVersion* v = version_on(versions, day);
  if (!v) return std::nullopt;
  return v->price_fen;
}

std::vector<PriceVersion> upcoming(const std::vector<PriceVersion>& versions, Date day) {
  std::vector<PriceVersion> out;
  for (const auto& v : versions)
    if (v.effective_from > day) out.push_back(v);
  std::sort(out.begin(), out.end(),
            [](const PriceVersion& a, const PriceVersion& b) { return a.effective_from < b.effective_from; });
  return out;
}

Status check_new_version(const std::vector<PriceVersion>& versions, Date from, std::optional<std::int64_t> price_fen,
                         Date today) {
  const PriceVersion* latest = nullptr;
  for (const auto& v : versions)
    if (!latest || v.effective_from > latest->effective_from) latest = &v;
  Date earliest = today;
  if (latest && !(latest->effective_from < today)) earliest = add_days(latest->effective_from, 1);
  if (from < today)
    return Error::unprocessable(
               "billing.price.in_past", "A price takes effect today or later, never in the past.",
               {{"effective_from", "billing.price.in_past", "Today or later.", {{"earliest", format_date(earliest)}}}})
        .with("earliest", format_date(earliest));
  if (latest && !(from > latest->effective_from))
    return Error::unprocessable("billing.price.before_latest",
                                "A new price starts after the latest one (" + format_date(latest->effective_from) +
                                    "); versions are superseded, never replaced.",
                                {{"effective_from",
                                  "billing.price.before_latest",
                                  "After the latest version.",
                                  {{"earliest", format_date(earliest)}}}})
        .with("earliest", format_date(earliest));
  if (!price_fen && latest && !latest->price_fen)
    return Error::unprocessable("billing.price.already_retired", "The item is already retired.",
                                {{"price_fen", "billing.price.already_retired", "Already retired."}});
  if (price_fen && (*price_fen < 0 || *price_fen > 100'000'000'000))
    return Error::validation({{"price_fen", "out_of_range", "0 to 1,000,000,000.00 yuan in fen."}});
  return {};
}

int default_tax_rate_bp(const std::string& service) { return contracts::default_tax_rate_bp(service); }

std::vector<FieldError> validate_item(const CatalogueItem& item) {
  std::vector<FieldError> e;
  if (!valid_code(item.code))
    e.push_back({"code", "invalid", "1 to 64 upper-case letters, digits, dashes, dots or underscores."});
  if (item.name_zh.empty()) e.push_back({"name_zh", "required", "The Chinese name is required."});
  if (item.name_en.empty()) e.push_back({"name_en", "required", "The English name is required."});
  if (!one_of(contracts::kServices, item.service)) e.push_back({"service", "invalid", "Unknown service."});
  if (item.unit.empty() || item.unit.size() > 16) e.push_back({"unit", "invalid", "1 to 16 bytes."});
  if (!one_of(contracts::kLineModes, item.mode)) e.push_back({"mode", "invalid", "recurring, one_off or usage."});
  if (!one_of(contracts::kBillingCycles, item.billing_cycle))
    e.push_back({"billing_cycle", "invalid", "monthly, quarterly or yearly."});
  if (item.mode == "usage") {
    if (!item.metric || !one_of(contracts::kUsageMetrics, *item.metric))
      e.push_back({"metric", "required", "A usage item measures bandwidth_p95 or power_kwh."});
  } else if (item.metric) {
    e.push_back({"metric", "invalid", "Only usage items measure."});
  }
  if (item.tax_rate_bp < 0 || item.tax_rate_bp > 10000)
    e.push_back({"tax_rate_bp", "out_of_range", "0 to 10000 basis points."});
  return e;
}

}  // namespace colo::billing
