// Result<T>: a value or an Error. Expected failures travel as values (style.md, habit 2).
#pragma once

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

#include "core/error.hpp"

namespace colo {

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::in_place_index<0>, std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : v_(std::in_place_index<1>, std::move(error)) {}  // NOLINT

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const& { return std::get<1>(v_); }
  Error&& error() && { return std::get<1>(std::move(v_)); }

  // The value, or a Failure thrown for the router to answer (use in route adapters only).
  T take() && {
    if (!ok()) fail(std::get<1>(std::move(v_)));
    return std::get<0>(std::move(v_));
  }

 private:
  std::variant<T, Error> v_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)) {}  // NOLINT

  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const& { return *error_; }
  Error&& error() && { return std::move(*error_); }
  void take() && {
    if (error_) fail(std::move(*error_));
  }

 private:
  std::optional<Error> error_;
};

using Status = Result<void>;

}  // namespace colo

// Propagates an error from an expression returning Result<T>; binds the value otherwise.
#define COLO_CONCAT_INNER(a, b) a##b
#define COLO_CONCAT(a, b) COLO_CONCAT_INNER(a, b)
#define COLO_TRY(decl, expr)                                                                              \
  auto COLO_CONCAT(colo_try_, __LINE__) = (expr);                                                         \
  if (!COLO_CONCAT(colo_try_, __LINE__).ok()) return std::move(COLO_CONCAT(colo_try_, __LINE__)).error(); \
  decl = std::move(COLO_CONCAT(colo_try_, __LINE__)).value()
#define COLO_CHECK(expr)                                                      \
  do {                                                                        \
    auto colo_check_result = (expr);                                          \
    if (!colo_check_result.ok()) return std::move(colo_check_result).error(); \
  } while (0)
