// The normalization steps one by one (normalize.h runs them in order; tests call them
// directly). Each takes a text with its span map, returns the rewritten text, and appends
// what it changed to `edits` (source "normalize.<step>"). None fails; all are thread-safe.
#pragma once

#include <vector>

#include "normalize/spanned_text.h"

namespace amend {

// Each maximal ill-formed UTF-8 subsequence becomes U+FFFD. `*invalid` (if not null) is
// set to the number of sequences replaced.
SpannedText RepairUtf8(const SpannedText& in, std::vector<TextEdit>* edits, size_t* invalid);
// Unicode NFC via ICU. Input must be valid UTF-8 (run RepairUtf8 first).
SpannedText ToNfc(const SpannedText& in, std::vector<TextEdit>* edits);
// Latin typographic ligatures U+FB00..U+FB06 spelled out.
SpannedText ExpandLigatures(const SpannedText& in, std::vector<TextEdit>* edits);
// Soft hyphen, zero-width characters, BOM, C0/C1 controls (not TAB or LF) deleted;
// CR LF and lone CR -> LF; NBSP and the other Unicode spaces -> ' '.
SpannedText RemoveInvisible(const SpannedText& in, std::vector<TextEdit>* edits);
// Web-page, Markdown and table-rule residue (see normalize.h).
SpannedText RemoveResidue(const SpannedText& in, std::vector<TextEdit>* edits);
// Space runs, spaces at line ends and around tabs, tab runs, trailing tab after a value,
// blank-line runs; leading and trailing blank lines of the text.
SpannedText NormalizeWhitespace(const SpannedText& in, std::vector<TextEdit>* edits);

}  // namespace amend
