// `amend eval --truth DIR --got DIR`: scores produced records against hand-checked ones.
// Records are paired by file name (*.json in --truth); see parse/record_eval.h for the
// measures. Exit 0, or 5 when a truth record has no counterpart in --got (it is scored as
// all wrong), 2 for an unreadable directory or a file that is not JSON.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/file_io.h"
#include "cli/command.h"
#include "parse/record_eval.h"

namespace amend {
namespace {

namespace fs = std::filesystem;

struct EvalOptions {
  std::string truth_dir;  // hand-checked records, one NAME.json per document
  std::string got_dir;    // records to score, paired by NAME.json
};

StatusOr<std::vector<std::string>> JsonFiles(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return BadInput(dir + ": not a directory");
  std::vector<std::string> names;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".json" && e.is_regular_file()) names.push_back(e.path().filename().string());
  }
  if (ec) return BadInput(dir + ": " + ec.message());
  std::sort(names.begin(), names.end());
  return names;
}

StatusOr<nlohmann::json> ReadJson(const std::string& path) {
  StatusOr<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  nlohmann::json j = nlohmann::json::parse(*text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return BadInput(path + ": not a JSON record");
  return j;
}

std::string Line(const std::string& name, const EvalScore& s) {
  char buf[512];
  std::snprintf(buf, sizeof buf, "%-40s %5d/%-5d %6.4f  %5d/%-5d %6.4f  %8.4f\n", name.c_str(), s.fields_right,
                s.fields_total, s.FieldAccuracy(), s.rows_right, s.rows_total, s.RowAccuracy(), s.QuoteCer());
  return buf;
}

Status RunEval(const EvalOptions& o) {
  StatusOr<std::vector<std::string>> names = JsonFiles(o.truth_dir);
  if (!names.ok()) return names.status();
  if (names->empty()) return BadInput(o.truth_dir + ": no *.json records");
  std::error_code ec;
  if (!fs::is_directory(o.got_dir, ec)) return BadInput(o.got_dir + ": not a directory");
  std::string out;
  char head[256];
  std::snprintf(head, sizeof head, "%-40s %11s %6s  %11s %6s  %8s\n", "document", "fields", "acc", "rows", "acc",
                "quoteCER");
  out += head;
  EvalScore total;
  int missing = 0;
  for (const std::string& name : *names) {
    StatusOr<nlohmann::json> truth = ReadJson(o.truth_dir + "/" + name);
    if (!truth.ok()) return truth.status();
    std::string got_path = o.got_dir + "/" + name;
    nlohmann::json got = nlohmann::json::object();
    if (fs::exists(got_path, ec)) {
      StatusOr<nlohmann::json> g = ReadJson(got_path);
      if (!g.ok()) return g.status();
      got = std::move(*g);
    } else {
      ++missing;
    }
    EvalScore s = CompareRecords(*truth, got);
    total.Add(s);
    out += Line(got.empty() ? name + " (missing)" : name, s);
  }
  out += Line("total (" + std::to_string(names->size()) + " documents)", total);
  std::cout << out;
  if (missing > 0) {
    return Status(StatusCode::kSomeFailed, std::to_string(missing) + " of " + std::to_string(names->size()) +
                                               " records missing in " + o.got_dir);
  }
  return Status::Ok();
}

}  // namespace

Subcommand AddEvalCommand(CLI::App& root) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* app = root.add_subcommand("eval", "Score records against hand-checked ones (field, row accuracy, quote CER)");
  app->add_option("--truth", options->truth_dir, "Folder of hand-checked records (NAME.json)")->required();
  app->add_option("--got", options->got_dir, "Folder of records to score, paired by file name")->required();
  return {app, [options] { return ExitWith(RunEval(*options)); }};
}

}  // namespace amend
