// Invoice PDFs per second: N invoices of 10 lines each (Chinese parties and descriptions) rendered
// on 1 and on 2 threads, each thread with its own fonts as in the server's workers. Target: at
// least 50 documents/s. Usage: colo_bench_documents [N] (default 200 per run).
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "documents/pdf.hpp"

namespace {

using namespace colo::documents;
using namespace std::chrono;

Invoice ten_line_invoice(int n) {
  Invoice inv;
  inv.number = "INV-2026-" + std::to_string(100000 + n).substr(0, 6);
  inv.issue_date = 2026y / 11 / 1;
  inv.due_date = 2026y / 11 / 15;
  inv.period_from = 2026y / 11 / 1;
  inv.period_to = 2026y / 11 / 30;
  inv.contract_number = "CT-2026-000045";
  inv.seller = {"北京华数云港数据科技有限公司", "91110108MA01ABCD2X", "北京市海淀区中关村软件园 8 号楼 010-62345678",
                "招商银行北京中关村支行 110905432110801"};
  inv.buyer = {"上海星河互动网络科技有限公司", "91310115MA1K4XYZ7Q", "上海市浦东新区张江路 500 号 021-58881234",
               "中国工商银行上海张江支行 1001234509000012345"};
  const char* items[] = {"机柜托管（42U 标准机柜）",
                         "带宽 95 计费（承诺 100 Mbps）",
                         "电力（按 kWh 计量）",
                         "IPv4 地址（/28）",
                         "远程协助（按小时）",
                         "备份存储（每 TB）",
                         "跨接线（单模光纤）",
                         "一次性安装费",
                         "机柜 U 位托管",
                         "违约金（逾期 12 天，每日万分之五）"};
  for (int i = 0; i < 10; ++i) {
    const std::int64_t amount = 100000 + 7919 * (n + i) % 900000;
    const std::int64_t tax = (amount * 600 + 5000) / 10000;
    inv.lines.push_back({items[i], "个", std::to_string(1 + i % 3), amount, amount, 600, tax, amount + tax});
    inv.total_amount += amount;
    inv.total_tax += tax;
    inv.total += amount + tax;
  }
  inv.due = inv.total;
  inv.remarks = {"逾期未付的，自付款截止日次日起按每日万分之五计收违约金。"};
  return inv;
}

// Documents per second with `threads` threads sharing `count` invoices.
double documents_per_second(int threads, int count) {
  std::vector<Invoice> invoices;
  for (int i = 0; i < count; ++i) invoices.push_back(ten_line_invoice(i));
  // Each thread's first document loads its fonts; that is paid once per worker, not per document.
  std::atomic<int> next{0};
  std::atomic<bool> failed{false};
  std::atomic<std::size_t> bytes{0};
  std::vector<std::thread> workers;
  std::atomic<int> warmed{0};
  std::atomic<bool> go{false};
  steady_clock::time_point start;
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      if (!render_pdf(invoices[0]).ok()) failed = true;
      ++warmed;
      while (!go) std::this_thread::yield();
      for (int i = next++; i < count; i = next++) {
        auto pdf = render_pdf(invoices[static_cast<std::size_t>(i)]);
        if (!pdf.ok()) {
          failed = true;
          return;
        }
        bytes += pdf->size();
      }
    });
  }
  while (warmed < threads) std::this_thread::yield();
  start = steady_clock::now();
  go = true;
  for (auto& w : workers) w.join();
  const double seconds = duration<double>(steady_clock::now() - start).count();
  if (failed) {
    std::fprintf(stderr, "documents_bench: rendering failed (is fonts-noto-cjk installed?)\n");
    std::exit(1);
  }
  std::printf("invoice PDF (10 lines), %d thread%s: %.0f documents/s (%d documents, %.1f KiB each)\n", threads,
              threads == 1 ? "" : "s", count / seconds, count, static_cast<double>(bytes) / count / 1024);
  return count / seconds;
}

}  // namespace

int main(int argc, char** argv) {
  const int count = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200;
  documents_per_second(1, count);
  documents_per_second(2, count);
  return 0;
}
