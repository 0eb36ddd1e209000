#include "rules/rule_check.h"

#include <cstdio>
#include <map>

namespace amend {
namespace {

std::string Where(const Rule& r) { return r.file + ":" + std::to_string(r.line) + ": "; }

// The input as a document for the whole engine: a cell becomes a line with a tab.
std::string AsDocument(const Rule& r, const std::string& unit) {
  switch (r.scope) {
    case RuleScope::kLabel: return unit + "\t";
    case RuleScope::kValue: return "\t" + unit;
    default: return unit;
  }
}

}  // namespace

std::string Escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\\') out += "\\\\";
    else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(c));
      out += buf;
    } else {
      out += c;
    }
  }
  return out;
}

RuleTestReport TestRuleExamples(const RuleSet& rules) {
  RuleTestReport report;
  for (const Rule& rule : rules.rules) {
    auto check = [&](const RuleExample& ex, bool keep) {
      std::string actual = RuleEngine::ApplyRule(rule, ex.input);
      if (actual == ex.expected) {
        ++report.passed;
      } else {
        report.failures.push_back({&rule, ex.line, keep, ex.input, ex.expected, actual});
      }
    };
    for (const RuleExample& ex : rule.examples) check(ex, false);
    for (const RuleExample& ex : rule.keeps) check(ex, true);
  }
  return report;
}

std::string FormatFailure(const ExampleFailure& f) {
  std::string expected = Escape(f.expected), actual = Escape(f.actual);
  size_t diff = 0;
  while (diff < expected.size() && diff < actual.size() && expected[diff] == actual[diff]) ++diff;
  std::string out = f.rule->file + ":" + std::to_string(f.line) + ": rule \"" + f.rule->id +
                    "\": " + (f.keep ? "keep changed" : "example failed") + "\n";
  out += "  input     \"" + Escape(f.input) + "\"\n";
  out += "- expected  \"" + expected + "\"\n";
  out += "+ actual    \"" + actual + "\"\n";
  out += std::string(13 + diff, ' ') + "^\n";
  return out;
}

std::vector<std::string> FindDuplicateIds(const RuleSet& rules) {
  std::vector<std::string> out;
  std::map<std::string, const Rule*> first;
  for (const Rule& r : rules.rules) {
    auto [it, fresh] = first.emplace(r.id, &r);
    if (!fresh) {
      out.push_back(Where(r) + "duplicate rule id \"" + r.id + "\" (also at " + it->second->file +
                    ":" + std::to_string(it->second->line) + ")");
    }
  }
  return out;
}

std::vector<std::string> FindUndoingPairs(const RuleSet& rules) {
  std::vector<std::string> out;
  for (const Rule& a : rules.rules) {
    for (const RuleExample& ex : a.examples) {
      if (ex.input == ex.expected) continue;
      for (const Rule& b : rules.rules) {
        if (&a == &b || b.scope != a.scope) continue;
        if (RuleEngine::ApplyRule(b, ex.expected) == ex.input) {
          out.push_back(Where(b) + "rule \"" + b.id + "\" undoes rule \"" + a.id + "\" (" +
                        Where(a).substr(0, Where(a).size() - 2) + "): \"" + Escape(ex.expected) +
                        "\" -> \"" + Escape(ex.input) + "\"");
        }
      }
    }
  }
  return out;
}

std::vector<std::string> FindNonIdempotent(const RuleEngine& engine) {
  std::vector<std::string> out;
  for (const Rule& r : engine.rules().rules) {
    for (const RuleExample& ex : r.examples) {
      SpannedText once =
          engine.Apply(SpannedText::FromOriginal(AsDocument(r, ex.input)), nullptr, nullptr);
      SpannedText twice = engine.Apply(once, nullptr, nullptr);
      if (once.text() != twice.text()) {
        out.push_back(Where(r) + "rule \"" + r.id + "\": not idempotent on its example \"" +
                      Escape(ex.input) + "\": first pass \"" + Escape(once.text()) +
                      "\", second pass \"" + Escape(twice.text()) + "\"");
        break;
      }
    }
  }
  return out;
}

std::vector<std::string> FindNeverFiring(const RuleSet& rules, const RuleStats& corpus_stats,
                                         size_t files) {
  std::vector<std::string> out;
  for (size_t i = 0; i < rules.rules.size(); ++i) {
    size_t hits = i < corpus_stats.hits.size() ? corpus_stats.hits[i] : 0;
    if (hits == 0) {
      out.push_back(Where(rules.rules[i]) + "rule \"" + rules.rules[i].id +
                    "\" never fires on the corpus (" + std::to_string(files) + " files)");
    }
  }
  return out;
}

}  // namespace amend
