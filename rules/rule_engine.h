// Applies a loaded RuleSet to a text, stage by stage, recording every edit.
//
//   StatusOr<RuleEngine> engine = RuleEngine::Create(std::move(*rules), EngineOptions{});
//   RuleStats stats;
//   std::vector<TextEdit> edits;
//   SpannedText out = engine->Apply(normalized, &edits, &stats);
//
// Order: stages residue, words, cells, vocabulary. Within a stage, document-scope rules
// run first over the whole text; then, line by line, the line rules, then label rules on
// the cell before the first tab, then value rules on the cell after it. Each group runs
// in pack order. For each unit (text, line or cell) one RE2::Set pass finds the rules
// whose pattern occurs in it; only those are tried, in pack order. After a rule changes
// the unit the Set runs again over the new unit for the rules after it, so the result is
// exactly that of applying every rule in order, at a cost that does not grow with the
// number of rules that do not match. Rules see only their unit, so within a stage a line
// equal to one the stage left unchanged is skipped without a Set pass, and the line rules
// of consecutive stages with no document rule between them run in one pass over the
// lines (each line through every stage before the next line; the same result as stage
// after stage, with one rebuild of the text).
//
// Thread safety: Apply is const; an engine may be shared by threads.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <re2/set.h>

#include "normalize/spanned_text.h"
#include "rules/rule_pack.h"

namespace amend {

struct EngineOptions {
  // Pick candidate rules with one RE2::Set pass per unit. Off: every rule is tried on
  // every unit (the benchmark's peer; results are identical).
  bool use_set_prefilter = true;
};

// Edits made per rule (by index in RuleSet::rules).
struct RuleStats {
  std::vector<size_t> hits;
};

class RuleEngine {
 public:
  // Builds the Sets. Fails (kRuleError) only if RE2 cannot build a Set.
  [[nodiscard]] static StatusOr<RuleEngine> Create(RuleSet rules, EngineOptions options);

  // Runs every stage over `in`. Appends the edits (original spans through `in`'s map) to
  // `edits` and counts hits in `stats` (both optional). Never fails.
  // `in` is taken by value: moved in, it is freed once the first stage has rebuilt it.
  SpannedText Apply(SpannedText in, std::vector<TextEdit>* edits, RuleStats* stats) const;

  const RuleSet& rules() const { return rules_; }

  // Applies one rule alone to one unit of its scope (a text, line or cell): every
  // non-overlapping match rewritten or snapped. For `rules test` and `rules lint`.
  static std::string ApplyRule(const Rule& rule, std::string_view unit);

 private:
  // The rules of one (stage, scope) and the Set over their patterns.
  struct Group {
    std::vector<size_t> rule_indices;  // into rules_.rules, in pack order
    std::shared_ptr<RE2::Set> set;     // null when the group is empty, has one rule, or
                                       // the prefilter is off
    // A group of one line, label or value rule: its own pattern is the prefilter (RE2
    // searches one pattern faster than a Set of one: literal prefixes, '^' anchoring).
    const RE2* single = nullptr;
  };
  // The line, label and value rules of consecutive stages that have no document rules
  // after the first: they run in one pass over the lines, each line through every stage
  // before the next (the result of stage after stage, with one rebuild of the text).
  struct Pass {
    int first = 0;            // its first stage, whose document rules run before it
    std::vector<int> stages;  // the stages with line, label or value rules, in order
  };
  RuleEngine() = default;
  // Returns candidate positions in `group` (sorted) that may match `unit`, after `after`.
  // `probe`: first ask the Set only whether any rule matches (cheaper when none does,
  // a second pass when one does); the answer is the same either way.
  std::vector<size_t> Candidates(const Group& group, std::string_view unit, int after,
                                 bool probe = true) const;
  // Applies a group to a unit; returns true if it changed. `first`, when given, is
  // Candidates(group, unit->text(), -1) computed already.
  bool ApplyGroup(const Group& group, SpannedText* unit, std::vector<TextEdit>* edits,
                  RuleStats* stats, const std::vector<size_t>* first = nullptr) const;
  struct LineStage;
  // Applies a pass's line, label and value rules to each line of `in`.
  SpannedText ApplyLines(const Pass& pass, const SpannedText& in, std::vector<TextEdit>* edits,
                         RuleStats* stats) const;
  // Applies one stage's line, label and value rules to a line (`view`: its text now;
  // `stable`: true while no earlier stage of the pass changed it, `view` then lies in `in`
  // at [begin, end) and `*line` is sliced from there on the first change). Returns true
  // if the line changed (`*line` then holds it).
  bool ApplyLineStage(LineStage& st, std::string_view view, bool stable, const SpannedText& in,
                      size_t begin, size_t end, SpannedText* line,
                      std::vector<TextEdit>* line_edits, RuleStats* stats) const;

  RuleSet rules_;
  EngineOptions options_;
  Group groups_[4][4];  // [stage][scope]
  std::vector<Pass> passes_;
};

}  // namespace amend
