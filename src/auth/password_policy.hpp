// Rules for a new password: its length in characters (Unicode code points, not bytes) and its
// strength as libpwquality judges it (cracklib's dictionary, simplistic and systematic patterns),
// with the user's own names counting for nothing. Pure apart from reading the dictionary;
// thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace colo::auth {

constexpr std::size_t kMinPasswordLength = 10;  // characters
constexpr std::size_t kMaxPasswordLength = 1024;

// Field errors under `field` (too_short, too_long, invalid) for a password that breaks the length
// rules or is not UTF-8; empty when it keeps them.
std::vector<FieldError> password_length_errors(std::string_view password, const std::string& field);

// For a password that keeps the length rules: error "auth.password_weak" (422) with the reason as
// the field error of `field` when libpwquality refuses it, or when it is mostly one of `names`
// (user name, display name; compared without case): what is left without them must still pass.
Status check_password_strength(std::string_view password, const std::string& field,
                               const std::vector<std::string>& names);

}  // namespace colo::auth
