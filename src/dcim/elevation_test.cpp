#include "dcim/elevation.hpp"

#include <gtest/gtest.h>

#include "core/text.hpp"

namespace colo::dcim {
namespace {

Elevation sample(bool descending = false) {
  Elevation e;
  e.rack.name = "A01-<01>";
  e.rack.u_height = 10;
  e.rack.descending = descending;
  e.units = {
      {2, 4, "device", 1, 7, std::nullopt, "web-1 & <db>", "both"},
      {10, 2, "device", 2, std::nullopt, std::nullopt, "rear-panel", "rear"},
      {14, 2, "reserved", std::nullopt, 7, 3, "growth", "both"},
      {16, 2, "device", std::nullopt, std::nullopt, std::nullopt, "", "both"},
  };
  return e;
}

TEST(ElevationTest, NamesAreEscapedAndFacesFiltered) {
  auto svg = render_elevation_svg(sample(), "front");
  EXPECT_EQ(svg.find("<db>"), std::string::npos);
  EXPECT_NE(svg.find("web-1 &amp; &lt;db&gt;"), std::string::npos);
  EXPECT_NE(svg.find("A01-&lt;01&gt;"), std::string::npos);
  EXPECT_EQ(svg.find("rear-panel"), std::string::npos) << "a rear half-depth device is not on the front";
  EXPECT_NE(render_elevation_svg(sample(), "rear").find("rear-panel"), std::string::npos);
  EXPECT_NE(svg.find("occupied"), std::string::npos) << "a device the caller may not name";
}

TEST(ElevationTest, ReservedUnitsAreHatchedAndEveryUnitIsNumbered) {
  auto svg = render_elevation_svg(sample(), "front");
  EXPECT_NE(svg.find("<pattern id=\"reserved-hatch\""), std::string::npos);
  EXPECT_NE(svg.find("class=\"reserved\""), std::string::npos);
  EXPECT_NE(svg.find("fill=\"url(#reserved-hatch)\""), std::string::npos);
  std::size_t units = 0;
  for (auto p = svg.find("class=\"unit\""); p != std::string::npos; p = svg.find("class=\"unit\"", p + 1)) ++units;
  EXPECT_EQ(units, 10u);
  EXPECT_NE(svg.find(">10</text>"), std::string::npos);
}

TEST(ElevationTest, UnitOneIsAtTheBottomUnlessTheRackCountsDown) {
  // U1's device (bottom_hu 2, 2U) sits at the bottom: y = top + (20 - 4) * 10 = 28 + 160.
  auto up = render_elevation_svg(sample(false), "front");
  EXPECT_NE(up.find("class=\"device\" x=\"41\" y=\"189.0\""), std::string::npos) << up.substr(0, 3000);
  auto down = render_elevation_svg(sample(true), "front");
  EXPECT_NE(down.find("class=\"device\" x=\"41\" y=\"29.0\""), std::string::npos);
}

TEST(ElevationTest, ColoursAreStablePerCustomer) {
  EXPECT_EQ(customer_colour(7), customer_colour(7));
  EXPECT_NE(customer_colour(7), customer_colour(8));
  EXPECT_EQ(customer_colour(std::nullopt), "#8a8f98");
  EXPECT_EQ(xml_escape("a'b\"c"), "a&apos;b&quot;c");
}

// XML 1.0 allows neither U+FFFE/U+FFFF, nor invalid UTF-8, nor most C0 controls: names holding
// them (stored before they were refused at the door) are drawn with U+FFFD instead.
TEST(ElevationTest, TheDrawingIsWellFormedWhateverTheNamesHold) {
  Elevation e = sample();
  e.rack.name =
      "A\xEF\xBF\xBE"
      "01";
  e.units[0].label = std::string("web\xFF-1\x01\0", 8) + "\xEF\xBF\xBF";
  e.units[2].label = "growth\x1b";
  const auto svg = render_elevation_svg(e, "front");
  EXPECT_FALSE(text::find_flaw(svg)) << text::describe(*text::find_flaw(svg));
  EXPECT_NE(svg.find("A\xEF\xBF\xBD"
                     "01"),
            std::string::npos);
  EXPECT_NE(svg.find("web\xEF\xBF\xBD-1\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD<"), std::string::npos) << svg;
  EXPECT_EQ(xml_escape("a\tb\nc"), "a\tb\nc");
}

TEST(ElevationTest, LongNamesAreClippedByCharacters) {
  Elevation e = sample();
  e.units[0].label = std::string(30, 'x') + std::string("机柜机柜机柜机柜机柜机柜机柜");
  const auto svg = render_elevation_svg(e, "front");
  EXPECT_NE(svg.find(std::string(30, 'x') + "机柜机柜机柜机柜机柜…</text>"), std::string::npos) << svg;
}

}  // namespace
}  // namespace colo::dcim
