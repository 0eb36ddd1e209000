#include "cli/stop_signals.h"

#include <csignal>

namespace amend {
namespace {

std::atomic<bool> g_stop{false};
volatile std::sig_atomic_t g_signal = 0;

// SA_RESETHAND: the second signal gets the default action and kills.
void OnSignal(int sig) {
  g_signal = sig;
  g_stop.store(true);
}

}  // namespace

const std::atomic<bool>* InstallStopHandlers() {
  struct sigaction sa = {};
  sa.sa_handler = OnSignal;
  sa.sa_flags = SA_RESETHAND;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
  return &g_stop;
}

int StopExitCode() { return 128 + (g_signal != 0 ? static_cast<int>(g_signal) : SIGINT); }

}  // namespace amend
