#include "normalize/word_set.h"

#include <algorithm>
#include <cstdint>

#include "base/byte_hash.h"
#include "base/file_io.h"

namespace amend {

WordSet::WordSet(std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) insert(w);
}

bool WordSet::AddFile(const std::string& path) {
  StatusOr<std::string> text = ReadFile(path);
  if (!text.ok() || buffer_.size() + text->size() + 1 >= kCapitalizedBit) return false;
  Reserve(size_ + static_cast<size_t>(std::count(text->begin(), text->end(), '\n')) + 1);
  const size_t base = buffer_.size();
  if (base == 0) {
    buffer_ = std::move(*text);
  } else {
    buffer_ += *text;
  }
  if (buffer_.back() != '\n') buffer_ += '\n';  // every word ends at a '\n'
  for (size_t pos = base, end; pos < buffer_.size(); pos = end + 1) {
    end = buffer_.find('\n', pos);
    const bool capitalized = buffer_[pos] >= 'A' && buffer_[pos] <= 'Z';
    for (size_t i = pos; i < end; ++i) {
      char& c = buffer_[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    if (end > pos && buffer_[end - 1] == '\r') buffer_[end - 1] = '\n';  // ends the word there
    if (buffer_[pos] != '\n' && buffer_[pos] != '#') {
      InsertAt(static_cast<uint32_t>(pos), capitalized);
    }
  }
  return true;
}

bool WordSet::insert(std::string_view word, bool capitalized) {
  if (word.empty() || word.find('\n') != std::string_view::npos) return false;
  if (!slots_.empty()) {
    if (uint32_t& slot = slots_[Find(word)]; slot != 0) {
      if (!capitalized) slot &= ~kCapitalizedBit;
      return false;
    }
  }
  const auto offset = static_cast<uint32_t>(buffer_.size());
  buffer_ += word;
  buffer_ += '\n';
  return InsertAt(offset, capitalized);
}

bool WordSet::contains(std::string_view word) const {
  return !slots_.empty() && slots_[Find(word)] != 0;
}

bool WordSet::OnlyCapitalized(std::string_view word) const {
  return !slots_.empty() && (slots_[Find(word)] & kCapitalizedBit) != 0;
}

std::string_view WordSet::WordAt(uint32_t offset) const {
  return std::string_view(buffer_.data() + offset, buffer_.find('\n', offset) - offset);
}

bool WordSet::Matches(uint32_t slot, std::string_view word) const {
  const char* w = buffer_.data() + OffsetOf(slot);
  return buffer_.size() - OffsetOf(slot) > word.size() && w[word.size()] == '\n' &&
         std::char_traits<char>::compare(w, word.data(), word.size()) == 0;
}

size_t WordSet::Find(std::string_view word) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = HashBytes(word) & mask;; i = (i + 1) & mask) {
    if (slots_[i] == 0 || Matches(slots_[i], word)) return i;
  }
}

bool WordSet::InsertAt(uint32_t offset, bool capitalized) {
  Reserve(size_ + 1);
  uint32_t& slot = slots_[Find(WordAt(offset))];
  if (slot != 0) {
    if (!capitalized) slot &= ~kCapitalizedBit;
    return false;
  }
  slot = (offset + 1) | (capitalized ? kCapitalizedBit : 0);
  ++size_;
  return true;
}

void WordSet::Reserve(size_t words) {
  if (slots_.size() >= 2 * words) return;
  size_t capacity = 16;
  while (capacity < 2 * words) capacity *= 2;
  std::vector<uint32_t> old = std::move(slots_);
  slots_.assign(capacity, 0);
  for (uint32_t slot : old) {
    if (slot != 0) slots_[Find(WordAt(OffsetOf(slot)))] = slot;
  }
}

}  // namespace amend
