// colo poll --print: one exposition line per sample, label values escaped as the format asks.
#include "monitoring/print_sink.hpp"

#include <gtest/gtest.h>

namespace colo::monitoring {
namespace {

TEST(PrintSink, WritesExpositionLinesWithEscapedLabelValues) {
  tsdb::Sample s{"if_in_bits_per_second", {{"device_id", "7"}, {"name", "a\"b\\c\nd"}}, 1790000000000, 1.5e9};
  EXPECT_EQ(exposition_line(s),
            "if_in_bits_per_second{device_id=\"7\",name=\"a\\\"b\\\\c\\nd\"} 1500000000 1790000000000");
  EXPECT_EQ(exposition_line({"device_up", {}, 5, 0}), "device_up 0 5");
  char* buf = nullptr;
  size_t len = 0;
  FILE* out = open_memstream(&buf, &len);
  PrintSink sink(out);
  ASSERT_TRUE(sink.write({s, {"device_up", {{"device_id", "7"}}, 5, 1}}).ok());
  std::fclose(out);
  std::string text(buf, len);
  free(buf);
  EXPECT_EQ(text, exposition_line(s) + "\ndevice_up{device_id=\"7\"} 1 5\n");
}

}  // namespace
}  // namespace colo::monitoring
