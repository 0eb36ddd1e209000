#include "normalize/regex_matches.h"

namespace amend {

void ForEachMatch(std::string_view text, const RE2& re, const MatchCallback& on_match) {
  ForEachMatch(text, 0, text.size(), re, on_match);
}

void ForEachMatch(std::string_view text, size_t from, size_t to, const RE2& re,
                  const MatchCallback& on_match) {
  const int n = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> pieces(static_cast<size_t>(n));
  std::vector<std::string_view> groups(static_cast<size_t>(n));
  re2::StringPiece whole(text.data(), text.size());
  size_t pos = from;
  const char* last_end = nullptr;
  while (pos <= to) {
    if (!re.Match(whole, pos, to, RE2::UNANCHORED, pieces.data(), n)) break;
    size_t begin = static_cast<size_t>(pieces[0].data() - text.data());
    size_t end = begin + pieces[0].size();
    if (begin == end && pieces[0].data() == last_end) {
      // Empty match where the previous one ended: step over one UTF-8 character.
      if (pos >= to) break;
      ++pos;
      while (pos < to && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
      continue;
    }
    for (int i = 0; i < n; ++i) {
      groups[static_cast<size_t>(i)] =
          pieces[static_cast<size_t>(i)].data() == nullptr
              ? std::string_view()
              : std::string_view(pieces[static_cast<size_t>(i)].data(),
                                 pieces[static_cast<size_t>(i)].size());
    }
    on_match(groups);
    last_end = text.data() + end;
    if (end > pos) {
      pos = end;
    } else {
      if (pos >= to) break;
      ++pos;
      while (pos < to && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
    }
  }
}

}  // namespace amend
