#define BOOST_TEST_MODULE rules
// Every pack loading error, with its exact text: location, message, line and caret.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "rules/rule_pack.h"

namespace amend {
namespace {

namespace data = boost::unit_test::data;

struct Case {
  std::string name;
  std::string toml;
  std::string message;  // the whole error, as printed
};
std::ostream& operator<<(std::ostream& os, const Case& c) { return os << c.name; }

const std::string kHead = "[pack]\nname = \"t\"\n[[rule]]\n";
const std::string kRest = "examples = [[\"a\", \"b\"]]\nkeeps = [\"c\"]\n";

const Case kCases[] = {
    {"bad pattern",
     kHead + "id = \"x\"\nstage = \"words\"\nscope = \"line\"\nmatch = '\\bAgr(ee'\nreplace = 'y'\n" + kRest,
     "p.toml:7:9: bad pattern: missing ): \\bAgr(ee\nmatch = '\\bAgr(ee'\n        ^"},
    {"bad TOML",
     "[pack]\nname = \"t\"\n[[rule]]\nid = \"x\nstage = \"words\"\n",
     // toml++'s own description; the caret is at the end of the line the string runs into.
     "p.toml:4:8: bad TOML: Error while parsing string: unescaped control characters other "
     "than TAB (U+0009) are explicitly prohibited\nid = \"x\n       ^"},
    {"unknown stage",
     kHead + "id = \"x\"\nstage = \"wrods\"\nscope = \"line\"\nmatch = 'a'\nreplace = 'b'\n" + kRest,
     "p.toml:5:9: unknown stage \"wrods\" (expected residue, words, cells or vocabulary)\n"
     "stage = \"wrods\"\n        ^"},
    {"unknown scope",
     kHead + "id = \"x\"\nstage = \"words\"\nscope = \"cell\"\nmatch = 'a'\nreplace = 'b'\n" + kRest,
     "p.toml:6:9: unknown scope \"cell\" (expected document, line, label or value)\n"
     "scope = \"cell\"\n        ^"},
    {"rewrite names a missing group",
     kHead + "id = \"x\"\nstage = \"words\"\nscope = \"line\"\nmatch = '(a)'\nreplace = '\\2'\n" + kRest,
     "p.toml:8:11: bad replace: Rewrite schema requests 2 matches, but the regexp only has 1 "
     "parenthesized subexpressions.\nreplace = '\\2'\n          ^"},
    {"duplicate id",
     kHead + "id = \"x\"\nstage = \"words\"\nscope = \"line\"\nmatch = 'a'\nreplace = 'b'\n" + kRest +
         "[[rule]]\nid = \"x\"\nstage = \"words\"\nscope = \"line\"\nmatch = 'a'\nreplace = 'b'\n" + kRest,
     "p.toml:12:6: duplicate rule id \"x\" (first defined at p.toml:3)\nid = \"x\"\n     ^"},
    {"missing match",
     kHead + "id = \"x\"\nstage = \"words\"\nscope = \"line\"\nreplace = 'b'\n" + kRest,
     "p.toml:3:1: rule is missing \"match\"\n[[rule]]\n^"},
    {"unknown key",
     kHead + "id = \"x\"\nmtach = 'a'\n",
     "p.toml:5:1: unknown key \"mtach\" in rule\nmtach = 'a'\n^"},
    {"unknown flag",
     kHead + "id = \"x\"\nstage = \"words\"\nscope = \"line\"\nmatch = 'a'\nreplace = 'b'\n"
             "flags = [\"global\"]\n" + kRest,
     "p.toml:9:10: unknown flag \"global\" (expected ignore-case, literal, multiline or dot-nl)\n"
     "flags = [\"global\"]\n         ^"},
    {"replace and snap",
     kHead + "id = \"x\"\nstage = \"words\"\nscope = \"line\"\nmatch = 'a'\n" + kRest,
     "p.toml:3:1: rule needs exactly one of \"replace\" and \"snap\"\n[[rule]]\n^"},
    {"unknown vocabulary",
     kHead + "id = \"x\"\nstage = \"vocabulary\"\nscope = \"value\"\nmatch = 'a'\nsnap = 'regions'\n" + kRest,
     "p.toml:8:8: unknown vocabulary \"regions\"\nsnap = 'regions'\n       ^"},
    {"no examples",
     kHead + "id = \"x\"\nstage = \"words\"\nscope = \"line\"\nmatch = 'a'\nreplace = 'b'\nexamples = []\n"
             "keeps = [\"c\"]\n",
     "p.toml:9:12: \"examples\" must be a list of [input, expected] pairs (at least one)\n"
     "examples = []\n           ^"},
    {"example is not a pair",
     kHead + "id = \"x\"\nstage = \"words\"\nscope = \"line\"\nmatch = 'a'\nreplace = 'b'\n"
             "examples = [\"a\"]\nkeeps = [\"c\"]\n",
     "p.toml:9:13: \"examples\" must be a list of [input, expected] pairs\n"
     "examples = [\"a\"]\n            ^"},
    {"example that changes nothing",
     kHead + "id = \"x\"\nstage = \"words\"\nscope = \"line\"\nmatch = 'a'\nreplace = 'b'\n"
             "examples = [[\"a\", \"b\"], [\"c\", \"c\"]]\nkeeps = [\"c\"]\n",
     "p.toml:9:25: an example must change its input; list an input the rule leaves alone under "
     "\"keeps\"\nexamples = [[\"a\", \"b\"], [\"c\", \"c\"]]\n                        ^"},
    {"missing pack table",
     "[[rule]]\nid = \"x\"\n",
     "p.toml:1:1: pack is missing its [pack] table\n[[rule]]\n^"},
    {"tab before the error keeps the caret aligned",
     kHead + "id = \"x\"\nstage = \"words\"\nscope = \"line\"\nmatch =\t'(('\nreplace = 'b'\n" + kRest,
     "p.toml:7:9: bad pattern: missing ): ((\nmatch =\t'(('\n       \t^"},
};

BOOST_DATA_TEST_CASE(error_text, data::make(kCases), c) {
  RuleSet set;
  Status s = ParseRulePack(c.toml, "p.toml", ConfusionTable{}, false, &set);
  BOOST_TEST(s.exit_code() == 4);
  BOOST_TEST(s.message() == c.message);
}

BOOST_AUTO_TEST_CASE(missing_rules_directory_is_a_rule_error) {
  RuleLoadOptions o;
  o.default_packs = false;
  o.dirs = {"/nonexistent/rules"};
  StatusOr<RuleSet> r = LoadRules(o);
  BOOST_TEST(r.status().exit_code() == 4);
  BOOST_TEST(r.status().message() == "/nonexistent/rules: no such rules directory");
}

BOOST_AUTO_TEST_CASE(missing_vocabulary_file_names_it) {
  std::string toml = "[pack]\nname = \"t\"\n[vocabulary.r]\nfile = \"nope.txt\"\n";
  RuleSet set;
  Status s = ParseRulePack(toml, "/tmp/p.toml", ConfusionTable{}, false, &set);
  BOOST_TEST(s.message() == "/tmp/p.toml:4:8: vocabulary \"r\": /tmp/nope.txt: no such file\n"
                            "file = \"nope.txt\"\n       ^");
}

BOOST_AUTO_TEST_CASE(empty_default_packs_dir_is_fine) {
  RuleLoadOptions o;
  o.default_packs = false;
  StatusOr<RuleSet> r = LoadRules(o);
  BOOST_REQUIRE(r.ok());
  BOOST_TEST(r->rules.empty());
}

BOOST_AUTO_TEST_CASE(packs_load_in_directory_order_then_by_file_name) {
  RuleLoadOptions o;
  o.default_packs = false;
  std::string dir = std::string(AMEND_SOURCE_DIR) + "/tests/rules/data/";
  o.dirs = {dir + "lint", dir + "good"};
  StatusOr<RuleSet> r = LoadRules(o);
  BOOST_REQUIRE(r.ok());
  BOOST_REQUIRE(r->files.size() == 3u);
  BOOST_TEST(r->files[0] == dir + "lint/lint.toml");
  BOOST_TEST(r->files[1] == dir + "good/10-basic.toml");
  BOOST_TEST(r->files[2] == dir + "good/20-user.toml");
  BOOST_TEST(r->rules.front().id == "colour-to-color");
  BOOST_TEST(r->rules.back().id == "mention-typo");
}

}  // namespace
}  // namespace amend
