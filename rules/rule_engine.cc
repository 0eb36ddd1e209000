#include "rules/rule_engine.h"

#include <algorithm>

#include "base/view_set.h"
#include "normalize/regex_matches.h"

namespace amend {
namespace {

// Rewrites every match of `rule` in `unit` through `b`.
void RewriteMatches(const Rule& rule, const std::string& unit, SpannedTextBuilder* b) {
  const RE2& re = *rule.re;
  ForEachMatch(unit, re, [&](const std::vector<std::string_view>& g) {
    size_t begin = static_cast<size_t>(g[0].data() - unit.data());
    if (rule.vocabulary) {
      std::string_view target = g.size() > 1 && g[1].data() ? g[1] : g[0];
      std::optional<Snap> snap = rule.vocabulary->Match(target, rule.snap_options);
      if (!snap) return;
      size_t t = static_cast<size_t>(target.data() - unit.data());
      b->Replace(t, t + target.size(), snap->entry);
      return;
    }
    std::vector<re2::StringPiece> pieces(g.begin(), g.end());
    std::string out;
    re.Rewrite(&out, rule.replace, pieces.data(), static_cast<int>(pieces.size()));
    b->Replace(begin, begin + g[0].size(), out);
  });
}

}  // namespace

StatusOr<RuleEngine> RuleEngine::Create(RuleSet rules, EngineOptions options) {
  RuleEngine engine;
  engine.options_ = options;
  for (size_t i = 0; i < rules.rules.size(); ++i) {
    const Rule& r = rules.rules[i];
    engine.groups_[static_cast<int>(r.stage)][static_cast<int>(r.scope)].rule_indices.push_back(i);
  }
  if (options.use_set_prefilter) {
    RE2::Options re_options;
    re_options.set_log_errors(false);
    re_options.set_max_mem(int64_t{256} << 20);
    for (auto& stage : engine.groups_) {
      for (int scope = 0; scope < 4; ++scope) {
        Group& g = stage[scope];
        if (g.rule_indices.empty()) continue;
        // A lone rule over the whole text needs no prefilter: a Set would scan the text
        // once to pick it and again after it changed the text, before its own scan.
        if (scope == static_cast<int>(RuleScope::kDocument) && g.rule_indices.size() == 1) {
          continue;
        }
        if (g.rule_indices.size() == 1) {
          g.single = rules.rules[g.rule_indices[0]].re.get();
          continue;
        }
        g.set = std::make_shared<RE2::Set>(re_options, RE2::UNANCHORED);
        for (size_t i : g.rule_indices) {
          std::string error;
          if (g.set->Add(rules.rules[i].compiled_pattern, &error) < 0) {
            return RuleError(rules.rules[i].file + ":" + std::to_string(rules.rules[i].line) +
                             ": rule \"" + rules.rules[i].id + "\" cannot join the RE2 set: " + error);
          }
        }
        if (!g.set->Compile()) return RuleError("RE2 could not compile the rule set (out of memory)");
      }
    }
  }
  engine.rules_ = std::move(rules);
  return engine;
}

std::vector<size_t> RuleEngine::Candidates(const Group& group, std::string_view unit, int after,
                                           bool probe) const {
  std::vector<size_t> out;
  if (group.single) {
    if (after < 0 && RE2::PartialMatch(unit, *group.single)) out.push_back(0);
    return out;
  }
  std::vector<int> hits;
  RE2::Set::ErrorInfo info;
  // Most units match no rule: asking only whether any rule matches lets RE2 stop at the
  // first match and allocate nothing; which rules match is asked only when one does.
  if (probe && group.set && !group.set->Match(unit, nullptr, &info) &&
      info.kind == RE2::Set::kNoError) {
    return out;
  }
  if (group.set && group.set->Match(unit, &hits, &info)) {
    std::sort(hits.begin(), hits.end());
    for (int h : hits) {
      if (h > after) out.push_back(static_cast<size_t>(h));
    }
    return out;
  }
  if (group.set && info.kind == RE2::Set::kNoError) return out;  // nothing matches
  // No Set (prefilter off) or the Set's DFA ran out of memory: try every rule.
  for (size_t k = static_cast<size_t>(after + 1); k < group.rule_indices.size(); ++k) out.push_back(k);
  return out;
}

bool RuleEngine::ApplyGroup(const Group& group, SpannedText* unit, std::vector<TextEdit>* edits,
                            RuleStats* stats, const std::vector<size_t>* first) const {
  if (group.rule_indices.empty()) return false;
  bool changed = false;
  std::vector<size_t> candidates = first ? *first : Candidates(group, unit->text(), -1);
  size_t next = 0;
  while (next < candidates.size()) {
    size_t k = candidates[next++];
    const Rule& rule = rules_.rules[group.rule_indices[k]];
    SpannedTextBuilder b(*unit, rule.id, edits);
    b.SetEditSource(rule.id, StageName(rule.stage), rule.file, rule.line);
    RewriteMatches(rule, unit->text(), &b);
    if (b.edit_count() == 0) continue;
    if (stats) {
      stats->hits.resize(rules_.rules.size());
      stats->hits[group.rule_indices[k]] += b.edit_count();
    }
    *unit = b.Finish();
    changed = true;
    // The unit changed: rules after this one are chosen again on the new text.
    candidates = Candidates(group, unit->text(), static_cast<int>(k));
    next = 0;
  }
  return changed;
}

SpannedText RuleEngine::ApplyLines(RuleStage stage, const SpannedText& in,
                                   std::vector<TextEdit>* edits, RuleStats* stats) const {
  const auto& g = groups_[static_cast<int>(stage)];
  const Group& lines = g[static_cast<int>(RuleScope::kLine)];
  const Group& labels = g[static_cast<int>(RuleScope::kLabel)];
  const Group& values = g[static_cast<int>(RuleScope::kValue)];
  if (lines.rule_indices.empty() && labels.rule_indices.empty() && values.rule_indices.empty()) {
    return in;
  }
  const std::string& s = in.text();
  SpannedTextBuilder doc(in, "", edits);
  // Whether to probe a group's Set before asking which rules match: worth it while most
  // lines have no candidate in the group (a stage whose rules match nearly every line,
  // such as a label snap, skips the probe).
  struct MatchRate {
    size_t units = 0, matched = 0;
    bool Probe() const { return 2 * matched <= units; }
    void Add(const std::vector<size_t>& c) {
      ++units;
      matched += c.empty() ? 0 : 1;
    }
  } line_rate, label_rate, value_rate;
  // Lines this stage leaves as they are. The rules see nothing but the line, so an equal
  // line is left alone too: it is skipped without a Set pass (sheets repeat most of their
  // lines: labels, "No specific mention."). The keys point into `s`.
  ViewSet unchanged;
  for (size_t begin = 0; begin <= s.size();) {
    size_t end = s.find('\n', begin);
    if (end == std::string::npos) end = s.size();
    if (begin == end && end == s.size()) break;
    std::string_view view(s.data() + begin, end - begin);
    if (unchanged.contains(view)) {
      begin = end + 1;
      continue;
    }
    size_t view_tab = view.find('\t');
    // Each group's candidates on the unchanged line, computed once (the Set match is most
    // of the cost of a line that no rule changes).
    std::vector<size_t> line_c = Candidates(lines, view, -1, line_rate.Probe()), label_c, value_c;
    line_rate.Add(line_c);
    if (view_tab != std::string_view::npos) {
      label_c = Candidates(labels, view.substr(0, view_tab), -1, label_rate.Probe());
      value_c = Candidates(values, view.substr(view_tab + 1), -1, value_rate.Probe());
      label_rate.Add(label_c);
      value_rate.Add(value_c);
    }
    // Line rules may add a tab, so cells are only skipped when line rules cannot match.
    if (line_c.empty() && label_c.empty() && value_c.empty()) {
      unchanged.insert(view);
      begin = end + 1;
      continue;
    }
    SpannedText line = in.Slice(begin, end);
    // A line's edits are kept only for a caller that reads them (`edits`).
    std::vector<TextEdit> line_edits;
    std::vector<TextEdit>* kept = edits ? &line_edits : nullptr;
    bool changed = ApplyGroup(lines, &line, kept, stats, &line_c);
    size_t tab = line.text().find('\t');
    if (tab != std::string::npos && (!labels.rule_indices.empty() || !values.rule_indices.empty())) {
      SpannedText label = line.Slice(0, tab), value = line.Slice(tab + 1, line.size());
      std::vector<TextEdit> label_edits, value_edits;
      // Cells of an unchanged line are the ones the candidates were found for.
      bool l = ApplyGroup(labels, &label, edits ? &label_edits : nullptr, stats,
                          changed ? nullptr : &label_c);
      bool v = ApplyGroup(values, &value, edits ? &value_edits : nullptr, stats,
                          changed ? nullptr : &value_c);
      if (l || v) {
        SpannedTextBuilder cells(line, "", kept);
        cells.Splice(0, tab, label, label_edits);
        cells.Splice(tab + 1, line.size(), value, value_edits);
        line = cells.Finish();
        changed = true;
      }
    }
    if (changed) {
      doc.Splice(begin, end, line, line_edits);
    } else {
      unchanged.insert(view);
    }
    begin = end + 1;
  }
  return doc.Finish();
}

SpannedText RuleEngine::Apply(const SpannedText& in, std::vector<TextEdit>* edits,
                              RuleStats* stats) const {
  if (stats) stats->hits.resize(rules_.rules.size());
  SpannedText text = in;
  for (int stage = 0; stage < 4; ++stage) {
    ApplyGroup(groups_[stage][static_cast<int>(RuleScope::kDocument)], &text, edits, stats);
    text = ApplyLines(static_cast<RuleStage>(stage), text, edits, stats);
  }
  return text;
}

std::string RuleEngine::ApplyRule(const Rule& rule, std::string_view unit) {
  SpannedText text = SpannedText::FromOriginal(std::string(unit));
  SpannedTextBuilder b(text, rule.id);
  RewriteMatches(rule, text.text(), &b);
  return b.Finish().text();
}

}  // namespace amend
