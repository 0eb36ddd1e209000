// Iterating over the non-overlapping matches of an RE2 pattern, left to right, with the
// same empty-match rule as RE2::GlobalReplace (after an empty match the scan moves on by
// one UTF-8 character, and an empty match right after a match is skipped).
//
//   ForEachMatch(text, re, [&](const std::vector<std::string_view>& groups) {
//     // groups[0] is the whole match, groups[i] the i-th capture (empty view if unset;
//     // its data() is null then). Views point into `text`.
//   });
//
// Thread-safe when `re` is (RE2 objects are).
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include <re2/re2.h>

namespace amend {

using MatchCallback = std::function<void(const std::vector<std::string_view>& groups)>;

void ForEachMatch(std::string_view text, const RE2& re, const MatchCallback& on_match);

// The same for the matches that lie in text[from, to) (from <= to <= text.size()); the
// bytes around that range are context only (for ^, $, \b), as with RE2::Match's startpos
// and endpos.
void ForEachMatch(std::string_view text, size_t from, size_t to, const RE2& re,
                  const MatchCallback& on_match);

}  // namespace amend
