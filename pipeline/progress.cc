#include "pipeline/progress.h"

namespace amend {

ProgressBar::ProgressBar(std::string label, size_t total, bool enabled, std::FILE* out)
    : label_(std::move(label)), total_(total), enabled_(enabled && total > 0), out_(out) {}

void ProgressBar::Finished(bool failed) {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mu_);
  ++done_;
  if (failed) ++failed_;
  auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(100) && done_ != total_) return;
  last_draw_ = now;
  Draw();
}

void ProgressBar::Close() {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mu_);
  Draw();
  std::fputc('\n', out_);
  std::fflush(out_);
  enabled_ = false;
}

void ProgressBar::Draw() {
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  double rate = seconds > 0 ? static_cast<double>(done_) / seconds : 0;
  std::string eta = "--:--";
  if (rate > 0) {
    long left = static_cast<long>(static_cast<double>(total_ - done_) / rate + 0.5);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%ld:%02ld", left / 60, left % 60);
    eta = buf;
  }
  std::fprintf(out_, "\r%s: %zu/%zu docs  %.1f docs/s  ETA %s", label_.c_str(), done_, total_,
               rate, eta.c_str());
  if (failed_ > 0) std::fprintf(out_, "  %zu failed", failed_);
  std::fputs("\x1b[K", out_);  // clear the rest of a longer previous line
  std::fflush(out_);
}

}  // namespace amend
