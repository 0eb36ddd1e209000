// Repairs words in which OCR read one letter l as i, t, ! or | ("shail", "heip",
// "nationa!", "personne|"), the letters rn as one m ("retum", "Govemment") or n as m
// ("concermed"), or a capital I or J at the start of a name as a lower-case letter or a
// bracket ("indonesian", "lsraeli", "[ndia", "}aime"), by the word list rather than by guesses.
//
//   LetterRepair repair(dictionary);                    // lower-case words
//   repair.Candidate("shail") == "shall"
//   repair.Candidate("concemed") == "concerned"
//   repair.Candidate("Mali")  == ""                     // a word: left alone
//   repair.InitialCandidate("lsraeli") == "Israeli"     // listed only as "Israeli"
//   repair.InitialCandidate("[sic") == ""               // "Isic", "Jsic": no listed names
//   SpannedText out = repair.Run(text, &edits);         // edits source "normalize.letters"
//
// A word (a run of ASCII letters and '!' / '|', with at least one lower-case letter and
// three characters or more) is repaired when it is not in the dictionary and exactly one
// word of the dictionary is the same with one i, t, !, or | read as l, or one m read as rn
// (or as n, in lower-case words of 5 letters or more).
// Left alone: words in the dictionary, words ending in '!' that are words without it
// ("Stop!"), capitalized words of fewer than 7 letters and capitalized words' t (names:
// "Sai", "Celis", "Botero" are no dictionary words, "Sal", "cells", "bolero" are; measured
// on the PA-X export's texts, no capitalized word of 7 letters or more is one i or m from a
// word but a typo), words with a capital after the first letter ("TNl"), and words inside a
// path, address or file name (next to '/', '_', '@', a digit or
// a '.' followed by a letter). A word ending in '!' followed by a blank and a lower-case
// word (no sentence ends there) loses the '!' ("Nepal! shall" -> "Nepal shall"), or reads it
// as l when that makes a word ("fulfil! the" -> "fulfill the"). Without a dictionary
// nothing changes.
// Initials (InitialCandidate): a word of four characters or more whose first is i, j, l, '|'
// or a bracket '[', ']', '{', '}' and whose others are lower-case letters becomes the word
// with a capital I or J first when the dictionary lists that word only capitalized
// (WordSet::OnlyCapitalized: "Israeli", "Jaime", not "Bill"): i -> I and j -> J (the same
// letter; not when the word without its last letter is listed lower-case: French
// "internationale"),
// l -> I, '|' and brackets -> I or J (exactly one of them listed). An editorial
// bracket ("[sic]", "[the parties]") stays: no name is listed with I or J for it, and in
// the step (Run) a '[' closed by a ']' later on its line is never an initial. Measured
// on the PA-X export's texts: 14 lower-case uses of such names (8 French "internationale")
// against 5480 capitalized, and every l/bracket match was OCR damage ("lndonesia").
// Immutable after construction; thread-safe.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/spanned_text.h"
#include "normalize/word_set.h"

namespace amend {

class LetterRepair {
 public:
  using Dictionary = WordSet;  // lower-case words
  LetterRepair() = default;
  explicit LetterRepair(Dictionary dictionary)
      : dictionary_(std::make_shared<const Dictionary>(std::move(dictionary))) {}
  // Shares a dictionary loaded for another step (null: none).
  explicit LetterRepair(std::shared_ptr<const Dictionary> dictionary)
      : dictionary_(std::move(dictionary)) {}

  // The repaired word, or "" when `word` is left alone (see above).
  std::string Candidate(std::string_view word) const;

  // `word` (a bracket before a word included: "[voirien") with its initial I or J restored
  // (see above), or "" when it is left alone.
  std::string InitialCandidate(std::string_view word) const;

  // The step: each word of the text replaced by its Candidate or InitialCandidate when
  // there is one.
  SpannedText Run(const SpannedText& in, std::vector<TextEdit>* edits) const;

 private:
  bool Known(std::string_view word) const;
  // True for the words Candidate leaves alone on cheap checks (short, nothing to repair,
  // in the dictionary); Search decides the others.
  bool LeftAlone(std::string_view word) const;
  std::string Search(std::string_view word) const;
  bool has_dictionary() const { return dictionary_ && !dictionary_->empty(); }
  std::shared_ptr<const Dictionary> dictionary_;  // null: none
};

}  // namespace amend
