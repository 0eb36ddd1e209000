#include "normalize/spanned_text.h"

#include <algorithm>
#include <cassert>

namespace amend {

void SpannedText::Rep::AddRun(size_t len, bool copied, uint32_t origin_begin,
                              uint32_t origin_end) {
  if (len == 0) return;
  if (!runs.empty()) {
    const Run& last = runs.back();
    size_t last_len = text.size() - last.text_begin;
    if (copied && last.copied && last.origin_begin + last_len == origin_begin) return;
    if (!copied && !last.copied && last.origin_begin == origin_begin &&
        last.origin_end == origin_end) {
      return;
    }
  }
  runs.push_back({static_cast<uint32_t>(text.size()), origin_begin, origin_end, copied});
}

size_t SpannedText::Rep::RunAt(size_t i) const {
  auto it = std::upper_bound(runs.begin(), runs.end(), i,
                             [](size_t v, const Run& r) { return v < r.text_begin; });
  return static_cast<size_t>(it - runs.begin()) - 1;
}

ByteSpan SpannedText::Rep::ByteOrigin(size_t i) const {
  const Run& r = runs[RunAt(i)];
  if (r.copied) {
    size_t o = r.origin_begin + (i - r.text_begin);
    return {o, o + 1};
  }
  return {r.origin_begin, r.origin_end};
}

void SpannedText::Rep::AppendFrom(const Rep& src, size_t from, size_t to) {
  if (from >= to) return;
  for (size_t k = src.RunAt(from); k < src.runs.size() && src.runs[k].text_begin < to; ++k) {
    const Run& r = src.runs[k];
    size_t a = std::max<size_t>(from, r.text_begin), b = std::min(to, src.RunEnd(k));
    uint32_t ob = r.copied ? static_cast<uint32_t>(r.origin_begin + (a - r.text_begin))
                           : r.origin_begin;
    AddRun(b - a, r.copied, ob, r.origin_end);
    text.append(src.text, a, b - a);
  }
}

const SpannedText::Rep& SpannedText::rep() const {
  static const Rep* const kEmpty = new Rep;
  return rep_ ? *rep_ : *kEmpty;
}

SpannedText SpannedText::FromOriginal(std::string text) {
  auto r = std::make_shared<Rep>();
  if (!text.empty()) r->runs.push_back({0, 0, 0, true});
  r->origin_size = static_cast<uint32_t>(text.size());
  r->text = std::move(text);
  SpannedText t;
  t.rep_ = std::move(r);
  return t;
}

ByteSpan SpannedText::Origin(size_t begin, size_t end) const {
  const Rep& r = rep();
  assert(begin <= end && end <= r.text.size());
  if (begin == end) {
    size_t at = begin < r.text.size() ? r.ByteOrigin(begin).begin
                : begin > 0            ? r.ByteOrigin(begin - 1).end
                                       : r.origin_size;
    return {at, at};
  }
  size_t lo = SIZE_MAX, hi = 0;
  for (size_t k = r.RunAt(begin); k < r.runs.size() && r.runs[k].text_begin < end; ++k) {
    const Run& run = r.runs[k];
    size_t a = std::max<size_t>(begin, run.text_begin), b = std::min(end, r.RunEnd(k));
    if (run.copied) {
      lo = std::min(lo, run.origin_begin + (a - run.text_begin));
      hi = std::max(hi, run.origin_begin + (b - run.text_begin));
    } else {
      lo = std::min<size_t>(lo, run.origin_begin);
      hi = std::max<size_t>(hi, run.origin_end);
    }
  }
  return {lo, hi};
}

SpannedText SpannedText::Slice(size_t begin, size_t end) const {
  const Rep& r = rep();
  assert(begin <= end && end <= r.text.size());
  auto out = std::make_shared<Rep>();
  out->AppendFrom(r, begin, end);
  out->origin_size = static_cast<uint32_t>(Origin(end, end).begin);
  SpannedText t;
  t.rep_ = std::move(out);
  return t;
}

SpannedTextBuilder::SpannedTextBuilder(const SpannedText& source, std::string edit_source)
    : src_(source), edit_source_(std::move(edit_source)) {}

SpannedTextBuilder::SpannedTextBuilder(const SpannedText& source, std::string edit_source,
                                       std::vector<TextEdit>* sink)
    : src_(source), edit_source_(std::move(edit_source)), record_edits_(sink), sink_(sink) {}

void SpannedTextBuilder::SetEditSource(std::string source, std::string stage,
                                       std::string pack_file, int pack_line) {
  edit_source_ = std::move(source);
  stage_ = std::move(stage);
  pack_file_ = std::move(pack_file);
  pack_line_ = pack_line;
}

void SpannedTextBuilder::Start() {
  if (out_) return;
  const SpannedText::Rep& s = src_.rep();
  out_ = std::make_unique<SpannedText::Rep>();
  // A little room over the source's size: steps that lengthen a few words ("Govemment" ->
  // "Government") would otherwise reallocate the whole text to twice its size.
  out_->text.reserve(s.text.size() + s.text.size() / 32 + 64);
  out_->runs.reserve(s.runs.size() + s.runs.size() / 8 + 16);
  out_->origin_size = s.origin_size;
  out_->AppendFrom(s, 0, pos_);
}

void SpannedTextBuilder::MakeRoom(size_t bytes, size_t runs) {
  // Past the first reserve, grow to what the rest of the source needs (plus a little),
  // not to twice the size: a doubled text is fresh memory the kernel must fault in.
  std::string& text = out_->text;
  if (text.size() + bytes > text.capacity()) {
    size_t want = text.size() + bytes + (src_.size() - pos_);
    text.reserve(want + want / 32 + 64);
  }
  std::vector<SpannedText::Run>& out_runs = out_->runs;
  if (out_runs.size() + runs > out_runs.capacity()) {
    size_t want = out_runs.size() + runs + (src_.rep().runs.size() - src_.rep().RunAt(pos_));
    out_runs.reserve(want + want / 8 + 16);
  }
}

void SpannedTextBuilder::Append(std::string_view bytes, uint32_t begin, uint32_t end) {
  MakeRoom(bytes.size(), 1);
  out_->AddRun(bytes.size(), false, begin, end);
  out_->text.append(bytes);
}

void SpannedTextBuilder::CopyUpTo(size_t pos) {
  assert(pos >= pos_ && pos <= src_.size());
  if (out_) {
    MakeRoom(pos - pos_, 1);
    out_->AppendFrom(src_.rep(), pos_, pos);
  }
  pos_ = pos;
}

void SpannedTextBuilder::Replace(size_t begin, size_t end, std::string_view replacement) {
  CopyUpTo(begin);
  assert(end >= begin && end <= src_.size());
  std::string_view before = std::string_view(src_.text()).substr(begin, end - begin);
  if (before == replacement) {
    CopyUpTo(end);
    return;
  }
  Start();
  ByteSpan origin = src_.Origin(begin, end);
  size_t out_begin = out_->text.size();
  Append(replacement, static_cast<uint32_t>(origin.begin), static_cast<uint32_t>(origin.end));
  ++edit_count_;
  if (record_edits_) {
    edits_.push_back({edit_source_, stage_, pack_file_, pack_line_, origin,
                      {out_begin, out_->text.size()}, std::string(before),
                      std::string(replacement)});
  }
  pos_ = end;
}

void SpannedTextBuilder::Splice(size_t begin, size_t end, const SpannedText& piece,
                                const std::vector<TextEdit>& edits) {
  CopyUpTo(begin);
  Start();
  MakeRoom(piece.size(), piece.rep().runs.size());
  size_t base = out_->text.size();
  out_->AppendFrom(piece.rep(), 0, piece.size());
  edit_count_ += edits.size();
  if (!record_edits_) {
    pos_ = end;
    return;
  }
  for (TextEdit e : edits) {
    e.after.begin += base;
    e.after.end += base;
    edits_.push_back(std::move(e));
  }
  pos_ = end;
}

SpannedText SpannedTextBuilder::Finish() {
  if (!out_) return src_;  // nothing changed: share the source (and no edits were made)
  CopyUpTo(src_.size());
  if (sink_) {
    for (TextEdit& e : edits_) sink_->push_back(std::move(e));
    edits_.clear();
  }
  SpannedText t;
  t.rep_ = std::move(out_);
  return t;
}

}  // namespace amend
