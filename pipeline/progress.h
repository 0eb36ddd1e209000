// A one-line progress bar for corpus runs on stderr:
//   repair: 1200/2000 docs  38.5 docs/s  ETA 0:21  2 failed
//
//   ProgressBar bar(files.size(), isatty(STDERR_FILENO));
//   bar.Finished(/*failed=*/false);     // from any thread, after each document
//   bar.Close();                         // last figures and a newline
//
// Disabled (every call a no-op) when not a terminal, so logs and pipes stay clean. Redraws
// at most 10 times a second. Thread-safe.
#pragma once

#include <chrono>
#include <cstdio>
#include <mutex>
#include <string>

namespace amend {

class ProgressBar {
 public:
  ProgressBar(std::string label, size_t total, bool enabled, std::FILE* out = stderr);
  // Counts one more document done (failed or not) and redraws when due.
  void Finished(bool failed);
  // Draws the final line and ends it; later calls do nothing.
  void Close();

 private:
  void Draw();  // mu_ held
  std::string label_;
  size_t total_;
  bool enabled_;
  std::FILE* out_;
  std::mutex mu_;
  size_t done_ = 0;
  size_t failed_ = 0;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace amend
