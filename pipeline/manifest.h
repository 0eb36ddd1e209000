// The manifest of a corpus run (`amend repair`): one JSON line per finished input, appended
// and fsync'd only after that input's outputs are renamed into place, so a run killed at
// any moment (SIGKILL included) can resume: what the manifest says is done is on disk.
//
//   StatusOr<ManifestIndex> done = ReadManifest(out_dir + "/.amend-manifest.jsonl",
//                                               config_hash, AMEND_VERSION);
//   StatusOr<ManifestWriter> w = ManifestWriter::Open(out_dir + "/.amend-manifest.jsonl");
//   if (!w.ok()) return w.status();                     // kIoError: folder not writable
//   if (const ManifestIndex::Entry* e = done->Find("sub/a.txt"); e && e->sha256 == sha) skip;
//   Status s = w->Append({"sub/a.txt", sha, config_hash, AMEND_VERSION, "ok", 3, ""});
//
// A line: {"input":"sub/a.txt","sha256":"<hex>","config":"<hex>","version":"0.1.0",
// "status":"ok","diagnostics":3} (failed lines add "error"). Later lines override earlier
// ones for the same input. A line that is not complete JSON (the last one, cut by a kill)
// is ignored, and Open cuts it off before appending.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/status.h"

namespace amend {

struct ManifestEntry {
  std::string input;    // path relative to the input folder, '/'-separated
  std::string sha256;   // hex SHA-256 of the input's bytes
  std::string config;   // ConfigHash() of the run (pipeline/config_hash.h)
  std::string version;  // the tool's version (AMEND_VERSION)
  std::string status;   // "ok" or "failed"
  int diagnostics = 0;  // the record's diagnostics (ok only)
  std::string error;    // the one-line error (failed only)
};

// One JSON line, with its "\n".
std::string ManifestLine(const ManifestEntry& entry);

// Parses one line (without "\n"); false when it is not a complete entry.
bool ParseManifestLine(std::string_view line, ManifestEntry* entry);

// The inputs a manifest records as done: the last line of each input, kept only when its
// status is "ok" and its config and version equal the current run's. Failed inputs are
// thus retried on resume. Holds a few dozen bytes per input, not whole entries.
class ManifestIndex {
 public:
  struct Entry {
    std::string sha256;
    int diagnostics = 0;
  };
  // The entry for `input`, or nullptr.
  const Entry* Find(const std::string& input) const;
  size_t size() const { return done_.size(); }

 private:
  friend StatusOr<ManifestIndex> ReadManifest(const std::string&, std::string_view,
                                              std::string_view);
  std::unordered_map<std::string, Entry> done_;
};

// Reads the manifest at `path`; a missing file gives an empty index. Errors: kIoError
// "PATH: <reason>" when it exists but cannot be read.
[[nodiscard]] StatusOr<ManifestIndex> ReadManifest(const std::string& path,
                                                   std::string_view config,
                                                   std::string_view version);

// Appends entries to a manifest. Thread-safe: Append may be called from several threads.
// Movable, not copyable; closes the file when destroyed.
class ManifestWriter {
 public:
  // Opens (creating) `path` for appending; when its last line is incomplete, cuts it off.
  // Errors: kIoError "cannot write PATH: <reason>".
  [[nodiscard]] static StatusOr<ManifestWriter> Open(const std::string& path);
  ManifestWriter(ManifestWriter&& other) noexcept;
  ManifestWriter& operator=(ManifestWriter&&) = delete;
  ManifestWriter(const ManifestWriter&) = delete;
  ~ManifestWriter();

  // Writes the entry's line with one write() and returns once it is on disk (fdatasync).
  // Concurrent calls share a sync: a call whose line another thread's sync (started after
  // the write) already covered returns without syncing again. Errors: kIoError.
  [[nodiscard]] Status Append(const ManifestEntry& entry);

 private:
  ManifestWriter(int fd, std::string path) : fd_(fd), path_(std::move(path)) {}
  int fd_ = -1;
  std::string path_;
  std::mutex mu_;          // guards the writes and written_
  std::mutex sync_mu_;     // one fdatasync at a time; guards synced_
  uint64_t written_ = 0;   // lines written
  uint64_t synced_ = 0;    // lines known to be on disk
};

}  // namespace amend
