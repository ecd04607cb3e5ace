#include "i18n/catalogue.hpp"

#include <stdexcept>
#include <utility>

#include <boost/json.hpp>

namespace colo::i18n {

namespace data {
extern const std::pair<std::string_view, std::string_view> kCatalogues[];
extern const int kCatalogueCount;
}  // namespace data

namespace {

using Texts = std::map<std::string, std::string, std::less<>>;

struct Catalogue {
  std::map<std::string, Texts, std::less<>> by_lang;
};

// A broken catalogue file is a bug of the build, not of a request: it throws on first use, which
// the tests (and the server's start-up, which renders nothing before) make loud at once.
const Catalogue& catalogue() {
  static const Catalogue c = [] {
    Catalogue out;
    for (int i = 0; i < data::kCatalogueCount; ++i) {
      const auto& [lang, text] = data::kCatalogues[i];
      boost::system::error_code ec;
      auto v = boost::json::parse(text, ec);
      if (ec || !v.is_object())
        throw std::runtime_error("message catalogue " + std::string(lang) + " is not a JSON object");
      Texts texts;
      for (const auto& kv : v.as_object()) {
        if (!kv.value().is_string())
          throw std::runtime_error("message catalogue " + std::string(lang) + ": " + std::string(kv.key()) +
                                   " is not a string");
        texts.emplace(std::string(kv.key()), std::string(kv.value().as_string()));
      }
      out.by_lang.emplace(std::string(lang), std::move(texts));
    }
    return out;
  }();
  return c;
}

const std::string* find_text(std::string_view lang, std::string_view key) {
  const auto& c = catalogue();
  auto l = c.by_lang.find(normalise(lang));
  if (l == c.by_lang.end()) return nullptr;
  auto t = l->second.find(key);
  return t == l->second.end() ? nullptr : &t->second;
}

bool name_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

}  // namespace

std::vector<std::string> languages() {
  std::vector<std::string> out;
  for (const auto& [lang, texts] : catalogue().by_lang) out.push_back(lang);
  return out;
}

std::string_view normalise(std::string_view lang) {
  if (lang.size() >= 2 && (lang[0] == 'z' || lang[0] == 'Z') && (lang[1] == 'h' || lang[1] == 'H')) return "zh-CN";
  return kFallbackLanguage;
}

const std::map<std::string, std::string, std::less<>>& texts(std::string_view lang) {
  static const Texts empty;
  const auto& c = catalogue();
  auto l = c.by_lang.find(normalise(lang));
  return l == c.by_lang.end() ? empty : l->second;
}

bool contains(std::string_view key) { return find_text(kFallbackLanguage, key) != nullptr; }

std::vector<std::string> placeholders(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '{') continue;
    std::size_t j = i + 1;
    while (j < text.size() && name_char(text[j])) ++j;
    if (j < text.size() && text[j] == '}' && j > i + 1) {
      out.emplace_back(text.substr(i + 1, j - i - 1));
      i = j;
    }
  }
  return out;
}

std::optional<std::string> render(std::string_view lang, std::string_view key, const MessageParams& params) {
  const std::string* text = find_text(lang, key);
  if (!text) return std::nullopt;
  std::string out;
  out.reserve(text->size() + 32);
  const std::string_view t = *text;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '{') {
      std::size_t j = i + 1;
      while (j < t.size() && name_char(t[j])) ++j;
      if (j < t.size() && t[j] == '}' && j > i + 1) {
        const std::string_view name = t.substr(i + 1, j - i - 1);
        std::optional<std::string> value;
        for (const auto& p : params) {
          if (p.name == name) {
            value = p.value;
            break;
          }
          if (p.name.size() == name.size() + 1 && p.name[0] == '@' && std::string_view(p.name).substr(1) == name) {
            // A key parameter never refers to another key parameter: one level, no cycles.
            // A key the catalogue lacks leaves the placeholder without a value: the caller falls back to
            // its own sentence rather than show the key.
            if (const std::string* sub = find_text(lang, p.value)) value = *sub;
            break;
          }
        }
        if (!value) return std::nullopt;
        out += *value;
        i = j;
        continue;
      }
    }
    out += t[i];
  }
  return out;
}

std::string render_or(std::string_view lang, std::string_view key, const MessageParams& params,
                      std::string_view fallback) {
  if (auto r = render(lang, key, params)) return std::move(*r);
  return std::string(fallback);
}

namespace {

// The English sentence a call site wrote names what went wrong precisely ("Must be one of: id,
// name."); until that place gives its values as parameters, an English reader keeps it, and a
// Chinese reader gets the catalogue's text for the code.
bool keeps_english(std::string_view lang, const std::string& message, const MessageParams& params,
                   const std::string& key) {
  return normalise(lang) == kFallbackLanguage && params.empty() && key.empty() && !message.empty();
}

}  // namespace

std::string detail(std::string_view lang, const Error& error) {
  if (keeps_english(lang, error.message, error.params, error.key)) return error.message;
  if (auto r = render(lang, error.message_key(), error.params)) return std::move(*r);
  if (!error.key.empty())
    if (auto r = render(lang, error.code, error.params)) return std::move(*r);
  return error.message;
}

std::string detail(std::string_view lang, const FieldError& error) {
  if (keeps_english(lang, error.message, error.params, error.key)) return error.message;
  if (auto r = render(lang, error.message_key(), error.params)) return std::move(*r);
  if (!error.key.empty())
    if (auto r = render(lang, "field." + error.code, error.params)) return std::move(*r);
  return error.message;
}

std::string params_to_json(const MessageParams& params) {
  boost::json::object o;
  for (const auto& p : params) o[p.name] = p.value;
  return boost::json::serialize(o);
}

MessageParams params_from_json(std::string_view json) {
  MessageParams out;
  boost::system::error_code ec;
  auto v = boost::json::parse(json, ec);
  if (ec || !v.is_object()) return out;
  for (const auto& kv : v.as_object())
    if (kv.value().is_string()) out.push_back({std::string(kv.key()), std::string(kv.value().as_string())});
  return out;
}

}  // namespace colo::i18n
