// Residue step: what the page the text came from left in it (web controls, Markdown,
// table rules read as characters). Only residue that is the same in any document is
// removed here; corpus-specific noise ("a ee eee") belongs in a rule pack
// (docs/rule-packs.md, "Built in or in a pack").
#include <memory>
#include <string>
#include <unordered_set>

#include <re2/re2.h>

#include "normalize/regex_matches.h"
#include "normalize/steps.h"

namespace amend {
namespace {

// One pattern; every match is replaced by the rewrite (\1 allowed).
struct ResiduePattern {
  const char* pattern;
  const char* rewrite;
};

// (?m): ^ and $ at line ends. Order matters: web controls before trailing blanks.
constexpr ResiduePattern kPatterns[] = {
    // Screen-reader label of a link and the button after it.
    {R"((?mi)[ ]*\(opens in (?:a )?new (?:tab|window)\)(?:[ ]*Download PDF)?)", ""},
    // A "Download PDF" button at the end of a cell.
    {R"((?m)[ ]+Download PDF[ ]*(\t|$))", R"(\1)"},
    // Markdown emphasis around a word or phrase on one line.
    {R"(\*\*([^*\n]+?)\*\*)", R"(\1)"},
    {R"(\b__([^_\n]+?)__\b)", R"(\1)"},
    // Lines made only of table-rule characters (Markdown "---|---", "—__|", "=====").
    {R"((?m)^[ \t]*[-_|=+:—–─━│┃]*[-_|=—–─━│┃]{3,}[-_|=+:—–─━│┃ \t]*$)", ""},
    // A run of rule characters after the text of a line ("... mention. —__|").
    {R"((?m)[ \t]+[_|—─━│┃]{2,}[ \t]*$)", ""},
};

SpannedText ApplyPattern(const SpannedText& in, const RE2& re, const char* rewrite,
                         std::vector<TextEdit>* edits) {
  SpannedTextBuilder b(in, "normalize.residue");
  const std::string& s = in.text();
  ForEachMatch(s, re, [&](const std::vector<std::string_view>& g) {
    std::vector<re2::StringPiece> pieces(g.begin(), g.end());
    std::string out;
    re.Rewrite(&out, rewrite, pieces.data(), static_cast<int>(pieces.size()));
    size_t begin = static_cast<size_t>(g[0].data() - s.data());
    b.Replace(begin, begin + g[0].size(), out);
  });
  SpannedText out = b.Finish();
  if (edits) for (TextEdit& e : b.TakeEdits()) edits->push_back(std::move(e));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "... text. Close <title>" where <title> is an earlier line of the text: the close
// button and title of a popup whose body was extracted with it. RE2 has no
// backreferences, so a pack cannot express "the same title as above"; it is built in.
SpannedText RemovePopupEcho(const SpannedText& in, std::vector<TextEdit>* edits) {
  const std::string& s = in.text();
  SpannedTextBuilder b(in, "normalize.residue");
  std::unordered_set<std::string_view> earlier;
  size_t begin = 0;
  while (begin < s.size()) {
    size_t end = s.find('\n', begin);
    if (end == std::string::npos) end = s.size();
    std::string_view line(s.data() + begin, end - begin);
    // The echo ends the line's last cell.
    size_t cell = line.rfind('\t');
    cell = cell == std::string_view::npos ? 0 : cell + 1;
    std::string_view last = Trim(line.substr(cell));
    size_t at = line.find(" Close ", cell);
    while (at != std::string_view::npos) {
      std::string_view title = Trim(line.substr(at + 7));
      if (title.size() >= 3 && earlier.count(title) &&
          title.data() + title.size() == last.data() + last.size()) {
        b.Replace(begin + at, begin + (title.data() + title.size() - line.data()), "");
        break;
      }
      at = line.find(" Close ", at + 1);
    }
    std::string_view whole = Trim(line);
    if (whole.find('\t') == std::string_view::npos && !whole.empty()) earlier.insert(whole);
    begin = end + 1;
  }
  SpannedText out = b.Finish();
  if (edits) for (TextEdit& e : b.TakeEdits()) edits->push_back(std::move(e));
  return out;
}

}  // namespace

SpannedText RemoveResidue(const SpannedText& in, std::vector<TextEdit>* edits) {
  static const std::vector<std::unique_ptr<RE2>>* compiled = [] {
    auto* v = new std::vector<std::unique_ptr<RE2>>;
    for (const ResiduePattern& p : kPatterns) v->push_back(std::make_unique<RE2>(p.pattern));
    return v;
  }();
  SpannedText text = RemovePopupEcho(in, edits);
  for (size_t i = 0; i < compiled->size(); ++i) {
    text = ApplyPattern(text, *(*compiled)[i], kPatterns[i].rewrite, edits);
  }
  return text;
}

}  // namespace amend
