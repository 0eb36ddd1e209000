// Unicode steps: UTF-8 repair, NFC, ligatures, invisible characters.
#include <memory>
#include <string>

#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

#include "normalize/byte_scan.h"
#include "normalize/steps.h"

namespace amend {
namespace {

constexpr std::string_view kReplacementChar = "\xEF\xBF\xBD";

// What to write for code point `c`, or nullptr to keep it.
const char* InvisibleReplacement(UChar32 c) {
  switch (c) {
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return "";
    case 0x00A0: case 0x2007: case 0x202F: case 0x205F: case 0x3000:
      return " ";
    default:
      break;
  }
  if (c >= 0x2000 && c <= 0x200A) return " ";
  if (c == '\t' || c == '\n') return nullptr;
  if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) return "";
  return nullptr;
}

const char* Ligature(UChar32 c) {
  switch (c) {
    case 0xFB00: return "ff";
    case 0xFB01: return "fi";
    case 0xFB02: return "fl";
    case 0xFB03: return "ffi";
    case 0xFB04: return "ffl";
    case 0xFB05: return "st";
    case 0xFB06: return "st";
    default: return nullptr;
  }
}

// Rewrites each code point for which `replace(c, end)` returns non-null (`end`: the byte
// offset after c, for a look at what follows). Input is valid UTF-8. `next_lead(s, i)`
// is the first byte at or after i that may start a code point `replace` changes
// (s.size(): none); the bytes before it are skipped without decoding (most of a text is
// ASCII that no step touches).
template <typename Lead, typename F>
SpannedText MapCodePoints(const SpannedText& in, const char* step,
                          std::vector<TextEdit>* edits, Lead next_lead, F replace) {
  SpannedTextBuilder b(in, step, edits);
  const std::string& s = in.text();
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t len = static_cast<int32_t>(s.size());
  auto next = [&](int32_t i) {
    return static_cast<int32_t>(next_lead(std::string_view(s), static_cast<size_t>(i)));
  };
  for (int32_t i = next(0); i < len; i = next(i)) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, len, c);
    if (const char* r = replace(c, i)) b.Replace(start, i, r);
  }
  return b.Finish();
}

}  // namespace

SpannedText RepairUtf8(const SpannedText& in, std::vector<TextEdit>* edits, size_t* invalid) {
  SpannedTextBuilder b(in, "normalize.utf8", edits);
  const std::string& s = in.text();
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t len = static_cast<int32_t>(s.size());
  size_t count = 0;
  for (int32_t i = 0; (i = static_cast<int32_t>(SkipAscii(s, static_cast<size_t>(i)))) < len;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, len, c);  // advances past the maximal ill-formed subsequence
    if (c < 0) {
      b.Replace(start, i, kReplacementChar);
      ++count;
    }
  }
  if (invalid) *invalid = count;
  return b.Finish();
}

SpannedText ToNfc(const SpannedText& in, std::vector<TextEdit>* edits) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return in;  // ICU data missing: leave the text as it is
  const std::string& s = in.text();
  // Most texts are NFC already: one quick check of the whole text instead of a boundary
  // test per code point and a rebuilt copy.
  if (nfc->isNormalizedUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), status) &&
      U_SUCCESS(status)) {
    return in;
  }
  status = U_ZERO_ERROR;
  SpannedTextBuilder b(in, "normalize.nfc", edits);
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t len = static_cast<int32_t>(s.size());
  // Segments start at code points with an NFC boundary before them; only segments that
  // are not already NFC are rewritten, so the map stays fine-grained. A segment of ASCII
  // alone is NFC: only segments with other code points are checked.
  int32_t seg = 0;
  bool seg_non_ascii = false;
  auto flush = [&](int32_t end) {
    if (end <= seg || !seg_non_ascii) return;
    std::string_view piece(s.data() + seg, static_cast<size_t>(end - seg));
    UErrorCode st = U_ZERO_ERROR;
    icu::StringPiece sp(piece.data(), static_cast<int32_t>(piece.size()));
    if (nfc->isNormalizedUTF8(sp, st) || U_FAILURE(st)) return;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(sp);
    icu::UnicodeString n = nfc->normalize(u, st);
    if (U_FAILURE(st)) return;
    std::string out;
    n.toUTF8String(out);
    b.Replace(static_cast<size_t>(seg), static_cast<size_t>(end), out);
  };
  for (int32_t i = 0; i < len;) {
    if (p[i] < 0x80) {
      // Every ASCII character starts a segment: the last one of the run starts the
      // segment that a combining mark after the run would join.
      flush(i);
      i = static_cast<int32_t>(SkipAscii(s, static_cast<size_t>(i)));
      seg = i - 1;
      seg_non_ascii = false;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, len, c);
    if (nfc->hasBoundaryBefore(c)) {
      flush(start);
      seg = start;
    }
    seg_non_ascii = true;
  }
  flush(len);
  return b.Finish();
}

SpannedText ExpandLigatures(const SpannedText& in, std::vector<TextEdit>* edits) {
  // U+FB00..U+FB06 are EF AC 80..86 in UTF-8.
  auto next_lead = [](std::string_view s, size_t i) {
    size_t f = s.find('\xEF', i);
    return f == std::string_view::npos ? s.size() : f;
  };
  return MapCodePoints(in, "normalize.ligatures", edits, next_lead,
                       [](UChar32 c, int32_t) { return Ligature(c); });
}

SpannedText RemoveInvisible(const SpannedText& in, std::vector<TextEdit>* edits) {
  // CR LF -> LF first: the CR is deleted when an LF follows, else it becomes LF.
  const std::string& s = in.text();
  // Printable ASCII, tab and newline stay; controls and every other script may not.
  auto next_lead = [](std::string_view s, size_t i) {
    for (i = SkipPrintableAscii(s, i); i < s.size() && (s[i] == '\t' || s[i] == '\n');) {
      i = SkipPrintableAscii(s, i + 1);
    }
    return i;
  };
  return MapCodePoints(in, "normalize.invisible", edits, next_lead, [&s](UChar32 c, int32_t next) {
    if (c != '\r') return InvisibleReplacement(c);
    return next < static_cast<int32_t>(s.size()) && s[next] == '\n' ? "" : "\n";
  });
}

}  // namespace amend
