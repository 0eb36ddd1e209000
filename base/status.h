// Errors as values: every library function that can fail returns a Status or a
// StatusOr<T>. No exception crosses a module boundary.
//
//   StatusOr<std::string> text = ReadFile("sheet.txt");
//   if (!text.ok()) return text.status();          // propagate
//   Use(*text);
//
// A Status's code is also the process exit code the CLI returns for it (README, "Exit
// codes"), so a library decides what kind of failure it saw and main.cc only maps it.
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace amend {

// Numeric values are the documented exit codes.
enum class StatusCode : int {
  kOk = 0,
  kUsage = 1,           // bad command line or option value
  kBadInput = 2,        // an input file is missing, unreadable, malformed or not a sheet
  kMissingOcrData = 3,  // tessdata / language model not installed
  kRuleError = 4,       // a rule pack or schema failed to load or compile
  kSomeFailed = 5,      // a corpus run finished but some documents failed
  kIoError = 6,         // an output could not be written
  kInternal = 70,       // a bug: please report it
};

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  int exit_code() const { return static_cast<int>(code_); }
  // The one-line message, e.g. "scan.pdf: not a PDF or image file".
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status UsageError(std::string m) { return Status(StatusCode::kUsage, std::move(m)); }
inline Status BadInput(std::string m) { return Status(StatusCode::kBadInput, std::move(m)); }
inline Status MissingOcrData(std::string m) { return Status(StatusCode::kMissingOcrData, std::move(m)); }
inline Status RuleError(std::string m) { return Status(StatusCode::kRuleError, std::move(m)); }
inline Status IoError(std::string m) { return Status(StatusCode::kIoError, std::move(m)); }
inline Status InternalError(std::string m) { return Status(StatusCode::kInternal, std::move(m)); }

// A value or the Status saying why there is none. Accessing the value of a non-OK
// StatusOr is a programming error (asserts in debug builds).
template <typename T>
class [[nodiscard]] StatusOr {
 public:
  StatusOr(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  StatusOr(Status status) : status_(std::move(status)) { assert(!status_.ok()); }  // NOLINT

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() & { assert(ok()); return *value_; }
  const T& value() const& { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace amend

// Returns early from the enclosing function with the status of `expr` when it is not OK.
#define AMEND_RETURN_IF_ERROR(expr)              \
  do {                                           \
    ::amend::Status amend_status_ = (expr);      \
    if (!amend_status_.ok()) return amend_status_; \
  } while (0)
