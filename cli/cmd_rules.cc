// `amend rules test [--rules DIR]... [--no-default-rules]`: every example and keep of
// every loaded pack; failures as diffs; exit 1 if any fails.
// `amend rules lint [--rules DIR]... [--no-default-rules] [--corpus DIR]`: duplicate ids,
// rules that undo each other, non-idempotent packs, rules that never fire on a corpus
// (with per-rule hit counts); exit 1 if anything is found.
#include <iostream>

#include "base/file_io.h"
#include "cli/command.h"
#include "pipeline/clean_text.h"
#include "pipeline/corpus_files.h"
#include "rules/rule_check.h"

namespace amend {
namespace {

struct RulesCommandOptions {
  std::vector<std::string> rules_dirs;  // --rules DIR, in order
  bool no_default_rules = false;        // skip the shipped packs
  std::string corpus;                   // lint: directory of texts to count hits on
};

RuleLoadOptions LoadOptions(const RulesCommandOptions& o, bool allow_duplicates) {
  RuleLoadOptions options;
  options.dirs = o.rules_dirs;
  options.default_packs = !o.no_default_rules;
  options.allow_duplicate_ids = allow_duplicates;
  return options;
}

int RunTest(const RulesCommandOptions& o) {
  StatusOr<RuleSet> rules = LoadRules(LoadOptions(o, false));
  if (!rules.ok()) {
    std::cerr << rules.status().message() << "\n";
    return rules.status().exit_code();
  }
  RuleTestReport report = TestRuleExamples(*rules);
  for (const ExampleFailure& f : report.failures) std::cout << FormatFailure(f);
  std::cout << "rules test: " << report.passed << " passed, " << report.failures.size()
            << " failed (" << rules->rules.size() << " rules in " << rules->files.size()
            << " packs)\n";
  return report.failures.empty() ? 0 : 1;
}

int RunLint(const RulesCommandOptions& o) {
  CleanOptions options;
  options.rules = LoadOptions(o, true);
  StatusOr<TextCleaner> cleaner = TextCleaner::Create(options);
  if (!cleaner.ok()) {
    std::cerr << cleaner.status().message() << "\n";
    return cleaner.status().exit_code();
  }
  const RuleSet& rules = cleaner->engine().rules();
  std::vector<std::string> problems = FindDuplicateIds(rules);
  for (std::string& p : FindUndoingPairs(rules)) problems.push_back(std::move(p));
  for (std::string& p : FindNonIdempotent(cleaner->engine())) problems.push_back(std::move(p));
  size_t corpus_files = 0;
  if (!o.corpus.empty()) {
    CorpusOptions texts;  // the .txt files under DIR, recursively
    texts.scans = false;
    StatusOr<std::vector<CorpusFile>> files = ListCorpus(o.corpus, texts);
    if (!files.ok()) return ExitWith(files.status());
    RuleStats total;
    total.hits.assign(rules.rules.size(), 0);
    for (const CorpusFile& f : *files) {
      StatusOr<std::string> text = ReadFile(f.path);
      if (!text.ok()) return ExitWith(text.status());
      CleanResult r = cleaner->Clean(*text);
      for (size_t i = 0; i < r.stats.hits.size(); ++i) total.hits[i] += r.stats.hits[i];
    }
    corpus_files = files->size();
    for (std::string& p : FindNeverFiring(rules, total, corpus_files)) problems.push_back(std::move(p));
    for (size_t i = 0; i < rules.rules.size(); ++i) {
      std::cout << "hits " << total.hits[i] << "\t" << rules.rules[i].id << "\t"
                << rules.rules[i].file << ":" << rules.rules[i].line << "\n";
    }
  }
  for (const std::string& p : problems) std::cout << p << "\n";
  std::cout << "rules lint: " << problems.size() << " problem(s) in " << rules.rules.size()
            << " rules";
  if (!o.corpus.empty()) std::cout << ", corpus of " << corpus_files << " files";
  std::cout << "\n";
  return problems.empty() ? 0 : 1;
}

void AddLoadFlags(CLI::App* app, RulesCommandOptions* o) {
  app->add_option("--rules", o->rules_dirs,
                  "Directory of extra rule packs (*.toml); repeatable, applied in order");
  app->add_flag("--no-default-rules", o->no_default_rules, "Do not load the shipped rule packs");
}

}  // namespace

Subcommand AddRulesCommand(CLI::App& root) {
  auto o = std::make_shared<RulesCommandOptions>();
  CLI::App* app = root.add_subcommand("rules", "Check rule packs: run their examples, lint them");
  app->require_subcommand(1);
  CLI::App* test = app->add_subcommand("test", "Run every example and keep of every pack");
  AddLoadFlags(test, o.get());
  CLI::App* lint = app->add_subcommand(
      "lint", "Find duplicate ids, rules that undo each other, non-idempotent packs, and "
              "rules that never fire on a corpus");
  AddLoadFlags(lint, o.get());
  lint->add_option("--corpus", o->corpus, "Directory of text files to count rule hits on");
  return {app, [o, test] { return test->parsed() ? RunTest(*o) : RunLint(*o); }};
}

}  // namespace amend
