// An issued, unpaid invoice written straight into billing's store, for API tests that need an
// overdue balance (late fees, reminders, suspensions, disputes, releases) without a billing run.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <string>

#include "api/hosting_support.hpp"
#include "billing/store.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"

namespace colo::testing {

struct InvoiceFor {
  std::int64_t customer_id = 0;
  std::string customer_name;
  std::int64_t contract_id = 0;
  std::string contract_number;
};

// One line (4U) for `total_fen`, issued 15 days before `due`, numbered INV-2026-NNNNNN from the
// store's own sequence. Returns the invoice's id (0 when writing failed, with the failure reported).
inline std::int64_t insert_issued_invoice(db::Database& db, const InvoiceFor& c, std::int64_t total_fen,
                                          const std::string& due) {
  auto tx = db::Tx::begin(db, db::Access::write);
  EXPECT_TRUE(tx.ok());
  if (!tx.ok()) return 0;
  billing::Invoice i;
  auto n = billing::store::next_number(*tx, "INV", 2026);
  EXPECT_TRUE(n.ok());
  if (!n.ok()) return 0;
  char number[32];
  std::snprintf(number, sizeof number, "INV-2026-%06lld", static_cast<long long>(*n));
  i.number = number;
  i.customer_id = c.customer_id;
  i.customer_name = c.customer_name;
  i.contract_id = c.contract_id;
  i.contract_number = c.contract_number;
  i.issue_date = *parse_date(hosting::shift(due, -15));
  i.due_date = *parse_date(due);
  i.period_start = i.issue_date;
  i.period_end = *parse_date(hosting::shift(due, 15));
  i.subtotal_fen = total_fen;
  i.total_fen = total_fen;
  i.created_by_name = "test";
  i.created_at = i.updated_at = format_instant(SystemClock().now());
  billing::InvoiceLine l;
  l.position = 1;
  l.description = "4U";
  l.unit = "U";
  l.quantity_milli = 4000;
  l.unit_price_fen = total_fen / 4;
  l.amount_fen = l.total_fen = total_fen;
  i.lines.push_back(l);
  auto st = billing::store::insert_invoice(*tx, i);
  EXPECT_TRUE(st.ok()) << st.error().message;
  EXPECT_TRUE(tx->commit().ok());
  return i.id;
}

}  // namespace colo::testing
