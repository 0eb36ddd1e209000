// Each repair the parser makes, on a small purpose-made sheet: a clean base text with
// one line changed per case, checking the exact diagnostics and the repaired value.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "parse/sheet_parser.h"
#include "tests/parse/test_schema.h"

namespace amend {
namespace {

namespace bdata = boost::unit_test::data;

const std::vector<std::string> kBase = {
    "Country/entity\tArmenia Azerbaijan",                                          // 1
    "Region\tEurope and Eurasia",                                                  // 2
    "Date\t13 Sep 1993",                                                           // 3
    "Agreement/conflict level\tIntrastate/intrastate conflict",                    // 4
    "Justice sector reform",                                                       // 5
    "Criminal justice and emergency law\tNo specific mention.",                    // 6
    "State of emergency provisions\tNo specific mention.",                         // 7
    "Judiciary and courts\tNo specific mention.",                                  // 8
    "Socio-economic reconstruction",                                               // 9
    "Development or socio-economic reconstruction\tNo specific mention.",          // 10
    "National economic plan\tNo specific mention.",                                // 11
    "Taxation\tNo specific mention.",                                              // 12
    "Banks\tSocio-economic reconstruction\u2192Banks\u2192Other Page 2:Banks shall reopen.",  // 13
    "Implementation",                                                              // 14
    "Related cases\tNo specific mention.",                                         // 15
    "Source\tA book (2014).",                                                      // 16
};

// The base text with line `line` (1-based) replaced by `with` ("" deletes it).
std::string Edited(int line, const std::string& with) {
  std::string text;
  for (size_t i = 0; i < kBase.size(); ++i) {
    if (static_cast<int>(i) + 1 == line) {
      if (!with.empty()) text += with + "\n";
    } else {
      text += kBase[i] + "\n";
    }
  }
  return text;
}

// "code@line" for each diagnostic, joined with " ".
std::string Codes(const Record& r) {
  std::string out;
  for (const Diagnostic& d : r.diagnostics) out += (out.empty() ? "" : " ") + d.code + "@" + std::to_string(d.line);
  return out;
}

// What the record says about `label`: a field's value, or "yes"/"no" for a row.
std::string ValueOf(const Record& r, const std::string& label) {
  for (const auto& [k, v] : r.fields) {
    if (k == label) return v;
  }
  for (const Provision& p : r.provisions) {
    if (p.label == label) return p.mentioned ? "yes" : "no";
  }
  return "(absent)";
}

StatusOr<ParseResult> Parse(const std::string& text) {
  static const Schema schema = testing::TestSchema();
  ParseOptions options;
  options.source_name = "t.txt";
  return ParseSheet(text, schema, options);
}

BOOST_AUTO_TEST_CASE(CleanTextParsesWithoutDiagnostics) {
  StatusOr<ParseResult> r = Parse(Edited(0, ""));
  BOOST_REQUIRE_MESSAGE(r.ok(), r.status().message());
  const Record& rec = r->record;
  BOOST_TEST(Codes(rec) == "");
  BOOST_TEST(rec.schema == "pax-sheet/1");
  BOOST_TEST(rec.fields.size() == 4u);
  BOOST_TEST(rec.date.value_or("") == "1993-09-13");
  BOOST_TEST(!rec.conflict.has_value());
  BOOST_REQUIRE(rec.provisions.size() == 9u);
  BOOST_TEST(rec.provisions[0].label == "Criminal justice and emergency law");
  BOOST_TEST(rec.provisions[0].section == "Justice sector reform");
  const Provision& banks = rec.provisions[6];
  BOOST_TEST(banks.label == "Banks");
  BOOST_TEST(banks.mentioned);
  BOOST_TEST(banks.codes == std::vector<std::string>{"Socio-economic reconstruction\u2192Banks\u2192Other"});
  BOOST_REQUIRE(banks.quotes.size() == 1u);
  BOOST_TEST(banks.quotes[0].page == 2);
  BOOST_TEST(banks.quotes[0].text == "Banks shall reopen.");
  BOOST_TEST(!rec.provisions[6].text.has_value());
  BOOST_TEST(!rec.provisions[5].mentioned);
  BOOST_TEST(rec.provisions[8].text.value_or("") == "A book (2014).");
  BOOST_TEST(!rec.provisions[7].mentioned);  // Related cases: No specific mention.
  BOOST_TEST(rec.provisions[8].codes.empty());
}

struct RepairCase {
  const char* name;
  int line;             // base line replaced
  const char* with;     // replacement ("" deletes; may hold several lines)
  const char* codes;    // expected diagnostics, "code@line" in order
  const char* label;    // the item the repair is about
  const char* value;    // its value afterwards (field) or "yes"/"no" (row)
};
std::ostream& operator<<(std::ostream& o, const RepairCase& c) { return o << c.name; }

const RepairCase kRepairs[] = {
    {"damaged label", 8, "Judiclary and courtz\tNo specific mention.", "label-damaged@8", "Judiciary and courts", "no"},
    {"merged label", 12, "TaxationNo specific mention.", "label-merged@12", "Taxation", "no"},
    {"label then value, no tab", 12, "Taxation No specific mention.", "", "Taxation", "no"},
    {"split label", 6, "Criminal justice and No specific mention. emergency law", "label-split@6",
     "Criminal justice and emergency law", "no"},
    {"merged and split", 11, "National economicNo specific mention.plan", "label-merged@11 label-split@11",
     "National economic plan", "no"},
    {"lost label", 10, "o specific mention.", "label-inferred@10 value-repaired@10",
     "Development or socio-economic reconstruction", "no"},
    {"lost label before a quote", 13, "Socio-economic reconstruction->Banks->Other Page 2:Banks shall reopen.",
     "label-inferred@13", "Banks", "yes"},
    {"empty label cell before a quote", 13, "\tPage 2:Banks shall reopen.", "label-inferred@13", "Banks", "yes"},
    {"row printed twice", 4,
     "Agroomont/conflict\tIntractate /intractate conflict\nAgreement/conflict Intrastate/intrastate conflict level",
     "duplicate-row@4 label-split@5", "Agreement/conflict level", "Intrastate/intrastate conflict"},
    {"noise line", 12, "Taxation\tNo specific mention.\n----------\t----------------------", "noise-line@13",
     "Taxation", "no"},
    {"row lost", 7, "", "row-missing@0", "State of emergency provisions", "no"},
    {"field lost", 1, "", "field-missing@0", "Country/entity", "(absent)"},
    {"vocabulary value damaged", 2, "Region\tEurope and Eurasla", "value-snapped@2", "Region", "Europe and Eurasia"},
    {"vocabulary value unknown", 2, "Region\tAtlantis", "value-unknown@2", "Region", "Atlantis"},
    {"date unreadable", 3, "Date\t31 Foo 1993", "date-unreadable@3", "Date", "31 Foo 1993"},
    {"wrapped field value", 1, "Country/entity\tArmenia\nAzerbaijan", "", "Country/entity", "Armenia Azerbaijan"},
    {"table rule after a value", 1, "Country/entity\tArmenia Azerbaijan\n\u2014__|", "noise-line@2", "Country/entity",
     "Armenia Azerbaijan"},
    {"rule read as letters", 1, "Country/entity\tArmenia Azerbaijan\na ee eee", "noise-line@2", "Country/entity",
     "Armenia Azerbaijan"},
    {"no continuation of a vocabulary value", 2, "Region\tEurope and Eurasia\nSome stray words here",
     "noise-line@3", "Region", "Europe and Eurasia"},
    {"value evidence for a damaged label", 2, "Roglori\tEurope and Eurasia", "label-damaged@2", "Region",
     "Europe and Eurasia"},
    {"date run into a damaged label", 3, "Doto13 Sep 1993", "label-merged@3 label-damaged@3", "Date", "13 Sep 1993"},
};

BOOST_DATA_TEST_CASE(EachRepairIsMadeAndReported, bdata::make(kRepairs), c) {
  StatusOr<ParseResult> r = Parse(Edited(c.line, c.with));
  BOOST_REQUIRE_MESSAGE(r.ok(), r.status().message());
  BOOST_TEST(Codes(r->record) == c.codes);
  BOOST_TEST(ValueOf(r->record, c.label) == c.value);
  BOOST_TEST(r->record.provisions.size() == 9u);  // complete whatever happened
}

BOOST_AUTO_TEST_CASE(DiagnosticMessagesNameTheLineAndTheLabel) {
  StatusOr<ParseResult> r = Parse(Edited(10, "o specific mention."));
  BOOST_REQUIRE(r.ok());
  BOOST_REQUIRE(r->record.diagnostics.size() == 2u);
  BOOST_TEST(r->record.diagnostics[0].message ==
             "line 10: label lost; read as 'Development or socio-economic reconstruction' from its neighbours");
  BOOST_TEST(r->record.diagnostics[0].severity == "warning");
  BOOST_TEST(r->record.diagnostics[1].message == "line 10: 'o specific mention.' read as 'No specific mention.'");
  StatusOr<ParseResult> d = Parse(Edited(4, "Agroomont/conflict\tIntractate /intractate conflict\n"
                                            "Agreement/conflict Intrastate/intrastate conflict level"));
  BOOST_REQUIRE(d.ok());
  BOOST_TEST(d->record.diagnostics[0].message ==
             "line 4: 'Agreement/conflict level' printed twice; kept the reading on line 5");
}

BOOST_AUTO_TEST_CASE(ConflictBlockFollowsTheConflictLevel) {
  StatusOr<ParseResult> r = Parse(Edited(4, "Agreement/conflict level\tIntrastate/intrastate conflict\n\n"
                                            "Some Conflict (1990 -)\n\nIt began.\nIt goes on."));
  BOOST_REQUIRE(r.ok());
  BOOST_REQUIRE(r->record.conflict.has_value());
  BOOST_TEST(r->record.conflict->name == "Some Conflict (1990 -)");
  BOOST_TEST(r->record.conflict->description == "It began. It goes on.");
  BOOST_TEST(Codes(r->record) == "");
}

BOOST_AUTO_TEST_CASE(CategoryPathsSnapToTheCodesVocabularyWhenThereIsOne) {
  std::map<std::string, std::string> files = testing::TestFiles();
  files["vocab/codes.txt"] =
      "Socio-economic reconstruction\u2192Banks\u2192Other\nSocio-economic reconstruction\u2192Banks\u2192Central bank\n";
  StatusOr<Schema> schema = ParseSchema(testing::kTestToml, testing::MapReader(files), "s/schema.toml");
  BOOST_REQUIRE(schema.ok());
  BOOST_TEST(schema->codes.size() == 2u);
  std::string text = Edited(13, "Banks\tSocio-economic reconstruction->Banks->0ther "
                                "Socio-economic reconstruction->Banks->Loans Page 2:Banks shall reopen.");
  StatusOr<ParseResult> r = ParseSheet(text, *schema, {});
  BOOST_REQUIRE(r.ok());
  BOOST_TEST(Codes(r->record) == "code-snapped@13 code-unknown@13");
  BOOST_TEST(r->record.provisions[6].codes ==
             (std::vector<std::string>{"Socio-economic reconstruction\u2192Banks\u2192Other",
                                       "Socio-economic reconstruction\u2192Banks\u2192Loans"}));
}

BOOST_AUTO_TEST_CASE(FreeTextRowWithOnlyItsOwnCodeIsACode) {
  std::map<std::string, std::string> files = testing::TestFiles();
  files["vocab/codes.txt"] = "Implementation\u2192Source\nImplementation\u2192Related cases\n";
  StatusOr<Schema> schema = ParseSchema(testing::kTestToml, testing::MapReader(files), "s/schema.toml");
  BOOST_REQUIRE(schema.ok());
  auto source = [&](const std::string& line) {
    StatusOr<ParseResult> r = ParseSheet(Edited(16, line), *schema, {});
    BOOST_REQUIRE(r.ok());
    return r->record.provisions.back();
  };
  // The arrow read as a dash: still the row's own code, not text.
  Provision p = source("Source\tImplementation\u2014Source");
  BOOST_TEST(p.codes == std::vector<std::string>{"Implementation\u2192Source"});
  BOOST_TEST(!p.text.has_value());
  // Text stays text, also when it names a section; another row's code is not this row's.
  p = source("Source\tImplementation report of the UN (2014).");
  BOOST_TEST(p.codes.empty());
  BOOST_TEST(p.text.value_or("") == "Implementation report of the UN (2014).");
  p = source("Source\tImplementation\u2192Related cases");
  BOOST_TEST(p.codes.empty());
  BOOST_TEST(p.text.value_or("") == "Implementation\u2192Related cases");
}

struct NotASheet {
  const char* name;
  std::string text;
};
std::ostream& operator<<(std::ostream& o, const NotASheet& c) { return o << c.name; }

const NotASheet kNotSheets[] = {
    {"empty", ""},
    {"blank lines", "\n\n   \n\t\n"},
    {"binary", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0\x10\x10\0\0\xff\xfe\n\x89PNG", 40)},
    {"prose", "It was a bright cold day in April, and the clocks were striking thirteen.\n"
              "Winston Smith, his chin nuzzled into his breast, slipped quickly through the glass doors.\n"
              "The hallway smelt of boiled cabbage and old rag mats.\n"},
    {"a csv", "id,name,date\n1,Alpha,1993-09-13\n2,Beta,1994-05-12\n"},
};

BOOST_DATA_TEST_CASE(NoSheetFoundIsAnError, bdata::make(kNotSheets), c) {
  StatusOr<ParseResult> r = Parse(c.text);
  BOOST_REQUIRE(!r.ok());
  BOOST_TEST((r.status().code() == StatusCode::kBadInput));
  BOOST_TEST(r.status().message() == "t.txt: no sheet found");
}

}  // namespace
}  // namespace amend
