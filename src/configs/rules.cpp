#include "configs/rules.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>

#include "configs/diff.hpp"

namespace colo::configs {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string exit_command(std::string_view vendor) {
  return vendor == "huawei_vrp" || vendor == "h3c_comware" ? "quit" : "exit";
}

}  // namespace

std::vector<std::string> commands_for(std::string_view vendor) {
  std::vector<std::string> out;
  if (vendor == "cisco_ios" || vendor == "cisco_nxos")
    out = {"terminal length 0", "show running-config"};
  else if (vendor == "huawei_vrp")
    out = {"screen-length 0 temporary", "display current-configuration"};
  else if (vendor == "h3c_comware")
    out = {"screen-length disable", "display current-configuration"};
  else if (vendor == "juniper_junos")
    out = {"show configuration | display set | no-more"};
  if (!out.empty()) out.push_back(exit_command(vendor));
  return out;
}

std::optional<std::string> vendor_from_manufacturer(std::string_view manufacturer, std::string_view model) {
  const auto m = lower(manufacturer), mo = lower(model);
  if (m.find("cisco") != std::string::npos) {
    const bool nexus = mo.find("nexus") != std::string::npos || starts_with(mo, "n9k") || starts_with(mo, "n7k") ||
                       starts_with(mo, "n5k") || starts_with(mo, "n3k");
    return std::string(nexus ? "cisco_nxos" : "cisco_ios");
  }
  if (m.find("huawei") != std::string::npos || m.find("华为") != std::string::npos) return std::string("huawei_vrp");
  if (m.find("h3c") != std::string::npos || m.find("华三") != std::string::npos) return std::string("h3c_comware");
  if (m.find("juniper") != std::string::npos) return std::string("juniper_junos");
  return std::nullopt;
}

std::string extract_config(std::string_view answer, std::string_view vendor) {
  // Prompts: "Router#", "switch(config)#", "user@host>", "<HUAWEI>", "[H3C]".
  static const std::regex kPrompt(R"(^([A-Za-z0-9_.:@()/-]+[#>]|<[^<>\s]+>|\[[^\[\]\s]+\]|\{master:\d+\})\s*$)");
  const auto commands = commands_for(vendor);
  std::vector<std::string> kept;
  for (auto raw : split_lines(answer)) {
    std::string line(raw);
    line.erase(std::remove(line.begin(), line.end(), '\r'), line.end());
    // Pager remnants: "  ---- More ----" followed by backspaces or ANSI erases.
    if (line.find("---- More ----") != std::string::npos || line.find("--More--") != std::string::npos) continue;
    const auto t = trim(line);
    if (std::regex_match(t.begin(), t.end(), kPrompt)) continue;
    bool echo = false;
    for (const auto& c : commands)
      if (t == c || ends_with(t, std::string(">") + c) || ends_with(t, "#" + c) || ends_with(t, "> " + c) ||
          ends_with(t, "# " + c))
        echo = true;
    if (echo) continue;
    if (starts_with(t, "Building configuration") || starts_with(t, "Current configuration :")) continue;
    kept.push_back(std::move(line));
  }
  while (!kept.empty() && trim(kept.front()).empty()) kept.erase(kept.begin());
  while (!kept.empty() && trim(kept.back()).empty()) kept.pop_back();
  std::string out;
  for (const auto& l : kept) {
    out += l;
    out += '\n';
  }
  return out;
}

std::string normalise(std::string_view config) {
  static constexpr std::array<std::string_view, 11> kVolatile = {"! Last configuration change at",
                                                                 "! NVRAM config last updated at",
                                                                 "! No configuration change since last restart",
                                                                 "ntp clock-period",
                                                                 "!Time:",
                                                                 "!Last configuration was",
                                                                 "## Last changed:",
                                                                 "## Last commit:",
                                                                 "#Last configuration was",
                                                                 "! Uptime",
                                                                 "!Uptime"};
  std::string out;
  out.reserve(config.size());
  for (auto raw : split_lines(config)) {
    auto line = raw;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    const auto t = trim(line);
    if (std::any_of(kVolatile.begin(), kVolatile.end(), [&](std::string_view p) { return starts_with(t, p); }))
      continue;
    if (t.find(" uptime is ") != std::string_view::npos) continue;
    out += line;
    out += '\n';
  }
  return out;
}

namespace {

constexpr std::string_view kMask = "******";

// A word that introduces a secret: the value follows, possibly after a type ("7", "cipher").
bool introduces_secret(std::string_view w) {
  static constexpr std::array<std::string_view, 10> kWords = {
      "password", "secret", "key-string",         "community",          "pre-shared-key",
      "cipher",   "simple", "authentication-key", "encrypted-password", "irreversible-cipher"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

// A type between the keyword and the secret: Cisco's 0/5/7/8/9, Huawei's and H3C's cipher forms.
bool is_type_word(std::string_view w) {
  if (!w.empty() && w.size() <= 2 && std::all_of(w.begin(), w.end(), [](unsigned char c) { return std::isdigit(c); }))
    return true;
  return w == "cipher" || w == "simple" || w == "irreversible-cipher" || w == "encrypted" || w == "hidden" ||
         w == "hash" || w == "read" || w == "write";
}

// Junos' reversible "$9$…" and the crypt(3) hashes "$1$…", "$5$…", "$6$…", quoted or not.
bool looks_like_hash(std::string_view w) {
  while (!w.empty() && w.front() == '"') w.remove_prefix(1);
  return starts_with(w, "$9$") || starts_with(w, "$1$") || starts_with(w, "$5$") || starts_with(w, "$6$");
}

struct Word {
  std::size_t begin, end;
};

// The word with its surrounding quotes and a trailing ';' left outside the mask.
std::string masked(std::string_view w) {
  std::string_view lead, tail;
  if (!w.empty() && w.back() == ';') {
    tail = ";";
    w.remove_suffix(1);
  }
  if (w.size() >= 2 && w.front() == '"' && w.back() == '"') return "\"" + std::string(kMask) + "\"" + std::string(tail);
  return std::string(kMask) + std::string(tail);
}

std::string mask_line(std::string_view line) {
  std::vector<Word> words;
  for (std::size_t i = 0; i < line.size();) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i >= line.size()) break;
    std::size_t j = i;
    if (line[i] == '"') {
      j = line.find('"', i + 1);
      j = j == std::string_view::npos ? line.size() : j + 1;
      while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
    } else {
      while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
    }
    words.push_back({i, j});
    i = j;
  }
  auto text = [&](const Word& w) { return line.substr(w.begin, w.end - w.begin); };
  std::vector<bool> secret(words.size(), false);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto w = text(words[i]);
    if (looks_like_hash(w)) secret[i] = true;
    // Cisco's "key 7 …" (tacacs, radius, key chains, ntp) needs the type to tell it from "key chain NAME".
    const bool keyed = w == "key" && i + 2 < words.size() && is_type_word(text(words[i + 1]));
    if (!introduces_secret(w) && !keyed) continue;
    std::size_t v = i + 1;
    while (v < words.size() && is_type_word(text(words[v])) && v + 1 < words.size()) ++v;
    if (v < words.size()) secret[v] = true;
    i = v;
  }
  std::string out;
  std::size_t at = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!secret[i]) continue;
    out += line.substr(at, words[i].begin - at);
    out += masked(text(words[i]));
    at = words[i].end;
  }
  out += line.substr(at);
  return out;
}

}  // namespace

std::string mask_secrets(std::string_view config) {
  std::string out;
  out.reserve(config.size());
  for (auto line : split_lines(config)) {
    out += mask_line(line);
    out += '\n';
  }
  return out;
}

}  // namespace colo::configs
