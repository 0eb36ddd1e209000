// Fuzz target: the whole normalizer on arbitrary bytes. Besides crashes and sanitizer
// reports it checks the span map: every output range maps inside the input, and every
// edit's original span lies inside the input.
#include <cstddef>
#include <cstdint>
#include <string>

#include "normalize/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const amend::Normalizer* normalizer = new amend::Normalizer(amend::NormalizeOptions{});
  std::string input(reinterpret_cast<const char*>(data), size);
  amend::NormalizeResult r = normalizer->Run(amend::SpannedText::FromOriginal(input));
  const std::string& out = r.text.text();
  for (size_t i = 0; i < out.size(); ++i) {
    amend::ByteSpan o = r.text.Origin(i, i + 1);
    if (o.begin > o.end || o.end > size) __builtin_trap();
  }
  for (const amend::TextEdit& e : r.edits) {
    if (e.original.begin > e.original.end || e.original.end > size) __builtin_trap();
  }
  // The output is valid UTF-8: a second normalization finds nothing invalid to repair.
  amend::NormalizeResult again = normalizer->Run(amend::SpannedText::FromOriginal(out));
  for (const std::string& d : again.diagnostics) {
    if (d.find("invalid UTF-8") != std::string::npos) __builtin_trap();
  }
  return 0;
}
