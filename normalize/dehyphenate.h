// Decides what a hyphen at a line break (or before a space that replaced one) means, by
// word lists rather than guesses.
//
//   WordLists lists;
//   lists.LoadDictionary("/usr/share/dict/words");             // false if absent
//   lists.LoadCompounds(AMEND_SOURCE_DIR "/normalize/data/compounds.txt");
//   Dehyphenator d(std::move(lists));
//   d.Decide("recon", "ciliation")  == HyphenDecision::kJoin       // "reconciliation"
//   d.Decide("long", "standing")    == HyphenDecision::kKeepHyphen // "long-standing"
//   d.Decide("Nagorno", "Karabakh") == HyphenDecision::kKeepHyphen // shipped compound
//
// Rules (the first that applies):
//   1. "left-right" is in the compounds list (case-insensitive) -> keep the hyphen;
//   2. "leftright" is in the dictionary (case-insensitive)       -> join;
//   3. otherwise                                                  -> keep the hyphen.
// Without a dictionary only rule 1 and 3 apply: a broken word keeps a hyphen ("recon-
// ciliation"), which is wrong but loses nothing. Immutable after construction; thread-safe.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "normalize/spanned_text.h"
#include "normalize/word_set.h"

namespace amend {

enum class HyphenDecision { kKeepHyphen, kJoin };

struct WordLists {
  WordSet dictionary;  // lower-case words
  WordSet compounds;   // lower-case "left-right" forms
  // Add every line of the file; return false (and add nothing) when it cannot be read.
  bool LoadDictionary(const std::string& path);
  bool LoadCompounds(const std::string& path);
};

class Dehyphenator {
 public:
  Dehyphenator() = default;
  explicit Dehyphenator(WordLists lists)
      : lists_(std::make_shared<const WordLists>(std::move(lists))) {}
  HyphenDecision Decide(std::string_view left, std::string_view right) const;
  bool has_dictionary() const { return !lists_->dictionary.empty(); }
  // The dictionary, shared (for LetterRepair: it is the largest list, no copy is made).
  std::shared_ptr<const WordSet> dictionary() const {
    return {lists_, &lists_->dictionary};
  }

  // The step: rewrites "X-\nY" (line-end hyphen) and "X- Y" (a line break flattened to a
  // space) where X and Y are runs of letters and X does not follow another hyphen.
  // "X- Y" is only changed when rule 1 or 2 applies, since "pre- and post-war" is
  // legitimate text; "X-\nY" with Y capitalized is only changed by rule 1, since the next
  // line may be a new row ("...quo-\nInterim<TAB>Yes").
  SpannedText Run(const SpannedText& in, std::vector<TextEdit>* edits) const;

 private:
  std::shared_ptr<const WordLists> lists_ = std::make_shared<const WordLists>();
};

}  // namespace amend
