// Includes point down: only the composition root (src/app) knows every module, and no module
// reaches back into it to register itself; src/app passes each module what it needs.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace colo::app {
namespace {

TEST(LayeringTest, NoModuleIncludesTheCompositionRoot) {
  const char* root = std::getenv("COLO_SOURCE_DIR");
  ASSERT_NE(root, nullptr) << "ctest sets COLO_SOURCE_DIR";
  const auto src = std::filesystem::path(root) / "src";
  std::vector<std::string> offenders;
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(src)) {
    if (!entry.is_regular_file()) continue;
    const auto ext = entry.path().extension();
    if (ext != ".cpp" && ext != ".hpp") continue;
    const auto relative = std::filesystem::relative(entry.path(), src);
    if (*relative.begin() == "app") continue;
    ++files;
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line))
      if (line.rfind("#include \"app/", 0) == 0) offenders.push_back(relative.string() + ": " + line);
  }
  EXPECT_GT(files, 50u) << "the walk found the module sources";
  for (const auto& o : offenders) ADD_FAILURE() << o;
}

}  // namespace
}  // namespace colo::app
