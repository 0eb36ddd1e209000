#include "rules/rule_pack.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>

#include <toml++/toml.h>

#include "base/file_io.h"

namespace amend {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kStages[] = {"residue", "words", "cells", "vocabulary"};
constexpr std::string_view kScopes[] = {"document", "line", "label", "value"};

// Builds "file:line:col: message", the offending line and a caret under the column.
class ErrorFormatter {
 public:
  ErrorFormatter(std::string_view text, const std::string& file) : text_(text), file_(file) {}

  Status At(const toml::source_region& where, const std::string& message) const {
    return At(static_cast<int>(where.begin.line), static_cast<int>(where.begin.column), message);
  }
  Status At(int line, int column, const std::string& message) const {
    std::string out = file_ + ":" + std::to_string(line) + ":" + std::to_string(column) +
                      ": " + message;
    std::string_view src = Line(line);
    if (line > 0) {
      out += "\n" + std::string(src) + "\n";
      int col = 1;
      for (size_t i = 0; i < src.size() && col < column; ++i) {
        unsigned char c = static_cast<unsigned char>(src[i]);
        if ((c & 0xC0) == 0x80) continue;  // count code points, like toml++
        out += c == '\t' ? '\t' : ' ';
        ++col;
      }
      out += "^";
    }
    return RuleError(out);
  }

 private:
  std::string_view Line(int line) const {
    size_t begin = 0;
    for (int l = 1; l < line; ++l) {
      begin = text_.find('\n', begin);
      if (begin == std::string_view::npos) return {};
      ++begin;
    }
    size_t end = text_.find('\n', begin);
    std::string_view s = text_.substr(begin, end == std::string_view::npos ? end : end - begin);
    if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
    return s;
  }
  std::string_view text_;
  const std::string& file_;
};

template <size_t N>
int IndexOf(const std::string_view (&names)[N], std::string_view name) {
  for (size_t i = 0; i < N; ++i) {
    if (names[i] == name) return static_cast<int>(i);
  }
  return -1;
}

// A string field; `*out` untouched when absent.
Status GetString(const toml::table& t, const char* key, const ErrorFormatter& err,
                 std::string* out, bool* present = nullptr) {
  const toml::node* n = t.get(key);
  if (present) *present = n != nullptr;
  if (!n) return Status::Ok();
  if (!n->is_string()) return err.At(n->source(), std::string("\"") + key + "\" must be a string");
  *out = n->as_string()->get();
  return Status::Ok();
}

Status GetNumber(const toml::table& t, const char* key, const ErrorFormatter& err, double* out) {
  const toml::node* n = t.get(key);
  if (!n) return Status::Ok();
  if (auto v = n->value<double>(); v && *v >= 0) {
    *out = *v;
    return Status::Ok();
  }
  return err.At(n->source(), std::string("\"") + key + "\" must be a number >= 0");
}

// examples = [[input, expected], ...] or keeps = [input, ...].
Status GetExamples(const toml::table& t, const char* key, bool pairs, const ErrorFormatter& err,
                   const toml::source_region& rule_at, std::vector<RuleExample>* out) {
  const toml::node* n = t.get(key);
  std::string what = pairs ? std::string("\"") + key + "\" must be a list of [input, expected] pairs"
                           : std::string("\"") + key + "\" must be a list of strings";
  if (!n) return err.At(rule_at, std::string("rule is missing \"") + key + "\"");
  const toml::array* arr = n->as_array();
  if (!arr || arr->empty()) return err.At(n->source(), what + " (at least one)");
  for (const toml::node& item : *arr) {
    RuleExample ex;
    ex.line = static_cast<int>(item.source().begin.line);
    if (pairs) {
      const toml::array* pair = item.as_array();
      if (!pair || pair->size() != 2 || !(*pair)[0].is_string() || !(*pair)[1].is_string()) {
        return err.At(item.source(), what);
      }
      ex.input = (*pair)[0].as_string()->get();
      ex.expected = (*pair)[1].as_string()->get();
      if (ex.input == ex.expected) {
        return err.At(item.source(), "an example must change its input; list an input the "
                                     "rule leaves alone under \"keeps\"");
      }
    } else {
      if (!item.is_string()) return err.At(item.source(), what);
      ex.input = ex.expected = item.as_string()->get();
    }
    out->push_back(std::move(ex));
  }
  return Status::Ok();
}

Status ParseVocabularies(const toml::node& node, const std::string& file_name,
                         const ErrorFormatter& err, const ConfusionTable& confusions,
                         std::map<std::string, std::shared_ptr<const VocabularyMatcher>>* out,
                         std::vector<std::string>* files_read) {
  const toml::table* vocabs = node.as_table();
  if (!vocabs) return err.At(node.source(), "[vocabulary] must be a table of vocabularies");
  for (const auto& [name, value] : *vocabs) {
    const toml::table* v = value.as_table();
    if (!v) return err.At(value.source(), "vocabulary \"" + std::string(name.str()) + "\" must be a table");
    std::vector<std::string> entries;
    if (const toml::node* f = v->get("file")) {
      if (!f->is_string()) return err.At(f->source(), "\"file\" must be a string");
      fs::path path = fs::path(file_name).parent_path() / f->as_string()->get();
      std::error_code ec;
      if (fs::exists(path, ec) && !fs::is_regular_file(path, ec)) {
        return err.At(f->source(), "vocabulary \"" + std::string(name.str()) + "\": " +
                                       path.string() + ": not a regular file");
      }
      StatusOr<std::string> text = ReadFile(path.string());
      if (!text.ok()) return err.At(f->source(), "vocabulary \"" + std::string(name.str()) +
                                                     "\": " + text.status().message());
      files_read->push_back(path.string());
      size_t begin = 0;
      while (begin < text->size()) {
        size_t end = text->find('\n', begin);
        if (end == std::string::npos) end = text->size();
        std::string entry = text->substr(begin, end - begin);
        if (!entry.empty() && entry.back() == '\r') entry.pop_back();
        if (!entry.empty()) entries.push_back(entry);
        begin = end + 1;
      }
    } else if (const toml::node* e = v->get("entries")) {
      const toml::array* arr = e->as_array();
      if (!arr) return err.At(e->source(), "\"entries\" must be a list of strings");
      for (const toml::node& item : *arr) {
        if (!item.is_string()) return err.At(item.source(), "\"entries\" must be a list of strings");
        entries.push_back(item.as_string()->get());
      }
    } else {
      return err.At(value.source(), "vocabulary \"" + std::string(name.str()) +
                                        "\" needs \"file\" or \"entries\"");
    }
    (*out)[std::string(name.str())] =
        std::make_shared<const VocabularyMatcher>(std::move(entries), confusions);
  }
  return Status::Ok();
}

Status ParseFlags(const toml::table& t, const ErrorFormatter& err, Rule* rule) {
  const toml::node* n = t.get("flags");
  if (!n) {
    rule->compiled_pattern = rule->pattern;
    return Status::Ok();
  }
  const toml::array* arr = n->as_array();
  if (!arr) return err.At(n->source(), "\"flags\" must be a list of strings");
  std::string prefix;
  bool literal = false;
  for (const toml::node& item : *arr) {
    std::string flag = item.is_string() ? item.as_string()->get() : "";
    if (flag == "ignore-case") prefix += "i";
    else if (flag == "multiline") prefix += "m";
    else if (flag == "dot-nl") prefix += "s";
    else if (flag == "literal") literal = true;
    else return err.At(item.source(), "unknown flag \"" + flag +
                                          "\" (expected ignore-case, literal, multiline or dot-nl)");
  }
  std::string body = literal ? RE2::QuoteMeta(rule->pattern) : rule->pattern;
  rule->compiled_pattern = prefix.empty() ? body : "(?" + prefix + ")" + body;
  return Status::Ok();
}

const std::set<std::string_view> kRuleKeys = {"id", "description", "stage", "scope",
                                              "match", "replace", "snap", "flags", "examples",
                                              "keeps", "max_distance", "margin"};

Status ParseRule(const toml::table& t, const std::string& file_name, const ErrorFormatter& err,
                 const std::map<std::string, std::shared_ptr<const VocabularyMatcher>>& vocabs,
                 Rule* rule) {
  const toml::source_region& at = t.source();
  rule->file = file_name;
  rule->line = static_cast<int>(at.begin.line);
  for (const auto& [key, value] : t) {
    if (!kRuleKeys.count(key.str())) {
      return err.At(key.source(), "unknown key \"" + std::string(key.str()) + "\" in rule");
    }
  }
  bool has_id = false, has_stage = false, has_scope = false, has_match = false;
  bool has_replace = false, has_snap = false;
  std::string stage, scope;
  AMEND_RETURN_IF_ERROR(GetString(t, "id", err, &rule->id, &has_id));
  if (!has_id || rule->id.empty()) return err.At(at, "rule is missing \"id\"");
  AMEND_RETURN_IF_ERROR(GetString(t, "description", err, &rule->description));
  AMEND_RETURN_IF_ERROR(GetString(t, "stage", err, &stage, &has_stage));
  if (!has_stage) return err.At(at, "rule is missing \"stage\"");
  int s = IndexOf(kStages, stage);
  if (s < 0) return err.At(t.get("stage")->source(), "unknown stage \"" + stage +
                                                         "\" (expected residue, words, cells or vocabulary)");
  rule->stage = static_cast<RuleStage>(s);
  AMEND_RETURN_IF_ERROR(GetString(t, "scope", err, &scope, &has_scope));
  if (!has_scope) return err.At(at, "rule is missing \"scope\"");
  int c = IndexOf(kScopes, scope);
  if (c < 0) return err.At(t.get("scope")->source(), "unknown scope \"" + scope +
                                                         "\" (expected document, line, label or value)");
  rule->scope = static_cast<RuleScope>(c);
  AMEND_RETURN_IF_ERROR(GetString(t, "match", err, &rule->pattern, &has_match));
  if (!has_match) return err.At(at, "rule is missing \"match\"");
  AMEND_RETURN_IF_ERROR(GetString(t, "replace", err, &rule->replace, &has_replace));
  AMEND_RETURN_IF_ERROR(GetString(t, "snap", err, &rule->snap, &has_snap));
  if (has_replace == has_snap) {
    return err.At(at, "rule needs exactly one of \"replace\" and \"snap\"");
  }
  AMEND_RETURN_IF_ERROR(GetNumber(t, "max_distance", err, &rule->snap_options.max_distance));
  AMEND_RETURN_IF_ERROR(GetNumber(t, "margin", err, &rule->snap_options.margin));
  AMEND_RETURN_IF_ERROR(ParseFlags(t, err, rule));

  RE2::Options options;
  options.set_log_errors(false);
  auto re = std::make_shared<RE2>(rule->compiled_pattern, options);
  const toml::node* match = t.get("match");
  if (!re->ok()) return err.At(match->source(), "bad pattern: " + re->error());
  if (has_replace) {
    std::string why;
    if (!re->CheckRewriteString(rule->replace, &why)) {
      return err.At(t.get("replace")->source(), "bad replace: " + why);
    }
  } else {
    auto v = vocabs.find(rule->snap);
    if (v == vocabs.end()) {
      return err.At(t.get("snap")->source(), "unknown vocabulary \"" + rule->snap + "\"");
    }
    rule->vocabulary = v->second;
  }
  rule->re = std::move(re);
  AMEND_RETURN_IF_ERROR(GetExamples(t, "examples", true, err, at, &rule->examples));
  AMEND_RETURN_IF_ERROR(GetExamples(t, "keeps", false, err, at, &rule->keeps));
  return Status::Ok();
}

}  // namespace

const char* StageName(RuleStage stage) { return kStages[static_cast<int>(stage)].data(); }
const char* ScopeName(RuleScope scope) { return kScopes[static_cast<int>(scope)].data(); }

std::string DefaultPacksDir() {
  if (const char* env = std::getenv("AMEND_PACKS_DIR"); env && *env) return env;
  return AMEND_SOURCE_DIR "/rules/packs";
}

Status ParseRulePack(std::string_view text, const std::string& file_name,
                     const ConfusionTable& confusions, bool allow_duplicate_ids, RuleSet* into) {
  ErrorFormatter err(text, file_name);
  toml::table root;
  try {
    root = toml::parse(text, file_name);
  } catch (const toml::parse_error& e) {
    return err.At(e.source(), "bad TOML: " + std::string(e.description()));
  }
  std::map<std::string, std::shared_ptr<const VocabularyMatcher>> vocabs;
  for (const auto& [key, value] : root) {
    if (key != "pack" && key != "vocabulary" && key != "rule") {
      return err.At(key.source(), "unknown key \"" + std::string(key.str()) +
                                      "\" (expected [pack], [vocabulary.NAME] or [[rule]])");
    }
  }
  const toml::node* pack = root.get("pack");
  if (!pack || !pack->is_table()) return err.At(1, 1, "pack is missing its [pack] table");
  std::string name;
  bool has_name = false;
  AMEND_RETURN_IF_ERROR(GetString(*pack->as_table(), "name", err, &name, &has_name));
  if (!has_name || name.empty()) return err.At(pack->source(), "[pack] is missing \"name\"");
  if (const toml::node* v = root.get("vocabulary")) {
    AMEND_RETURN_IF_ERROR(ParseVocabularies(*v, file_name, err, confusions, &vocabs,
                                             &into->vocabulary_files));
  }
  const toml::node* rules = root.get("rule");
  if (!rules) return Status::Ok();
  const toml::array* arr = rules->as_array();
  if (!arr || !arr->is_array_of_tables()) return err.At(rules->source(), "\"rule\" must be [[rule]] tables");
  for (const toml::node& n : *arr) {
    Rule rule;
    AMEND_RETURN_IF_ERROR(ParseRule(*n.as_table(), file_name, err, vocabs, &rule));
    if (!allow_duplicate_ids) {
      for (const Rule& other : into->rules) {
        if (other.id == rule.id) {
          return err.At(n.as_table()->get("id")->source(),
                        "duplicate rule id \"" + rule.id + "\" (first defined at " + other.file +
                            ":" + std::to_string(other.line) + ")");
        }
      }
    }
    into->rules.push_back(std::move(rule));
  }
  return Status::Ok();
}

StatusOr<RuleSet> LoadRules(const RuleLoadOptions& options) {
  std::vector<std::string> files;
  auto add_dir = [&](const std::string& dir, bool must_exist) -> Status {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      if (!must_exist) return Status::Ok();
      return RuleError(dir + ": no such rules directory");
    }
    std::vector<std::string> here;
    for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
      if (e.path().extension() == ".toml" && e.is_regular_file(ec)) here.push_back(e.path().string());
    }
    if (ec) return RuleError(dir + ": " + ec.message());
    std::sort(here.begin(), here.end());
    files.insert(files.end(), here.begin(), here.end());
    return Status::Ok();
  };
  if (options.default_packs) AMEND_RETURN_IF_ERROR(add_dir(DefaultPacksDir(), false));
  for (const std::string& dir : options.dirs) AMEND_RETURN_IF_ERROR(add_dir(dir, true));

  RuleSet set;
  if (files.empty()) return set;
  StatusOr<ConfusionTable> confusions = LoadConfusionTable(options.confusions_path);
  if (!confusions.ok()) return confusions.status();
  for (const std::string& file : files) {
    StatusOr<std::string> text = ReadFile(file);
    if (!text.ok()) return RuleError(text.status().message());
    AMEND_RETURN_IF_ERROR(
        ParseRulePack(*text, file, *confusions, options.allow_duplicate_ids, &set));
    set.files.push_back(file);
  }
  return set;
}

}  // namespace amend
