// Placeholder: replaced by the issue that implements `amend ocr`.
#include "cli/command.h"

namespace amend {

Subcommand AddOcrCommand(CLI::App& root) {
  CLI::App* app = root.add_subcommand("ocr", "(not implemented yet)");
  return {app, [] { return ExitWith(UsageError("ocr: not implemented yet")); }};
}

}  // namespace amend
