#include "parse/record_eval.h"

#include <map>
#include <string>
#include <utility>

#include "parse/label_distance.h"
#include "parse/values.h"

namespace amend {
namespace {

using Json = nlohmann::json;

std::string Str(const Json& j, const char* key) {
  if (!j.is_object()) return "";
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? FoldWhitespace(it->get<std::string>()) : "";
}

const Json& Member(const Json& j, const char* key) {
  static const Json kNull;
  if (!j.is_object()) return kNull;
  auto it = j.find(key);
  return it == j.end() ? kNull : *it;
}

std::vector<std::string> QuoteTexts(const Json& row) {
  std::vector<std::string> out;
  const Json& q = Member(row, "quotes");
  if (q.is_array()) {
    for (const Json& x : q) out.push_back(Str(x, "text"));
  }
  return out;
}

bool SameRow(const Json& t, const Json& g) {
  if (Member(t, "mentioned") != Member(g, "mentioned") || Member(t, "codes") != Member(g, "codes")) return false;
  if (Str(t, "text") != Str(g, "text")) return false;
  const Json& tq = Member(t, "quotes");
  const Json& gq = Member(g, "quotes");
  if (tq.is_array() != gq.is_array() || (tq.is_array() && tq.size() != gq.size())) return false;
  for (size_t i = 0; tq.is_array() && i < tq.size(); ++i) {
    if (Member(tq[i], "page") != Member(gq[i], "page") || Str(tq[i], "text") != Str(gq[i], "text")) return false;
  }
  return true;
}

void ScoreQuotes(const Json& t, const Json& g, EvalScore* s) {
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
  const Json& tf = Member(truth, "fields");
  const Json& gf = Member(got, "fields");
  if (tf.is_object()) {
    for (auto it = tf.begin(); it != tf.end(); ++it) {
      ++s.fields_total;
      if (gf.is_object() && gf.contains(it.key()) && Str(gf, it.key().c_str()) == Str(tf, it.key().c_str())) ++s.fields_right;
    }
  }
  if (gf.is_object()) {
    for (auto it = gf.begin(); it != gf.end(); ++it) {
      if (!tf.is_object() || !tf.contains(it.key())) ++s.fields_total;
    }
  }
  std::map<std::pair<std::string, std::string>, const Json*> got_rows;
  const Json& gp = Member(got, "provisions");
  if (gp.is_array()) {
    for (const Json& r : gp) got_rows[{Str(r, "section"), Str(r, "label")}] = &r;
  }
  const Json& tp = Member(truth, "provisions");
  if (!tp.is_array()) return s;
  static const Json kNone = Json::object();
  for (const Json& r : tp) {
    ++s.rows_total;
    auto it = got_rows.find({Str(r, "section"), Str(r, "label")});
    const Json& g = it == got_rows.end() ? kNone : *it->second;
    if (it != got_rows.end() && SameRow(r, g)) ++s.rows_right;
    ScoreQuotes(r, g, &s);
  }
  return s;
}

}  // namespace amend
