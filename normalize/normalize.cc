#include "normalize/normalize.h"

#include "normalize/steps.h"

namespace amend {

Normalizer::Normalizer(const NormalizeOptions& options) : options_(options) {
  WordLists lists;
  if (!lists.LoadDictionary(options.dictionary_path)) {
    load_diagnostics_.push_back(
        options.dictionary_path +
        ": word list not found (install Debian package wamerican); line-end hyphens are "
        "only joined for listed compounds");
  }
  if (!lists.LoadCompounds(options.compounds_path)) {
    load_diagnostics_.push_back(options.compounds_path + ": compound list not found");
  }
  if (options.repair_letters) letters_ = LetterRepair(lists.dictionary);
  dehyphenator_ = Dehyphenator(std::move(lists));
}

NormalizeResult Normalizer::Run(const SpannedText& input) const {
  NormalizeResult r;
  r.diagnostics = load_diagnostics_;
  size_t invalid = 0;
  SpannedText t = RepairUtf8(input, &r.edits, &invalid);
  if (invalid > 0) {
    r.diagnostics.push_back(std::to_string(invalid) +
                            " invalid UTF-8 sequence(s) replaced with U+FFFD");
  }
  t = ToNfc(t, &r.edits);
  t = ExpandLigatures(t, &r.edits);
  t = RemoveInvisible(t, &r.edits);
  if (options_.remove_residue) t = RemoveResidue(t, &r.edits);
  t = NormalizeWhitespace(t, &r.edits);
  t = dehyphenator_.Run(t, &r.edits);
  t = letters_.Run(t, &r.edits);
  r.text = std::move(t);
  return r;
}

}  // namespace amend
