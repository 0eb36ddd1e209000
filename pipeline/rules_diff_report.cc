// RulesDiffToText and RulesDiffToJson (declared in pipeline/rules_diff.h).
#include <string>

#include "parse/record_pairs.h"
#include "pipeline/rules_diff.h"

namespace amend {
namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

std::string Dump(const Json& j) {
  if (j.is_null()) return "(absent)";
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

const Json& Part(const Json& row, const std::string& part) {
  static const Json kNull;
  if (!row.is_object()) return kNull;
  auto it = row.find(part);
  return it == row.end() ? kNull : *it;
}

std::string SideStatus(const std::string& error) { return error.empty() ? "ok" : error; }

void AppendRecordChanges(const RecordDiff& d, std::string* out) {
  for (const std::vector<FieldChange>* list : {&d.fields, &d.members}) {
    const char* kind = list == &d.fields ? "field" : "record";
    for (const FieldChange& f : *list) {
      *out += " " + std::string(kind) + " " + f.name + "\n";
      *out += "-  " + Dump(f.before) + "\n";
      *out += "+  " + Dump(f.after) + "\n";
    }
  }
  for (const RowChange& r : d.rows) {
    std::vector<std::string> parts = ChangedRowParts(r.before, r.after);
    *out += " row " + r.section + " / " + r.label;
    if (r.before.is_null() || r.after.is_null()) {
      *out += "\n-  " + Dump(r.before) + "\n+  " + Dump(r.after) + "\n";
      continue;
    }
    std::string names;
    for (const std::string& p : parts) names += (names.empty() ? ": " : ", ") + p;
    *out += names + "\n";
    for (const std::string& p : parts) {
      *out += "-  " + p + " " + Dump(Part(r.before, p)) + "\n";
      *out += "+  " + p + " " + Dump(Part(r.after, p)) + "\n";
    }
  }
}

std::string Count(bool present, size_t n) { return present ? std::to_string(n) : "(absent)"; }

std::string Padded(std::string s, size_t width) {
  if (s.size() < width) s.append(width - s.size(), ' ');
  return s;
}

}  // namespace

std::string RulesDiffToText(const RulesDiff& diff) {
  std::string out = "--- " + diff.name_a + "\n+++ " + diff.name_b + "\n";
  size_t status_changes = 0;
  for (const DocumentDiff& d : diff.changed) {
    out += "@@ " + d.path + "\n";
    if (d.error_a.empty() && d.error_b.empty()) {
      AppendRecordChanges(d.record, &out);
      continue;
    }
    ++status_changes;
    out += " status\n-  " + SideStatus(d.error_a) + "\n+  " + SideStatus(d.error_b) + "\n";
  }
  size_t rules_changed = 0, width = 0;
  for (const RuleHits& r : diff.rules) {
    if (r.Changed()) ++rules_changed, width = std::max(width, r.id.size());
  }
  out += "\nrule hits (" + diff.name_a + " -> " + diff.name_b + "), " +
         std::to_string(diff.rules.size() - rules_changed) + " rule(s) with equal counts not shown:\n";
  for (const RuleHits& r : diff.rules) {
    if (r.Changed()) {
      out += "  " + Padded(r.id, width) + "  " + Count(r.in_a, r.hits_a) + " -> " + Count(r.in_b, r.hits_b) + "\n";
    }
  }
  std::string diagnostics;
  for (const auto& [code, n] : diff.diagnostics) {
    if (n[0] != n[1]) diagnostics += "  " + code + "  " + std::to_string(n[0]) + " -> " + std::to_string(n[1]) + "\n";
  }
  if (!diagnostics.empty()) out += "\nparser diagnostics whose counts change:\n" + diagnostics;
  if (!diff.failed.empty()) {
    out += "\nfailed on both sides (not a change):\n";
    for (const DocumentDiff& d : diff.failed) out += "  " + d.error_a + "\n";
  }
  out += "\n" + std::to_string(diff.changed.size()) + " of " + std::to_string(diff.documents) +
         " document(s) change (" + std::to_string(status_changes) + " in status), " +
         std::to_string(rules_changed) + " rule(s) change hit counts\n";
  return out;
}

std::string RulesDiffToJson(const RulesDiff& diff) {
  OrderedJson changed = OrderedJson::array();
  for (const DocumentDiff& d : diff.changed) {
    OrderedJson doc = {{"path", d.path}, {"status_a", SideStatus(d.error_a)}, {"status_b", SideStatus(d.error_b)}};
    OrderedJson record = RecordDiffToJson(d.record);
    for (auto& [key, value] : record.items()) doc[key] = std::move(value);
    changed.push_back(std::move(doc));
  }
  OrderedJson failed = OrderedJson::array();
  for (const DocumentDiff& d : diff.failed) failed.push_back({{"path", d.path}, {"error", d.error_a}});
  OrderedJson rules = OrderedJson::array();
  size_t rules_changed = 0;
  for (const RuleHits& r : diff.rules) {
    rules_changed += r.Changed();
    rules.push_back({{"id", r.id},
                     {"a", r.in_a ? OrderedJson(r.hits_a) : OrderedJson()},
                     {"b", r.in_b ? OrderedJson(r.hits_b) : OrderedJson()},
                     {"where_a", r.in_a ? OrderedJson(r.where_a) : OrderedJson()},
                     {"where_b", r.in_b ? OrderedJson(r.where_b) : OrderedJson()}});
  }
  OrderedJson diagnostics = OrderedJson::object();
  for (const auto& [code, n] : diff.diagnostics) diagnostics[code] = {{"a", n[0]}, {"b", n[1]}};
  OrderedJson out = {{"a", diff.name_a},
                     {"b", diff.name_b},
                     {"documents", diff.documents},
                     {"changed", changed},
                     {"failed", failed},
                     {"rules", rules},
                     {"diagnostics", diagnostics},
                     {"summary", {{"documents_changed", diff.changed.size()}, {"rules_changed", rules_changed}}}};
  return out.dump(1, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

}  // namespace amend
