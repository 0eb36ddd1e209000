// What a corpus run's outputs depend on besides its inputs, as one hash: `amend repair`
// writes it into its manifest and `--resume` redoes an input whose hash changed.
//
//   StatusOr<SheetPipeline> p = SheetPipeline::Create(options);
//   std::string h = ConfigHash(*p, "text=1");   // 64 hex digits
//
// The hash is SHA-256 over, in this order: `settings` (the run's output-changing flags,
// written by the caller); the rule pack files in load order, then the vocabulary files the
// packs name, then the OCR confusion table; every file under the schema folder (sorted by
// relative path); the word lists of normalization (compounds, dictionary). Each file counts
// with its role, its name (not its folder: the same packs moved elsewhere hash the same)
// and its bytes; a missing optional file counts as missing. The tool version is kept
// beside it in the manifest, not in it.
// Reads the files again (they are small; the dictionary is ~1 MB). Thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "pipeline/sheet_pipeline.h"

namespace amend {

// Hex SHA-256 as described above.
std::string ConfigHash(const SheetPipeline& pipeline, std::string_view settings);

}  // namespace amend
