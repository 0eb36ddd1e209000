// Small pieces for writing HTML by hand: escaping any bytes as HTML text, and base64 for
// data: URIs. Used by the review report (pipeline/review_report.h).
//
//   std::string html = "<td>" + HtmlEscape(ocr_word) + "</td>";
//   std::string uri = "data:image/jpeg;base64," + Base64(jpeg_bytes);
//
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace amend {

// Appends `text` to `out` as HTML text that is also safe inside a double- or
// single-quoted attribute: & < > " ' become entities; bytes that are not well-formed
// UTF-8 become U+FFFD (one per byte); C0 controls other than tab, newline and carriage
// return, and DEL, become their visible Control Pictures (U+2400 + c, U+2421).
void AppendHtmlEscaped(std::string* out, std::string_view text);

// AppendHtmlEscaped into a new string.
std::string HtmlEscape(std::string_view text);

// Standard base64 (RFC 4648, with padding, no line breaks) of `bytes`.
std::string Base64(std::string_view bytes);

}  // namespace amend
