// What contracts need from billing for the settlement checklist (R11.2.3): whether the final
// invoice is issued and settled and whether the deposit is released or offset. src/app fills it
// from the billing services, so contracts neither includes billing nor reads its tables.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace colo::contracts {

// Each note is a catalogue key with its values, rendered in the reader's language; the English
// sentence is the fallback.
struct MoneySettlement {
  bool final_invoice_done = false;
  std::string final_invoice_note;  // the invoice's number and state, or why it is still open
  bool deposit_done = false;
  std::string deposit_note;
  std::string final_invoice_key;
  MessageParams final_invoice_params;
  std::string deposit_key;
  MessageParams deposit_params;
};

// The money items' state for a contract, read inside the caller's transaction.
using MoneyRecords = std::function<Result<MoneySettlement>(db::Tx&, const Context&, std::int64_t contract_id)>;

}  // namespace colo::contracts
