// runtime/result.h - Result<T>: a value or an Error naming what failed, for environment failures.
//
// Loading archives, reading files and decoding untrusted bytes fail through
// Result, never through exceptions or aborts (STYLE.md §6). The C++ API turns
// an Error into a thrown tsc::Error at its edge.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

#include "ir/assert.h"

namespace tsc::runtime {

/// What went wrong, as one message: lowercase start, no trailing period, names
/// in quotes ("archive 'm.pt': record 'm/version' is missing").
struct Error {
  std::string message;
};

/// Either a T or an Error. Accessing the wrong alternative is an internal
/// error (TSC_ASSERT), so test ok() first.
template <typename T> class [[nodiscard]] Result {
public:
  Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
  Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & {
    TSC_ASSERT(ok(), "value() of a failed Result");
    return std::get<0>(state_);
  }
  const T& value() const& {
    TSC_ASSERT(ok(), "value() of a failed Result");
    return std::get<0>(state_);
  }
  T&& value() && {
    TSC_ASSERT(ok(), "value() of a failed Result");
    return std::get<0>(std::move(state_));
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const {
    TSC_ASSERT(!ok(), "error() of a successful Result");
    return std::get<1>(state_);
  }

private:
  std::variant<T, Error> state_;
};

/// Success without a value, or an Error.
template <> class [[nodiscard]] Result<void> {
public:
  Result() = default;
  Result(Error error) : error_(std::move(error)) {}

  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const {
    TSC_ASSERT(!ok(), "error() of a successful Result");
    return *error_;
  }

private:
  std::optional<Error> error_;
};

} // namespace tsc::runtime
