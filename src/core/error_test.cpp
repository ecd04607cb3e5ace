#include "core/error.hpp"

#include <gtest/gtest.h>

#include "core/result.hpp"

namespace colo {
namespace {

TEST(ErrorTest, EveryKindMapsToItsStatus) {
  struct Case {
    ErrorKind kind;
    int status;
  };
  const Case cases[] = {
      {ErrorKind::invalid, 400},       {ErrorKind::unauthenticated, 401},    {ErrorKind::forbidden, 403},
      {ErrorKind::not_found, 404},     {ErrorKind::method_not_allowed, 405}, {ErrorKind::conflict, 409},
      {ErrorKind::gone, 410},          {ErrorKind::too_large, 413},          {ErrorKind::unsupported_media, 415},
      {ErrorKind::unprocessable, 422}, {ErrorKind::uri_too_long, 414},       {ErrorKind::header_too_large, 431},
      {ErrorKind::rate_limited, 429},  {ErrorKind::internal, 500},           {ErrorKind::unavailable, 503},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(http_status(c.kind), c.status);
    EXPECT_STRNE(http_title(c.kind), "Error");
  }
}

TEST(ErrorTest, IsMatchesTheWholeStableCodeOnly) {
  const auto e = Error::conflict("db.unique_violation", "duplicate");
  EXPECT_TRUE(e.is("db.unique_violation"));
  EXPECT_FALSE(e.is("db.unique"));  // a prefix is another code
  EXPECT_FALSE(e.is("db.unique_violation.x"));
  EXPECT_FALSE(e.is("conflict"));  // the kind is not the code
  EXPECT_TRUE(Error::not_found("Rack").is("not_found"));
}

Result<int> half(int n) {
  if (n % 2) return Error::invalid("odd", "odd number");
  return n / 2;
}

Result<int> quarter(int n) {
  COLO_TRY(int h, half(n));
  COLO_TRY(int q, half(h));
  return q;
}

TEST(ResultTest, TryPropagatesTheFirstError) {
  EXPECT_EQ(*quarter(8), 2);
  auto r = quarter(6);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "odd");
}

TEST(ResultTest, TakeThrowsFailureCarryingTheError) {
  try {
    (void)half(3).take();
    FAIL();
  } catch (const Failure& f) {
    EXPECT_EQ(f.error.kind, ErrorKind::invalid);
  }
  EXPECT_EQ(half(4).take(), 2);
}

}  // namespace
}  // namespace colo
