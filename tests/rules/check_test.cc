// `rules test` and `rules lint` logic on purpose-made packs.
#include <boost/test/unit_test.hpp>

#include "rules/rule_check.h"

namespace amend {
namespace {

const std::string kData = AMEND_SOURCE_DIR "/tests/rules/data/";

RuleSet Load(const std::string& dir, bool allow_duplicates = false) {
  RuleLoadOptions o;
  o.default_packs = false;
  o.allow_duplicate_ids = allow_duplicates;
  o.dirs = {kData + dir};
  StatusOr<RuleSet> rules = LoadRules(o);
  BOOST_REQUIRE(rules.ok());
  return std::move(*rules);
}

BOOST_AUTO_TEST_CASE(good_packs_pass_every_example_and_keep) {
  RuleSet rules = Load("good");
  RuleTestReport r = TestRuleExamples(rules);
  BOOST_TEST(r.failures.empty());
  size_t expected = 0;
  for (const Rule& rule : rules.rules) expected += rule.examples.size() + rule.keeps.size();
  BOOST_TEST(r.passed == expected);
  BOOST_TEST(expected == 15u);
}

BOOST_AUTO_TEST_CASE(failure_is_shown_as_a_diff) {
  RuleSet rules = Load("failing");
  RuleTestReport r = TestRuleExamples(rules);
  BOOST_REQUIRE(r.failures.size() == 1u);
  BOOST_TEST(r.passed == 1u);  // the keep
  BOOST_TEST(FormatFailure(r.failures[0]) ==
             kData + "failing/fail.toml:10: rule \"wrong-expectation\": example failed\n"
                     "  input     \"Agroomont/conflict\"\n"
                     "- expected  \"Agreement/conflict\"\n"
                     "+ actual    \"Agreemont/conflict\"\n"
                     "                   ^\n");
}

BOOST_AUTO_TEST_CASE(escape_shows_structure) {
  BOOST_TEST(Escape("a\tb\nc\\") == "a\\tb\\nc\\\\");
}

BOOST_AUTO_TEST_CASE(lint_finds_undoing_pairs_and_non_idempotent_rules) {
  RuleSet rules = Load("lint");
  std::vector<std::string> undo = FindUndoingPairs(rules);
  BOOST_REQUIRE(undo.size() == 2u);
  BOOST_TEST(undo[0] == kData + "lint/lint.toml:13: rule \"color-to-colour\" undoes rule "
                                "\"colour-to-color\" (" + kData + "lint/lint.toml:4): \"color\" -> \"colour\"");
  StatusOr<RuleEngine> engine = RuleEngine::Create(rules, EngineOptions{});
  BOOST_REQUIRE(engine.ok());
  std::vector<std::string> idem = FindNonIdempotent(*engine);
  BOOST_REQUIRE(idem.size() == 1u);
  BOOST_TEST(idem[0] == kData + "lint/lint.toml:22: rule \"grow\": not idempotent on its example "
                                "\"ab\": first pass \"aab\", second pass \"aaab\"");
  BOOST_TEST(FindDuplicateIds(rules).empty());
}

BOOST_AUTO_TEST_CASE(lint_reports_duplicates_and_silent_rules) {
  RuleLoadOptions o;
  o.default_packs = false;
  o.allow_duplicate_ids = true;
  o.dirs = {kData + "lint", kData + "lint"};  // the same pack twice: every id repeats
  StatusOr<RuleSet> rules = LoadRules(o);
  BOOST_REQUIRE(rules.ok());
  std::vector<std::string> dups = FindDuplicateIds(*rules);
  BOOST_REQUIRE(dups.size() == 4u);
  BOOST_TEST(dups[0] == kData + "lint/lint.toml:4: duplicate rule id \"colour-to-color\" (also at " +
                            kData + "lint/lint.toml:4)");
  RuleStats stats;
  stats.hits = {0, 3, 0, 1, 0, 0, 0, 0};
  std::vector<std::string> silent = FindNeverFiring(*rules, stats, 2);
  BOOST_TEST(silent.size() == 6u);
  BOOST_TEST(silent[0] == kData + "lint/lint.toml:4: rule \"colour-to-color\" never fires on the corpus (2 files)");
}

}  // namespace
}  // namespace amend
