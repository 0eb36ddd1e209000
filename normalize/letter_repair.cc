#include "normalize/letter_repair.h"

#include <algorithm>
#include <unordered_map>

#include "base/view_set.h"

namespace amend {
namespace {

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsWordChar(char c) { return IsLower(c) || IsUpper(c) || c == '!' || c == '|'; }
bool IsConfusable(char c) { return c == 'i' || c == 't' || c == '!' || c == '|'; }
// Characters OCR reads for a capital I or J at the start of a word (besides i, j and l).
bool IsInitialBar(char c) { return c == '|' || c == '[' || c == ']' || c == '{' || c == '}'; }

// Capitalized words shorter than this are left alone: most are names, and many names are
// one l from a word ("Sai", "Gali", "Kabui", "Walis": 200 such words in the PA-X export's
// texts, none of 7 letters or more once t is left out, see Candidate).
constexpr size_t kMinCapitalized = 7;
// Initials are repaired in words of this many characters or more ("lan" stays, not "Ian").
constexpr size_t kMinInitial = 4;
// An m read for n is repaired in lower-case words of this many letters or more (shorter
// non-words are mostly foreign words: French "nom" would become "non").
constexpr size_t kMinNForM = 5;

// True when the word at [b, e) of `s` is part of a path, address or file name.
bool InName(std::string_view s, size_t b, size_t e) {
  auto joins = [](char c) { return c == '/' || c == '_' || c == '@' || (c >= '0' && c <= '9'); };
  if (b > 0 && (joins(s[b - 1]) || s[b - 1] == '.')) return true;
  if (e < s.size() && joins(s[e])) return true;
  return e + 1 < s.size() && s[e] == '.' && (IsLower(s[e + 1]) || IsUpper(s[e + 1]));
}

}  // namespace

bool LetterRepair::Known(std::string_view word) const {
  char buffer[64];  // most words: lower-cased without an allocation
  std::string long_word;
  char* lower = buffer;
  if (word.size() > sizeof buffer) {
    long_word.resize(word.size());
    lower = long_word.data();
  }
  for (size_t i = 0; i < word.size(); ++i) {
    lower[i] = IsUpper(word[i]) ? static_cast<char>(word[i] - 'A' + 'a') : word[i];
  }
  return dictionary_->contains(std::string_view(lower, word.size()));
}

bool LetterRepair::LeftAlone(std::string_view word) const {
  // A word without i, t, !, | or m has no reading to repair (checked before the dictionary).
  auto repairable = [](char c) { return IsConfusable(c) || c == 'm'; };
  return !has_dictionary() || word.size() < 3 ||
         std::none_of(word.begin(), word.end(), repairable) || Known(word);
}

std::string LetterRepair::Candidate(std::string_view word) const {
  return LeftAlone(word) ? "" : Search(word);
}

std::string LetterRepair::Search(std::string_view word) const {
  const bool capitalized = IsUpper(word[0]);
  if (capitalized) {
    if (word.size() < kMinCapitalized) return "";
    for (char c : word.substr(1)) {
      if (!IsLower(c) && c != '!' && c != '|') return "";  // "TNl", "McKay": not ours
    }
  }
  bool lower = false;
  for (char c : word) lower = lower || IsLower(c);
  if (!lower) return "";
  std::string_view bare = word;
  while (!bare.empty() && bare.back() == '!') bare.remove_suffix(1);
  if (bare.size() < word.size() && Known(bare)) return "";  // "Stop!"
  std::string found;
  bool ambiguous = false;
  auto consider = [&](std::string v) {
    for (char c : v) {
      if (c == '!' || c == '|') return;
    }
    if (!Known(v) || v == found) return;
    if (!found.empty()) ambiguous = true;  // two readings: not ours to choose
    found = std::move(v);
  };
  for (size_t i = 0; i < word.size(); ++i) {
    // A capitalized t stays: names ("Botero", "Metanin") would become words.
    if (IsConfusable(word[i]) && !(capitalized && word[i] == 't')) {
      std::string v(word);
      v[i] = 'l';
      consider(std::move(v));
    } else if (word[i] == 'm') {  // "rn" read as one m ("retum", "Govemment"), n as m
      consider(std::string(word.substr(0, i)) + "rn" + std::string(word.substr(i + 1)));
      if (!capitalized && word.size() >= kMinNForM) {  // "concermed"; not "nom" -> "non"
        std::string v(word);
        v[i] = 'n';
        consider(std::move(v));
      }
    }
  }
  return ambiguous ? "" : found;
}

std::string LetterRepair::InitialCandidate(std::string_view word) const {
  // Most words start with another letter: the first test is the cheap one.
  const char first = word.empty() ? '\0' : word[0];
  if (first != 'i' && first != 'j' && first != 'l' && !IsInitialBar(first)) return "";
  if (!has_dictionary() || word.size() < kMinInitial) return "";
  for (char c : word.substr(1)) {
    if (!IsLower(c)) return "";
  }
  std::string v(word);
  auto listed_capitalized = [&](char initial) {
    v[0] = static_cast<char>(initial - 'A' + 'a');
    const bool listed = dictionary_->OnlyCapitalized(v);
    v[0] = initial;
    return listed;
  };
  if (first == 'i' || first == 'j') {  // the right letter, lower-case
    // A listed word and one more letter is a foreign or inflected word more likely than a
    // name: French "internationale" stays (listed as the song "Internationale").
    std::string_view stem = word.substr(0, word.size() - 1);  // lower-case
    if (Known(stem) && !dictionary_->OnlyCapitalized(stem)) return "";
    const char upper = static_cast<char>(first - 'a' + 'A');
    return listed_capitalized(upper) ? v : "";
  }
  if (first == 'l') return !Known(word) && listed_capitalized('I') ? v : "";
  const bool i = listed_capitalized('I');
  const bool j = listed_capitalized('J');
  if (i == j) return "";  // neither, or two readings
  v[0] = i ? 'I' : 'J';
  return v;
}

SpannedText LetterRepair::Run(const SpannedText& in, std::vector<TextEdit>* edits) const {
  if (!has_dictionary()) return in;
  const std::string& s = in.text();
  SpannedTextBuilder b(in, "normalize.letters", edits);
  // Most words are known or have no letter to repair (LeftAlone, cheap). The others are
  // searched once per distinct word: sheets repeat their damage. Keys view into `s`,
  // which outlives the map.
  std::unordered_map<std::string_view, std::string> searched;
  // A word's repair depends on nothing beyond its line, and sheets repeat most of their
  // lines: a line equal to one left as it was is skipped (keys view into `s` too).
  ViewSet unchanged;
  for (size_t line = 0; line < s.size();) {
    size_t line_end = s.find('\n', line);
    if (line_end == std::string::npos) line_end = s.size();
    const std::string_view view(s.data() + line, line_end - line);
    if (unchanged.contains(view)) {
      line = line_end + 1;
      continue;
    }
    const size_t edits_before = b.edit_count();
    for (size_t i = line; i < line_end;) {
      if (!IsWordChar(s[i])) {
        ++i;
        continue;
      }
      size_t e = i;
      while (e < line_end && IsWordChar(s[e])) ++e;
      // A word starts and ends at a byte that is not a UTF-8 continuation of a letter.
      bool ascii_word = (i == 0 || static_cast<unsigned char>(s[i - 1]) < 0x80) &&
                        (e == s.size() || static_cast<unsigned char>(s[e]) < 0x80);
      // A bracket read for an initial I or J is part of the word to repair ("[ndia"); not a
      // '[' closed later on its line: an editorial insertion ("[ran out]" is no "Iran").
      size_t start = i > line && IsInitialBar(s[i - 1]) ? i - 1 : i;
      if (start < i && s[start] == '[') {
        const size_t close = s.find_first_of("]\n", e);
        if (close != std::string::npos && s[close] == ']') start = i;
      }
      if (ascii_word && !InName(s, start, e)) {
        std::string_view word = std::string_view(s).substr(i, e - i);
        std::string_view repaired;
        if (!LeftAlone(word)) {
          auto it = searched.find(word);
          if (it == searched.end()) it = searched.emplace(word, Search(word)).first;
          repaired = it->second;
        }
        std::string with_l;
        // '!' glued to a word and followed by a lower-case word ends no sentence: an l
        // ("fulfil! the") when that makes a word, else a speck read as '!' ("Nepal! shall").
        if (repaired.empty() && word.size() > 3 && word.back() == '!' && e + 1 < s.size() &&
            s[e] == ' ' && IsLower(s[e + 1])) {
          std::string_view bare = word.substr(0, word.size() - 1);
          if (bare.find_first_of("!|") == std::string_view::npos) {
            with_l = std::string(bare) + "l";
            if (!IsUpper(bare[0]) && Known(with_l)) {
              repaired = with_l;
            } else if (Known(bare)) {
              repaired = bare;
            }
          }
        }
        if (!repaired.empty()) {
          b.Replace(i, e, repaired);
        } else if (std::string initial =
                       InitialCandidate(std::string_view(s).substr(start, e - start));
                   !initial.empty()) {
          b.Replace(start, e, initial);
        }
      }
      i = e;
    }
    if (b.edit_count() == edits_before) unchanged.insert(view);
    line = line_end + 1;
  }
  return b.Finish();
}

}  // namespace amend
