// Normalization: repair what OCR and text extraction broke, keep the document's own
// spelling and punctuation. Runs before the rule packs (rules/) and keeps the span map.
//
//   Normalizer normalizer(NormalizeOptions{});            // loads the word lists once
//   NormalizeResult r = normalizer.Run(SpannedText::FromOriginal(bytes));
//   Use(r.text.text());                                     // normalized UTF-8
//   for (const TextEdit& e : r.edits) ...                   // every change, original bytes
//   for (const std::string& d : r.diagnostics) ...          // e.g. "3 invalid UTF-8 ..."
//
// Steps, in order (normalize/steps.h has each one for tests; docs/rule-packs.md says
// why each is built in rather than left to a pack):
//   utf8        invalid UTF-8 -> U+FFFD (counted in diagnostics, never an error)
//   nfc         Unicode NFC (ICU)
//   ligatures   ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ -> fi fl ff ffi ffl st st
//   invisible   soft hyphens, zero-width characters, BOM and control characters deleted,
//               CR LF / CR -> LF, Unicode spaces (NBSP, thin space, ...) -> space
//   residue     web controls ("(opens in new tab)", "Download PDF", "Close <title>" echo
//               of a popup), Markdown (**bold**, __bold__, table rules "---|---"), lines of
//               table-rule characters ("—__|") and trailing runs of them
//   whitespace  space runs -> one space, no spaces at line ends or around tabs, tab runs
//               -> one tab, trailing tab after a value removed, blank-line runs -> one
//   dehyphenate "long-\nstanding" -> "long-standing", "recon-\nciliation" ->
//               "reconciliation", "Nagorno- Karabakh" -> "Nagorno-Karabakh"
//               (by the word lists, see Dehyphenator)
//   letters     a word with one l read as i, t, ! or | that is no word ("shail",
//               "nationa!") -> the one dictionary word it then is; a name's initial I
//               or J read as i, j, l or a bracket ("indonesian", "[van") -> the name
//               when the word list has it only capitalized (see LetterRepair)
// TAB (label/value separator) and newlines are structure and are kept.
//
// Thread safety: a Normalizer is immutable after construction; Run is const and may be
// called from several threads at once.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "normalize/dehyphenate.h"
#include "normalize/letter_repair.h"
#include "normalize/spanned_text.h"

namespace amend {

struct NormalizeOptions {
  // The system word list used to decide line-end hyphens (Debian package wamerican).
  // When absent, only `compounds_path` decides and a diagnostic says so.
  std::string dictionary_path = "/usr/share/dict/words";
  // Shipped list of hyphenated compounds and proper names ("Nagorno-Karabakh").
  std::string compounds_path = AMEND_SOURCE_DIR "/normalize/data/compounds.txt";
  // Run the residue step (web controls, Markdown, table-rule characters).
  bool remove_residue = true;
  // Fill NormalizeResult::edits. Off when nothing reads them: the text is the same, and a
  // large input is cleaned in less memory and time.
  bool record_edits = true;
  // Run the letters step (needs the dictionary; without it the step changes nothing).
  bool repair_letters = true;
};

struct NormalizeResult {
  SpannedText text;                      // the normalized text with its span map
  std::vector<TextEdit> edits;           // every change, in step order (if recorded)
  std::vector<std::string> diagnostics;  // recoverable damage, one line each
};

class Normalizer {
 public:
  // Loads the word lists; a missing list is not an error (see NormalizeOptions).
  explicit Normalizer(const NormalizeOptions& options);
  // Runs every step. Never fails: bad bytes are repaired and reported.
  // Takes `input` by value: moved in, the original text is freed as soon as the first step
  // has rebuilt it (one text fewer held at once).
  NormalizeResult Run(SpannedText input) const;
  // Diagnostics from loading the word lists (e.g. dictionary missing).
  const std::vector<std::string>& load_diagnostics() const { return load_diagnostics_; }

 private:
  NormalizeOptions options_;
  Dehyphenator dehyphenator_;
  LetterRepair letters_;
  std::vector<std::string> load_diagnostics_;
};

}  // namespace amend
