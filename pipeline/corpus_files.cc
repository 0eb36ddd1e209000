#include "pipeline/corpus_files.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

namespace amend {
namespace fs = std::filesystem;

bool CorpusKindOf(std::string_view name, CorpusKind* kind) {
  size_t dot = name.rfind('.');
  if (dot == std::string_view::npos) return false;
  std::string ext(name.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static constexpr std::string_view kScanExt[] = {"pdf", "png", "tif", "tiff", "jpg", "jpeg"};
  if (std::find(std::begin(kScanExt), std::end(kScanExt), ext) != std::end(kScanExt)) {
    *kind = CorpusKind::kScan;
    return true;
  }
  if (ext == "txt") {
    *kind = CorpusKind::kText;
    return true;
  }
  return false;
}

StatusOr<std::vector<CorpusFile>> ListCorpus(const std::string& dir,
                                             const CorpusOptions& options) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return BadInput(dir + ": not a directory");
  fs::path exclude;
  if (!options.exclude.empty()) exclude = fs::weakly_canonical(options.exclude, ec);
  std::vector<CorpusFile> files;
  fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec);
  if (ec) return BadInput(dir + ": " + ec.message());
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) return BadInput(dir + ": " + ec.message());
    const fs::path& p = it->path();
    const std::string name = p.filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_directory(ec)) {
      if (!exclude.empty() && fs::weakly_canonical(p, ec) == exclude) {
        it.disable_recursion_pending();
      }
      continue;
    }
    CorpusKind kind;
    if (!it->is_regular_file(ec) || !CorpusKindOf(name, &kind)) continue;
    if ((kind == CorpusKind::kScan && !options.scans) ||
        (kind == CorpusKind::kText && !options.texts)) {
      continue;
    }
    files.push_back({p.string(), p.lexically_relative(dir).generic_string(), kind});
  }
  if (ec) return BadInput(dir + ": " + ec.message());
  std::sort(files.begin(), files.end(),
            [](const CorpusFile& a, const CorpusFile& b) { return a.relative < b.relative; });
  return files;
}

}  // namespace amend
