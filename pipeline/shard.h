// Splitting a corpus into N deterministic parts, so a corpus too big for one machine runs
// as a Slurm job array or a Kubernetes indexed Job (`amend repair --shard K/N`).
//
//   StatusOr<ShardSpec> shard = ParseShard("3/10");     // the 4th of 10 parts (0-based)
//   if (!shard.ok()) return shard.status();              // kUsage
//   for (const CorpusFile& f : files)
//     if (InShard(f.relative, *shard)) Process(f);
//
// A file's part depends on its relative path only (64-bit FNV-1a of the path's bytes,
// modulo N), so adding or removing files never moves the others between parts, and the N
// parts together hold every file exactly once. K is 0-based (0..N-1), which is what
// Kubernetes' JOB_COMPLETION_INDEX and Slurm's SLURM_ARRAY_TASK_ID with --array=0-(N-1) give.
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/status.h"

namespace amend {

struct ShardSpec {
  int index = 0;  // K, 0-based: 0 <= index < count
  int count = 1;  // N >= 1; 1 = the whole corpus
};

// Parses "K/N" (decimal, 0 <= K < N, 1 <= N <= 1000000). Errors (kUsage):
// "--shard 4/4: K must be between 0 and N-1 (K is 0-based)", "--shard x: expected K/N".
[[nodiscard]] StatusOr<ShardSpec> ParseShard(std::string_view text);

// True when the file with this relative path ('/'-separated) belongs to `shard`.
bool InShard(std::string_view relative, const ShardSpec& shard);

// "K-of-N", used in the names of a shard's summary and manifest; empty for 0/1 (no sharding).
std::string ShardTag(const ShardSpec& shard);

}  // namespace amend
