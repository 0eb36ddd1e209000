#include "parse/record_eval.h"

#include <algorithm>
#include <string>
#include <vector>

#include "parse/label_distance.h"
#include "parse/record_pairs.h"

namespace amend {
namespace {

using Json = nlohmann::json;

std::vector<std::string> QuoteTexts(const Json* row) {
  std::vector<std::string> out;
  if (row == nullptr || !row->is_object() || !row->contains("quotes")) return out;
  const Json& q = (*row)["quotes"];
  if (q.is_array()) {
    for (const Json& x : q) out.push_back(FoldedMember(x, "text"));
  }
  return out;
}

void ScoreQuotes(const Json* t, const Json* g, EvalScore* s) {
  std::vector<std::string> tq = QuoteTexts(t), gq = QuoteTexts(g);
  for (size_t i = 0; i < std::max(tq.size(), gq.size()); ++i) {
    std::string a = i < tq.size() ? tq[i] : "", b = i < gq.size() ? gq[i] : "";
    s->quote_chars += CodePointLength(a);
    s->quote_edits += CodePointLevenshtein(a, b);
  }
}

}  // namespace

void EvalScore::Add(const EvalScore& o) {
  fields_total += o.fields_total;
  fields_right += o.fields_right;
  rows_total += o.rows_total;
  rows_right += o.rows_right;
  quote_edits += o.quote_edits;
  quote_chars += o.quote_chars;
}

EvalScore CompareRecords(const Json& truth, const Json& got) {
  EvalScore s;
  ForEachFieldPair(truth, got, [&s](const std::string&, const Json* t, const Json* g) {
    ++s.fields_total;
    if (t && g && FoldedString(*t) == FoldedString(*g)) ++s.fields_right;
  });
  ForEachRowPair(truth, got, [&s](const Json* t, const Json* g) {
    if (t == nullptr) return;  // a row only `got` has is not scored
    ++s.rows_total;
    if (g && SameRow(*t, *g)) ++s.rows_right;
    ScoreQuotes(t, g, &s);
  });
  return s;
}

}  // namespace amend
