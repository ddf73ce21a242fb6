// Errors as values. Every layer returns Result<T>; the web layer maps ErrorCode to an HTTP
// status in exactly one place (src/web/error_status.cpp). Messages are plain English, safe to
// show to the person who caused them, and never contain another person's data.
#pragma once

#include <expected>
#include <string>
#include <string_view>

namespace sendhub {

enum class ErrorCode {
  invalid_input,   // the caller sent something we cannot accept; message says what to fix
  not_found,       // nothing there, or the caller may not know it exists
  conflict,        // a constraint or a concurrent change stopped the write; nothing was written
  forbidden,       // authenticated, but not allowed
  unauthenticated, // sign in first
  too_large,       // over a size limit
  unavailable,     // a dependency (the database) is down, busy or at an unsupported version
  internal,        // a bug; the message is for administrators and holds no personal data
};

struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string message;
  std::string field;  // the form field or JSON member at fault, if any
};

template <class T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, std::string message, std::string field = {}) {
  return std::unexpected(Error{code, std::move(message), std::move(field)});
}

std::string_view to_string(ErrorCode code);

}  // namespace sendhub
