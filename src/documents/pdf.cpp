#include "documents/pdf.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "documents/amounts.hpp"
#include "i18n/catalogue.hpp"

namespace colo::documents {
namespace {

// ---- Fonts: one pango font map and context per thread ----

constexpr const char* kFamily = "Noto Sans CJK SC";

struct GObjectUnref {
  void operator()(void* p) const {
    if (p) g_object_unref(p);
  }
};
template <typename T>
using GPtr = std::unique_ptr<T, GObjectUnref>;

struct ThreadFonts {
  GPtr<PangoFontMap> map;
  GPtr<PangoContext> context;
  std::optional<Error> problem;  // set when the CJK font is not there
};

Error font_missing() {
  return Error{
      ErrorKind::unavailable, "documents.font_missing",
      "The Chinese font Noto Sans CJK SC (fonts-noto-cjk) is not installed; PDF documents cannot be rendered."};
}

ThreadFonts make_thread_fonts() {
  ThreadFonts fonts;
  fonts.map.reset(pango_cairo_font_map_new());
  fonts.context.reset(pango_font_map_create_context(fonts.map.get()));
  PangoContext* context = fonts.context.get();
  // Points as user units (a PDF page is measured in points), and metrics that do not snap to a
  // screen's pixels, so that a layout measures what it prints.
  pango_cairo_context_set_resolution(context, 72.0);
  std::unique_ptr<cairo_font_options_t, decltype(&cairo_font_options_destroy)> options(cairo_font_options_create(),
                                                                                       cairo_font_options_destroy);
  cairo_font_options_set_hint_metrics(options.get(), CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options.get(), CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(context, options.get());
  // Han characters in their simplified-Chinese forms.
  pango_context_set_language(context, pango_language_from_string("zh-cn"));

  // Fontconfig substitutes any font for a missing family; a document must not go out in one
  // that draws Chinese as boxes, so the family actually loaded is checked.
  std::unique_ptr<PangoFontDescription, decltype(&pango_font_description_free)> wanted(
      pango_font_description_from_string("Noto Sans CJK SC 10"), pango_font_description_free);
  GPtr<PangoFont> font(pango_font_map_load_font(fonts.map.get(), context, wanted.get()));
  bool ok = false;
  if (font) {
    std::unique_ptr<PangoFontDescription, decltype(&pango_font_description_free)> got(pango_font_describe(font.get()),
                                                                                      pango_font_description_free);
    const char* family = pango_font_description_get_family(got.get());
    ok = family && std::string_view(family).starts_with("Noto Sans CJK") && pango_font_has_char(font.get(), U'中');
  }
  if (!ok) fonts.problem = font_missing();
  return fonts;
}

ThreadFonts& thread_fonts() {
  thread_local ThreadFonts fonts = make_thread_fonts();
  return fonts;
}

// ---- Labels from the catalogue ----

class Labels {
 public:
  explicit Labels(std::string_view language) : language_(i18n::normalise(language)) {}

  std::string operator()(std::string_view key, const MessageParams& params = {}) {
    auto text = i18n::render(language_, key, params);
    if (!text) {
      if (missing_.empty()) missing_ = std::string(key);
      return std::string(key);
    }
    return *text;
  }
  // The first key without a text: a document with a raw key in it is a bug, not a document.
  const std::string& missing() const { return missing_; }
  std::string_view language() const { return language_; }

 private:
  std::string_view language_;
  std::string missing_;
};

std::string date_text(Date d) { return d.ok() ? format_date(d) : std::string(); }

// ---- Page geometry (points) ----

constexpr double kPageWidth = 595.276;  // A4
constexpr double kPageHeight = 841.890;
constexpr double kMargin = 40.0;
constexpr double kContentWidth = kPageWidth - 2 * kMargin;
constexpr double kContentBottom = kPageHeight - 56.0;  // the footer sits below
constexpr double kCellPadX = 3.0;
constexpr double kCellPadY = 2.5;

struct Colour {
  double r = 0, g = 0, b = 0;
};
constexpr Colour kInk{0.1, 0.1, 0.1};
constexpr Colour kRule{0.35, 0.35, 0.35};
constexpr Colour kShade{0.92, 0.92, 0.92};
constexpr Colour kStampRed{0.78, 0.12, 0.12};

using Layout = std::shared_ptr<PangoLayout>;

// What is drawn, recorded page by page, so that the footer can say "page X of Y" once the
// number of pages is known.
struct Op {
  enum class Kind { text, line, fill, stamp } kind = Kind::text;
  double x = 0, y = 0, w = 0, h = 0;  // line: from (x, y) to (w, h)
  Colour colour = kInk;
  Layout layout;
};

struct Style {
  double size = 9.0;
  bool bold = false;
  PangoAlignment align = PANGO_ALIGN_LEFT;
};

struct Column {
  double width;
  PangoAlignment align = PANGO_ALIGN_LEFT;
};

struct Cell {
  std::string text;
  int span = 1;
  bool bold = false;
  std::optional<PangoAlignment> align;
};

class Composer {
 public:
  explicit Composer(PangoContext* context) : context_(context) { new_page(); }

  Layout text(std::string_view s, const Style& style, double width) {
    Layout layout(pango_layout_new(context_), GObjectUnref());
    std::unique_ptr<PangoFontDescription, decltype(&pango_font_description_free)> font(pango_font_description_new(),
                                                                                       pango_font_description_free);
    pango_font_description_set_family_static(font.get(), kFamily);
    pango_font_description_set_size(font.get(), static_cast<int>(style.size * PANGO_SCALE));
    pango_font_description_set_weight(font.get(), style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(layout.get(), font.get());
    if (width > 0) pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout.get(), style.align);
    // Text reaches here validated by the API; anything else is shown with U+FFFD rather than
    // dropped whole by pango.
    if (g_utf8_validate(s.data(), static_cast<gssize>(s.size()), nullptr)) {
      pango_layout_set_text(layout.get(), s.data(), static_cast<int>(s.size()));
    } else {
      std::unique_ptr<gchar, decltype(&g_free)> valid(g_utf8_make_valid(s.data(), static_cast<gssize>(s.size())),
                                                      g_free);
      pango_layout_set_text(layout.get(), valid.get(), -1);
    }
    return layout;
  }

  static double height_of(const Layout& layout) {
    int w = 0, h = 0;
    pango_layout_get_size(layout.get(), &w, &h);
    return static_cast<double>(h) / PANGO_SCALE;
  }

  void put(Layout layout, double x, double y, Colour colour = kInk) {
    pages_.back().push_back(Op{Op::Kind::text, x, y, 0, 0, colour, std::move(layout)});
  }
  // A block of text at the cursor, which moves below it.
  void paragraph(std::string_view s, const Style& style, double gap_after = 4.0) {
    auto layout = text(s, style, kContentWidth);
    const double h = height_of(layout);
    ensure(h);
    put(layout, kMargin, y_);
    y_ += h + gap_after;
  }
  void line(double x0, double y0, double x1, double y1, Colour colour = kRule) {
    pages_.back().push_back(Op{Op::Kind::line, x0, y0, x1, y1, colour, nullptr});
  }
  void fill(double x, double y, double w, double h, Colour colour) {
    pages_.back().push_back(Op{Op::Kind::fill, x, y, w, h, colour, nullptr});
  }
  void stamp(Layout layout, double cx, double cy) {
    pages_.back().push_back(Op{Op::Kind::stamp, cx, cy, 0, 0, kStampRed, std::move(layout)});
  }

  void new_page() {
    pages_.emplace_back();
    y_ = kMargin;
    if (pages_.size() > 1 && on_new_page_) on_new_page_();
  }
  // Starts a new page unless `height` more fits on this one.
  void ensure(double height) {
    if (y_ + height > kContentBottom && y_ > kMargin + 1) new_page();
  }
  // What every further page starts with (a running title; the table header while a table runs).
  void set_page_start(std::function<void()> f) { on_new_page_ = std::move(f); }

  double y() const { return y_; }
  void advance(double dy) { y_ += dy; }
  std::vector<std::vector<Op>>& pages() { return pages_; }

  // One ruled table row from `left`; breaks the page before it when it does not fit.
  void row(const std::vector<Column>& columns, const std::vector<Cell>& cells, const Style& style, bool shaded = false,
           double left = kMargin) {
    struct Placed {
      double x, w;
      Layout layout;
    };
    std::vector<Placed> placed;
    double x = left;
    std::size_t column = 0;
    double content = 0;
    for (const auto& cell : cells) {
      double w = 0;
      PangoAlignment align = PANGO_ALIGN_LEFT;
      for (int i = 0; i < cell.span && column < columns.size(); ++i, ++column) {
        if (i == 0) align = columns[column].align;
        w += columns[column].width;
      }
      Style s = style;
      s.bold = style.bold || cell.bold;
      s.align = cell.align.value_or(align);
      auto layout = text(cell.text, s, w - 2 * kCellPadX);
      content = std::max(content, height_of(layout));
      placed.push_back({x, w, std::move(layout)});
      x += w;
    }
    const double h = content + 2 * kCellPadY;
    ensure(h);
    const double top = y_;
    if (shaded) fill(left, top, x - left, h, kShade);
    for (const auto& p : placed) {
      put(p.layout, p.x + kCellPadX, top + kCellPadY);
      line(p.x, top, p.x, top + h);
    }
    line(x, top, x, top + h);
    line(left, top, x, top);
    line(left, top + h, x, top + h);
    y_ = top + h;
  }

 private:
  PangoContext* context_;
  std::vector<std::vector<Op>> pages_;
  double y_ = kMargin;
  std::function<void()> on_new_page_;
};

// ---- Output ----

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

void draw(cairo_t* cr, const Op& op) {
  cairo_set_source_rgb(cr, op.colour.r, op.colour.g, op.colour.b);
  switch (op.kind) {
    case Op::Kind::text:
      cairo_move_to(cr, op.x, op.y);
      pango_cairo_show_layout(cr, op.layout.get());
      break;
    case Op::Kind::line:
      cairo_set_line_width(cr, 0.6);
      cairo_move_to(cr, op.x, op.y);
      cairo_line_to(cr, op.w, op.h);
      cairo_stroke(cr);
      break;
    case Op::Kind::fill:
      cairo_rectangle(cr, op.x, op.y, op.w, op.h);
      cairo_fill(cr);
      break;
    case Op::Kind::stamp: {
      PangoRectangle logical{};
      pango_layout_get_extents(op.layout.get(), nullptr, &logical);
      const double tw = static_cast<double>(logical.width) / PANGO_SCALE;
      const double th = static_cast<double>(logical.height) / PANGO_SCALE;
      cairo_save(cr);
      cairo_translate(cr, op.x, op.y);
      cairo_rotate(cr, -0.22);
      cairo_set_line_width(cr, 2.0);
      cairo_rectangle(cr, -tw / 2 - 8, -th / 2 - 4, tw + 16, th + 8);
      cairo_stroke(cr);
      cairo_move_to(cr, -tw / 2, -th / 2);
      pango_cairo_show_layout(cr, op.layout.get());
      cairo_restore(cr);
      break;
    }
  }
}

// Adds "page X of Y" and the document's number to each page, then writes the PDF.
Result<std::string> write_pdf(Composer& composer, Labels& labels, const std::string& title, const std::string& number,
                              const std::string& author) {
  if (!labels.missing().empty()) return Error::internal("documents: no catalogue text for " + labels.missing());
  auto& pages = composer.pages();
  const std::string total = std::to_string(pages.size());
  for (std::size_t i = 0; i < pages.size(); ++i) {
    const std::string text = labels("document.page", {{"page", std::to_string(i + 1)}, {"pages", total}});
    auto footer = composer.text(text, Style{.size = 8, .align = PANGO_ALIGN_CENTER}, kContentWidth);
    pages[i].push_back(Op{Op::Kind::text, kMargin, kPageHeight - 40, 0, 0, kRule, footer});
    auto left = composer.text(number, Style{.size = 8}, kContentWidth / 3);
    pages[i].push_back(Op{Op::Kind::text, kMargin, kPageHeight - 40, 0, 0, kRule, left});
    pages[i].push_back(Op{Op::Kind::line, kMargin, kPageHeight - 44, kMargin + kContentWidth, kPageHeight - 44, kRule});
  }

  std::string out;
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_pdf_surface_create_for_stream(append_to_string, &out, kPageWidth, kPageHeight), cairo_surface_destroy);
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, (title + " " + number).c_str());
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_AUTHOR, author.c_str());
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Colo");
  {
    std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), cairo_destroy);
    for (const auto& page : pages) {
      for (const auto& op : page) draw(cr.get(), op);
      cairo_show_page(cr.get());
    }
    if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS)
      return Error{ErrorKind::internal, "documents.render_failed",
                   std::string("cairo: ") + cairo_status_to_string(cairo_status(cr.get()))};
  }
  cairo_surface_finish(surface.get());
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
    return Error{ErrorKind::internal, "documents.render_failed",
                 std::string("cairo: ") + cairo_status_to_string(cairo_surface_status(surface.get()))};
  return out;
}

// ---- Blocks shared by both documents ----

constexpr Style kBody{.size = 9};
constexpr Style kTable{.size = 8};
constexpr Style kTableHeader{.size = 8, .bold = true, .align = PANGO_ALIGN_CENTER};

// The seller's name, the title spaced out under it, and a rule.
void title_block(Composer& c, const std::string& seller, const std::string& title) {
  if (!seller.empty()) c.paragraph(seller, Style{.size = 11, .align = PANGO_ALIGN_CENTER}, 2);
  c.paragraph(title, Style{.size = 20, .bold = true, .align = PANGO_ALIGN_CENTER}, 10);
}

// Label-value pairs two by two across the page, unruled, as in the heading of a bill.
void facts_block(Composer& c, Labels& l, const std::vector<std::pair<std::string, std::string>>& facts) {
  const std::string colon = l.language() == "zh-CN" ? "：" : ":";
  const std::vector<Column> columns{{78}, {kContentWidth / 2 - 78}, {78}, {kContentWidth / 2 - 78}};
  for (std::size_t i = 0; i < facts.size(); i += 2) {
    std::vector<Layout> layouts;
    double h = 0;
    double x = kMargin;
    std::vector<std::pair<double, Layout>> placed;
    for (std::size_t j = i; j < std::min(i + 2, facts.size()); ++j) {
      auto label = c.text(facts[j].first + colon, Style{.size = 9, .bold = true}, columns[0].width);
      auto value = c.text(facts[j].second, kBody, columns[1].width - 6);
      h = std::max({h, Composer::height_of(label), Composer::height_of(value)});
      placed.push_back({x, label});
      placed.push_back({x + columns[0].width, value});
      x += columns[0].width + columns[1].width;
    }
    c.ensure(h);
    for (auto& [px, layout] : placed) c.put(layout, px, c.y());
    c.advance(h + 3);
  }
  c.advance(4);
}

// Buyer and seller side by side in one ruled box, as on a fapiao.
void parties_block(Composer& c, Labels& l, const std::string& left_title, const Party& left,
                   const std::string& right_title, const Party& right) {
  const double label = 72, value = kContentWidth / 2 - label;
  const std::vector<Column> columns{{label}, {value}, {label}, {value}};
  c.row(columns, {{left_title, 2, true, PANGO_ALIGN_CENTER}, {right_title, 2, true, PANGO_ALIGN_CENTER}}, kBody, true);
  const std::pair<const char*, std::string Party::*> fields[] = {
      {"document.party.name", &Party::name},
      {"document.party.tax_id", &Party::tax_id},
      {"document.party.address_and_phone", &Party::address_and_phone},
      {"document.party.bank_and_account", &Party::bank_and_account},
  };
  for (const auto& [key, member] : fields) {
    const std::string name = l(key);
    c.row(columns, {{name, 1, true}, {left.*member}, {name, 1, true}, {right.*member}}, kTable);
  }
  c.advance(10);
}

void remarks_block(Composer& c, Labels& l, const std::vector<std::string>& remarks) {
  if (remarks.empty()) return;
  c.advance(6);
  c.paragraph(l("document.remarks"), Style{.size = 9, .bold = true}, 2);
  for (const auto& r : remarks) c.paragraph(r, kBody, 2);
}

void continued_title(Composer& c, const std::string& text) { c.paragraph(text, Style{.size = 9, .bold = true}, 6); }

// ---- The invoice ----

Result<std::string> compose(const Invoice& inv, PangoContext* context) {
  Labels l(inv.language);
  Composer c(context);
  const bool credit = inv.kind == InvoiceKind::credit_note;
  const std::string title = l(credit ? "document.credit_note.title" : "document.invoice.title");

  title_block(c, inv.seller.name, title);
  if (inv.stamp != Stamp::none) {
    const char* key = inv.stamp == Stamp::paid      ? "document.stamp.paid"
                      : inv.stamp == Stamp::overdue ? "document.stamp.overdue"
                                                    : "document.stamp.voided";
    c.stamp(c.text(l(key), Style{.size = 18, .bold = true}, 0), kMargin + kContentWidth - 70, kMargin + 30);
  }

  std::vector<std::pair<std::string, std::string>> facts{
      {l("document.number"), inv.number},
      {l("document.issue_date"), date_text(inv.issue_date)},
      {l("document.contract"), inv.contract_number},
  };
  if (!credit) facts.push_back({l("document.due_date"), date_text(inv.due_date)});
  if (credit) facts.push_back({l("document.original_invoice"), inv.original_invoice});
  if (inv.period_from.ok() && inv.period_to.ok())
    facts.push_back({l("document.period"), l("document.period_range", {{"from", date_text(inv.period_from)},
                                                                       {"to", date_text(inv.period_to)}})});
  facts_block(c, l, facts);
  parties_block(c, l, l("document.buyer"), inv.buyer, l("document.seller"), inv.seller);

  c.paragraph(l("document.currency_unit"), Style{.size = 8, .align = PANGO_ALIGN_RIGHT}, 2);
  const auto R = PANGO_ALIGN_RIGHT, C = PANGO_ALIGN_CENTER;
  const std::vector<Column> columns{
      {24, C}, {129, PANGO_ALIGN_LEFT}, {34, C}, {46, R}, {62, R}, {62, R}, {34, C}, {54, R}, {70.276, R}};
  const std::vector<Cell> header{
      {l("document.line.index")},    {l("document.line.description")}, {l("document.line.unit")},
      {l("document.line.quantity")}, {l("document.line.unit_price")},  {l("document.line.amount")},
      {l("document.line.tax_rate")}, {l("document.line.tax")},         {l("document.line.total")},
  };
  const std::string continued = l("document.continued", {{"title", title}, {"number", inv.number}});
  auto header_row = [&] { c.row(columns, header, kTableHeader, true); };
  c.set_page_start([&] {
    continued_title(c, continued);
    header_row();
  });
  header_row();
  for (std::size_t i = 0; i < inv.lines.size(); ++i) {
    const auto& line = inv.lines[i];
    c.row(columns,
          {{std::to_string(i + 1)},
           {line.description},
           {line.unit},
           {line.quantity},
           {format_money(line.unit_price)},
           {format_money(line.amount)},
           {format_tax_rate(line.tax_rate_bp)},
           {format_money(line.tax)},
           {format_money(line.total)}},
          kTable);
  }
  c.row(columns,
        {{l("document.totals"), 5, true, C},
         {format_money(inv.total_amount), 1, true},
         {""},
         {format_money(inv.total_tax), 1, true},
         {format_money(inv.total), 1, true}},
        kTable);
  c.row(columns,
        {{l("document.total_in_capitals"), 2, true, C},
         {amount_in_capitals(inv.total), 4, true, PANGO_ALIGN_LEFT},
         {l("document.total_in_figures", {{"amount", format_yuan(inv.total)}}), 3, true, R}},
        Style{.size = 9});
  c.set_page_start([&] { continued_title(c, continued); });

  // Paid and due under the totals column, as a small box of their own; a credit note lowers what
  // is owed on the account and asks for nothing itself.
  c.advance(8);
  const std::vector<Column> sums{{110, R}, {90, R}};
  const double sums_left = kMargin + kContentWidth - 200;
  if (!credit) {
    c.row(sums, {{l("document.paid"), 1, true}, {format_yuan(inv.paid)}}, kBody, false, sums_left);
    c.row(sums, {{l("document.amount_due"), 1, true}, {format_yuan(inv.due), 1, true}}, kBody, false, sums_left);
  }

  std::vector<std::string> remarks;
  if (credit && !inv.original_invoice.empty())
    remarks.push_back(l("document.credit_note_reference", {{"number", inv.original_invoice}}));
  remarks.insert(remarks.end(), inv.remarks.begin(), inv.remarks.end());
  if (!credit && inv.due > 0 && !inv.seller.bank_and_account.empty())
    remarks.push_back(
        l("document.payment_instructions",
          {{"date", date_text(inv.due_date)}, {"bank", inv.seller.bank_and_account}, {"number", inv.number}}));
  remarks_block(c, l, remarks);
  return write_pdf(c, l, title, inv.number, inv.seller.name);
}

// ---- The statement of account ----

std::string entry_kind_key(StatementEntryKind kind) {
  switch (kind) {
    case StatementEntryKind::invoice:
      return "document.entry.invoice";
    case StatementEntryKind::credit_note:
      return "document.entry.credit_note";
    case StatementEntryKind::payment:
      return "document.entry.payment";
    case StatementEntryKind::penalty:
      return "document.entry.penalty";
    case StatementEntryKind::refund:
      return "document.entry.refund";
    case StatementEntryKind::adjustment:
      return "document.entry.adjustment";
    case StatementEntryKind::reversal:
      return "document.entry.reversal";
    case StatementEntryKind::deposit_taken:
      return "document.entry.deposit_taken";
    case StatementEntryKind::deposit_offset:
      return "document.entry.deposit_offset";
  }
  return "document.entry.adjustment";
}

std::string money_or_blank(std::int64_t fen) { return fen == 0 ? std::string() : format_money(fen); }

Result<std::string> compose(const Statement& st, PangoContext* context) {
  Labels l(st.language);
  Composer c(context);
  const std::string title = l("document.statement.title");
  title_block(c, st.seller.name, title);

  std::vector<std::pair<std::string, std::string>> facts{
      {l("document.statement.customer"), st.customer.name},
      {l("document.party.tax_id"), st.customer.tax_id},
      {l("document.statement.period"),
       l("document.period_range", {{"from", date_text(st.period_from)}, {"to", date_text(st.period_to)}})},
      {l("document.issue_date"), date_text(st.issue_date)},
  };
  if (!st.number.empty()) facts.push_back({l("document.number"), st.number});
  facts_block(c, l, facts);

  c.paragraph(l("document.currency_unit"), Style{.size = 8, .align = PANGO_ALIGN_RIGHT}, 2);
  const auto R = PANGO_ALIGN_RIGHT, C = PANGO_ALIGN_CENTER;
  const std::vector<Column> columns{{58, C}, {56, C}, {86, PANGO_ALIGN_LEFT}, {125.276, PANGO_ALIGN_LEFT}, {62, R},
                                    {62, R}, {66, R}};
  const std::vector<Cell> header{
      {l("document.statement.date")},        {l("document.statement.kind")},  {l("document.statement.reference")},
      {l("document.statement.description")}, {l("document.statement.debit")}, {l("document.statement.credit")},
      {l("document.statement.balance")},
  };
  const std::string continued = l("document.continued", {{"title", title}, {"number", st.customer.name}});
  auto header_row = [&] { c.row(columns, header, kTableHeader, true); };
  c.set_page_start([&] {
    continued_title(c, continued);
    header_row();
  });
  header_row();
  c.row(columns,
        {{date_text(st.period_from)},
         {l("document.statement.opening_balance"), 5, true},
         {format_money(st.opening_balance)}},
        kTable);
  const auto balances = running_balances(st.opening_balance, st.entries);
  std::int64_t debits = 0, credits = 0;
  for (std::size_t i = 0; i < st.entries.size(); ++i) {
    const auto& e = st.entries[i];
    debits += e.debit;
    credits += e.credit;
    c.row(columns,
          {{date_text(e.date)},
           {l(entry_kind_key(e.kind))},
           {e.reference},
           {e.description},
           {money_or_blank(e.debit)},
           {money_or_blank(e.credit)},
           {format_money(balances[i])}},
          kTable);
  }
  const std::int64_t closing = closing_balance(st);
  c.row(columns,
        {{l("document.statement.period_totals"), 4, true, C},
         {format_money(debits), 1, true},
         {format_money(credits), 1, true},
         {""}},
        kTable);
  c.row(
      columns,
      {{date_text(st.period_to)}, {l("document.statement.closing_balance"), 5, true}, {format_money(closing), 1, true}},
      kTable);
  c.row(columns,
        {{l("document.statement.closing_in_capitals"), 2, true, C},
         {amount_in_capitals(closing), 3, true, PANGO_ALIGN_LEFT},
         {format_yuan(closing), 2, true, R}},
        Style{.size = 9});
  c.set_page_start([&] { continued_title(c, continued); });

  c.advance(12);
  const std::vector<Column> ageing(6, Column{kContentWidth / 6, R});
  const auto& a = st.ageing;
  const std::int64_t outstanding = a.current + a.days_1_30 + a.days_31_60 + a.days_61_90 + a.over_90;
  c.ensure(60);
  c.paragraph(l("document.ageing.title"), Style{.size = 9, .bold = true}, 3);
  c.row(ageing,
        {{l("document.ageing.current")},
         {l("document.ageing.days_1_30")},
         {l("document.ageing.days_31_60")},
         {l("document.ageing.days_61_90")},
         {l("document.ageing.over_90")},
         {l("document.ageing.total")}},
        kTableHeader, true);
  c.row(ageing,
        {{format_money(a.current)},
         {format_money(a.days_1_30)},
         {format_money(a.days_31_60)},
         {format_money(a.days_61_90)},
         {format_money(a.over_90)},
         {format_money(outstanding), 1, true}},
        kTable);

  std::vector<std::string> remarks = st.remarks;
  if (closing > 0 && !st.seller.bank_and_account.empty())
    remarks.push_back(l("document.statement.payment_instructions", {{"bank", st.seller.bank_and_account}}));
  remarks_block(c, l, remarks);
  return write_pdf(c, l, title, st.number.empty() ? st.customer.name : st.number, st.seller.name);
}

// ---- The monthly service-quality report ----

// 999500 -> "99.950%": availability to a thousandth of a percent, as the service desk shows it.
std::string ppm_text(std::int64_t ppm) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%lld.%03lld%%", static_cast<long long>(ppm / 10000),
                static_cast<long long>((ppm % 10000) / 10));
  return buf;
}

// 9990 -> "99.90%": a target in basis points.
std::string bp_text(std::int32_t bp) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%d.%02d%%", bp / 100, bp % 100);
  return buf;
}

std::string ratio_text(std::int64_t part, std::int64_t whole) {
  return whole == 0 ? std::string("—") : std::to_string(part) + " / " + std::to_string(whole);
}

std::string tenths_text(std::int64_t tenths) { return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10); }

// A section's heading, kept on the page with at least the first rows under it.
void section(Composer& c, const std::string& text) {
  c.advance(8);
  c.ensure(60);
  c.paragraph(text, Style{.size = 11, .bold = true}, 4);
}

// Label-value pairs in a ruled table, two pairs to a row.
void pairs_table(Composer& c, const std::vector<std::pair<std::string, std::string>>& pairs) {
  const double label = 100, value = kContentWidth / 2 - label;
  const std::vector<Column> columns{{label}, {value}, {label}, {value}};
  for (std::size_t i = 0; i < pairs.size(); i += 2) {
    std::vector<Cell> cells{{pairs[i].first, 1, true}, {pairs[i].second}};
    if (i + 1 < pairs.size()) {
      cells.push_back({pairs[i + 1].first, 1, true});
      cells.push_back({pairs[i + 1].second});
    } else {
      cells.push_back({"", 2});
    }
    c.row(columns, cells, kTable);
  }
}

Result<std::string> compose(const ServiceQualityReport& r, PangoContext* context) {
  Labels l(r.language);
  Composer c(context);
  const bool overall = r.customer.empty();
  const std::string title = l("document.quality.title");
  const std::string who = overall ? l("document.quality.all_customers") : r.customer;
  title_block(c, "", title);
  facts_block(c, l,
              {{l("document.quality.customer"), who},
               {l("document.quality.month"), r.month},
               {l("document.issue_date"), date_text(r.issue_date)}});
  const std::string continued = l("document.continued", {{"title", title}, {"number", r.month + " " + who}});
  c.set_page_start([&] { continued_title(c, continued); });
  const auto R = PANGO_ALIGN_RIGHT, C = PANGO_ALIGN_CENTER;
  auto minutes = [&](const std::optional<std::int64_t>& m) {
    return m ? l("document.quality.minutes", {{"minutes", std::to_string(*m)}}) : std::string("—");
  };
  // A table with its header row, repeated on every page the table runs onto.
  auto table = [&](const std::vector<Column>& columns, const std::vector<Cell>& header,
                   const std::function<void()>& rows) {
    auto header_row = [&] { c.row(columns, header, kTableHeader, true); };
    c.set_page_start([&] {
      continued_title(c, continued);
      header_row();
    });
    header_row();
    rows();
    c.set_page_start([&] { continued_title(c, continued); });
  };

  // 1. Availability against the target: per service for a customer; the month-end computation's
  // count of contracts for management.
  section(c, l("document.quality.section.availability"));
  if (overall || r.services.empty()) {
    if (r.contracts == 0)
      c.paragraph(l(overall ? "document.quality.not_computed" : "document.quality.no_contracts"), kBody);
    else
      c.paragraph(l("document.quality.contracts_summary", {{"contracts", std::to_string(r.contracts)},
                                                           {"measured", std::to_string(r.contracts_measured)},
                                                           {"met", std::to_string(r.contracts_met)}}),
                  kBody);
  } else {
    const std::vector<Column> columns{
        {95, PANGO_ALIGN_LEFT}, {90.276, PANGO_ALIGN_LEFT}, {70, R}, {60, R}, {65, R}, {65, R}, {70, C}};
    table(columns,
          {{l("document.contract")},
           {l("document.quality.service")},
           {l("document.quality.availability")},
           {l("document.quality.target")},
           {l("document.quality.outage_minutes")},
           {l("document.quality.maintenance_minutes")},
           {l("document.quality.result")}},
          [&] {
            for (const auto& s : r.services) {
              const bool whole = s.service.empty();
              c.row(columns,
                    {{whole ? s.contract : ""},
                     {whole ? l("document.quality.whole_contract") : s.service, 1, whole},
                     {s.measured ? ppm_text(s.availability_ppm) + (s.unmeasured_minutes > 0 ? " *" : "")
                                 : std::string("—")},
                     {bp_text(s.target_bp)},
                     {s.measured ? std::to_string(s.outage_minutes) : std::string("—")},
                     {s.measured ? std::to_string(s.maintenance_minutes) : std::string("—")},
                     {l(!s.measured ? "document.quality.not_measured"
                        : s.met     ? "document.quality.met"
                                    : "document.quality.missed"),
                      1, !s.met}},
                    kTable);
            }
          });
    c.advance(3);
    c.paragraph(l("document.quality.availability_note"), Style{.size = 8}, 2);
  }

  // 2. Tickets: how many, of which kinds, answered and resolved on time.
  section(c, l("document.quality.section.tickets"));
  auto counts = [&](const std::vector<QualityCount>& list, bool types) {
    std::string out;
    for (const auto& k : list) {
      if (!out.empty()) out += l.language() == "zh-CN" ? "，" : ", ";
      out += (types ? l("document.quality.type." + k.key) : k.key) + " " + std::to_string(k.count);
    }
    return out.empty() ? std::string("—") : out;
  };
  pairs_table(c, {{l("document.quality.tickets"), std::to_string(r.tickets)},
                  {l("document.quality.by_priority"), counts(r.by_priority, false)},
                  {l("document.quality.by_type"), counts(r.by_type, true)},
                  {"", ""},
                  {l("document.quality.response_on_time"), ratio_text(r.response_met, r.responded)},
                  {l("document.quality.average_response"), minutes(r.average_response_minutes)},
                  {l("document.quality.resolution_on_time"), ratio_text(r.resolution_met, r.resolved)},
                  {l("document.quality.average_resolution"), minutes(r.average_resolution_minutes)}});

  // 3. Complaints and satisfaction.
  section(c, l("document.quality.section.complaints"));
  pairs_table(c, {{l("document.quality.complaints"), std::to_string(r.complaints)},
                  {l("document.quality.complaints_answered"), std::to_string(r.complaints_answered)},
                  {l("document.quality.average_answer"), minutes(r.average_answer_minutes)},
                  {l("document.quality.satisfaction"),
                   r.satisfaction_tenths
                       ? l("document.quality.satisfaction_value",
                           {{"score", tenths_text(*r.satisfaction_tenths)}, {"surveys", std::to_string(r.surveys)}})
                       : l("document.quality.no_surveys")}});

  // 4. SLA credits.
  section(c, l("document.quality.section.credits"));
  if (!r.credits.empty()) {
    const std::vector<Column> columns{{105, PANGO_ALIGN_LEFT}, {80, R}, {65, R}, {85, R}, {85, R}, {95.276, C}};
    table(columns,
          {{l("document.contract")},
           {l("document.quality.availability")},
           {l("document.quality.target")},
           {l("document.quality.credit_computed")},
           {l("document.quality.credit_amount")},
           {l("document.quality.credit_status")}},
          [&] {
            for (const auto& k : r.credits)
              c.row(columns,
                    {{k.contract},
                     {k.measured && k.availability_ppm ? ppm_text(*k.availability_ppm)
                                                       : l("document.quality.not_measured")},
                     {bp_text(k.target_bp)},
                     {format_money(k.computed_fen)},
                     {format_money(k.amount_fen)},
                     {l("document.quality.credit_status." + k.status)}},
                    kTable);
          });
    c.advance(4);
  }
  c.paragraph(l("document.quality.credit_totals",
                {{"granted", format_yuan(r.credit_granted_fen)}, {"pending", format_yuan(r.credit_pending_fen)}}),
              kBody);

  // 5. Improvement actions, overdue ones flagged.
  section(c, l("document.quality.section.actions"));
  if (r.actions.empty()) {
    c.paragraph(l("document.quality.no_actions"), kBody);
  } else {
    const std::vector<Column> columns{{85, C}, {195.276, PANGO_ALIGN_LEFT}, {70, C}, {70, C}, {95, C}};
    table(columns,
          {{l("document.quality.action_number")},
           {l("document.quality.action_title")},
           {l("document.quality.action_owner")},
           {l("document.quality.action_due")},
           {l("document.quality.action_status")}},
          [&] {
            for (const auto& a : r.actions) {
              std::string status = l("document.quality.action_status." + a.status);
              if (a.overdue) status = l("document.quality.overdue", {{"status", status}});
              c.row(columns, {{a.number}, {a.title}, {a.owner}, {date_text(a.due)}, {status, 1, a.overdue}}, kTable);
            }
          });
  }

  // 6. Management's line per customer.
  if (overall) {
    section(c, l("document.quality.section.customers"));
    if (r.customers.empty()) {
      c.paragraph(l("document.quality.no_customers"), kBody);
    } else {
      const std::vector<Column> columns{
          {115.276, PANGO_ALIGN_LEFT}, {45, R}, {60, R}, {60, R}, {60, R}, {50, R}, {55, R}, {70, R}};
      table(columns,
            {{l("document.quality.customer")},
             {l("document.quality.tickets_short")},
             {l("document.quality.response_on_time")},
             {l("document.quality.resolution_on_time")},
             {l("document.quality.complaints_short")},
             {l("document.quality.satisfaction")},
             {l("document.quality.contracts_met")},
             {l("document.quality.credit_granted")}},
            [&] {
              for (const auto& k : r.customers)
                c.row(columns,
                      {{k.customer},
                       {std::to_string(k.tickets)},
                       {ratio_text(k.response_met, k.responded)},
                       {ratio_text(k.resolution_met, k.resolved)},
                       {ratio_text(k.complaints_answered, k.complaints)},
                       {k.satisfaction_tenths ? tenths_text(*k.satisfaction_tenths) : std::string("—")},
                       {ratio_text(k.met, k.contracts)},
                       {format_money(k.credit_fen)}},
                      kTable);
            });
      c.advance(3);
      c.paragraph(l("document.quality.customers_note"), Style{.size = 8}, 2);
    }
  }
  return write_pdf(c, l, title, r.month + " " + who, "Colo");
}

// ---- The compliance report ----

Result<std::string> compose(const ComplianceReport& r, PangoContext* context) {
  Labels l(r.language);
  Composer c(context);
  const std::string title = l("document.compliance.title");
  title_block(c, "", title);
  facts_block(c, l,
              {{l("document.compliance.period"), r.period_from + " — " + r.period_to},
               {l("document.compliance.as_of"), r.as_of},
               {l("document.compliance.audit_entry"), std::to_string(r.audit_head_id)}});
  c.paragraph(
      l("document.compliance.signature", {{"id", std::to_string(r.audit_head_id)}, {"hash", r.audit_head_hash}}),
      Style{.size = 8}, 6);
  const std::string continued = l("document.continued", {{"title", title}, {"number", r.period_to}});
  const auto R = PANGO_ALIGN_RIGHT, C = PANGO_ALIGN_CENTER;
  const std::vector<Column> columns{{60, PANGO_ALIGN_LEFT}, {75, C}, {70, R}, {70, R}, {60, C}, {60, R}, {120.276, C}};
  auto header_row = [&] {
    c.row(columns,
          {{l("document.compliance.clause")},
           {l("document.compliance.status")},
           {l("document.compliance.value")},
           {l("document.compliance.target")},
           {l("document.compliance.trend")},
           {l("document.compliance.failing")},
           {l("document.compliance.clause_period")}},
          kTableHeader, true);
  };
  c.set_page_start([&] {
    continued_title(c, continued);
    header_row();
  });
  section(c, l("document.compliance.section"));
  header_row();
  auto bp = [](const std::optional<std::int64_t>& v) {
    return v ? bp_text(static_cast<std::int32_t>(*v)) : std::string("—");
  };
  for (const auto& line : r.clauses) {
    const bool measured = line.status != "not_measured";
    c.row(columns,
          {{line.clause},
           {l("document.compliance.status." + line.status), 1, line.status == "failing"},
           {bp(line.value_bp)},
           {measured ? bp(line.target_bp) : std::string("—")},
           {l("document.compliance.trend." + line.trend)},
           {measured ? std::to_string(line.failing_count) : std::string("—")},
           {line.period_from.empty() ? std::string() : line.period_from + " — " + line.period_to}},
          kTable);
  }
  c.advance(3);
  c.paragraph(l("document.compliance.note"), Style{.size = 8}, 2);
  return write_pdf(c, l, title, r.period_to, "Colo");
}

// ---- The yearly drill plan report ----

Result<std::string> compose(const DrillPlanReport& r, PangoContext* context) {
  Labels l(r.language);
  Composer c(context);
  const std::string year = std::to_string(r.year);
  const std::string title = l("document.drills.title", {{"year", year}});
  title_block(c, "", title);
  std::int64_t drills = 0, held = 0, flagged = 0;
  for (const auto& p : r.plans) {
    drills += static_cast<std::int64_t>(p.drills.size());
    for (const auto& d : p.drills) held += d.status == "held" ? 1 : 0;
    flagged += p.needs_drill ? 1 : 0;
  }
  facts_block(c, l,
              {{l("document.drills.year"), year},
               {l("document.drills.issued_on"), r.issued_on},
               {l("document.drills.plans"), std::to_string(r.plans.size())},
               {l("document.drills.held"), std::to_string(held) + " / " + std::to_string(drills)},
               {l("document.drills.flagged"), std::to_string(flagged)}});
  const std::string continued = l("document.continued", {{"title", title}, {"number", year}});
  c.set_page_start([&] { continued_title(c, continued); });
  if (r.plans.empty()) c.paragraph(l("document.drills.no_plans"), kBody, 4);
  const std::vector<Column> columns{
      {62, PANGO_ALIGN_CENTER}, {62, PANGO_ALIGN_CENTER}, {95}, {45, PANGO_ALIGN_CENTER}, {125}, {126.276}};
  for (const auto& p : r.plans) {
    section(c, l("document.drills.scenario." + p.scenario) + " · " + p.title);
    pairs_table(
        c, {{l("document.drills.scenario"), l("document.drills.scenario." + p.scenario)},
            {l("document.drills.version"), "V" + std::to_string(p.version)},
            {l("document.drills.owner"), p.owner},
            {l("document.drills.last_held_on"), p.last_held_on.empty() ? l("document.drills.never") : p.last_held_on}});
    // The flag stands on its own line in bold, so that a reader skimming the report sees it.
    if (p.needs_drill) {
      c.advance(3);
      c.paragraph(l("document.drills.needs_drill"), Style{.size = 9, .bold = true}, 2);
    }
    c.advance(4);
    if (p.drills.empty()) {
      c.paragraph(l("document.drills.no_drills", {{"year", year}}), kBody, 2);
      continue;
    }
    c.row(columns,
          {{l("document.drills.scheduled_on")},
           {l("document.drills.held_on")},
           {l("document.drills.drill")},
           {l("document.drills.status")},
           {l("document.drills.findings")},
           {l("document.drills.open_actions")}},
          kTableHeader, true);
    for (const auto& d : p.drills) {
      std::string findings, actions;
      for (const auto& f : d.findings) findings += (findings.empty() ? "" : "\n") + ("• " + f);
      for (const auto& a : d.open_actions) {
        std::string line = "• " + a.text + " (" + a.owner + ", " + a.due_on + ")";
        if (a.overdue) line += " " + l("document.drills.overdue");
        actions += (actions.empty() ? "" : "\n") + line;
      }
      c.row(columns,
            {{d.scheduled_on},
             {d.held_on.empty() ? std::string("—") : d.held_on},
             {d.title},
             {l("document.drills.status." + d.status)},
             {findings.empty() ? std::string("—") : findings},
             {actions.empty() ? std::string("—") : actions}},
            kTable);
    }
  }
  c.advance(6);
  c.paragraph(l("document.drills.note"), Style{.size = 8}, 2);
  return write_pdf(c, l, title, year, "Colo");
}

template <typename Document>
Result<std::string> render(const Document& document) {
  ThreadFonts& fonts = thread_fonts();
  if (fonts.problem) return *fonts.problem;
  return compose(document, fonts.context.get());
}

}  // namespace

Result<std::string> render_pdf(const Invoice& invoice) { return render(invoice); }

Result<std::string> render_pdf(const Statement& statement) { return render(statement); }

Result<std::string> render_pdf(const ServiceQualityReport& report) { return render(report); }

Result<std::string> render_pdf(const ComplianceReport& report) { return render(report); }

Result<std::string> render_pdf(const DrillPlanReport& report) { return render(report); }

}  // namespace colo::documents
