#include "pipeline/clean_text.h"

#include "normalize/steps.h"

namespace amend {

StatusOr<TextCleaner> TextCleaner::Create(const CleanOptions& options) {
  StatusOr<RuleSet> rules = LoadRules(options.rules);
  if (!rules.ok()) return rules.status();
  StatusOr<RuleEngine> engine = RuleEngine::Create(std::move(*rules), options.engine);
  if (!engine.ok()) return engine.status();
  NormalizeOptions normalize = options.normalize;
  normalize.record_edits = options.record_edits;
  return TextCleaner(Normalizer(normalize), std::move(*engine), options.record_edits);
}

CleanResult TextCleaner::Clean(std::string_view input) const {
  return Clean(std::string(input));
}

CleanResult TextCleaner::Clean(std::string&& input) const {
  CleanResult r;
  NormalizeResult n = normalizer_.Run(SpannedText::FromOriginal(std::move(input)));
  r.edits = std::move(n.edits);
  r.diagnostics = std::move(n.diagnostics);
  std::vector<TextEdit>* edits = record_edits_ ? &r.edits : nullptr;
  SpannedText ruled = engine_.Apply(std::move(n.text), edits, &r.stats);
  // Rules that delete a line's text leave blank lines; tidy them as normalization would.
  r.text = NormalizeWhitespace(ruled, edits);
  return r;
}

}  // namespace amend
