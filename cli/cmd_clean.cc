// Placeholder: replaced by the issue that implements `amend clean`.
#include "cli/command.h"

namespace amend {

Subcommand AddCleanCommand(CLI::App& root) {
  CLI::App* app = root.add_subcommand("clean", "(not implemented yet)");
  return {app, [] { return ExitWith(UsageError("clean: not implemented yet")); }};
}

}  // namespace amend
