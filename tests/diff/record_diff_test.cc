// DiffRecords on hand-made record pairs whose differences are known by construction
// (the eval pairs of tests/parse/data/eval/README.md, and small inline records).
#define BOOST_TEST_MODULE diff
#include <boost/test/unit_test.hpp>

#include "base/file_io.h"
#include "parse/record_diff.h"
#include "parse/record_pairs.h"

namespace amend {
namespace {

using Json = nlohmann::json;

Json Load(const std::string& rel) {
  StatusOr<std::string> text = ReadFile(std::string(AMEND_SOURCE_DIR) + "/tests/parse/data/eval/" + rel);
  BOOST_REQUIRE_MESSAGE(text.ok(), text.status().message());
  return Json::parse(*text);
}

std::vector<std::string> Names(const std::vector<FieldChange>& list) {
  std::vector<std::string> out;
  for (const FieldChange& f : list) out.push_back(f.name);
  return out;
}

std::vector<std::string> Labels(const std::vector<RowChange>& list) {
  std::vector<std::string> out;
  for (const RowChange& r : list) out.push_back(r.section + "/" + r.label);
  return out;
}

BOOST_AUTO_TEST_CASE(ReportsWhatDiffersAndNotWhitespace) {
  // Stage has a typo, Date exists only in `after`; Parties and R4's text differ only in
  // whitespace; R2's quote text and R3's quote page differ.
  RecordDiff d = DiffRecords(Load("truth/a.json"), Load("got/a.json"));
  BOOST_TEST(Names(d.fields) == (std::vector<std::string>{"Stage", "Date"}), boost::test_tools::per_element());
  BOOST_TEST(d.fields[0].before == "Pre-negotiation/process");
  BOOST_TEST(d.fields[0].after == "Pre-negotiation/proccss");
  BOOST_TEST(d.fields[1].before.is_null());
  BOOST_TEST(d.fields[1].after == "x");
  BOOST_TEST(Labels(d.rows) == (std::vector<std::string>{"S/R2", "S/R3"}), boost::test_tools::per_element());
  for (const RowChange& r : d.rows) {
    BOOST_TEST(ChangedRowParts(r.before, r.after) == std::vector<std::string>{"quotes"},
               boost::test_tools::per_element());
  }
  BOOST_TEST(d.rows[1].before["quotes"][0]["page"] == 2);
  BOOST_TEST(d.rows[1].after["quotes"][0]["page"] == 3);
  BOOST_TEST(d.members.empty());
}

BOOST_AUTO_TEST_CASE(ARowMissingOnOneSideIsReportedWithNull) {
  RecordDiff d = DiffRecords(Load("truth/b.json"), Load("got/b.json"));
  BOOST_TEST(d.fields.empty());
  BOOST_TEST(Labels(d.rows) == (std::vector<std::string>{"S/R1", "S/R2"}), boost::test_tools::per_element());
  BOOST_TEST(d.rows[1].before["mentioned"] == false);
  BOOST_TEST(d.rows[1].after.is_null());
  // And the other way round: the row only `after` has comes last.
  RecordDiff back = DiffRecords(Load("got/b.json"), Load("truth/b.json"));
  BOOST_TEST(Labels(back.rows) == (std::vector<std::string>{"S/R1", "S/R2"}), boost::test_tools::per_element());
  BOOST_TEST(back.rows[1].before.is_null());
}

BOOST_AUTO_TEST_CASE(DateAndConflictAreCompared) {
  Json a = Json::parse(R"j({"fields": {}, "date": "1993-09-13",
      "conflict": {"name": "N  (1991 -)", "description": "D"}, "provisions": []})j");
  Json b = a;
  b["conflict"]["name"] = "N (1991 -)";  // whitespace only: the same
  BOOST_TEST(DiffRecords(a, b).empty());
  b["date"] = nullptr;
  b["conflict"]["description"] = "E";
  RecordDiff d = DiffRecords(a, b);
  BOOST_TEST(Names(d.members) == (std::vector<std::string>{"date", "conflict"}), boost::test_tools::per_element());
  BOOST_TEST(d.members[0].after.is_null());
  BOOST_TEST(d.members[1].after["description"] == "E");
  b["conflict"] = nullptr;
  BOOST_TEST(DiffRecords(a, b).members.size() == 2u);
}

BOOST_AUTO_TEST_CASE(IdenticalRecordsHaveNoDiff) {
  Json a = Load("truth/a.json");
  BOOST_TEST(DiffRecords(a, a).empty());
  BOOST_TEST(DiffRecords(Json::object(), Json::object()).empty());
}

BOOST_AUTO_TEST_CASE(JsonFormListsChangedPartsInOrder) {
  nlohmann::ordered_json j = RecordDiffToJson(DiffRecords(Load("truth/b.json"), Load("got/b.json")));
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  BOOST_TEST(keys == (std::vector<std::string>{"fields", "members", "rows"}), boost::test_tools::per_element());
  BOOST_TEST(j["rows"][0]["label"] == "R1");
  BOOST_TEST(j["rows"][0]["changed"] == nlohmann::ordered_json({"quotes"}));
  BOOST_TEST(j["rows"][1]["changed"] == nlohmann::ordered_json({"mentioned"}));
  BOOST_TEST(j["rows"][1]["after"].is_null());
}

}  // namespace
}  // namespace amend
