#include "auth/password_policy.hpp"

#include <pwquality.h>
#include <spdlog/spdlog.h>
#include <unicase.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "core/text.hpp"

namespace colo::auth {

namespace {

// Names shorter than this are too common a substring to hold against a password.
constexpr std::size_t kMinNameLength = 3;

// Case-folded copy (full Unicode folding), for comparing without case; nullopt when not UTF-8.
std::optional<std::string> folded(std::string_view s) {
  if (s.empty()) return std::string();
  std::size_t n = 0;
  std::unique_ptr<std::uint8_t, decltype(&std::free)> out(
      u8_casefold(reinterpret_cast<const std::uint8_t*>(s.data()), s.size(), nullptr, nullptr, nullptr, &n),
      &std::free);
  if (!out) return std::nullopt;
  return std::string(reinterpret_cast<const char*>(out.get()), n);
}

// libpwquality settings are given here, not read from /etc/security/pwquality.conf, so that the
// server judges alike on every machine. Length is our own rule (in characters), so pwquality's
// byte count is set to its floor; the user-name check is ours too (see remove_names).
struct Quality {
  std::unique_ptr<pwquality_settings_t, decltype(&pwquality_free_settings)> settings{pwquality_default_settings(),
                                                                                     &pwquality_free_settings};
  // cracklib reads its dictionary through static buffers: one check at a time.
  std::mutex mutex;

  Quality() {
    for (const char* option : {"minlen=6", "usercheck=0", "gecoscheck=0", "dictcheck=1", "enforcing=1"})
      pwquality_set_option(settings.get(), option);
  }

  // nullopt when strong enough, else libpwquality's reason. A dictionary that cannot be read is
  // the installation's fault, not the password's: "auth.password_check_unavailable" (503).
  Result<std::optional<std::string>> refuse(const std::string& password) {
    std::lock_guard lock(mutex);
    void* aux = nullptr;
    int score = pwquality_check(settings.get(), password.c_str(), nullptr, nullptr, &aux);
    if (score >= 0) return std::optional<std::string>{};
    char buf[PWQ_MAX_ERROR_MESSAGE_LEN];
    std::string reason = pwquality_strerror(buf, sizeof buf, score, aux);
    if (score == PWQ_ERROR_CRACKLIB_CHECK && aux &&
        std::string_view(static_cast<const char*>(aux)).find("error loading dictionary") != std::string_view::npos) {
      spdlog::error("cannot check password strength: {} (install cracklib-runtime)", reason);
      return Error{ErrorKind::unavailable,
                   "auth.password_check_unavailable",
                   "Password strength cannot be checked: the password dictionary is missing on the server.",
                   {}};
    }
    return std::optional<std::string>(reason + ".");
  }
};

Quality& quality() {
  static Quality q;
  return q;
}

// The folded password without every occurrence of each name (and, for ASCII names, the name
// backwards); nullopt when no name occurs.
std::optional<std::string> remove_names(const std::string& password, const std::vector<std::string>& names) {
  std::vector<std::string> folded_names;
  for (const auto& raw : names)
    if (text::count_characters(raw) >= kMinNameLength)
      if (auto name = folded(raw)) folded_names.push_back(std::move(*name));
  // Longer names first: "nadia petrova" goes whole before "nadia" can split it.
  std::sort(folded_names.begin(), folded_names.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string rest = password;
  bool removed = false;
  for (const auto& name_form : folded_names) {
    const std::string* name = &name_form;
    std::vector<std::string> forms{*name};
    if (std::all_of(name->begin(), name->end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
      forms.emplace_back(name->rbegin(), name->rend());
    for (const auto& form : forms) {
      for (auto pos = rest.find(form); pos != std::string::npos; pos = rest.find(form, pos)) {
        rest.erase(pos, form.size());
        removed = true;
      }
    }
  }
  if (!removed) return std::nullopt;
  return rest;
}

Error weak(const std::string& field, std::string reason) {
  return Error{ErrorKind::unprocessable,
               "auth.password_weak",
               "The password is too weak.",
               {{field, "weak", std::move(reason)}}};
}

}  // namespace

std::vector<FieldError> password_length_errors(std::string_view password, const std::string& field) {
  if (auto flaw = text::find_flaw(password, {.tab = false, .line_breaks = false}))
    return {{field, "invalid", "The password is not valid text: it contains " + text::describe(*flaw) + "."}};
  const auto n = text::count_characters(password);
  if (n < kMinPasswordLength)
    return {{field, "too_short", "At least " + std::to_string(kMinPasswordLength) + " characters."}};
  if (n > kMaxPasswordLength)
    return {{field, "too_long", "At most " + std::to_string(kMaxPasswordLength) + " characters."}};
  return {};
}

Status check_password_strength(std::string_view password, const std::string& field,
                               const std::vector<std::string>& names) {
  auto folded_password = folded(password);
  if (!folded_password) return Error::validation({{field, "invalid", "The password is not valid UTF-8 text."}});
  std::string candidate(password);
  if (auto rest = remove_names(*folded_password, names)) {
    if (text::count_characters(*rest) < kMinPasswordLength)
      return weak(field, "Without the user's own name the password is shorter than " +
                             std::to_string(kMinPasswordLength) + " characters.");
    candidate = std::move(*rest);
  }
  COLO_TRY(auto reason, quality().refuse(candidate));
  if (reason) return weak(field, std::move(*reason));
  return {};
}

}  // namespace colo::auth
