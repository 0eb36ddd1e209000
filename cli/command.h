// How subcommands plug into `amend`. Each cmd_*.cc defines one Add*Command function that
// adds its CLI11 subcommand (with its own options struct) and returns the function that
// runs it. main.cc parses the command line and runs the chosen subcommand.
//
//   CommandRun AddOcrCommand(CLI::App& root);   // in cmd_ocr.cc
//
// A CommandRun returns the process exit code; ExitWith() prints a failed Status as
// "amend: <message>" on stderr and returns its code (README, "Exit codes").
#pragma once

#include <functional>

#include <CLI/CLI.hpp>

#include "base/status.h"

namespace amend {

using CommandRun = std::function<int()>;

struct Subcommand {
  CLI::App* app = nullptr;
  CommandRun run;
};

// Prints a non-OK status to stderr; returns its exit code (0 for OK).
int ExitWith(const Status& status);

Subcommand AddOcrCommand(CLI::App& root);      // cmd_ocr.cc
Subcommand AddCleanCommand(CLI::App& root);    // cmd_clean.cc
Subcommand AddRulesCommand(CLI::App& root);    // cmd_rules.cc (rules test, rules lint)
Subcommand AddConvertCommand(CLI::App& root);  // cmd_convert.cc
Subcommand AddEvalCommand(CLI::App& root);     // cmd_eval.cc
Subcommand AddReportCommand(CLI::App& root);   // cmd_report.cc
Subcommand AddRepairCommand(CLI::App& root);   // cmd_repair.cc
Subcommand AddDiffCommand(CLI::App& root);     // cmd_diff.cc

}  // namespace amend
