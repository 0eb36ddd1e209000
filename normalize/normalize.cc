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
  dehyphenator_ = Dehyphenator(std::move(lists));
  if (options.repair_letters) letters_ = LetterRepair(dehyphenator_.dictionary());
}

NormalizeResult Normalizer::Run(SpannedText input) const {
  NormalizeResult r;
  r.diagnostics = load_diagnostics_;
  std::vector<TextEdit>* edits = options_.record_edits ? &r.edits : nullptr;
  size_t invalid = 0;
  SpannedText t = RepairUtf8(input, edits, &invalid);
  input = SpannedText();  // `t` holds the text now (the same one when nothing was invalid)
  if (invalid > 0) {
    r.diagnostics.push_back(std::to_string(invalid) +
                            " invalid UTF-8 sequence(s) replaced with U+FFFD");
  }
  t = ToNfc(t, edits);
  t = ExpandLigatures(t, edits);
  t = RemoveInvisible(t, edits);
  if (options_.remove_residue) t = RemoveResidue(t, edits);
  t = NormalizeWhitespace(t, edits);
  t = dehyphenator_.Run(t, edits);
  t = letters_.Run(t, edits);
  r.text = std::move(t);
  return r;
}

}  // namespace amend
