#include "parse/record_pairs.h"

#include <map>
#include <set>
#include <utility>

#include "parse/values.h"

namespace amend {
namespace {

using Json = nlohmann::json;
using RowKey = std::pair<std::string, std::string>;  // section, label

const Json& Member(const Json& j, const char* key) {
  static const Json kNull;
  if (!j.is_object()) return kNull;
  auto it = j.find(key);
  return it == j.end() ? kNull : *it;
}

RowKey KeyOf(const Json& row) { return {FoldedMember(row, "section"), FoldedMember(row, "label")}; }

bool SameQuotes(const Json& a, const Json& b) {
  if (a.is_array() != b.is_array() || (a.is_array() && a.size() != b.size())) return false;
  for (size_t i = 0; a.is_array() && i < a.size(); ++i) {
    if (Member(a[i], "page") != Member(b[i], "page") ||
        FoldedMember(a[i], "text") != FoldedMember(b[i], "text")) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string FoldedString(const Json& value) {
  return value.is_string() ? FoldWhitespace(value.get_ref<const std::string&>()) : "";
}

std::string FoldedMember(const Json& j, const char* key) { return FoldedString(Member(j, key)); }

void ForEachFieldPair(const Json& a, const Json& b,
                      const std::function<void(const std::string&, const Json*, const Json*)>& visit) {
  const Json& af = Member(a, "fields");
  const Json& bf = Member(b, "fields");
  if (af.is_object()) {
    for (auto it = af.begin(); it != af.end(); ++it) {
      auto other = bf.is_object() ? bf.find(it.key()) : bf.end();
      visit(it.key(), &*it, bf.is_object() && other != bf.end() ? &*other : nullptr);
    }
  }
  if (bf.is_object()) {
    for (auto it = bf.begin(); it != bf.end(); ++it) {
      if (!af.is_object() || !af.contains(it.key())) visit(it.key(), nullptr, &*it);
    }
  }
}

void ForEachRowPair(const Json& a, const Json& b,
                    const std::function<void(const Json*, const Json*)>& visit) {
  std::map<RowKey, const Json*> b_rows;
  const Json& bp = Member(b, "provisions");
  if (bp.is_array()) {
    for (const Json& r : bp) b_rows[KeyOf(r)] = &r;
  }
  std::set<RowKey> a_keys;
  const Json& ap = Member(a, "provisions");
  if (ap.is_array()) {
    for (const Json& r : ap) {
      RowKey key = KeyOf(r);
      auto it = b_rows.find(key);
      visit(&r, it == b_rows.end() ? nullptr : it->second);
      a_keys.insert(std::move(key));
    }
  }
  if (bp.is_array()) {
    for (const Json& r : bp) {
      if (!a_keys.count(KeyOf(r))) visit(nullptr, &r);
    }
  }
}

std::vector<std::string> ChangedRowParts(const Json& a, const Json& b) {
  std::vector<std::string> parts;
  if (Member(a, "mentioned") != Member(b, "mentioned")) parts.push_back("mentioned");
  if (Member(a, "codes") != Member(b, "codes")) parts.push_back("codes");
  if (!SameQuotes(Member(a, "quotes"), Member(b, "quotes"))) parts.push_back("quotes");
  if (FoldedMember(a, "text") != FoldedMember(b, "text")) parts.push_back("text");
  return parts;
}

bool SameRow(const Json& a, const Json& b) { return ChangedRowParts(a, b).empty(); }

}  // namespace amend
