#define BOOST_TEST_MODULE review_report
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <regex>
#include <set>
#include <sstream>

#include "base/file_io.h"
#include "pipeline/html_text.h"
#include "pipeline/review_report.h"
#include "pipeline/review_text.h"

namespace bdata = boost::unit_test::data;
using namespace amend;

namespace {

struct EscapeCase {
  std::string in, want, what;
};
std::ostream& operator<<(std::ostream& os, const EscapeCase& c) { return os << c.what; }

const EscapeCase kEscapes[] = {
    {"<script>alert(\"x\")</script>", "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", "markup"},
    {"Tom & Jerry's", "Tom &amp; Jerry&#39;s", "ampersand and apostrophe"},
    {"caf\xc3\xa9 \xe2\x86\x92 \xf0\x9f\x98\x80", "caf\xc3\xa9 \xe2\x86\x92 \xf0\x9f\x98\x80", "valid UTF-8 kept"},
    {"a\xff" "b", "a\xef\xbf\xbd" "b", "stray byte"},
    {"\xc0\xaf", "\xef\xbf\xbd\xef\xbf\xbd", "overlong slash"},
    {"\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", "surrogate"},
    {"\xe2\x86", "\xef\xbf\xbd\xef\xbf\xbd", "truncated at the end"},
    {std::string("a\0b\x01\t\n", 6), "a\xe2\x90\x80" "b\xe2\x90\x81\t\n", "controls made visible"},
};

BOOST_DATA_TEST_CASE(EscapesTextForHtml, bdata::make(kEscapes), c) {
  BOOST_TEST(HtmlEscape(c.in) == c.want);
}

BOOST_AUTO_TEST_CASE(Base64MatchesRfc4648Vectors) {
  BOOST_TEST(Base64("") == "");
  BOOST_TEST(Base64("f") == "Zg==");
  BOOST_TEST(Base64("fo") == "Zm8=");
  BOOST_TEST(Base64("foo") == "Zm9v");
  BOOST_TEST(Base64("foobar") == "Zm9vYmFy");
  BOOST_TEST(Base64(std::string("\0\xff", 2)) == "AP8=");
}

// "a  bc d": two spaces become one, "c" is deleted, "x" is inserted before "d".
SpannedText Edited() {
  SpannedText in = SpannedText::FromOriginal("a  bc d");
  SpannedTextBuilder b(in, "test");
  b.Replace(1, 3, " ");
  b.Replace(4, 5, "");
  b.Replace(6, 6, "x");
  return b.Finish();
}

BOOST_AUTO_TEST_CASE(MapsInputRangesToTheCleanedText) {
  SpannedText out = Edited();
  BOOST_TEST(out.text() == "a b xd");
  auto check = [&](ByteSpan in, ByteSpan want) {
    ByteSpan got = ToCleaned(out, in);
    BOOST_TEST(got.begin == want.begin);
    BOOST_TEST(got.end == want.end);
  };
  check({0, 1}, {0, 1});  // "a" unchanged
  check({1, 3}, {1, 2});  // the two spaces became one
  check({3, 4}, {2, 3});  // "b"
  check({4, 5}, {3, 3});  // "c" deleted: empty, where it was
  check({6, 6}, {4, 5});  // "x" inserted at 6
  check({6, 7}, {4, 6});  // "d", with the insertion in front of it
  check({0, 7}, {0, 6});  // everything
}

BOOST_AUTO_TEST_CASE(CountsLines) {
  LineIndex lines("ab\ncd\n\nef");
  BOOST_TEST(lines.LineAt(0) == 1);
  BOOST_TEST(lines.LineAt(2) == 1);  // the newline belongs to its line
  BOOST_TEST(lines.LineAt(3) == 2);
  BOOST_TEST(lines.LineAt(6) == 3);
  BOOST_TEST(lines.LineAt(7) == 4);
}

std::vector<std::string> AttributeValues(const std::string& html, const std::string& name) {
  std::vector<std::string> out;
  std::regex re(" " + name + "=\"([^\"]*)\"");
  for (std::sregex_iterator it(html.begin(), html.end(), re), end; it != end; ++it) {
    out.push_back((*it)[1]);
  }
  return out;
}

// The real seed sheet (OCR'd long ago), with markup injected into one value.
struct SeedReport {
  SeedReport() {
    StatusOr<std::string> seed = ReadFile(AMEND_SOURCE_DIR "/fixtures/golden/nagorno-karabakh-1993.ocr.txt");
    BOOST_REQUIRE(seed.ok());
    std::string text = *seed;
    size_t at = text.find("Europe and Eurasia");
    BOOST_REQUIRE(at != std::string::npos);
    text.insert(at, "<script>alert(\"&\")</script> ");
    StatusOr<SheetPipeline> p = SheetPipeline::Create(SheetPipelineOptions{});
    BOOST_REQUIRE(p.ok());
    StatusOr<SheetDocument> d = p->FromText(text, "seed<1>.txt");
    BOOST_REQUIRE(d.ok());
    doc = std::move(*d);
    html = RenderReviewReport(doc, ReportOptions{});
    StatusOr<TextCleaner> cleaner = TextCleaner::Create(CleanOptions{});
    BOOST_REQUIRE(cleaner.ok());
    for (const Rule& r : cleaner->engine().rules().rules) rule_ids.insert(r.id);
  }
  SheetDocument doc;
  std::string html;
  std::set<std::string> rule_ids;
};

BOOST_FIXTURE_TEST_CASE(TextReportEscapesTheOcrText, SeedReport) {
  BOOST_TEST(html.find("<script") == std::string::npos);
  BOOST_TEST(html.find("&lt;script&gt;alert(&quot;&amp;&quot;)&lt;/script&gt;") != std::string::npos);
  BOOST_TEST(html.find("<title>seed&lt;1&gt;.txt") != std::string::npos);
  BOOST_TEST(html.find("<svg") == std::string::npos);  // no pages for a text
}

BOOST_FIXTURE_TEST_CASE(TextReportMarksEveryEditWithItsRule, SeedReport) {
  size_t rule_edits = 0;
  for (const TextEdit& e : doc.cleaned.edits) rule_edits += !e.pack_file.empty();
  BOOST_TEST(rule_edits >= 10);  // the seed's damage: Agroomont, Intractate, ...
  std::set<int> marked;
  for (const std::string& list : AttributeValues(html, "data-edits")) {
    std::istringstream in(list);
    for (int k; in >> k;) marked.insert(k);
  }
  for (size_t k = 0; k < doc.cleaned.edits.size(); ++k) {
    BOOST_TEST(marked.count(static_cast<int>(k)) == 1, "edit " << k << " is highlighted");
  }
  for (const std::string& list : AttributeValues(html, "data-rules")) {
    std::istringstream in(list);
    for (std::string id; in >> id;) {
      BOOST_TEST((id.rfind("normalize.", 0) == 0 || rule_ids.count(id) == 1), id << " is a rule of the packs");
    }
  }
  BOOST_TEST(AttributeValues(html, "data-rule").size() == doc.cleaned.edits.size());  // the list
  // The seed's "Agroomont/conflict" row is repaired; its highlight says so on hover.
  BOOST_TEST(html.find("\u00abAgroomont") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(TextReportListsTheDiagnostics, SeedReport) {
  BOOST_TEST(!doc.record.diagnostics.empty());
  size_t begin = html.find("<ul id=\"diagnostics\">"), end = html.find("</ul>", begin);
  BOOST_REQUIRE(begin != std::string::npos);
  std::string list = html.substr(begin, end - begin);
  size_t items = 0;
  for (size_t at = list.find("<li"); at != std::string::npos; at = list.find("<li", at + 1)) ++items;
  BOOST_TEST(items == doc.record.diagnostics.size());
  for (const Diagnostic& d : doc.record.diagnostics) {
    if (d.line > 0) {
      BOOST_TEST(html.find("id=\"L" + std::to_string(d.line) + "\"") != std::string::npos);
    }
    BOOST_TEST(list.find(HtmlEscape(d.message)) != std::string::npos);
  }
}

}  // namespace
