// A set of words read from a word list, built to load fast: the words stay in one buffer
// (the file as read) and an open-addressing table of 4-byte offsets points into it.
//
//   WordSet words;
//   if (!words.AddFile("/usr/share/dict/words")) { ... }   // one word per line
//   words.insert("nagorno-karabakh");
//   words.contains("reconciliation")                       // true
//   words.OnlyCapitalized("israeli")                       // true: listed as "Israeli" only
//
// The dictionary (~100k words) is loaded at every start of `amend clean`; as an
// std::unordered_set<std::string> (a node and a string per word) that took ~60 ms, most
// of a small document's run. Lookups take a string_view, so callers need no std::string.
// Not thread-safe while being filled; const methods are safe to call concurrently.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace amend {

class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<std::string_view> words);

  // Adds every line of the file, ASCII letters lower-cased; blank lines and lines starting
  // with '#' are skipped, a trailing '\r' is dropped. A word whose every line starts with a
  // capital A-Z ("Israeli", but not "Bill": "bill" is listed too) is OnlyCapitalized.
  // Returns false, adding nothing, when the file cannot be read (or the words would pass
  // 2 GiB).
  [[nodiscard]] bool AddFile(const std::string& path);
  // Adds `word` as given (no case folding); `capitalized`: as a line of AddFile starting with
  // a capital would (a word added both ways is not OnlyCapitalized). Returns false when it
  // was already there (or is empty or holds a '\n').
  bool insert(std::string_view word, bool capitalized = false);

  bool contains(std::string_view word) const;
  // True when `word` (lower-case) is in the set and was only ever added capitalized: a name
  // ("jaime", "indonesian") that a lower-case initial in a text misspells.
  bool OnlyCapitalized(std::string_view word) const;
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

 private:
  // A slot's bit that marks an OnlyCapitalized word; the other bits are offset + 1.
  static constexpr uint32_t kCapitalizedBit = 0x80000000u;
  static uint32_t OffsetOf(uint32_t slot) { return (slot & ~kCapitalizedBit) - 1; }
  // The word starting at buffer_[offset] (it ends at the next '\n').
  std::string_view WordAt(uint32_t offset) const;
  // Whether the word of a used slot is `word`.
  bool Matches(uint32_t slot, std::string_view word) const;
  // The slot holding `word`, or the empty slot where it would go.
  size_t Find(std::string_view word) const;
  // Adds the word at buffer_[offset] unless it is there already (then a word added without
  // `capitalized` loses its OnlyCapitalized mark).
  bool InsertAt(uint32_t offset, bool capitalized);
  // Makes room for `words` words with the table at most half full.
  void Reserve(size_t words);

  std::string buffer_;           // the words, each followed by '\n'
  std::vector<uint32_t> slots_;  // offset + 1 of a word in buffer_ | kCapitalizedBit, 0: empty;
                                 // size a power of two
  size_t size_ = 0;
};

}  // namespace amend
