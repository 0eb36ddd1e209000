#include "parse/sheet_parser.h"

#include <algorithm>
#include <cctype>

#include "parse/line_reader.h"
#include "parse/values.h"

namespace amend {
namespace {

// A line that cannot be text of a row: too few letters and digits (table rules, specks:
// "—__|"), or no word of four letters or more (rule lines read as letters: "a ee eee").
bool IsNoise(std::string_view text) {
  size_t alnum = 0, visible = 0, word = 0, longest = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) == 0x80) continue;  // UTF-8 continuation byte: counted with its lead
    bool letter = std::isalpha(c) || (c >= 0xC3 && c <= 0xDF);  // Latin, Greek, Cyrillic letters
    word = letter ? word + 1 : 0;
    longest = std::max(longest, word);
    if (std::isspace(c)) continue;
    ++visible;
    if (letter || std::isdigit(c)) ++alnum;
  }
  return alnum < 3 || alnum * 2 < visible || longest < 4;
}

// Text has no NUL bytes and few other control characters; binary data has many.
bool LooksBinary(std::string_view text) {
  size_t control = 0;
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++control;
  }
  return control * 100 > text.size();
}

// What the alignment assigned to one layout item.
struct ItemText {
  int line = -1;                       // index into lines of the kept reading
  Reading reading;
  std::vector<int> continuation;       // lines appended to the value
};

class Assembler {
 public:
  Assembler(const std::vector<InputLine>& lines, const Schema& schema, const ParseOptions& options)
      : lines_(lines), schema_(schema), options_(options), items_(schema.items.size()) {}

  void Take(const std::vector<AlignStep>& path);
  Record Build();
  int matched() const { return matched_; }

 private:
  void Note(const char* severity, const char* code, std::string message, int line_index) {
    record_.diagnostics.push_back({severity, code, std::move(message), line_index < 0 ? 0 : lines_[line_index].number});
  }
  std::string Line(int i) const { return "line " + std::to_string(lines_[i].number) + ": "; }
  double Score(int item, const Reading& r) const;
  bool Continues(int item) const;
  void LabelDiagnostics(int item);
  std::string ValueOf(int item) const;
  void BuildRow(int item, Provision* p);

  const std::vector<InputLine>& lines_;
  const Schema& schema_;
  const ParseOptions& options_;
  std::vector<ItemText> items_;
  std::vector<int> conflict_lines_;
  int matched_ = 0;
  Record record_;
};

// A reading's quality for choosing between duplicates: label cost plus, for a
// closed-vocabulary field, how far its value is from the vocabulary.
double Assembler::Score(int item, const Reading& r) const {
  const LayoutItem& it = schema_.items[item];
  if (it.vocab.empty()) return r.cost;
  Snapped s = SnapToVocabulary(r.value, it.vocab, options_.distance);
  if (!s.known) return r.cost + 1;
  return r.cost + (s.changed ? options_.distance(FoldKey(r.value), FoldKey(s.value), kNoBound) / std::max<double>(1, FoldKey(s.value).size()) : 0);
}

// Whether a line that is no item may continue the value of `item`: not a heading, not a
// closed-vocabulary or date field (one short value), not a row read as not mentioned.
bool Assembler::Continues(int item) const {
  const LayoutItem& it = schema_.items[item];
  if (it.kind == ItemKind::kSection || !it.vocab.empty() || it.label == schema_.date_field) return false;
  return !NoMentionEdits(items_[item].reading.value, schema_.no_mention).has_value();
}

void Assembler::Take(const std::vector<AlignStep>& path) {
  int last = -1;  // the item the previous matched line belongs to
  const int conflict_item = schema_.conflict_after.empty() ? -2 : schema_.Find(ItemKind::kField, schema_.conflict_after);
  for (const AlignStep& s : path) {
    if (s.kind == StepKind::kDelete) continue;
    if (s.kind == StepKind::kInsert) {
      const InputLine& l = lines_[s.line];
      if (last == conflict_item) {
        conflict_lines_.push_back(s.line);
      } else if (IsNoise(l.text) || last < 0 || !Continues(last)) {
        Note("info", "noise-line", Line(s.line) + "dropped '" + FoldWhitespace(l.text).substr(0, 60) + "' (no row of the layout)", s.line);
      } else {
        items_[last].continuation.push_back(s.line);
      }
      continue;
    }
    Reading r = ReadAs(lines_[s.line], schema_.items[s.item], schema_, options_.distance,
                       options_.max_label_cost, options_.lost_label_cost);
    ItemText& it = items_[s.item];
    last = s.item;
    if (it.line < 0) {
      it.line = s.line;
      it.reading = std::move(r);
      ++matched_;
      continue;
    }
    // A second reading of the same item: keep the better one.
    const std::string& label = schema_.items[s.item].label;
    int dropped = s.line;
    if (Score(s.item, r) < Score(s.item, it.reading)) {
      dropped = it.line;
      it.line = s.line;
      it.reading = std::move(r);
      it.continuation.clear();
    }
    Note("warning", "duplicate-row", Line(dropped) + "'" + label + "' printed twice; kept the reading on line " +
         std::to_string(lines_[it.line].number), dropped);
  }
}

void Assembler::LabelDiagnostics(int item) {
  const ItemText& t = items_[item];
  const std::string& label = schema_.items[item].label;
  const Reading& r = t.reading;
  if (r.kind == ReadingKind::kValueOnly) {
    Note("warning", "label-inferred", Line(t.line) + "label lost; read as '" + label + "' from its neighbours", t.line);
    return;
  }
  if (r.merged) Note("info", "label-merged", Line(t.line) + "label '" + label + "' run together with its value; split", t.line);
  if (r.split) Note("info", "label-split", Line(t.line) + "label '" + label + "' printed around its value; joined", t.line);
  if (FoldKey(r.label) != FoldKey(label)) {
    Note("warning", "label-damaged", Line(t.line) + "label '" + r.label + "' read as '" + label + "'", t.line);
  }
}

std::string Assembler::ValueOf(int item) const {
  const ItemText& t = items_[item];
  std::string v = t.reading.value;
  for (int c : t.continuation) v += " " + lines_[c].text;
  return FoldWhitespace(v);
}

void Assembler::BuildRow(int item, Provision* p) {
  const ItemText& t = items_[item];
  std::string value = ValueOf(item);
  if (std::optional<int> edits = NoMentionEdits(value, schema_.no_mention)) {
    if (*edits > 0) Note("info", "value-repaired", Line(t.line) + "'" + value + "' read as '" + schema_.no_mention + "'", t.line);
    return;
  }
  if (value.empty()) {
    Note("warning", "row-missing", Line(t.line) + "row '" + p->label + "' has no value; recorded as not mentioned", t.line);
    return;
  }
  p->mentioned = true;
  std::vector<std::string> sections;
  for (const LayoutItem& it : schema_.items) {
    if (it.kind == ItemKind::kSection) sections.push_back(it.label);
  }
  RowValue rv = SplitRowValue(value, sections, schema_.quote_prefix);
  if (schema_.items[item].free_text) {
    // A free-text row coded without its text prints its own category path instead
    // ("Implementation→Source", the arrow maybe read as a dash): one known code, no quotes.
    if (rv.codes.size() == 1 && rv.quotes.empty() && !schema_.codes.empty()) {
      Snapped s = SnapToVocabulary(rv.codes[0], schema_.codes, options_.distance, 0.1);
      if (s.known && s.value == p->section + "\xe2\x86\x92" + p->label) {
        if (s.changed) Note("warning", "code-snapped", Line(t.line) + "'" + rv.codes[0] + "' read as '" + s.value + "'", t.line);
        p->codes = {s.value};
        return;
      }
    }
    p->text = value;
    return;
  }
  p->codes = std::move(rv.codes);
  p->quotes = std::move(rv.quotes);
  if (schema_.codes.empty()) return;
  for (std::string& code : p->codes) {
    Snapped s = SnapToVocabulary(code, schema_.codes, options_.distance, 0.1);
    if (s.changed) Note("warning", "code-snapped", Line(t.line) + "'" + code + "' read as '" + s.value + "'", t.line);
    if (!s.known) Note("warning", "code-unknown", Line(t.line) + "'" + code + "' is not a known category path", t.line);
    code = s.value;
  }
}

Record Assembler::Build() {
  record_.schema = schema_.name;
  for (size_t k = 0; k < schema_.items.size(); ++k) {
    const LayoutItem& item = schema_.items[k];
    const int i = static_cast<int>(k);
    bool found = items_[k].line >= 0;
    if (found) LabelDiagnostics(i);
    if (item.kind == ItemKind::kSection) continue;
    if (item.kind == ItemKind::kRow) {
      Provision p;
      p.section = item.section;
      p.label = item.label;
      if (found) {
        BuildRow(i, &p);
      } else {
        Note("warning", "row-missing", "row '" + item.label + "' not found; recorded as not mentioned", -1);
      }
      record_.provisions.push_back(std::move(p));
      continue;
    }
    if (!found) {
      Note("warning", "field-missing", "field '" + item.label + "' not found", -1);
      continue;
    }
    std::string value = ValueOf(i);
    if (!item.vocab.empty()) {
      Snapped s = SnapToVocabulary(value, item.vocab, options_.distance);
      if (s.changed) Note("warning", "value-snapped", Line(items_[k].line) + "'" + value + "' read as '" + s.value + "'", items_[k].line);
      if (!s.known) Note("warning", "value-unknown", Line(items_[k].line) + "'" + value + "' is not a known " + item.label, items_[k].line);
      value = s.value;
    }
    if (item.label == schema_.date_field) {
      record_.date = ParseIsoDate(value);
      if (record_.date) {
        // A month OCR read in the wrong case ("9 jun 2023"): the sheet prints it capitalized.
        std::string cased = CapitalizeMonths(value);
        if (cased != value) Note("info", "value-repaired", Line(items_[k].line) + "'" + value + "' read as '" + cased + "'", items_[k].line);
        value = std::move(cased);
      }
      if (!record_.date) Note("warning", "date-unreadable", Line(items_[k].line) + "'" + value + "' is not a date", items_[k].line);
    }
    record_.fields.emplace_back(item.label, std::move(value));
  }
  if (!conflict_lines_.empty()) {
    Conflict c;
    c.name = FoldWhitespace(lines_[conflict_lines_[0]].text);
    std::string description;
    for (size_t k = 1; k < conflict_lines_.size(); ++k) description += " " + lines_[conflict_lines_[k]].text;
    c.description = FoldWhitespace(description);
    record_.conflict = std::move(c);
  }
  std::stable_sort(record_.diagnostics.begin(), record_.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
  return std::move(record_);
}

}  // namespace

StatusOr<ParseResult> ParseSheet(std::string_view text, const Schema& schema, const ParseOptions& options) {
  const std::string name = options.source_name.empty() ? "input" : options.source_name;
  if (LooksBinary(text)) return BadInput(name + ": no sheet found");
  std::vector<InputLine> lines;
  int number = 0;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view raw = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++number;
    if (raw.find_first_not_of(" \t\r\f\v") == std::string_view::npos) continue;
    lines.push_back(PrepareLine(raw, number, schema));
  }
  const int n = static_cast<int>(lines.size()), m = static_cast<int>(schema.items.size());
  std::vector<AlignStep> path = Align(
      n, m,
      [&](int i, int j, double bound) {
        return ReadAs(lines[i], schema.items[j], schema, options.distance, options.max_label_cost,
                      options.lost_label_cost, bound).cost;
      },
      [&](int j) {
        return schema.items[j].kind == ItemKind::kSection ? options.delete_heading_cost : options.delete_row_cost;
      },
      options.align);
  // A sheet is there when a good part of its labels are, in order and legible.
  int good = 0;
  for (const AlignStep& s : path) {
    if (s.kind != StepKind::kMatch) continue;
    Reading r = ReadAs(lines[s.line], schema.items[s.item], schema, options.distance, options.max_label_cost,
                       options.lost_label_cost);
    if (r.kind != ReadingKind::kValueOnly && r.cost <= options.max_label_cost / 2) ++good;
  }
  if (good < std::max(3, m / 5)) return BadInput(name + ": no sheet found");
  Assembler assembler(lines, schema, options);
  assembler.Take(path);
  ParseResult result;
  result.record = assembler.Build();
  result.items_matched = assembler.matched();
  return result;
}

}  // namespace amend
