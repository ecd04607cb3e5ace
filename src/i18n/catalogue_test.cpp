// The catalogue is complete: both languages have the same keys with the same placeholders, every
// code and message key the server's source uses has a text, and a text with placeholders gets
// its values at every place that raises it.
#include "i18n/catalogue.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace colo::i18n {
namespace {

std::set<std::string> placeholder_set(std::string_view text) {
  auto v = placeholders(text);
  return {v.begin(), v.end()};
}

TEST(Catalogue, SpeaksChineseAndEnglish) {
  auto langs = languages();
  EXPECT_EQ(std::set<std::string>(langs.begin(), langs.end()), (std::set<std::string>{"en-US", "zh-CN"}));
  EXPECT_FALSE(texts("zh-CN").empty());
}

TEST(Catalogue, BothLanguagesHaveTheSameKeysAndPlaceholders) {
  const auto& en = texts("en-US");
  const auto& zh = texts("zh-CN");
  for (const auto& [key, text] : en) {
    auto z = zh.find(key);
    if (z == zh.end()) {
      ADD_FAILURE() << key << " has no zh-CN text";
      continue;
    }
    EXPECT_EQ(placeholder_set(text), placeholder_set(z->second)) << key << " has different placeholders";
    EXPECT_FALSE(z->second.empty()) << key;
  }
  for (const auto& [key, text] : zh) EXPECT_TRUE(en.count(key)) << key << " has no en-US text";
}

TEST(Catalogue, ChineseTextsAreChinese) {
  // A zh-CN text copied from English by mistake shows up as a text with no CJK character.
  for (const auto& [key, text] : texts("zh-CN")) {
    bool cjk = false;
    for (unsigned char c : text)
      if (c >= 0xE4 && c <= 0xE9) cjk = true;  // lead bytes of U+4E00..U+9FFF
    EXPECT_TRUE(cjk || key.starts_with("jobs.date")) << key << ": " << text;
  }
}

TEST(Catalogue, RendersParametersInTheReadersLanguage) {
  EXPECT_EQ(render("zh-CN", "dcim.rack.not_empty", {{"rack", "A-01"}, {"devices", "3"}}),
            "机柜 A-01 中仍有 3 台设备，请先移除。");
  EXPECT_EQ(render("en-US", "dcim.rack.not_empty", {{"devices", "3"}, {"rack", "A-01"}}),
            "Rack A-01 still holds 3 devices; remove them first.");
  EXPECT_EQ(render("zh-Hans-CN", "not_found.rack"), "机柜不存在。");
  EXPECT_EQ(render("fr-FR", "not_found.rack"), "Rack not found.");
  // A missing value or key gives nothing, so that nobody reads "{rack}".
  EXPECT_EQ(render("en-US", "dcim.rack.not_empty", {}), std::nullopt);
  EXPECT_EQ(render("en-US", "no.such.key", {}), std::nullopt);
  // "@name" fills the placeholder with another key's text, in the same language.
  EXPECT_EQ(
      render("zh-CN", "contracts.not_draft", {{"number", "CT-2026-000001"}, {"@status", "contract.status.active"}}),
      "只有草稿合同可以修改，合同 CT-2026-000001 当前为“履行中”。");
  EXPECT_EQ(
      render("en-US", "contracts.not_draft", {{"number", "CT-2026-000001"}, {"@status", "contract.status.active"}}),
      "Only a draft contract can be changed; contract CT-2026-000001 is active.");
  EXPECT_EQ(render("en-US", "contracts.not_draft", {{"number", "CT-2026-000001"}, {"@status", "contract.status.nope"}}),
            std::nullopt);
  // A value is inserted as it is, never read as a placeholder itself.
  EXPECT_EQ(render("en-US", "dcim.rack.not_empty", {{"rack", "{devices}"}, {"devices", "2"}}),
            "Rack {devices} still holds 2 devices; remove them first.");
}

TEST(Catalogue, ErrorDetailFallsBackFromKeyToCodeToMessage) {
  EXPECT_EQ(detail("zh-CN", Error::not_found("Power feed")), "供电线路不存在。");
  EXPECT_EQ(detail("zh-CN", Error::not_found("Flux capacitor")), "未找到所请求的对象。");
  EXPECT_EQ(
      detail("en-US", Error::conflict("dcim.rack.not_empty", "English").with("rack", "B-02").with("devices", "1")),
      "Rack B-02 still holds 1 devices; remove them first.");
  // A parameter left out: the English sentence rather than a text with a hole.
  EXPECT_EQ(detail("zh-CN", Error::conflict("dcim.rack.not_empty", "English").with("rack", "B-02")), "English");
  EXPECT_EQ(detail("zh-CN", Error::conflict("no.such.code", "Only English.")), "Only English.");
  FieldError f{"name", "too_long", "At most 5 characters.", {{"max", "5"}}, "field.too_long_max"};
  EXPECT_EQ(detail("zh-CN", f), "最多 5 个字符。");
  EXPECT_EQ(detail("zh-CN", FieldError{"name", "required", "A name is required."}), "此项为必填项。");
  // An English reader keeps a call site's precise sentence until it passes parameters.
  EXPECT_EQ(detail("en-US", FieldError{"name", "required", "A name is required."}), "A name is required.");
  EXPECT_EQ(detail("en-US", Error::conflict("users.last_admin", "Alice is the last administrator.")),
            "Alice is the last administrator.");
  EXPECT_EQ(detail("zh-CN", Error::conflict("users.last_admin", "Alice is the last administrator.")),
            "这是最后一个启用中的管理员账号。");
}

TEST(Catalogue, ParametersRoundTripThroughJson) {
  MessageParams p{{"number", "CT-2026-000001"}, {"@status", "contract.status.active"}, {"n", "3"}};
  auto back = params_from_json(params_to_json(p));
  ASSERT_EQ(back.size(), 3u);
  std::map<std::string, std::string> m;
  for (const auto& x : back) m[x.name] = x.value;
  EXPECT_EQ(m["number"], "CT-2026-000001");
  EXPECT_EQ(m["@status"], "contract.status.active");
  EXPECT_TRUE(params_from_json("not json").empty());
}

// ---- The source and the catalogue agree. ----

struct Use {
  std::string key;
  std::string where;
  std::string statement;  // from the use to the end of its statement, to look for .with(...)
};

// Where the statement that starts at `at` ends: the first ';' outside a string literal.
std::size_t statement_end(const std::string& text, std::size_t at) {
  bool in_string = false;
  for (std::size_t i = at; i < text.size(); ++i) {
    if (in_string) {
      if (text[i] == '\\')
        ++i;
      else if (text[i] == '"')
        in_string = false;
    } else if (text[i] == '"') {
      in_string = true;
    } else if (text[i] == ';') {
      return i;
    }
  }
  return std::string::npos;
}

std::vector<Use> uses_in_source() {
  const char* dir = std::getenv("COLO_SOURCE_DIR");
  if (!dir) return {};
  // Codes given to the Error factories and to Error{kind, code, ...}; objects not found; field
  // error codes; catalogue keys named at call sites (keyed, notices, timeline entries, "@" params).
  static const std::regex kPatterns[] = {
      std::regex(R"re(Error::(?:invalid|conflict|unprocessable)\(\s*"([^"]+)")re"),
      std::regex(R"re(ErrorKind::\w+\s*,\s*"([^"]+)")re"),
      std::regex(R"re(Error::not_found\(\s*"([^"]+)")re"),
      std::regex(
          R"re((?:validation\(\s*\{\s*\{|push_back\(\s*\{|emplace_back\(\s*|error\(\s*|invalid_field\(\s*)(?:"[^"]*"|[A-Za-z_][\w.()\[\]]*)\s*,\s*"([a-z_]+)"\s*,)re"),
      std::regex(R"re(keyed\(\s*"([^"]+)")re"),
      std::regex(R"re((?:conflict|unprocessable)_field\(\s*"([^"]+)")re"),
      std::regex(R"re((?:bad_field\(|\{\s*\{)\s*"[^"]*"\s*,\s*"([a-z_.]+)"\s*,\s*")re"),
      std::regex(
          R"re("((?:notice|timeline|contract\.status|contract\.ended|application\.status|change_agreement\.status)\.[a-z0-9_.]+)")re"),
      std::regex(R"re(\{\s*"@[a-z_]+"\s*,\s*"([a-z0-9_.]+)"\s*\})re"),
  };
  std::vector<Use> out;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(std::filesystem::path(dir) / "src")) {
    const auto path = entry.path();
    const auto name = path.filename().string();
    if (!entry.is_regular_file() || name.ends_with("_test.cpp")) continue;
    if (path.extension() != ".cpp" && path.extension() != ".hpp") continue;
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    for (std::size_t p = 0; p < std::size(kPatterns); ++p) {
      for (auto it = std::sregex_iterator(text.begin(), text.end(), kPatterns[p]); it != std::sregex_iterator(); ++it) {
        std::string key = (*it)[1].str();
        if (p == 2) {  // Error::not_found("Power feed") -> not_found.power_feed
          std::string k = "not_found.";
          for (char c : key) k += c == ' ' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          key = k;
        } else if ((p == 3 || p == 6) && key.find('.') == std::string::npos) {
          key = "field." + key;
        }
        const auto at = static_cast<std::size_t>(it->position(0));
        const auto end = statement_end(text, at);
        // Only an error's statement is searched for its parameters: notifications and timeline
        // entries check theirs when written (notify::notify refuses a text it cannot fill).
        const bool error = p <= 1 || p == 5;
        out.push_back(
            {key, path.string(), error ? text.substr(at, end == std::string::npos ? 400 : end - at) : std::string()});
      }
    }
  }
  return out;
}

TEST(Catalogue, EveryKeyTheSourceUsesHasATextWithItsParameters) {
  if (!std::getenv("COLO_SOURCE_DIR")) GTEST_SKIP() << "COLO_SOURCE_DIR is not set";
  const auto uses = uses_in_source();
  ASSERT_GT(uses.size(), 200u) << "the scan finds the call sites";
  for (const auto& u : uses) {
    auto text = render("en-US", u.key, {});
    const auto& en = texts("en-US");
    auto t = en.find(u.key);
    if (t == en.end()) {
      ADD_FAILURE() << u.where << ": no catalogue text for " << u.key;
      continue;
    }
    // Field error texts are generic; a precise one is chosen with its params by key.
    if (u.statement.empty() || u.key.starts_with("field.") || u.key.starts_with("not_found.")) continue;
    for (const auto& name : placeholders(t->second)) {
      const bool given = u.statement.find("with(\"" + name + "\"") != std::string::npos ||
                         u.statement.find("with(\"@" + name + "\"") != std::string::npos ||
                         u.statement.find("{\"" + name + "\",") != std::string::npos ||
                         u.statement.find("{\"@" + name + "\",") != std::string::npos;
      EXPECT_TRUE(given) << u.where << ": " << u.key << " is raised without {" << name << "}:\n" << u.statement;
    }
  }
}

}  // namespace
}  // namespace colo::i18n
