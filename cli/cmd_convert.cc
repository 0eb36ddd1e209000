// Placeholder: replaced by the issue that implements `amend convert`.
#include "cli/command.h"

namespace amend {

Subcommand AddConvertCommand(CLI::App& root) {
  CLI::App* app = root.add_subcommand("convert", "(not implemented yet)");
  return {app, [] { return ExitWith(UsageError("convert: not implemented yet")); }};
}

}  // namespace amend
