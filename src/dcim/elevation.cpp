#include "dcim/elevation.hpp"

#include <cstdio>

#include "core/text.hpp"

namespace colo::dcim {

namespace {

// At most `max` characters of UTF-8 text, with an ellipsis when cut.
std::string clip(const std::string& s, std::size_t max) {
  auto kept = text::first_characters(s, max);
  return kept.size() == s.size() ? s : std::string(kept) + "…";
}

std::string fmt(const char* format, double a, double b, double c, double d) {
  char buf[160];
  std::snprintf(buf, sizeof buf, format, a, b, c, d);
  return buf;
}

}  // namespace

std::string customer_colour(std::optional<std::int64_t> customer_id) {
  static const char* kPalette[] = {"#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948",
                                   "#ff9da7", "#9c755f", "#e15759", "#86bcb6", "#5b8ff9", "#9270ca"};
  if (!customer_id) return "#8a8f98";
  // Knuth's multiplicative hash spreads neighbouring ids over the palette.
  auto h = static_cast<std::uint64_t>(*customer_id) * 2654435761u;
  return kPalette[(h >> 8) % (sizeof kPalette / sizeof kPalette[0])];
}

std::string xml_escape(std::string_view s) {
  // XML 1.0 allows neither invalid UTF-8, nor U+FFFE and U+FFFF, nor C0 controls other than tab
  // and line breaks: whatever a stored name holds, it is drawn with U+FFFD in their place, so
  // the document stays well-formed.
  const auto clean = text::scrub(s);
  std::string o;
  o.reserve(clean.size());
  for (char c : clean) {
    switch (c) {
      case '&':
        o += "&amp;";
        break;
      case '<':
        o += "&lt;";
        break;
      case '>':
        o += "&gt;";
        break;
      case '"':
        o += "&quot;";
        break;
      case '\'':
        o += "&apos;";
        break;
      default:
        o += c;
    }
  }
  return o;
}

std::string render_elevation_svg(const Elevation& e, const std::string& face) {
  constexpr double kUnit = 20, kTop = 28, kLabelW = 40, kWidth = 300;
  const int rows = e.rack.u_height;
  const double height = kTop + rows * kUnit + 12;
  const double total_w = kLabelW + kWidth + 12;
  // y of the upper edge of the half-unit span [bottom_hu, bottom_hu + height_hu).
  auto y_of = [&](int bottom_hu, int height_hu) {
    const int from_bottom = bottom_hu - 2;  // half units below the span, counted from U1's floor
    const int from_top = e.rack.descending ? from_bottom : rows * 2 - from_bottom - height_hu;
    return kTop + from_top * kUnit / 2;
  };
  std::string svg =
      fmt("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
          "font-family=\"sans-serif\" font-size=\"11\">",
          total_w, height, total_w, height);
  svg +=
      "<defs><pattern id=\"reserved-hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" "
      "patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#fdecea\"/>"
      "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#c0392b\" stroke-width=\"3\"/></pattern></defs>";
  svg += fmt("<text x=\"%.0f\" y=\"17\" font-size=\"13\" font-weight=\"bold\">", kLabelW, 0, 0, 0) +
         xml_escape(e.rack.name) + " — " + xml_escape(face) + "</text>";
  // Every unit, empty, with its number: the free ones stay visible between the devices.
  for (int u = 1; u <= rows; ++u) {
    const double y = y_of(u * 2, 2);
    svg +=
        fmt("<rect class=\"unit\" x=\"%.0f\" y=\"%.1f\" width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\" "
            "stroke=\"#d9d9d9\"/>",
            kLabelW, y, kWidth, kUnit);
    svg += fmt("<text class=\"u\" x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\" fill=\"#666\">%.0f</text>", kLabelW - 6,
               y + 14, u, 0);
  }
  for (const auto& u : e.units) {
    if (u.height_hu <= 0) continue;
    const double y = y_of(u.bottom_hu, u.height_hu);
    const double h = u.height_hu * kUnit / 2;
    if (u.kind == "reserved") {
      svg += fmt(
          "<rect class=\"reserved\" x=\"%.0f\" y=\"%.1f\" width=\"%.0f\" height=\"%.1f\" fill=\"url(#reserved-hatch)\" "
          "stroke=\"#c0392b\">",
          kLabelW, y, kWidth, h);
      svg += "<title>" + xml_escape(u.label.empty() ? "reserved" : "reserved: " + u.label) + "</title></rect>";
      continue;
    }
    if (u.face != "both" && u.face != face) continue;
    const std::string name = u.label.empty() ? "occupied" : u.label;
    svg += fmt("<rect class=\"device\" x=\"%.0f\" y=\"%.1f\" width=\"%.0f\" height=\"%.1f\" rx=\"2\" ", kLabelW + 1,
               y + 1, kWidth - 2, h - 2);
    svg += "fill=\"" + customer_colour(u.customer_id) + "\" stroke=\"#333\"><title>" + xml_escape(name) +
           "</title></rect>";
    svg += fmt("<text x=\"%.0f\" y=\"%.1f\" fill=\"#fff\">", kLabelW + 8, y + (h < 20 ? h - 2 : h / 2 + 4), 0, 0) +
           xml_escape(clip(name, 40)) + "</text>";
  }
  svg += "</svg>";
  return svg;
}

}  // namespace colo::dcim
