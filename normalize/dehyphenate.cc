#include "normalize/dehyphenate.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace amend {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Length in bytes of the run of letters ending at `end` (exclusive).
size_t LettersBefore(const std::string& s, size_t end) {
  int32_t i = static_cast<int32_t>(end);
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i > 0) {
    int32_t j = i;
    UChar32 c;
    U8_PREV(p, 0, j, c);
    if (c < 0 || !u_isalpha(c)) break;
    i = j;
  }
  return end - static_cast<size_t>(i);
}

// Length in bytes of the run of letters starting at `begin`.
size_t LettersAfter(const std::string& s, size_t begin) {
  int32_t i = static_cast<int32_t>(begin);
  int32_t len = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < len) {
    int32_t j = i;
    UChar32 c;
    U8_NEXT(p, j, len, c);
    if (c < 0 || !u_isalpha(c)) break;
    i = j;
  }
  return static_cast<size_t>(i) - begin;
}

bool StartsLower(std::string_view word) {
  return !word.empty() && !(word[0] >= 'A' && word[0] <= 'Z');
}

}  // namespace

bool WordLists::LoadDictionary(const std::string& path) { return dictionary.AddFile(path); }
bool WordLists::LoadCompounds(const std::string& path) { return compounds.AddFile(path); }

HyphenDecision Dehyphenator::Decide(std::string_view left, std::string_view right) const {
  std::string l = Lower(left), r = Lower(right);
  if (lists_->compounds.contains(l + "-" + r)) return HyphenDecision::kKeepHyphen;
  if (lists_->dictionary.contains(l + r)) return HyphenDecision::kJoin;
  return HyphenDecision::kKeepHyphen;
}

SpannedText Dehyphenator::Run(const SpannedText& in, std::vector<TextEdit>* edits) const {
  const std::string& s = in.text();
  SpannedTextBuilder b(in, "normalize.dehyphenate", edits);
  for (size_t i = s.find('-'); i != std::string::npos && i + 2 < s.size(); i = s.find('-', i + 1)) {
    if (s[i + 1] != '\n' && s[i + 1] != ' ') continue;
    size_t left_len = LettersBefore(s, i);
    size_t right_len = LettersAfter(s, i + 2);
    // The left word must not itself follow a hyphen ("Nagorno-Kara-\nbakh" is left alone).
    if (left_len == 0 || right_len == 0 || i < b.position() + left_len) continue;
    if (i - left_len > 0 && s[i - left_len - 1] == '-') continue;
    std::string_view left(s.data() + i - left_len, left_len);
    std::string_view right(s.data() + i + 2, right_len);
    bool compound = lists_->compounds.contains(Lower(left) + "-" + Lower(right));
    HyphenDecision d = Decide(left, right);
    bool join = d == HyphenDecision::kJoin;
    if (s[i + 1] == ' ' && !compound && !join) continue;   // "pre- and post-war"
    if (s[i + 1] == '\n' && !compound && !StartsLower(right)) continue;  // may be a new row
    b.Replace(i, i + 2, join ? "" : "-");
    i += 1;
  }
  return b.Finish();
}

}  // namespace amend
