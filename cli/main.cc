// amend: scanned agreement sheets to clean, structured records. See README.md.
#include <iostream>
#include <vector>

#include "cli/command.h"

namespace amend {

int ExitWith(const Status& status) {
  // Rule-pack and schema errors read like a compiler's ("file:line:col: ..." with the
  // source line and a caret), so editors can jump to them: no prefix.
  if (status.code() == StatusCode::kRuleError) {
    std::cerr << status.message() << "\n";
  } else if (!status.ok()) {
    std::cerr << "amend: " << status.message() << "\n";
  }
  return status.exit_code();
}

}  // namespace amend

int main(int argc, char** argv) {
  CLI::App app{"amend: turn scanned agreement sheets into clean, structured records"};
  app.set_version_flag("--version", "amend " AMEND_VERSION);
  app.require_subcommand(1);
  std::vector<amend::Subcommand> commands = {
      amend::AddOcrCommand(app),     amend::AddCleanCommand(app), amend::AddRulesCommand(app),
      amend::AddConvertCommand(app), amend::AddEvalCommand(app),   amend::AddReportCommand(app),
      amend::AddRepairCommand(app),  amend::AddDiffCommand(app),
  };
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : static_cast<int>(amend::StatusCode::kUsage);
  }
  for (const amend::Subcommand& c : commands) {
    if (c.app->parsed()) return c.run();
  }
  return static_cast<int>(amend::StatusCode::kUsage);
}
