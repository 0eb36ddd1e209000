#include "pipeline/shard.h"

#include <charconv>

namespace amend {
namespace {

bool ParseInt(std::string_view s, int* out) {
  if (s.empty() || s.size() > 7) return false;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size();
}

}  // namespace

StatusOr<ShardSpec> ParseShard(std::string_view text) {
  const std::string shown = "--shard " + std::string(text);
  size_t slash = text.find('/');
  ShardSpec spec;
  if (slash == std::string_view::npos || !ParseInt(text.substr(0, slash), &spec.index) ||
      !ParseInt(text.substr(slash + 1), &spec.count)) {
    return UsageError(shown + ": expected K/N, e.g. 0/4 (K is 0-based)");
  }
  if (spec.count < 1 || spec.count > 1000000) {
    return UsageError(shown + ": N must be between 1 and 1000000");
  }
  if (spec.index < 0 || spec.index >= spec.count) {
    return UsageError(shown + ": K must be between 0 and N-1 (K is 0-based)");
  }
  return spec;
}

bool InShard(std::string_view relative, const ShardSpec& shard) {
  uint64_t h = 14695981039346656037ULL;  // FNV-1a, 64 bits
  for (char c : relative) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h % static_cast<uint64_t>(shard.count) == static_cast<uint64_t>(shard.index);
}

std::string ShardTag(const ShardSpec& shard) {
  if (shard.count == 1) return "";
  return std::to_string(shard.index) + "-of-" + std::to_string(shard.count);
}

}  // namespace amend
