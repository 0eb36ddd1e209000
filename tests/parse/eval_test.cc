// Record scoring on hand-made pairs whose scores are known by construction
// (tests/parse/data/eval/README.md).
#include <boost/test/unit_test.hpp>

#include "base/file_io.h"
#include "parse/record_eval.h"

namespace amend {
namespace {

nlohmann::json Load(const std::string& rel) {
  StatusOr<std::string> text = ReadFile(std::string(AMEND_SOURCE_DIR) + "/tests/parse/data/eval/" + rel);
  BOOST_REQUIRE_MESSAGE(text.ok(), text.status().message());
  return nlohmann::json::parse(*text);
}

BOOST_AUTO_TEST_CASE(ScoresAPairWithKnownDifferences) {
  EvalScore s = CompareRecords(Load("truth/a.json"), Load("got/a.json"));
  BOOST_TEST(s.fields_right == 2);
  BOOST_TEST(s.fields_total == 4);
  BOOST_TEST(s.rows_right == 2);
  BOOST_TEST(s.rows_total == 4);
  BOOST_TEST(s.quote_edits == 1u);
  BOOST_TEST(s.quote_chars == 20u);
  BOOST_TEST(s.QuoteCer() == 0.05, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(CountsCodePointsAndMissingRows) {
  EvalScore s = CompareRecords(Load("truth/b.json"), Load("got/b.json"));
  BOOST_TEST(s.fields_right == 1);
  BOOST_TEST(s.fields_total == 1);
  BOOST_TEST(s.rows_right == 0);
  BOOST_TEST(s.rows_total == 2);
  BOOST_TEST(s.quote_edits == 1u);  // é -> e is one edit, not two bytes
  BOOST_TEST(s.quote_chars == 5u);
}

BOOST_AUTO_TEST_CASE(AMissingRecordIsAllWrongAndTotalsAreMicroAveraged) {
  EvalScore total;
  total.Add(CompareRecords(Load("truth/a.json"), Load("got/a.json")));
  total.Add(CompareRecords(Load("truth/b.json"), Load("got/b.json")));
  EvalScore c = CompareRecords(Load("truth/c.json"), nlohmann::json::object());
  BOOST_TEST(c.fields_right == 0);
  BOOST_TEST(c.quote_edits == 3u);
  total.Add(c);
  BOOST_TEST(total.fields_right == 3);
  BOOST_TEST(total.fields_total == 6);
  BOOST_TEST(total.rows_right == 2);
  BOOST_TEST(total.rows_total == 7);
  BOOST_TEST(total.QuoteCer() == 5.0 / 28.0, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(IdenticalRecordsScorePerfect) {
  nlohmann::json a = Load("truth/a.json");
  EvalScore s = CompareRecords(a, a);
  BOOST_TEST(s.FieldAccuracy() == 1.0);
  BOOST_TEST(s.RowAccuracy() == 1.0);
  BOOST_TEST(s.QuoteCer() == 0.0);
}

}  // namespace
}  // namespace amend
