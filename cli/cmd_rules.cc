// Placeholder: replaced by the issue that implements `amend rules`.
#include "cli/command.h"

namespace amend {

Subcommand AddRulesCommand(CLI::App& root) {
  CLI::App* app = root.add_subcommand("rules", "(not implemented yet)");
  return {app, [] { return ExitWith(UsageError("rules: not implemented yet")); }};
}

}  // namespace amend
