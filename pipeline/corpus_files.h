// The inputs of a corpus: every PDF, image and text file under a directory, recursively,
// in a stable order. `amend repair`, `amend diff` and `amend rules lint --corpus` walk a
// corpus with it.
//
//   StatusOr<std::vector<CorpusFile>> files = ListCorpus("scans/", {});
//   if (!files.ok()) return files.status();        // kBadInput: not a directory
//   for (const CorpusFile& f : *files) Process(f.path, f.relative, f.kind);
//
// Pure apart from reading the directory tree: thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace amend {

// What a corpus file holds, by its extension (case-insensitive): .pdf; .png .tif .tiff
// .jpg .jpeg; .txt. Content is checked later, by the stage that reads the file.
enum class CorpusKind { kScan, kText };

struct CorpusFile {
  std::string path;      // as found: DIR/sub/name.pdf
  std::string relative;  // relative to DIR, '/'-separated: sub/name.pdf
  CorpusKind kind = CorpusKind::kText;
};

struct CorpusOptions {
  bool scans = true;   // include PDFs and images
  bool texts = true;   // include .txt files
  // A directory inside DIR to leave out (e.g. the output directory of `repair` when it is
  // under its input); empty: none.
  std::string exclude;
};

// Every regular file of a wanted kind under `dir`, recursively, sorted by `relative`
// (byte order). Hidden files and directories (name starting with '.') are skipped;
// symbolic links to files are followed, links to directories are not (no cycles).
// Errors: kBadInput "DIR: not a directory" or "DIR: <system message>" when it cannot be read.
[[nodiscard]] StatusOr<std::vector<CorpusFile>> ListCorpus(const std::string& dir,
                                                           const CorpusOptions& options);

// The kind of a file name by its extension; false when it is not a corpus file.
bool CorpusKindOf(std::string_view name, CorpusKind* kind);

}  // namespace amend
