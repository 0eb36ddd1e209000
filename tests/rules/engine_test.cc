// The engine on the purpose-made packs in tests/rules/data/.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "rules/rule_engine.h"

namespace amend {
namespace {

namespace data = boost::unit_test::data;

const std::string kData = AMEND_SOURCE_DIR "/tests/rules/data/";

RuleEngine Engine(const std::string& dir, bool prefilter) {
  RuleLoadOptions o;
  o.default_packs = false;
  o.dirs = {kData + dir};
  StatusOr<RuleSet> rules = LoadRules(o);
  BOOST_REQUIRE(rules.ok());
  EngineOptions e;
  e.use_set_prefilter = prefilter;
  StatusOr<RuleEngine> engine = RuleEngine::Create(std::move(*rules), e);
  BOOST_REQUIRE(engine.ok());
  return std::move(*engine);
}

struct Case {
  std::string input;
  std::string expected;
};
std::ostream& operator<<(std::ostream& os, const Case& c) { return os << '"' << c.input << '"'; }

const Case kCases[] = {
    // words stage, label scope: only the label cell is touched.
    {"Agroomont/conflict\tAgroomont", "Agreement/conflict\tAgroomont"},
    // words stage, value scope, with a group in the rewrite.
    {"Agreement/conflict\tIntractate /intractate conflict",
     "Agreement/conflict\tIntrastate /intrastate conflict"},
    // residue: the whole noise line goes, its newline stays (whitespace tidies later).
    {"x\na ee eee\ny", "x\n\ny"},
    // cells: a merged label and value split at a tab; then a value rule of a later pack
    // (words stage) does NOT run again, because stages run in order.
    {"TaxationNo specific mention.", "Taxation\tNo specific mention."},
    // vocabulary: snap the region; an unknown region is left alone.
    {"Region\tEuropo and Eurasia", "Region\tEurope and Eurasia"},
    {"Region\tAtlantis", "Region\tAtlantis"},
    // document scope joins lines.
    {"a\nPage break\nb", "a\nb"},
    // a later pack's value rule (literal flag).
    {"Children/youth\tNo specific rnention.", "Children/youth\tNo specific mention."},
    // lines without a tab have no label or value.
    {"Agroomont", "Agroomont"},
};

BOOST_DATA_TEST_CASE(applies_stages_and_scopes, data::make(kCases), c) {
  RuleEngine with_set = Engine("good", true);
  RuleEngine without_set = Engine("good", false);
  std::string a = with_set.Apply(SpannedText::FromOriginal(c.input), nullptr, nullptr).text();
  std::string b = without_set.Apply(SpannedText::FromOriginal(c.input), nullptr, nullptr).text();
  BOOST_TEST(a == c.expected);
  BOOST_TEST(b == c.expected);  // the Set prefilter never changes the result
}

BOOST_AUTO_TEST_CASE(edits_name_the_rule_and_the_original_bytes) {
  RuleEngine engine = Engine("good", true);
  // The input as normalization might leave it: two spaces already collapsed to one, so
  // the map is not the identity.
  std::string original = "Region\tEuropo  and Eurasia\nAgroomont/conflict\tx";
  SpannedText t = SpannedText::FromOriginal(original);
  SpannedTextBuilder squeeze(t, "normalize.whitespace");
  squeeze.Replace(13, 15, " ");
  SpannedText normalized = squeeze.Finish();
  std::vector<TextEdit> edits;
  RuleStats stats;
  SpannedText out = engine.Apply(normalized, &edits, &stats);
  BOOST_TEST(out.text() == "Region\tEurope and Eurasia\nAgreement/conflict\tx");
  BOOST_REQUIRE(edits.size() == 2u);
  // Stage order: words (agreement) before vocabulary (region).
  BOOST_TEST(edits[0].source == "agreement-e-as-o");
  BOOST_TEST(edits[0].stage == "words");
  BOOST_TEST(edits[0].pack_file == kData + "good/10-basic.toml");
  BOOST_TEST(edits[0].pack_line == 19);
  BOOST_TEST(original.substr(edits[0].original.begin, 9) == "Agroomont");
  BOOST_TEST(edits[0].original.end - edits[0].original.begin == 9u);
  BOOST_TEST(edits[1].source == "region-snap");
  BOOST_TEST(edits[1].text_before == "Europo and Eurasia");
  BOOST_TEST(edits[1].text_after == "Europe and Eurasia");
  BOOST_TEST(edits[1].original.begin == 7u);
  BOOST_TEST(edits[1].original.end == 26u);  // includes the collapsed double space
  BOOST_TEST(out.text().substr(edits[1].after.begin, edits[1].after.end - edits[1].after.begin) ==
             "Europe and Eurasia");
  // Hits are counted per rule.
  size_t total = 0;
  for (size_t h : stats.hits) total += h;
  BOOST_TEST(total == 2u);
}

BOOST_AUTO_TEST_CASE(repeated_lines_are_each_repaired_and_recorded) {
  // Equal lines get equal treatment wherever they are: each damaged copy is repaired, with
  // its own original bytes; copies left alone stay alone.
  RuleEngine engine = Engine("good", true);
  std::string in =
      "Region\tEuropo and Eurasia\nRegion\tAtlantis\nAgroomont/conflict\tx\n"
      "Region\tEuropo and Eurasia\nRegion\tAtlantis\nAgroomont/conflict\tx";
  std::vector<TextEdit> edits;
  RuleStats stats;
  SpannedText out = engine.Apply(SpannedText::FromOriginal(in), &edits, &stats);
  BOOST_TEST(out.text() ==
             "Region\tEurope and Eurasia\nRegion\tAtlantis\nAgreement/conflict\tx\n"
             "Region\tEurope and Eurasia\nRegion\tAtlantis\nAgreement/conflict\tx");
  BOOST_REQUIRE(edits.size() == 4u);
  std::vector<size_t> agreement_at;
  for (const TextEdit& e : edits) {
    BOOST_TEST(in.substr(e.original.begin, e.original.end - e.original.begin) == e.text_before);
    if (e.source == "agreement-e-as-o") agreement_at.push_back(e.original.begin);
  }
  BOOST_TEST(agreement_at == (std::vector<size_t>{in.find("Agroomont"), in.rfind("Agroomont")}),
             boost::test_tools::per_element());
  size_t total = 0;
  for (size_t h : stats.hits) total += h;
  BOOST_TEST(total == 4u);
  // Without recording, the same text and the same map.
  SpannedText quiet = engine.Apply(SpannedText::FromOriginal(in), nullptr, nullptr);
  BOOST_REQUIRE(quiet.text() == out.text());
  for (size_t i = 0; i < out.size(); ++i) {
    BOOST_TEST(quiet.Origin(i, i + 1).begin == out.Origin(i, i + 1).begin);
    BOOST_TEST(quiet.Origin(i, i + 1).end == out.Origin(i, i + 1).end);
  }
}

BOOST_AUTO_TEST_CASE(a_rule_can_enable_a_later_rule_in_the_same_unit) {
  // The Set is run again after an edit: "Agroomont" -> "Agreement" (words) is no help
  // here, so build a pack where rule 2 only matches rule 1's output.
  std::string toml =
      "[pack]\nname = \"chain\"\n"
      "[[rule]]\nid = \"a\"\nstage = \"words\"\nscope = \"line\"\nmatch = 'x'\nreplace = 'y'\n"
      "examples = [[\"x\", \"y\"]]\nkeeps = [\"z\"]\n"
      "[[rule]]\nid = \"b\"\nstage = \"words\"\nscope = \"line\"\nmatch = 'yy'\nreplace = 'Z'\n"
      "examples = [[\"yy\", \"Z\"]]\nkeeps = [\"y\"]\n";
  RuleSet set;
  BOOST_REQUIRE(ParseRulePack(toml, "chain.toml", ConfusionTable{}, false, &set).ok());
  StatusOr<RuleEngine> engine = RuleEngine::Create(std::move(set), EngineOptions{});
  BOOST_REQUIRE(engine.ok());
  BOOST_TEST(engine->Apply(SpannedText::FromOriginal("xy"), nullptr, nullptr).text() == "Z");
}

// Stages with no document rule between them go over the lines in one pass; the result,
// the edits' order and their `after` spans must be those of stage after stage.
BOOST_AUTO_TEST_CASE(stages_in_one_pass_act_as_stage_after_stage) {
  std::string toml =
      "[pack]\nname = \"order\"\n"
      "[[rule]]\nid = \"bang\"\nstage = \"residue\"\nscope = \"line\"\nmatch = '!!'\n"
      "replace = ''\nexamples = [[\"a!!\", \"a\"]]\nkeeps = [\"a\"]\n"
      "[[rule]]\nid = \"grow\"\nstage = \"words\"\nscope = \"value\"\nmatch = 'a'\n"
      "replace = 'AAA'\nexamples = [[\"a\", \"AAA\"]]\nkeeps = [\"b\"]\n"
      // A document rule of a later stage sees every line after the earlier stages.
      "[[rule]]\nid = \"join\"\nstage = \"cells\"\nscope = \"document\"\n"
      "match = 'k\\tAAA\\nk\\tAAA'\nreplace = \"k\\tjoined\"\n"
      "examples = [[\"k\\tAAA\\nk\\tAAA\", \"k\\tjoined\"]]\nkeeps = [\"k\"]\n"
      "[[rule]]\nid = \"shout\"\nstage = \"vocabulary\"\nscope = \"label\"\nmatch = 'k'\n"
      "replace = 'K'\nexamples = [[\"k\", \"K\"]]\nkeeps = [\"x\"]\n";
  RuleSet set;
  BOOST_REQUIRE(ParseRulePack(toml, "order.toml", ConfusionTable{}, false, &set).ok());
  StatusOr<RuleEngine> engine = RuleEngine::Create(std::move(set), EngineOptions{});
  BOOST_REQUIRE(engine.ok());
  const std::string in = "x!!\ta!!\nk\ta!!\nk\ta\nb\tb!!";
  // Stage by stage, by hand:
  const std::string after_residue = "x\ta\nk\ta\nk\ta\nb\tb";
  const std::string after_words = "x\tAAA\nk\tAAA\nk\tAAA\nb\tb";
  const std::string after_cells = "x\tAAA\nk\tjoined\nb\tb";
  const std::string after_vocabulary = "x\tAAA\nK\tjoined\nb\tb";
  std::vector<TextEdit> edits;
  SpannedText out = engine->Apply(SpannedText::FromOriginal(in), &edits, nullptr);
  BOOST_TEST(out.text() == after_vocabulary);
  std::vector<std::string> order;
  for (const TextEdit& e : edits) order.push_back(e.source);
  BOOST_TEST(order == (std::vector<std::string>{"bang", "bang", "bang", "bang", "grow", "grow",
                                                "grow", "join", "shout"}),
             boost::test_tools::per_element());
  for (const TextEdit& e : edits) {
    // (The join replaced edited lines, and the label "k" after it maps to all it replaced.)
    if (e.source == "bang" || e.source == "grow") {
      BOOST_TEST(in.substr(e.original.begin, e.original.end - e.original.begin) == e.text_before);
    }
    const std::string& stage_text = e.source == "bang"   ? after_residue
                                    : e.source == "grow" ? after_words
                                    : e.source == "join" ? after_cells
                                                         : after_vocabulary;
    BOOST_TEST(stage_text.substr(e.after.begin, e.after.end - e.after.begin) == e.text_after);
  }
  // The grow edits lie where each line sits after the words stage, not the residue one.
  BOOST_REQUIRE(edits.size() == 9u);
  BOOST_TEST(edits[5].after.begin == after_words.find("k\tAAA") + 2);
  BOOST_TEST(engine->Apply(SpannedText::FromOriginal(in), nullptr, nullptr).text() ==
             after_vocabulary);
}

BOOST_AUTO_TEST_CASE(empty_matches_do_not_loop) {
  std::string toml =
      "[pack]\nname = \"e\"\n"
      "[[rule]]\nid = \"star\"\nstage = \"words\"\nscope = \"line\"\nmatch = 'q*'\nreplace = '-'\n"
      "examples = [[\"ab\", \"-a-b-\"]]\nkeeps = [\"\"]\n";
  RuleSet set;
  BOOST_REQUIRE(ParseRulePack(toml, "e.toml", ConfusionTable{}, false, &set).ok());
  BOOST_TEST(RuleEngine::ApplyRule(set.rules[0], "ab") == "-a-b-");
  BOOST_TEST(RuleEngine::ApplyRule(set.rules[0], "\xC3\xA9") == "-\xC3\xA9-");  // one char
}

}  // namespace
}  // namespace amend
