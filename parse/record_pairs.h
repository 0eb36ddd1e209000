// Pairing the parts of two pax-sheet/1 records given as JSON: the traversal that
// `amend eval` (parse/record_eval.h) and `amend diff` (parse/record_diff.h) share.
//
//   ForEachFieldPair(a, b, [&](const std::string& key, const Json* fa, const Json* fb) {
//     if (!fa || !fb || FoldedString(*fa) != FoldedString(*fb)) ...;   // a changed field
//   });
//   ForEachRowPair(a, b, [&](const Json* ra, const Json* rb) {
//     if (ra && rb && !SameRow(*ra, *rb)) ...;                          // a changed row
//   });
//
// Fields pair by key: a's in a's order, then those only b has. Rows ("provisions") pair by
// (section, label), whitespace folded: a's rows in a's order, each with b's row of that key
// (the last one when b repeats it), then b's rows whose key a lacks. The side without a
// part gets nullptr. Malformed parts (no "fields" object, no "provisions" array) count as
// absent; nothing throws. Pure functions; thread-safe.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace amend {

// A string value with whitespace folded (values.h FoldWhitespace); "" for anything else.
std::string FoldedString(const nlohmann::json& value);

// The member `key` of an object as FoldedString; "" when absent or `j` is no object.
std::string FoldedMember(const nlohmann::json& j, const char* key);

// Calls `visit(key, a_value, b_value)` for each field of either record (order above).
void ForEachFieldPair(
    const nlohmann::json& a, const nlohmann::json& b,
    const std::function<void(const std::string&, const nlohmann::json*, const nlohmann::json*)>& visit);

// Calls `visit(a_row, b_row)` for each row of either record (order above).
void ForEachRowPair(const nlohmann::json& a, const nlohmann::json& b,
                    const std::function<void(const nlohmann::json*, const nlohmann::json*)>& visit);

// The parts in which two rows differ, among "mentioned", "codes", "quotes" (pages and
// whitespace-folded texts, in order) and "text" (the free text, folded), in that order.
// Either row may be null (a missing row differs in every part the other has).
std::vector<std::string> ChangedRowParts(const nlohmann::json& a, const nlohmann::json& b);

// True when ChangedRowParts(a, b) is empty.
bool SameRow(const nlohmann::json& a, const nlohmann::json& b);

}  // namespace amend
