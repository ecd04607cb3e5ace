// Rendered documents read back with poppler-utils: the text a person and a finance system see
// (pdftotext -layout), the pages (pdfinfo) and the embedded fonts (pdffonts). A Chinese glyph
// drawn as a box still comes out of pdftotext as its character, so the font check is what proves
// that the Chinese is really printed in Noto Sans CJK.
#include "documents/pdf.hpp"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "documents/amounts.hpp"

namespace colo::documents {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono;

// A PDF written to a temporary file for the poppler tools, removed afterwards.
class PdfFile {
 public:
  explicit PdfFile(const std::string& bytes) {
    std::string pattern = (fs::temp_directory_path() / "colo-document-XXXXXX.pdf").string();
    const int fd = mkstemps(pattern.data(), 4);
    if (fd < 0) throw std::runtime_error("mkstemps failed");
    close(fd);
    path_ = pattern;
    std::ofstream(path_, std::ios::binary) << bytes;
    // COLO_DOCUMENTS_OUT=DIR keeps a copy of every document rendered, to look at.
    if (const char* keep = std::getenv("COLO_DOCUMENTS_OUT")) {
      static std::atomic<int> serial{0};
      const auto name = ::testing::UnitTest::GetInstance()->current_test_info()->name() + std::string("-") +
                        std::to_string(++serial) + ".pdf";
      fs::copy_file(path_, fs::path(keep) / name, fs::copy_options::overwrite_existing);
    }
  }
  ~PdfFile() { fs::remove(path_); }
  PdfFile(const PdfFile&) = delete;
  PdfFile& operator=(const PdfFile&) = delete;

  std::string run(const std::string& tool, const std::string& args = {}) const {
    const std::string command = tool + " " + args + " '" + path_ + "' " + (tool == "pdftotext" ? "- " : "") + "2>&1";
    std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(command.c_str(), "r"), pclose);
    if (!pipe) return {};
    std::string out;
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe.get())) > 0) out.append(buffer.data(), n);
    return out;
  }
  std::string text() const { return run("pdftotext", "-layout"); }
  int pages() const {
    const std::string info = run("pdfinfo");
    const auto at = info.find("Pages:");
    return at == std::string::npos ? -1 : std::atoi(info.c_str() + at + 6);
  }

 private:
  std::string path_;
};

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + needle.size())) ++n;
  return n;
}

Party seller() {
  return Party{"北京华数云港数据科技有限公司", "91110108MA01ABCD2X", "北京市海淀区中关村软件园 8 号楼 010-62345678",
               "招商银行北京中关村支行 110905432110801"};
}

Party buyer() {
  return Party{"上海星河互动网络科技有限公司", "91310115MA1K4XYZ7Q", "上海市浦东新区张江路 500 号 021-58881234",
               "中国工商银行上海张江支行 1001234509000012345"};
}

InvoiceLine line(std::string description, std::string unit, std::string quantity, std::int64_t unit_price,
                 std::int64_t amount, std::int32_t rate_bp) {
  const std::int64_t tax = (amount * rate_bp + (amount >= 0 ? 5000 : -5000)) / 10000;
  return InvoiceLine{
      std::move(description), std::move(unit), std::move(quantity), unit_price, amount, rate_bp, tax, amount + tax};
}

// Totals as billing keeps them: the sums of the lines.
void add_up(Invoice& inv, std::int64_t paid) {
  inv.total_amount = inv.total_tax = inv.total = 0;
  for (const auto& l : inv.lines) {
    inv.total_amount += l.amount;
    inv.total_tax += l.tax;
    inv.total += l.total;
  }
  inv.paid = paid;
  inv.due = inv.total - paid;
}

Invoice sample_invoice() {
  Invoice inv;
  inv.number = "INV-2026-000123";
  inv.issue_date = 2026y / 11 / 1;
  inv.due_date = 2026y / 11 / 15;
  inv.period_from = 2026y / 11 / 1;
  inv.period_to = 2026y / 11 / 30;
  inv.contract_number = "CT-2026-000045";
  inv.seller = seller();
  inv.buyer = buyer();
  inv.lines = {
      line("机柜托管（42U 标准机柜，含 2 路 16A 电源）", "个", "2", 450000, 900000, 600),
      line("带宽 95 计费（95th percentile，承诺 100 Mbps，突发部分按实际计费），本期计费值超出承诺带宽的部分", "Mbps",
           "123.45", 6000, 740700, 900),
      line("电力（按 kWh 计量）", "kWh", "1,234.5", 120, 148140, 600),
  };
  add_up(inv, 100000);
  inv.remarks = {"逾期未付的，自付款截止日次日起按每日万分之五计收违约金。"};
  return inv;
}

TEST(InvoicePdf, ShowsNumberPartiesAmountsAndCapitalsInChinese) {
  const Invoice inv = sample_invoice();
  auto pdf = render_pdf(inv);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  ASSERT_TRUE(pdf->starts_with("%PDF-"));
  PdfFile file(*pdf);
  const std::string text = file.text();
  EXPECT_NE(text.find("结算单"), std::string::npos) << text;
  EXPECT_NE(text.find("INV-2026-000123"), std::string::npos) << text;
  EXPECT_NE(text.find("CT-2026-000045"), std::string::npos) << text;
  EXPECT_NE(text.find("2026-11-15"), std::string::npos) << text;
  EXPECT_NE(text.find("上海星河互动网络科技有限公司"), std::string::npos) << text;
  EXPECT_NE(text.find("纳税人识别号"), std::string::npos) << text;
  EXPECT_NE(text.find("91310115MA1K4XYZ7Q"), std::string::npos) << text;
  EXPECT_NE(text.find("91110108MA01ABCD2X"), std::string::npos) << text;
  for (const auto& l : inv.lines) {
    EXPECT_NE(text.find(format_money(l.unit_price)), std::string::npos) << format_money(l.unit_price) << "\n" << text;
    EXPECT_NE(text.find(format_money(l.amount)), std::string::npos) << format_money(l.amount);
    EXPECT_NE(text.find(format_money(l.tax)), std::string::npos) << format_money(l.tax);
    EXPECT_NE(text.find(format_money(l.total)), std::string::npos) << format_money(l.total);
    EXPECT_NE(text.find(l.quantity), std::string::npos) << l.quantity;
  }
  EXPECT_NE(text.find("9%"), std::string::npos);
  EXPECT_NE(text.find(format_money(inv.total_amount)), std::string::npos);
  EXPECT_NE(text.find(format_money(inv.total_tax)), std::string::npos);
  EXPECT_NE(text.find(format_yuan(inv.total)), std::string::npos) << format_yuan(inv.total);
  EXPECT_NE(text.find(format_yuan(inv.due)), std::string::npos) << format_yuan(inv.due);
  EXPECT_NE(text.find(amount_in_capitals(inv.total)), std::string::npos) << amount_in_capitals(inv.total) << "\n"
                                                                         << text;
  EXPECT_NE(text.find("第 1 页，共 1 页"), std::string::npos) << text;
  // The payment instructions name the seller's account and the number to quote.
  EXPECT_NE(text.find("110905432110801"), std::string::npos);
  EXPECT_EQ(file.pages(), 1);

  const std::string info = file.run("pdfinfo");
  EXPECT_NE(info.find("Colo\nProducer:"), std::string::npos) << info;  // the creator
  EXPECT_NE(info.find("INV-2026-000123"), std::string::npos) << info;  // the title
}

TEST(InvoicePdf, EmbedsNotoSansCjkAndNoOtherFont) {
  auto pdf = render_pdf(sample_invoice());
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  PdfFile file(*pdf);
  const std::string fonts = file.run("pdffonts");
  // name, type, encoding, emb, sub, uni: every font row is a Noto Sans CJK subset, embedded.
  std::size_t rows = 0;
  std::istringstream lines(fonts);
  std::string row;
  while (std::getline(lines, row)) {
    if (row.starts_with("name") || row.starts_with("----") || row.empty()) continue;
    ++rows;
    EXPECT_NE(row.find("NotoSansCJK"), std::string::npos) << row;
    EXPECT_NE(row.find(" yes "), std::string::npos) << "not embedded: " << row;
  }
  EXPECT_GE(rows, 1u) << fonts;
}

TEST(InvoicePdf, CreditNoteShowsNegativeAmountsAndTheOriginalInvoice) {
  Invoice inv = sample_invoice();
  inv.kind = InvoiceKind::credit_note;
  inv.number = "CN-2026-000004";
  inv.original_invoice = "INV-2026-000123";
  inv.lines = {line("机柜托管费用冲减（11 月 16 日起退租 1 个机柜）", "个", "-1", 225000, -225000, 600)};
  add_up(inv, 0);
  inv.remarks.clear();
  auto pdf = render_pdf(inv);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  const std::string text = PdfFile(*pdf).text();
  EXPECT_NE(text.find("贷项通知单"), std::string::npos) << text;
  EXPECT_NE(text.find("CN-2026-000004"), std::string::npos) << text;
  EXPECT_NE(text.find("INV-2026-000123"), std::string::npos) << text;
  EXPECT_NE(text.find("-2,250.00"), std::string::npos) << text;
  EXPECT_NE(text.find("-135.00"), std::string::npos) << text;
  EXPECT_NE(text.find("-2,385.00"), std::string::npos) << text;
  EXPECT_NE(text.find("负贰仟叁佰捌拾伍元整"), std::string::npos) << text;
  // A credit note asks for no payment.
  EXPECT_EQ(text.find("汇款时请注明"), std::string::npos) << text;
}

TEST(InvoicePdf, StampAndEnglishLabels) {
  Invoice inv = sample_invoice();
  inv.language = "en-US";
  inv.stamp = Stamp::overdue;
  auto pdf = render_pdf(inv);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  const std::string text = PdfFile(*pdf).text();
  EXPECT_NE(text.find("Invoice"), std::string::npos) << text;
  EXPECT_NE(text.find("Taxpayer ID"), std::string::npos) << text;
  // The stamp is set at an angle, which -layout breaks apart.
  EXPECT_NE(PdfFile(*pdf).run("pdftotext", "-raw").find("OVERDUE"), std::string::npos);
  EXPECT_NE(text.find("Page 1 of 1"), std::string::npos) << text;
  // The names stay as registered, and the capitals stay Chinese: they are what a fapiao carries.
  EXPECT_NE(text.find("上海星河互动网络科技有限公司"), std::string::npos) << text;
  EXPECT_NE(text.find(amount_in_capitals(inv.total)), std::string::npos) << text;
  EXPECT_EQ(text.find("结算单"), std::string::npos) << text;

  inv.language = "zh-CN";
  inv.stamp = Stamp::paid;
  auto paid = render_pdf(inv);
  ASSERT_TRUE(paid.ok());
  EXPECT_NE(PdfFile(*paid).run("pdftotext", "-raw").find("已付清"), std::string::npos);
}

TEST(InvoicePdf, ManyLinesFlowOntoFurtherPagesWithTheHeaderRepeated) {
  Invoice inv = sample_invoice();
  inv.lines.clear();
  for (int i = 0; i < 80; ++i)
    inv.lines.push_back(line("机柜 A-" + std::to_string(i) + " 托管", "个", "1", 100000 + i, 100000 + i, 600));
  add_up(inv, 0);
  auto pdf = render_pdf(inv);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  PdfFile file(*pdf);
  const int pages = file.pages();
  ASSERT_GE(pages, 2);
  const std::string text = file.text();
  EXPECT_EQ(count(text, "价税合计（大写）"), 1u);
  EXPECT_NE(text.find(amount_in_capitals(inv.total)), std::string::npos) << text;
  EXPECT_EQ(count(text, "税率"), static_cast<std::size_t>(pages)) << text;  // one header row per page
  EXPECT_NE(text.find("第 2 页，共 " + std::to_string(pages) + " 页"), std::string::npos) << text;
  EXPECT_NE(text.find("INV-2026-000123（续）"), std::string::npos) << text;
  EXPECT_NE(text.find("1,000.79"), std::string::npos) << text;  // the last line
}

TEST(InvoicePdf, TextThatIsNotUtf8IsShownWithReplacementCharacters) {
  Invoice inv = sample_invoice();
  inv.lines[0].description = "机柜\xff托管";
  auto pdf = render_pdf(inv);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  EXPECT_NE(PdfFile(*pdf).text().find("机柜\uFFFD托管"), std::string::npos);
}

Statement sample_statement(int rows) {
  Statement st;
  st.number = "ST-2026-11-000031";
  st.issue_date = 2026y / 12 / 1;
  st.period_from = 2026y / 11 / 1;
  st.period_to = 2026y / 11 / 30;
  st.seller = seller();
  st.customer = buyer();
  st.opening_balance = 1250000;
  for (int i = 0; i < rows; ++i) {
    StatementEntry e;
    e.date = 2026y / 11 / (1 + i % 30);
    switch (i % 4) {
      case 0:
        e.kind = StatementEntryKind::invoice;
        e.reference = "INV-2026-" + std::to_string(100000 + i).substr(0, 6);
        e.description = "11 月机柜托管及带宽";
        e.debit = 954000 + i;
        break;
      case 1:
        e.kind = StatementEntryKind::payment;
        e.reference = "银行回单 " + std::to_string(880000 + i);
        e.credit = 900000;
        break;
      case 2:
        e.kind = StatementEntryKind::penalty;
        e.reference = "INV-2026-000087";
        e.description = "逾期违约金（每日万分之五）";
        e.debit = 4770;
        break;
      default:
        e.kind = StatementEntryKind::credit_note;
        e.reference = "CN-2026-000004";
        e.credit = 238500;
        break;
    }
    st.entries.push_back(e);
  }
  st.ageing = Ageing{.current = 954000, .days_1_30 = 120000, .days_31_60 = 4770, .days_61_90 = 0, .over_90 = 8880000};
  return st;
}

TEST(StatementPdf, SixtyRowsOnSeveralPagesWithRunningBalances) {
  const Statement st = sample_statement(60);
  auto pdf = render_pdf(st);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  PdfFile file(*pdf);
  const int pages = file.pages();
  ASSERT_GE(pages, 2);
  const std::string text = file.text();
  EXPECT_NE(text.find("对账单"), std::string::npos) << text;
  EXPECT_NE(text.find("上海星河互动网络科技有限公司"), std::string::npos);
  EXPECT_NE(text.find("纳税人识别号"), std::string::npos);
  EXPECT_NE(text.find("91310115MA1K4XYZ7Q"), std::string::npos);
  EXPECT_NE(text.find("2026-11-01 至 2026-11-30"), std::string::npos) << text;
  EXPECT_EQ(count(text, "借方（应收）"), static_cast<std::size_t>(pages)) << text;
  EXPECT_NE(text.find("第 2 页，共 " + std::to_string(pages) + " 页"), std::string::npos) << text;
  EXPECT_NE(text.find(format_money(st.opening_balance)), std::string::npos);
  const auto balances = running_balances(st.opening_balance, st.entries);
  for (auto b : balances) EXPECT_NE(text.find(format_money(b)), std::string::npos) << format_money(b);
  const std::int64_t closing = closing_balance(st);
  EXPECT_EQ(closing, balances.back());
  EXPECT_NE(text.find(amount_in_capitals(closing)), std::string::npos) << amount_in_capitals(closing) << "\n" << text;
  EXPECT_NE(text.find("违约金"), std::string::npos);
  EXPECT_NE(text.find("逾期 90 天以上"), std::string::npos);
  EXPECT_NE(text.find("88,800.00"), std::string::npos) << text;  // owed for over 90 days
}

ServiceQualityReport sample_quality(std::size_t customers) {
  ServiceQualityReport r;
  r.month = "2026-10";
  r.issue_date = 2026y / 11 / 2;
  r.customer = customers ? "" : "上海星河互动网络科技有限公司";
  if (!customers) {
    r.services = {{"CT-2026-000045", "", true, 998611, 9990, false, 600, 120},
                  {"CT-2026-000045", "rack", true, 998611, 9990, false, 600, 0},
                  {"CT-2026-000045", "bandwidth", true, 1000000, 9990, true, 0, 0},
                  {"CT-2026-000046", "", false, 0, 9995, false, 0, 0}};
  }
  r.contracts = 2;
  r.contracts_measured = 1;
  r.tickets = 17;
  r.by_type = {{"incident", 9}, {"service_request", 6}, {"complaint", 2}};
  r.by_priority = {{"P1", 1}, {"P2", 4}, {"P3", 12}};
  r.responded = 16;
  r.response_met = 15;
  r.resolved = 14;
  r.resolution_met = 12;
  r.average_response_minutes = 11;
  r.average_resolution_minutes = 236;
  r.complaints = 2;
  r.complaints_answered = 2;
  r.average_answer_minutes = 2880;
  r.surveys = 8;
  r.satisfaction_tenths = 46;
  r.credits = {{"CT-2026-000045", true, 998611, 9990, 450000, 300000, "adjusted"}};
  r.credit_granted_fen = 300000;
  r.actions = {
      {"IA-2026-000003", "UPS 电池组老化导致 10 月 5 日市电切换失败：更换电池组并每季度做放电测试", "张工",
       2026y / 10 / 20, "in_progress", true},
      {"IA-2026-000004", "工单首次响应超时：夜班增加一名值守工程师", "李经理", 2026y / 11 / 30, "open", false}};
  for (std::size_t i = 0; i < customers; ++i)
    r.customers.push_back({"客户 " + std::to_string(i + 1) + " 网络科技有限公司", 12, 11, 10, 9, 8, 1, 1, 45, 2, 2,
                           i % 3 == 0 ? 1 : 2, static_cast<std::int64_t>(i) * 10000});
  return r;
}

// A customer's month: each service against its target (an unmeasured one said so), the tickets
// and complaints, the credit and the overdue action, all in Chinese from the catalogue.
TEST(QualityReportPdf, ACustomersMonthInChinese) {
  auto pdf = render_pdf(sample_quality(0));
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  PdfFile file(*pdf);
  const std::string text = file.text();
  for (const char* part : {"服务质量月报", "上海星河互动网络科技有限公司", "2026-10", "CT-2026-000045", "99.861%",
                           "99.90%", "未达标", "达标", "无监测数据", "故障 9", "P3 12", "15 / 16", "236 分钟", "4.6 分",
                           "3,000.00", "已调整", "IA-2026-000003", "已逾期", "第 1 页"})
    EXPECT_NE(text.find(part), std::string::npos) << part << "\n" << text;
  EXPECT_EQ(text.find("document."), std::string::npos) << text;  // every label has its text
  EXPECT_EQ(text.find("各客户明细"), std::string::npos);         // management's table only
  const std::string fonts = file.run("pdffonts");
  EXPECT_NE(fonts.find("NotoSansCJK"), std::string::npos) << fonts;
}

// Management's month: every customer's line, the table's header repeated on each page it runs onto.
TEST(QualityReportPdf, ManagementsMonthWithALinePerCustomerOverSeveralPages) {
  auto r = sample_quality(80);
  auto pdf = render_pdf(r);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  PdfFile file(*pdf);
  const int pages = file.pages();
  ASSERT_GE(pages, 2);
  const std::string text = file.text();
  EXPECT_NE(text.find("全部客户"), std::string::npos) << text;
  EXPECT_NE(text.find("本月已核算合同 2 份"), std::string::npos) << text;
  EXPECT_NE(text.find("客户 80 网络科技有限公司"), std::string::npos) << text;
  EXPECT_GE(count(text, "合同达标"), static_cast<std::size_t>(pages)) << text;
  r.language = "en-US";
  auto english = render_pdf(r);
  ASSERT_TRUE(english.ok());
  const std::string en = PdfFile(*english).text();
  EXPECT_NE(en.find("Monthly service quality report"), std::string::npos) << en;
  EXPECT_NE(en.find("By customer"), std::string::npos) << en;
}

TEST(DocumentsPdf, RendersFromFourThreadsAtOnce) {
  const Invoice inv = sample_invoice();
  const Statement st = sample_statement(20);
  std::vector<std::string> invoices(4), statements(4);
  std::vector<std::string> errors(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 3; ++i) {
        auto a = render_pdf(inv);
        auto b = render_pdf(st);
        if (!a.ok() || !b.ok()) {
          errors[t] = !a.ok() ? a.error().message : b.error().message;
          return;
        }
        invoices[t] = std::move(*a);
        statements[t] = std::move(*b);
      }
    });
  }
  for (auto& t : threads) t.join();
  for (int t = 0; t < 4; ++t) {
    EXPECT_EQ(errors[t], "");
    ASSERT_TRUE(invoices[t].starts_with("%PDF-")) << t;
    PdfFile a(invoices[t]), b(statements[t]);
    EXPECT_EQ(a.pages(), 1) << t;
    EXPECT_NE(a.text().find(amount_in_capitals(inv.total)), std::string::npos) << t;
    EXPECT_NE(b.text().find("上海星河互动网络科技有限公司"), std::string::npos) << t;
    EXPECT_NE(a.run("pdffonts").find("NotoSansCJK"), std::string::npos) << t;
  }
}

// Run by DocumentsPdf.RefusesToRenderWithoutTheChineseFont in a child process whose fontconfig
// knows only Latin fonts.
TEST(DocumentsWithoutFonts, DISABLED_RefusesToRender) {
  auto pdf = render_pdf(sample_invoice());
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.error().code, "documents.font_missing");
  auto st = render_pdf(sample_statement(2));
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, "documents.font_missing");
}

TEST(DocumentsPdf, RefusesToRenderWithoutTheChineseFont) {
  // Fontconfig would substitute a Latin font and the Chinese would print as boxes.
  const fs::path dir = fs::temp_directory_path() / ("colo-fonts-" + std::to_string(getpid()));
  fs::create_directories(dir / "cache");
  const fs::path config = dir / "fonts.conf";
  std::ofstream(config) << "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n"
                        << "  <dir>/usr/share/fonts/truetype</dir>\n  <cachedir>" << (dir / "cache").string()
                        << "</cachedir>\n</fontconfig>\n";
  const std::string command = "FONTCONFIG_FILE='" + config.string() + "' /proc/" + std::to_string(getpid()) +
                              "/exe --gtest_also_run_disabled_tests --gtest_filter=DocumentsWithoutFonts.* 2>&1";
  std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(command.c_str(), "r"), pclose);
  ASSERT_TRUE(pipe);
  std::string out;
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe.get())) > 0) out.append(buffer.data(), n);
  const int status = pclose(pipe.release());
  fs::remove_all(dir);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << out;
  EXPECT_NE(out.find("[  PASSED  ] 1 test"), std::string::npos) << out;
}

}  // namespace
}  // namespace colo::documents
