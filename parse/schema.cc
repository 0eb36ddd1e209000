#include "parse/schema.h"

#include <set>

#include <toml++/toml.h>

#include "base/file_io.h"
#include "parse/label_distance.h"

namespace amend {
namespace {

std::string_view Trim(std::string_view s) {
  const char* ws = " \t\r\n";
  size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

std::string Where(const std::string& path, const toml::source_region& src) {
  return path + ":" + std::to_string(src.begin.line) + ":" + std::to_string(src.begin.column) + ": ";
}

std::string DirOf(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash + 1);
}

// Reads an optional string key; an error when present but not a string.
Status GetString(const toml::table& t, std::string_view key, const std::string& path, std::string* out) {
  const toml::node* n = t.get(key);
  if (n == nullptr) return Status::Ok();
  if (!n->is_string()) return RuleError(Where(path, n->source()) + "'" + std::string(key) + "' must be a string");
  *out = n->as_string()->get();
  return Status::Ok();
}

}  // namespace

int Schema::Find(ItemKind kind, std::string_view label) const {
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].kind == kind && items[i].label == label) return static_cast<int>(i);
  }
  return -1;
}

StatusOr<std::vector<LayoutItem>> ParseLayout(std::string_view text, const std::string& path) {
  std::vector<LayoutItem> items;
  std::string section;
  std::set<std::pair<std::string, std::string>> seen;
  int line_no = 0;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = Trim(text.substr(0, nl));
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::string where = path + ":" + std::to_string(line_no) + ":1: ";
    size_t sp = line.find_first_of(" \t");
    std::string_view word = line.substr(0, sp);
    std::string label(sp == std::string_view::npos ? std::string_view() : Trim(line.substr(sp)));
    LayoutItem item;
    if (word == "FIELD") {
      item.kind = ItemKind::kField;
    } else if (word == "SECTION") {
      item.kind = ItemKind::kSection;
      section = label;
    } else if (word == "ROW") {
      item.kind = ItemKind::kRow;
      if (section.empty()) return RuleError(where + "ROW before any SECTION");
      item.section = section;
    } else {
      return RuleError(where + "expected FIELD, SECTION or ROW, got '" + std::string(word) + "'");
    }
    if (label.empty()) return RuleError(where + std::string(word) + " without a label");
    if (!seen.insert({item.section + "\x1f" + std::string(word), label}).second) {
      return RuleError(where + "duplicate " + std::string(word) + " '" + label + "'" +
                       (item.section.empty() ? "" : " in section '" + item.section + "'"));
    }
    item.label = std::move(label);
    item.key = FoldKey(item.label);
    items.push_back(std::move(item));
  }
  if (items.empty()) return RuleError(path + ": no FIELD, SECTION or ROW lines");
  return items;
}

std::vector<std::string> ParseVocabulary(std::string_view text) {
  std::vector<std::string> values;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = Trim(text.substr(0, nl));
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    if (!line.empty() && line[0] != '#') values.emplace_back(line);
  }
  return values;
}

StatusOr<Schema> ParseSchema(std::string_view toml_text, const SchemaFileReader& read,
                             const std::string& toml_path) {
  toml::table root;
  try {
    root = toml::parse(toml_text, toml_path);
  } catch (const toml::parse_error& e) {
    return RuleError(Where(toml_path, e.source()) + std::string(e.description()));
  }
  Schema schema;
  schema.dir = DirOf(toml_path);
  static const std::set<std::string_view> kKeys = {"name", "layout", "no_mention", "date_field",
                                                     "conflict_after", "free_text_rows",
                                                     "quote_prefix", "vocab"};
  for (const auto& [key, node] : root) {
    if (!kKeys.count(key.str())) return RuleError(Where(toml_path, key.source()) + "unknown key '" + std::string(key.str()) + "'");
  }
  std::string layout_path;
  AMEND_RETURN_IF_ERROR(GetString(root, "name", toml_path, &schema.name));
  AMEND_RETURN_IF_ERROR(GetString(root, "layout", toml_path, &layout_path));
  AMEND_RETURN_IF_ERROR(GetString(root, "no_mention", toml_path, &schema.no_mention));
  AMEND_RETURN_IF_ERROR(GetString(root, "date_field", toml_path, &schema.date_field));
  AMEND_RETURN_IF_ERROR(GetString(root, "conflict_after", toml_path, &schema.conflict_after));
  AMEND_RETURN_IF_ERROR(GetString(root, "quote_prefix", toml_path, &schema.quote_prefix));
  if (layout_path.empty()) return RuleError(toml_path + ":1:1: missing key 'layout'");

  // Reads a named file; a missing one is reported at the key that names it.
  auto read_at = [&](const std::string& rel, const toml::source_region& src) -> StatusOr<std::string> {
    StatusOr<std::string> text = read(rel);
    if (!text.ok()) return RuleError(Where(toml_path, src) + text.status().message());
    return text;
  };
  StatusOr<std::string> layout_text = read_at(layout_path, root.get("layout")->source());
  if (!layout_text.ok()) return layout_text.status();
  StatusOr<std::vector<LayoutItem>> items = ParseLayout(*layout_text, schema.dir + layout_path);
  if (!items.ok()) return items.status();
  schema.items = std::move(*items);

  for (const std::string* key : {&schema.date_field, &schema.conflict_after}) {
    if (!key->empty() && schema.Find(ItemKind::kField, *key) < 0) {
      const char* name = key == &schema.date_field ? "date_field" : "conflict_after";
      return RuleError(Where(toml_path, root.get(name)->source()) + "'" + *key + "' is not a FIELD of " + layout_path);
    }
  }
  if (const toml::node* rows = root.get("free_text_rows")) {
    if (!rows->is_array()) return RuleError(Where(toml_path, rows->source()) + "'free_text_rows' must be an array of strings");
    for (const toml::node& n : *rows->as_array()) {
      int i = n.is_string() ? schema.Find(ItemKind::kRow, n.as_string()->get()) : -1;
      if (!n.is_string()) return RuleError(Where(toml_path, n.source()) + "'free_text_rows' must be an array of strings");
      if (i < 0) return RuleError(Where(toml_path, n.source()) + "'" + n.as_string()->get() + "' is not a ROW of " + layout_path);
      schema.items[i].free_text = true;
    }
  }
  if (const toml::node* vocab = root.get("vocab")) {
    if (!vocab->is_table()) return RuleError(Where(toml_path, vocab->source()) + "'vocab' must be a table");
    for (const auto& [key, node] : *vocab->as_table()) {
      int i = schema.Find(ItemKind::kField, key.str());
      if (i < 0) return RuleError(Where(toml_path, key.source()) + "'" + std::string(key.str()) + "' is not a FIELD of " + layout_path);
      if (!node.is_string()) return RuleError(Where(toml_path, node.source()) + "vocabulary path must be a string");
      StatusOr<std::string> text = read_at(node.as_string()->get(), node.source());
      if (!text.ok()) return text.status();
      schema.items[i].vocab = ParseVocabulary(*text);
      if (schema.items[i].vocab.empty()) return RuleError(Where(toml_path, node.source()) + node.as_string()->get() + ": empty vocabulary");
    }
  }
  // The category-path vocabulary is optional: used when present.
  if (StatusOr<std::string> codes = read("vocab/codes.txt"); codes.ok()) schema.codes = ParseVocabulary(*codes);
  return schema;
}

StatusOr<Schema> LoadSchema(const std::string& dir) {
  std::string base = dir.empty() || dir.back() == '/' ? dir : dir + "/";
  std::string toml_path = base + "schema.toml";
  StatusOr<std::string> toml_text = ReadFile(toml_path);
  if (!toml_text.ok()) return RuleError(toml_text.status().message());
  return ParseSchema(*toml_text, [&](const std::string& rel) { return ReadFile(base + rel); }, toml_path);
}

}  // namespace amend
