// Rule packs: TOML files of RE2 rules (format: docs/rule-packs.md). Loading compiles
// every pattern and checks every field; an error reads like a compiler's and carries
// exit code 4 (kRuleError):
//
//   rules/packs/pax.toml:12:9: bad pattern: missing ): \bAgr(ee
//   match = '\bAgr(ee'
//           ^
//
//   RuleLoadOptions options;                      // shipped packs + confusion table
//   options.dirs = {"my-rules"};                  // --rules DIR, in the order given
//   StatusOr<RuleSet> rules = LoadRules(options);
//   if (!rules.ok()) return rules.status();       // nothing is processed then
//
// A RuleSet is immutable once loaded and safe to share between threads.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "base/status.h"
#include "rules/ocr_distance.h"

namespace amend {

// In the order they run.
enum class RuleStage { kResidue, kWords, kCells, kVocabulary };
enum class RuleScope { kDocument, kLine, kLabel, kValue };
const char* StageName(RuleStage stage);
const char* ScopeName(RuleScope scope);

struct RuleExample {
  std::string input;
  std::string expected;  // for keeps: equal to input
  int line = 0;          // line of the example in the pack
};

struct Rule {
  std::string id;
  std::string description;
  RuleStage stage = RuleStage::kWords;
  RuleScope scope = RuleScope::kLine;
  std::string pattern;            // as written in the pack
  std::string compiled_pattern;   // with flags applied: what `re` compiled
  std::string replace;            // RE2 rewrite (\0..\9); unused for snap rules
  std::string snap;               // vocabulary name, or empty for a rewrite rule
  SnapOptions snap_options;       // max_distance, margin
  std::vector<RuleExample> examples;
  std::vector<RuleExample> keeps;
  std::string file;               // the pack file, as its path was given
  int line = 0;                   // line of the rule's [[rule]] header
  std::shared_ptr<const RE2> re;
  std::shared_ptr<const VocabularyMatcher> vocabulary;  // snap rules only
};

struct RuleSet {
  std::vector<Rule> rules;          // in application order (pack order)
  std::vector<std::string> files;   // the pack files loaded, in order
  // The files named by the packs' [vocabulary.NAME] file = "..." entries, in load order
  // (with `files`, everything the rules were read from: `repair` hashes them).
  std::vector<std::string> vocabulary_files;
};

struct RuleLoadOptions {
  // Rule directories given with --rules, applied after the shipped packs in this order.
  std::vector<std::string> dirs;
  // Load the shipped packs first (DefaultPacksDir()); off with --no-default-rules.
  bool default_packs = true;
  // The OCR confusion table used by snap rules.
  std::string confusions_path = AMEND_SOURCE_DIR "/rules/data/confusions.tsv";
  // `rules lint` loads duplicate ids to report them all; everything else refuses them.
  bool allow_duplicate_ids = false;
};

// $AMEND_PACKS_DIR if set, else the source tree's rules/packs (compiled in). A missing
// or empty directory is fine: there are then no shipped rules.
std::string DefaultPacksDir();

// Loads the shipped packs (unless disabled) and every "*.toml" directly in each
// directory, by file name. A --rules directory that does not exist is an error.
[[nodiscard]] StatusOr<RuleSet> LoadRules(const RuleLoadOptions& options);

// Parses one pack from memory and appends its rules to `into` (ids checked against the
// rules already there). `file_name` is used in messages and to resolve vocabulary files.
[[nodiscard]] Status ParseRulePack(std::string_view toml, const std::string& file_name,
                                   const ConfusionTable& confusions, bool allow_duplicate_ids,
                                   RuleSet* into);

}  // namespace amend
