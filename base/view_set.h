// A set of string_views (views into text the caller keeps alive), open-addressed with the
// full hash kept beside each view: a lookup is one probe of a flat array and, on a hash
// match, one compare. The rule engine asks it about every line of a text in every stage;
// std::unordered_set spent most of that time on a division by its prime bucket count and
// on following node pointers.
//
//   ViewSet seen;
//   if (!seen.contains(line)) { ...; seen.insert(line); }
//
// The views must stay valid while the set is used. Not thread-safe.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "base/byte_hash.h"

namespace amend {

class ViewSet {
 public:
  bool contains(std::string_view v) const {
    return !slots_.empty() && slots_[Find(v, HashBytes(v))].used();
  }
  // Adds `v` (no effect when an equal view is there).
  void insert(std::string_view v) {
    if (2 * (size_ + 1) > slots_.size()) Grow();
    const uint64_t h = HashBytes(v);
    Slot& s = slots_[Find(v, h)];
    if (s.used()) return;
    s = {h, v.data() != nullptr ? v.data() : "", v.size()};  // a used slot has data
    ++size_;
  }
  size_t size() const { return size_; }

 private:
  struct Slot {
    uint64_t hash = 0;
    const char* data = nullptr;  // null: empty
    size_t size = 0;
    bool used() const { return data != nullptr; }
  };
  size_t Find(std::string_view v, uint64_t h) const {
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (!s.used() || (s.hash == h && std::string_view(s.data, s.size) == v)) return i;
    }
  }
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : 2 * old.size(), Slot{});
    for (const Slot& s : old) {
      if (s.used()) slots_[Find(std::string_view(s.data, s.size), s.hash)] = s;
    }
  }
  std::vector<Slot> slots_;  // size a power of two, at most half full
  size_t size_ = 0;
};

}  // namespace amend
