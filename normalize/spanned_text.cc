#include "normalize/spanned_text.h"

#include <algorithm>
#include <cassert>

namespace amend {

SpannedText SpannedText::FromOriginal(std::string text) {
  SpannedText t;
  t.origin_begin_.resize(text.size());
  t.origin_end_.resize(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    t.origin_begin_[i] = static_cast<uint32_t>(i);
    t.origin_end_[i] = static_cast<uint32_t>(i + 1);
  }
  t.origin_size_ = static_cast<uint32_t>(text.size());
  t.text_ = std::move(text);
  return t;
}

ByteSpan SpannedText::Origin(size_t begin, size_t end) const {
  assert(begin <= end && end <= text_.size());
  if (begin == end) {
    size_t at = begin < text_.size() ? origin_begin_[begin]
                : begin > 0          ? origin_end_[begin - 1]
                                     : origin_size_;
    return {at, at};
  }
  uint32_t lo = origin_begin_[begin], hi = origin_end_[begin];
  for (size_t i = begin + 1; i < end; ++i) {
    lo = std::min(lo, origin_begin_[i]);
    hi = std::max(hi, origin_end_[i]);
  }
  return {lo, hi};
}

SpannedText SpannedText::Slice(size_t begin, size_t end) const {
  assert(begin <= end && end <= text_.size());
  SpannedText t;
  t.text_ = text_.substr(begin, end - begin);
  t.origin_begin_.assign(origin_begin_.begin() + begin, origin_begin_.begin() + end);
  t.origin_end_.assign(origin_end_.begin() + begin, origin_end_.begin() + end);
  t.origin_size_ = static_cast<uint32_t>(Origin(end, end).begin);
  return t;
}

SpannedTextBuilder::SpannedTextBuilder(const SpannedText& source, std::string edit_source)
    : src_(source), edit_source_(std::move(edit_source)) {
  out_.text_.reserve(source.size());
  out_.origin_begin_.reserve(source.size());
  out_.origin_end_.reserve(source.size());
  out_.origin_size_ = source.origin_size_;
}

void SpannedTextBuilder::SetEditSource(std::string source, std::string pack_file, int pack_line) {
  edit_source_ = std::move(source);
  pack_file_ = std::move(pack_file);
  pack_line_ = pack_line;
}

void SpannedTextBuilder::Append(std::string_view bytes, uint32_t begin, uint32_t end) {
  out_.text_.append(bytes);
  out_.origin_begin_.insert(out_.origin_begin_.end(), bytes.size(), begin);
  out_.origin_end_.insert(out_.origin_end_.end(), bytes.size(), end);
}

void SpannedTextBuilder::CopyUpTo(size_t pos) {
  assert(pos >= pos_ && pos <= src_.size());
  out_.text_.append(src_.text_, pos_, pos - pos_);
  out_.origin_begin_.insert(out_.origin_begin_.end(), src_.origin_begin_.begin() + pos_,
                            src_.origin_begin_.begin() + pos);
  out_.origin_end_.insert(out_.origin_end_.end(), src_.origin_end_.begin() + pos_,
                          src_.origin_end_.begin() + pos);
  pos_ = pos;
}

void SpannedTextBuilder::Replace(size_t begin, size_t end, std::string_view replacement) {
  CopyUpTo(begin);
  assert(end >= begin && end <= src_.size());
  std::string_view before = std::string_view(src_.text_).substr(begin, end - begin);
  if (before == replacement) {
    CopyUpTo(end);
    return;
  }
  ByteSpan origin = src_.Origin(begin, end);
  size_t out_begin = out_.text_.size();
  Append(replacement, static_cast<uint32_t>(origin.begin), static_cast<uint32_t>(origin.end));
  edits_.push_back({edit_source_, "normalize", pack_file_, pack_line_, origin,
                    {out_begin, out_.text_.size()}, std::string(before),
                    std::string(replacement)});
  pos_ = end;
}

void SpannedTextBuilder::Splice(size_t begin, size_t end, const SpannedText& piece,
                                const std::vector<TextEdit>& edits) {
  CopyUpTo(begin);
  size_t base = out_.text_.size();
  out_.text_.append(piece.text_);
  out_.origin_begin_.insert(out_.origin_begin_.end(), piece.origin_begin_.begin(),
                            piece.origin_begin_.end());
  out_.origin_end_.insert(out_.origin_end_.end(), piece.origin_end_.begin(),
                          piece.origin_end_.end());
  for (TextEdit e : edits) {
    e.after.begin += base;
    e.after.end += base;
    edits_.push_back(std::move(e));
  }
  pos_ = end;
}

SpannedText SpannedTextBuilder::Finish() {
  CopyUpTo(src_.size());
  return std::move(out_);
}

}  // namespace amend
