#include "parse/record_diff.h"

#include "parse/record_pairs.h"

namespace amend {
namespace {

using Json = nlohmann::json;

Json MemberOrNull(const Json& j, const char* key) {
  if (!j.is_object()) return nullptr;
  auto it = j.find(key);
  return it == j.end() ? Json() : *it;
}

bool SameConflict(const Json& a, const Json& b) {
  if (a.is_object() != b.is_object()) return false;
  if (!a.is_object()) return a == b;
  return FoldedMember(a, "name") == FoldedMember(b, "name") &&
         FoldedMember(a, "description") == FoldedMember(b, "description");
}

}  // namespace

RecordDiff DiffRecords(const Json& before, const Json& after) {
  RecordDiff d;
  ForEachFieldPair(before, after, [&d](const std::string& key, const Json* a, const Json* b) {
    if (a && b && FoldedString(*a) == FoldedString(*b)) return;
    d.fields.push_back({key, a ? *a : Json(), b ? *b : Json()});
  });
  Json date_a = MemberOrNull(before, "date"), date_b = MemberOrNull(after, "date");
  if (date_a != date_b) d.members.push_back({"date", date_a, date_b});
  Json conflict_a = MemberOrNull(before, "conflict"), conflict_b = MemberOrNull(after, "conflict");
  if (!SameConflict(conflict_a, conflict_b)) d.members.push_back({"conflict", conflict_a, conflict_b});
  ForEachRowPair(before, after, [&d](const Json* a, const Json* b) {
    if (a && b && SameRow(*a, *b)) return;
    const Json& any = a ? *a : *b;
    d.rows.push_back({FoldedMember(any, "section"), FoldedMember(any, "label"), a ? *a : Json(),
                      b ? *b : Json()});
  });
  return d;
}

nlohmann::ordered_json RecordDiffToJson(const RecordDiff& diff) {
  auto changes = [](const std::vector<FieldChange>& list) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const FieldChange& f : list) {
      out.push_back({{"name", f.name}, {"before", f.before}, {"after", f.after}});
    }
    return out;
  };
  nlohmann::ordered_json rows = nlohmann::ordered_json::array();
  for (const RowChange& r : diff.rows) {
    rows.push_back({{"section", r.section},
                    {"label", r.label},
                    {"changed", ChangedRowParts(r.before, r.after)},
                    {"before", r.before},
                    {"after", r.after}});
  }
  return {{"fields", changes(diff.fields)}, {"members", changes(diff.members)}, {"rows", rows}};
}

}  // namespace amend
