// Cleaning a text: normalization (normalize/), the rule packs (rules/), then the
// whitespace step once more (rules that delete text leave blank lines and spaces). `amend clean`
// prints the result; `amend convert` runs the parser on it next.
//
//   CleanOptions options;                              // shipped packs, system word list
//   options.rules.dirs = {"my-rules"};
//   StatusOr<TextCleaner> cleaner = TextCleaner::Create(options);
//   if (!cleaner.ok()) return cleaner.status();         // kRuleError: bad pack, exit 4
//   CleanResult r = cleaner->Clean(bytes);              // never fails
//   Use(r.text.text());                                 // clean UTF-8 sheet text
//   Parse(r.text);                                      // a parser stage can follow; its
//                                                       // spans map back via r.text.Origin
//
// Thread safety: a TextCleaner is immutable after Create; Clean is const and may run on
// several threads at once.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "normalize/normalize.h"
#include "rules/rule_engine.h"
#include "rules/rule_pack.h"

namespace amend {

struct CleanOptions {
  NormalizeOptions normalize;  // word lists and residue switch
  RuleLoadOptions rules;       // which packs to load (--rules, --no-default-rules)
  EngineOptions engine;        // Set prefilter on/off
  // Fill CleanResult::edits (and normalize.record_edits with it). Off when nothing reads
  // them (no --trace): the text is the same, in less memory and time.
  bool record_edits = true;
};

struct CleanResult {
  SpannedText text;                      // cleaned text; Origin() maps to input bytes
  std::vector<TextEdit> edits;           // normalization edits, then rule edits (if recorded)
  std::vector<std::string> diagnostics;  // recoverable damage (invalid UTF-8, ...)
  RuleStats stats;                       // hits per rule
};

class TextCleaner {
 public:
  // Loads the word lists and the rule packs. Errors: the pack loader's (kRuleError).
  [[nodiscard]] static StatusOr<TextCleaner> Create(const CleanOptions& options);
  // Cleans `input` (any bytes).
  CleanResult Clean(std::string_view input) const;
  // The same, taking the bytes over instead of copying them (a large input).
  CleanResult Clean(std::string&& input) const;
  const RuleEngine& engine() const { return engine_; }

 private:
  TextCleaner(Normalizer normalizer, RuleEngine engine, bool record_edits)
      : normalizer_(std::move(normalizer)),
        engine_(std::move(engine)),
        record_edits_(record_edits) {}
  Normalizer normalizer_;
  RuleEngine engine_;
  bool record_edits_ = true;
};

}  // namespace amend
