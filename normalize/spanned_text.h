// Text that remembers where each of its bytes came from in the original input (the span
// map), and the edits that were made to it. Every normalization step and every rule
// rebuilds the text through a SpannedTextBuilder, so the map stays exact after any number
// of steps:
//
//   SpannedText text = SpannedText::FromOriginal(input);        // identity map
//   SpannedTextBuilder b(text, "normalize.ligatures");
//   b.CopyUpTo(7);                  // bytes [0,7) unchanged
//   b.Replace(7, 10, "fi");          // bytes [7,10) become "fi"
//   SpannedText out = b.Finish();    // copies the rest; out.Origin(7, 9) == [7, 10)
//   for (const TextEdit& e : b.edits()) ...   // what changed, in original bytes
//
// Values: copying is cheap (the bytes and the map are immutable and shared between copies,
// so a step that changes nothing returns its input without a rebuild); any number of
// threads may read the same object. A builder copies nothing until its first real edit.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace amend {

// A half-open byte range [begin, end).
struct ByteSpan {
  size_t begin = 0;
  size_t end = 0;
  bool operator==(const ByteSpan&) const = default;
};

// One change to the text, explained. Written by normalization steps (`source` is
// "normalize.<step>") and by rules (`source` is the rule id).
struct TextEdit {
  std::string source;        // "normalize.ligatures" or a rule id
  std::string stage;         // "normalize", or the rule's stage ("residue", "words", ...)
  std::string pack_file;     // rule edits: the pack file; empty for normalization
  int pack_line = 0;         // rule edits: line of the rule's [[rule]] header
  ByteSpan original;         // the bytes of the ORIGINAL input this edit replaced
  ByteSpan after;            // where the new text sits in the text right after this step
  std::string text_before;   // the bytes replaced (as they were just before the edit)
  std::string text_after;    // what replaced them
};

class SpannedText {
 public:
  SpannedText() = default;
  // A text that is its own original: byte i maps to [i, i+1).
  static SpannedText FromOriginal(std::string text);

  const std::string& text() const { return rep().text; }
  size_t size() const { return rep().text.size(); }

  // The range of the original input that produced bytes [begin, end) of this text.
  // Bytes inserted by a replacement map to the whole range they replaced. An empty range
  // maps to the empty range at the corresponding original position. Requires
  // begin <= end <= size().
  ByteSpan Origin(size_t begin, size_t end) const;

  // Bytes [begin, end) with their map (for applying rules to one line or cell).
  SpannedText Slice(size_t begin, size_t end) const;

 private:
  friend class SpannedTextBuilder;
  // The map is sparse: runs of bytes, each either copied unchanged from the original
  // (byte i of the run came from original byte `origin_begin + i`) or written by a
  // replacement (every byte came from [origin_begin, origin_end)).
  struct Run {
    uint32_t text_begin = 0;  // first byte of the run; it ends where the next one begins
    uint32_t origin_begin = 0;
    uint32_t origin_end = 0;  // replacement runs only
    bool copied = false;      // true: byte-for-byte copy of the original
  };
  struct Rep {
    std::string text;
    std::vector<Run> runs;     // sorted by text_begin, covering [0, text.size())
    uint32_t origin_size = 0;  // size of the original (for empty ranges at the end)
    // Appends source bytes [from, to) of `src` with their map.
    void AppendFrom(const Rep& src, size_t from, size_t to);
    // Appends `len` bytes of map (the text is appended by the caller afterwards).
    void AddRun(size_t len, bool copied, uint32_t origin_begin, uint32_t origin_end);
    // Index of the run holding byte `i` (i < text.size()).
    size_t RunAt(size_t i) const;
    size_t RunEnd(size_t k) const {
      return k + 1 < runs.size() ? runs[k + 1].text_begin : text.size();
    }
    ByteSpan ByteOrigin(size_t i) const;
  };
  const Rep& rep() const;
  std::shared_ptr<const Rep> rep_;  // null: the empty text
};

// Builds a new SpannedText from a source by copying and replacing ranges left to right.
// Ranges passed to CopyUpTo/Replace must not go backwards. Not thread-safe.
class SpannedTextBuilder {
 public:
  // `source` must outlive the builder. `edit_source` names the step in recorded edits,
  // which edits() holds.
  SpannedTextBuilder(const SpannedText& source, std::string edit_source);
  // The same for a step that hands its edits on: Finish() appends them to `*sink`. With a
  // null sink (no caller reads them) the edits are only counted (edit_count): no TextEdit,
  // with its copies of the text before and after, is made.
  SpannedTextBuilder(const SpannedText& source, std::string edit_source,
                     std::vector<TextEdit>* sink);

  // Copies source bytes from the current position up to `pos`.
  void CopyUpTo(size_t pos);
  // Copies up to `begin`, then writes `replacement` for source bytes [begin, end) and
  // records a TextEdit (unless the replacement equals the replaced bytes).
  void Replace(size_t begin, size_t end, std::string_view replacement);
  // Copies up to `begin`, then appends `piece` (a rewritten slice of source bytes
  // [begin, end)) with its own map; `edits` made on that piece are re-based and kept.
  void Splice(size_t begin, size_t end, const SpannedText& piece,
              const std::vector<TextEdit>& edits);
  // Copies the rest and returns the new text (and hands the edits to the sink, if any);
  // the builder is then spent.
  SpannedText Finish();

  // Edits recorded so far, with `after` spans in the new text (none with a null sink).
  const std::vector<TextEdit>& edits() const { return edits_; }
  // Edits made so far, recorded or not (Replace calls that changed something, and the
  // edits of spliced pieces).
  size_t edit_count() const { return edit_count_; }
  // Marks further edits as coming from a rule of `stage` defined at pack_file:pack_line.
  void SetEditSource(std::string source, std::string stage, std::string pack_file,
                     int pack_line);
  size_t position() const { return pos_; }

 private:
  void Append(std::string_view bytes, uint32_t begin, uint32_t end);
  // Makes room for `bytes` more text and `runs` more runs, with the rest of the source.
  void MakeRoom(size_t bytes, size_t runs);
  // Copies source bytes [0, pos_) on the first real edit.
  void Start();
  const SpannedText& src_;
  std::unique_ptr<SpannedText::Rep> out_;  // null until the first real edit
  size_t pos_ = 0;
  std::string edit_source_;
  std::string stage_ = "normalize";
  std::string pack_file_;
  int pack_line_ = 0;
  bool record_edits_ = true;
  std::vector<TextEdit>* sink_ = nullptr;  // where Finish() hands the edits, if anywhere
  size_t edit_count_ = 0;
  std::vector<TextEdit> edits_;
};

}  // namespace amend
