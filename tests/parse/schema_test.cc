// Loading schemas: the shipped one, and errors with file:line:col.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "parse/schema.h"
#include "tests/parse/test_schema.h"

namespace amend {
namespace {

namespace bdata = boost::unit_test::data;

int Count(const Schema& s, ItemKind kind) {
  int n = 0;
  for (const LayoutItem& it : s.items) n += it.kind == kind;
  return n;
}

BOOST_AUTO_TEST_CASE(ShippedPaxSheetSchemaLoads) {
  StatusOr<Schema> s = LoadSchema(kDefaultSchemaDir);
  BOOST_REQUIRE_MESSAGE(s.ok(), s.status().message());
  BOOST_TEST(s->name == "pax-sheet/1");
  BOOST_TEST(Count(*s, ItemKind::kField) == 14);
  BOOST_TEST(Count(*s, ItemKind::kSection) == 14);
  BOOST_TEST(Count(*s, ItemKind::kRow) == 95);
  BOOST_TEST(s->items[s->Find(ItemKind::kRow, "Source")].free_text);
  BOOST_TEST(s->items[s->Find(ItemKind::kRow, "Related cases")].free_text);
  BOOST_TEST(!s->items[s->Find(ItemKind::kRow, "Taxation")].free_text);
  const auto& region = s->items[s->Find(ItemKind::kField, "Region")].vocab;
  BOOST_TEST((std::find(region.begin(), region.end(), "Europe and Eurasia") != region.end()));
  BOOST_TEST(s->items[s->Find(ItemKind::kField, "Agreement/conflict level")].vocab.size() >= 2u);
  BOOST_TEST(s->items[s->Find(ItemKind::kField, "Parties")].vocab.empty());
  BOOST_TEST(s->no_mention == "No specific mention.");
}

BOOST_AUTO_TEST_CASE(MissingSchemaFolderIsARuleError) {
  StatusOr<Schema> s = LoadSchema("/nonexistent/schema-dir");
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST((s.status().code() == StatusCode::kRuleError));
  BOOST_TEST(s.status().message() == "/nonexistent/schema-dir/schema.toml: no such file");
}

struct ErrorCase {
  const char* name;
  const char* toml;
  const char* layout;
  const char* message;
};
std::ostream& operator<<(std::ostream& o, const ErrorCase& c) { return o << c.name; }

const ErrorCase kErrors[] = {
    {"unknown key", "layout = \"layout.txt\"\nfoo = 1\n", nullptr, "s/schema.toml:2:1: unknown key 'foo'"},
    {"no layout key", "name = \"x\"\n", nullptr, "s/schema.toml:1:1: missing key 'layout'"},
    {"name not a string", "name = 3\nlayout = \"layout.txt\"\n", nullptr, "s/schema.toml:1:8: 'name' must be a string"},
    {"layout file missing", "layout = \"nope.txt\"\n", nullptr, "s/schema.toml:1:10: s/nope.txt: no such file"},
    {"vocab of no field", "layout = \"layout.txt\"\n[vocab]\n\"Regon\" = \"vocab/region.txt\"\n", nullptr,
     "s/schema.toml:3:1: 'Regon' is not a FIELD of layout.txt"},
    {"vocab file missing", "layout = \"layout.txt\"\n[vocab]\n\"Region\" = \"vocab/none.txt\"\n", nullptr,
     "s/schema.toml:3:12: s/vocab/none.txt: no such file"},
    {"free text of no row", "layout = \"layout.txt\"\nfree_text_rows = [\"Nope\"]\n", nullptr,
     "s/schema.toml:2:19: 'Nope' is not a ROW of layout.txt"},
    {"date of no field", "layout = \"layout.txt\"\ndate_field = \"Dte\"\n", nullptr,
     "s/schema.toml:2:14: 'Dte' is not a FIELD of layout.txt"},
    {"bad layout keyword", "layout = \"layout.txt\"\n", "FIELD A\nROWS x\n",
     "s/layout.txt:2:1: expected FIELD, SECTION or ROW, got 'ROWS'"},
    {"row before section", "layout = \"layout.txt\"\n", "# c\nROW x\n", "s/layout.txt:2:1: ROW before any SECTION"},
    {"duplicate row", "layout = \"layout.txt\"\n", "SECTION S\nROW x\nROW x\n",
     "s/layout.txt:3:1: duplicate ROW 'x' in section 'S'"},
    {"empty layout", "layout = \"layout.txt\"\n", "# nothing\n", "s/layout.txt: no FIELD, SECTION or ROW lines"},
};

BOOST_DATA_TEST_CASE(SchemaErrorsNameFileLineAndColumn, bdata::make(kErrors), c) {
  std::map<std::string, std::string> files = testing::TestFiles();
  if (c.layout != nullptr) files["layout.txt"] = c.layout;
  StatusOr<Schema> s = ParseSchema(c.toml, testing::MapReader(files), "s/schema.toml");
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST((s.status().code() == StatusCode::kRuleError));
  BOOST_TEST(s.status().message() == c.message);
}

BOOST_AUTO_TEST_CASE(TomlSyntaxErrorHasLineAndColumn) {
  StatusOr<Schema> s = ParseSchema("layout = \"layout.txt\"\nname = \n", testing::MapReader(testing::TestFiles()),
                                   "s/schema.toml");
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST((s.status().code() == StatusCode::kRuleError));
  BOOST_TEST(s.status().message().rfind("s/schema.toml:2:", 0) == 0, s.status().message());
}

}  // namespace
}  // namespace amend
