// SIGINT/SIGTERM for the long corpus commands (repair, diff): the first signal sets a flag
// the command polls between documents, so it finishes the ones in progress, cleans up
// (temporary trees, the manifest is already flushed) and exits 128 + the signal; a second
// signal kills at once (the default action).
//
//   const std::atomic<bool>* stop = InstallStopHandlers();
//   options.stop = stop;
//   ... run ...
//   if (stop->load()) return StopExitCode();
#ifndef AMEND_CLI_STOP_SIGNALS_H_
#define AMEND_CLI_STOP_SIGNALS_H_

#include <atomic>

namespace amend {

// Installs the handlers (once per process is enough; calling again is harmless) and returns
// the flag they set. The flag lives as long as the process.
const std::atomic<bool>* InstallStopHandlers();

// 128 + the number of the signal received: 130 for SIGINT, 143 for SIGTERM (130 when none).
int StopExitCode();

}  // namespace amend

#endif  // AMEND_CLI_STOP_SIGNALS_H_
