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
  // The line rules of a stage and of the following stages without document rules run in
  // one pass over the lines.
  for (int stage = 0; stage < 4;) {
    Pass pass;
    pass.first = stage;
    int last = stage;
    while (last + 1 < 4 &&
           engine.groups_[last + 1][static_cast<int>(RuleScope::kDocument)].rule_indices.empty()) {
      ++last;
    }
    for (int st = stage; st <= last; ++st) {
      const auto& g = engine.groups_[st];
      for (int scope = 1; scope < 4; ++scope) {
        if (!g[scope].rule_indices.empty()) {
          pass.stages.push_back(st);
          break;
        }
      }
    }
    engine.passes_.push_back(std::move(pass));
    stage = last + 1;
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

namespace {

// Whether to probe a group's Set before asking which rules match: worth it while most
// units have no candidate in the group (a stage whose rules match nearly every line, such
// as a label snap, skips the probe).
struct MatchRate {
  size_t units = 0, matched = 0;
  bool Probe() const { return 2 * matched <= units; }
  void Add(const std::vector<size_t>& c) {
    ++units;
    matched += c.empty() ? 0 : 1;
  }
};

}  // namespace

// One stage's share of a pass over the lines.
struct RuleEngine::LineStage {
  const Group* lines = nullptr;
  const Group* labels = nullptr;
  const Group* values = nullptr;
  MatchRate line_rate, label_rate, value_rate;
  // Lines (as they reach this stage) that it leaves as they are. The rules see nothing but
  // the line, so an equal line is left alone too: it is skipped without a Set pass (sheets
  // repeat most of their lines: labels, "No specific mention."). The keys point into the
  // pass's input: only lines no earlier stage of the pass changed are kept.
  ViewSet unchanged;
  // With edits recorded: this stage's edits, with `after` spans in the text right after
  // the stage, and the length of that text so far.
  std::vector<TextEdit> edits;
  size_t out_size = 0;
};

bool RuleEngine::ApplyLineStage(LineStage& st, std::string_view view, bool stable,
                                const SpannedText& in, size_t begin, size_t end,
                                SpannedText* line, std::vector<TextEdit>* line_edits,
                                RuleStats* stats) const {
  if (st.unchanged.contains(view)) return false;
  const Group& lines = *st.lines;
  const Group& labels = *st.labels;
  const Group& values = *st.values;
  size_t view_tab = view.find('\t');
  // Each group's candidates on the line as it came, computed once (the Set match is most
  // of the cost of a line that no rule changes).
  std::vector<size_t> line_c = Candidates(lines, view, -1, st.line_rate.Probe()), label_c, value_c;
  st.line_rate.Add(line_c);
  if (view_tab != std::string_view::npos) {
    label_c = Candidates(labels, view.substr(0, view_tab), -1, st.label_rate.Probe());
    value_c = Candidates(values, view.substr(view_tab + 1), -1, st.value_rate.Probe());
    st.label_rate.Add(label_c);
    st.value_rate.Add(value_c);
  }
  // Line rules may add a tab, so cells are only skipped when line rules cannot match.
  if (line_c.empty() && label_c.empty() && value_c.empty()) {
    if (stable) st.unchanged.insert(view);
    return false;
  }
  if (stable) *line = in.Slice(begin, end);  // no stage of the pass has changed it yet
  bool changed = ApplyGroup(lines, line, line_edits, stats, &line_c);
  size_t tab = line->text().find('\t');
  if (tab != std::string::npos && (!labels.rule_indices.empty() || !values.rule_indices.empty())) {
    SpannedText label = line->Slice(0, tab), value = line->Slice(tab + 1, line->size());
    std::vector<TextEdit> label_edits, value_edits;
    // Cells of an unchanged line are the ones the candidates were found for.
    bool l = ApplyGroup(labels, &label, line_edits ? &label_edits : nullptr, stats,
                        changed ? nullptr : &label_c);
    bool v = ApplyGroup(values, &value, line_edits ? &value_edits : nullptr, stats,
                        changed ? nullptr : &value_c);
    if (l || v) {
      SpannedTextBuilder cells(*line, "", line_edits);
      cells.Splice(0, tab, label, label_edits);
      cells.Splice(tab + 1, line->size(), value, value_edits);
      *line = cells.Finish();
      changed = true;
    }
  }
  if (!changed && stable) st.unchanged.insert(view);
  return changed;
}

SpannedText RuleEngine::ApplyLines(const Pass& pass, const SpannedText& in,
                                   std::vector<TextEdit>* edits, RuleStats* stats) const {
  if (pass.stages.empty()) return in;
  std::vector<LineStage> stages(pass.stages.size());
  for (size_t i = 0; i < stages.size(); ++i) {
    const auto& g = groups_[pass.stages[i]];
    stages[i].lines = &g[static_cast<int>(RuleScope::kLine)];
    stages[i].labels = &g[static_cast<int>(RuleScope::kLabel)];
    stages[i].values = &g[static_cast<int>(RuleScope::kValue)];
  }
  const std::string& s = in.text();
  SpannedTextBuilder doc(in, "", nullptr);
  // Lines that every stage of the pass leaves as they are (keys point into `s`).
  ViewSet unchanged;
  std::vector<TextEdit> line_edits;
  for (size_t begin = 0; begin <= s.size();) {
    size_t end = s.find('\n', begin);
    if (end == std::string::npos) end = s.size();
    if (begin == end && end == s.size()) break;
    const std::string_view view(s.data() + begin, end - begin);
    if (unchanged.contains(view)) {
      if (edits) {
        for (LineStage& st : stages) st.out_size += view.size() + 1;
      }
      begin = end + 1;
      continue;
    }
    SpannedText line;  // the line once a stage changes it (sliced from `in` then)
    bool changed = false;
    for (LineStage& st : stages) {
      line_edits.clear();
      std::string_view now = changed ? std::string_view(line.text()) : view;
      // Edits are kept only for a caller that reads them.
      if (ApplyLineStage(st, now, !changed, in, begin, end, &line, edits ? &line_edits : nullptr,
                         stats)) {
        changed = true;
        for (TextEdit& e : line_edits) {
          e.after.begin += st.out_size;
          e.after.end += st.out_size;
          st.edits.push_back(std::move(e));
        }
      }
      if (edits) st.out_size += (changed ? line.size() : view.size()) + 1;
    }
    if (changed) {
      doc.Splice(begin, end, line, {});
    } else {
      unchanged.insert(view);
    }
    begin = end + 1;
  }
  // The edits in the order the stages made them, as if each had passed over the whole text.
  if (edits) {
    for (LineStage& st : stages) {
      for (TextEdit& e : st.edits) edits->push_back(std::move(e));
    }
  }
  return doc.Finish();
}

SpannedText RuleEngine::Apply(SpannedText in, std::vector<TextEdit>* edits,
                              RuleStats* stats) const {
  if (stats) stats->hits.resize(rules_.rules.size());
  SpannedText text = std::move(in);
  for (const Pass& pass : passes_) {
    ApplyGroup(groups_[pass.first][static_cast<int>(RuleScope::kDocument)], &text, edits, stats);
    text = ApplyLines(pass, text, edits, stats);
  }
  return text;
}

std::string RuleEngine::ApplyRule(const Rule& rule, std::string_view unit) {
  SpannedText text = SpannedText::FromOriginal(std::string(unit));
  SpannedTextBuilder b(text, rule.id, nullptr);  // the text only: no edits recorded
  RewriteMatches(rule, text.text(), &b);
  return b.Finish().text();
}

}  // namespace amend
