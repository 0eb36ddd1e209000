// Placeholder: replaced by the issue that implements `amend eval`.
#include "cli/command.h"

namespace amend {

Subcommand AddEvalCommand(CLI::App& root) {
  CLI::App* app = root.add_subcommand("eval", "(not implemented yet)");
  return {app, [] { return ExitWith(UsageError("eval: not implemented yet")); }};
}

}  // namespace amend
