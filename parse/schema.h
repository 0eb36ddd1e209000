// The sheet schema: what a sheet type looks like, loaded from data files at run time.
//
//   StatusOr<Schema> schema = LoadSchema("schemas/pax-sheet");   // reads schema.toml
//   if (!schema.ok()) return schema.status();   // kRuleError, "…/schema.toml:3:1: …"
//   for (const LayoutItem& item : schema->items) …
//
// The schema folder holds schema.toml (format: schemas/pax-sheet/README.md), the layout
// file (FIELD / SECTION / ROW lines in page order) and the vocabulary files. Loading
// checks everything; an error reads like a compiler's, "FILE:LINE:COL: problem", and has
// code kRuleError (exit 4). A loaded Schema is immutable and safe to share across threads.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace amend {

enum class ItemKind { kField, kSection, kRow };

// One line of the layout.
struct LayoutItem {
  ItemKind kind = ItemKind::kRow;
  std::string label;    // canonical label ("Children/youth"), or the section name
  std::string key;      // FoldKey(label) (label_distance.h): what the parser compares with
  std::string section;  // for a ROW: its section ("Groups"); empty otherwise
  bool free_text = false;           // ROW whose value is text (Source, Related cases)
  std::vector<std::string> vocab;   // FIELD with a closed vocabulary: its values
};

struct Schema {
  std::string name = "pax-sheet/1";           // the record's "schema" string
  std::vector<LayoutItem> items;              // the layout, in page order
  std::string no_mention = "No specific mention.";
  std::string date_field;                     // empty: no date field
  std::string conflict_after;                 // empty: no conflict block
  std::string quote_prefix = "Page";
  std::vector<std::string> codes;             // known category paths (vocab/codes.txt), may be empty
  std::string dir;                            // the folder it was loaded from

  // Index of the item with this label and kind, or -1.
  int Find(ItemKind kind, std::string_view label) const;
};

// The schema shipped with the source tree (schemas/pax-sheet), the CLI's default for
// --schema.
inline constexpr const char* kDefaultSchemaDir = AMEND_SOURCE_DIR "/schemas/pax-sheet";

// Loads DIR/schema.toml and the files it names. Errors (kRuleError) are
// "PATH:LINE:COL: message" for a file that is there but wrong and "PATH: no such file"
// for a missing one.
[[nodiscard]] StatusOr<Schema> LoadSchema(const std::string& dir);

// Reads a file named in schema.toml (path relative to the schema folder).
using SchemaFileReader = std::function<StatusOr<std::string>(const std::string& relative_path)>;

// The same from a string, for tests: `toml` is schema.toml's text, `read` returns the
// files it names, `toml_path` is the name used in messages ("DIR/schema.toml").
[[nodiscard]] StatusOr<Schema> ParseSchema(std::string_view toml, const SchemaFileReader& read,
                                           const std::string& toml_path);

// Parses a layout file's text into items (no vocabularies, no free-text flags yet).
// Errors: "PATH:LINE:1: expected FIELD, SECTION or ROW, got 'X'",
// "PATH:LINE:1: ROW before any SECTION", "PATH:LINE:1: duplicate ROW 'X' in section 'S'".
[[nodiscard]] StatusOr<std::vector<LayoutItem>> ParseLayout(std::string_view text,
                                                            const std::string& path);

// Lines of a vocabulary file: trimmed, without blank lines and '#' comments.
std::vector<std::string> ParseVocabulary(std::string_view text);

}  // namespace amend
