#include "pipeline/config_hash.h"

#include <algorithm>
#include <filesystem>
#include <vector>

#include "base/file_io.h"

namespace amend {
namespace {
namespace fs = std::filesystem;

// Appends "role\0name\0size\0bytes" (or "role\0name\0missing\0") to `into`.
void AddFile(std::string_view role, const std::string& path, const std::string& name,
             std::string* into) {
  StatusOr<std::string> bytes = ReadFile(path);
  into->append(role).push_back('\0');
  into->append(name).push_back('\0');
  if (!bytes.ok()) {
    into->append("missing").push_back('\0');
    return;
  }
  into->append(std::to_string(bytes->size())).push_back('\0');
  into->append(*bytes);
}

}  // namespace

std::string ConfigHash(const SheetPipeline& pipeline, std::string_view settings) {
  std::string all = "settings";
  all.push_back('\0');
  all.append(settings).push_back('\0');
  const RuleSet& rules = pipeline.cleaner().engine().rules();
  const SheetPipelineOptions& options = pipeline.options();
  auto base = [](const std::string& p) { return fs::path(p).filename().string(); };
  for (const std::string& f : rules.files) AddFile("pack", f, base(f), &all);
  for (const std::string& f : rules.vocabulary_files) AddFile("vocabulary", f, base(f), &all);
  const std::string& confusions = options.clean.rules.confusions_path;
  AddFile("confusions", confusions, base(confusions), &all);
  std::vector<std::string> schema_files;
  std::error_code ec;
  const fs::path schema_dir(options.schema_dir);
  for (fs::recursive_directory_iterator it(schema_dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    if (it->is_regular_file(ec)) {
      schema_files.push_back(it->path().lexically_relative(schema_dir).generic_string());
    }
  }
  std::sort(schema_files.begin(), schema_files.end());
  for (const std::string& f : schema_files) AddFile("schema", (schema_dir / f).string(), f, &all);
  const NormalizeOptions& n = options.clean.normalize;
  AddFile("compounds", n.compounds_path, base(n.compounds_path), &all);
  AddFile("dictionary", n.dictionary_path, base(n.dictionary_path), &all);
  return Sha256Hex(all);
}

}  // namespace amend
