// Record writers: key order, UTF-8 arrows, JSON Lines, CSV.
#include <boost/test/unit_test.hpp>

#include "parse/record_writer.h"
#include "tests/parse/test_schema.h"

namespace amend {
namespace {

Record Sample() {
  Record r;
  r.schema = "pax-sheet/1";
  r.fields = {{"Region", "Europe and Eurasia"}, {"Country/entity", "A, \"B\""}};
  r.date = "1993-09-13";
  Provision no;
  no.section = "Implementation";
  no.label = "Related cases";
  Provision yes;
  yes.section = "Socio-economic reconstruction";
  yes.label = "Banks";
  yes.mentioned = true;
  yes.codes = {"Socio-economic reconstruction\u2192Banks\u2192Other"};
  yes.quotes = {{2, "Banks shall reopen."}};
  Provision text;
  text.section = "Implementation";
  text.label = "Source";
  text.mentioned = true;
  text.text = "A book.";
  r.provisions = {yes, no, text};
  r.diagnostics = {{"info", "label-merged", "line 3: x", 3}};
  return r;
}

BOOST_AUTO_TEST_CASE(JsonHasTheRecordFormatKeyOrderAndUtf8Arrows) {
  std::string json = RecordToJson(Sample(), {});
  size_t schema = json.find("\"schema\""), fields = json.find("\"fields\""), date = json.find("\"date\""),
         conflict = json.find("\"conflict\": null"), provisions = json.find("\"provisions\""),
         diagnostics = json.find("\"diagnostics\"");
  BOOST_TEST(schema < fields);
  BOOST_TEST(fields < date);
  BOOST_TEST(date < conflict);
  BOOST_TEST(conflict < provisions);
  BOOST_TEST(provisions < diagnostics);
  BOOST_TEST(diagnostics != std::string::npos);
  BOOST_TEST(json.find("\"source\"") == std::string::npos);  // unknown source is left out
  BOOST_TEST(json.find("reconstruction\u2192Banks\u2192Other") != std::string::npos);
  BOOST_TEST(json.find("\\u") == std::string::npos);
  BOOST_TEST(json.find("\"Region\": \"Europe and Eurasia\",\n  \"Country/entity\"") != std::string::npos);
  BOOST_TEST(json.back() == '\n');
  // A row that is not mentioned has no codes/quotes; a free-text row has "text" last.
  BOOST_TEST(json.find("\"label\": \"Related cases\",\n   \"mentioned\": false\n  }") != std::string::npos);
  BOOST_TEST(json.find("\"quotes\": [],\n   \"text\": \"A book.\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(DiagnosticsCanBeLeftOut) {
  JsonOptions o;
  o.diagnostics = false;
  BOOST_TEST(RecordToJson(Sample(), o).find("diagnostics") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(JsonLineIsOneLine) {
  std::string line = RecordToJsonLine(Sample(), {});
  BOOST_TEST(line.find('\n') == line.size() - 1);
  BOOST_TEST(nlohmann::json::parse(line)["provisions"][0]["quotes"][0]["page"] == 2);
}

BOOST_AUTO_TEST_CASE(InvalidUtf8IsReplacedNotThrown) {
  Record r = Sample();
  r.fields[0].second = "bad \xff byte";
  BOOST_TEST(RecordToJson(r, {}).find("bad \xef\xbf\xbd byte") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(CsvHasAColumnPerFieldAndRow) {
  Schema s = testing::TestSchema();
  std::string header = CsvHeader(s);
  BOOST_TEST(header.rfind("document,date,Country/entity,Region,Date,Agreement/conflict level,"
                          "Justice sector reform: Criminal justice and emergency law,",
                          0) == 0);
  BOOST_TEST(header.find(",Implementation: Source\n") != std::string::npos);
  std::string row = RecordToCsvRow(Sample(), s, "a.json");
  // Country/entity is quoted (comma, quotes); Date is not a field of the sample: empty.
  BOOST_TEST(row == "a.json,1993-09-13,\"A, \"\"B\"\"\",Europe and Eurasia,,,0,0,0,0,0,0,1,0,1\n");
}

}  // namespace
}  // namespace amend
