// Checks of loaded packs: `amend rules test` (every rule against its own examples and
// keeps) and `amend rules lint` (problems between rules and on a corpus).
//
//   RuleTestReport report = TestRuleExamples(rules);
//   for (const ExampleFailure& f : report.failures) std::cout << FormatFailure(f);
//   std::cout << "rules test: " << report.passed << " passed, " << report.failures.size()
//             << " failed\n";
//
// An example passes when the rule ALONE, applied to the example's input as one unit of
// its scope (RuleEngine::ApplyRule), gives exactly the expected output; a keep passes
// when the rule leaves it unchanged. Lint findings are one line each, starting with the
// rule's "file:line:". Pure functions; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "rules/rule_engine.h"
#include "rules/rule_pack.h"

namespace amend {

struct ExampleFailure {
  const Rule* rule = nullptr;
  int line = 0;          // line of the example in the pack
  bool keep = false;     // a keep (must stay unchanged) rather than an example
  std::string input;
  std::string expected;
  std::string actual;
};

struct RuleTestReport {
  size_t passed = 0;
  std::vector<ExampleFailure> failures;
};

RuleTestReport TestRuleExamples(const RuleSet& rules);

// Several lines: where, which rule, input, "- expected" and "+ actual" (tabs and newlines
// shown as \t and \n), and a caret under the first difference.
std::string FormatFailure(const ExampleFailure& failure);

// "file:line: duplicate rule id "x" (also at file:line)", once per repeated definition.
std::vector<std::string> FindDuplicateIds(const RuleSet& rules);
// Rule B undoes rule A when B turns the output of one of A's examples back into its input.
std::vector<std::string> FindUndoingPairs(const RuleSet& rules);
// Rules with an example on which the whole engine is not idempotent: a second pass over
// the first pass's output changes it again.
std::vector<std::string> FindNonIdempotent(const RuleEngine& engine);
// Rules with no hits in `corpus_stats` (hits summed over `files` corpus files).
std::vector<std::string> FindNeverFiring(const RuleSet& rules, const RuleStats& corpus_stats,
                                         size_t files);

// `s` with \t, \n, \\ and other control bytes escaped, for one-line display.
std::string Escape(std::string_view s);

}  // namespace amend
