// Cost of the rule engine against pack size: 10, 100 and 1,000 generated rules over the
// same text, with the RE2::Set prefilter (the engine as shipped) and, as the peer in the
// same run, the same rules tried one by one on every line (EngineOptions::use_set_prefilter
// = false). Prints medians and ratios; checks both give the same text.
//
//   bench_rules_scaling [TEXT_FILE] [REPEAT_TEXT] [RUNS]
//
// TEXT_FILE defaults to the seed OCR text (shared/data/seed/); REPEAT_TEXT (default 10)
// concatenates it that many times; RUNS (default 5) timed runs per configuration after
// one warm-up run.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <thread>

#include "base/file_io.h"
#include "rules/rule_engine.h"

namespace amend {
namespace {

// The same rules every run: 3 that fire on PA-X text, then generated OCR-error words
// that mostly do not (as in a real pack, where most rules miss most lines).
std::string GeneratePack(size_t n) {
  std::mt19937 rng(42);
  std::uniform_int_distribution<int> letter('a', 'z'), len(6, 11);
  std::ostringstream toml;
  toml << "[pack]\nname = \"generated\"\n";
  // {match, replace, an example input, what the rule makes of it}
  const char* real[][4] = {{"\\bAgroomont\\b", "Agreement", "Agroomont", "Agreement"},
                           {"\\b([Ii])ntractate\\b", "\\1ntrastate", "Intractate", "Intrastate"},
                           {"\\bsocalled\\b", "so-called", "socalled", "so-called"}};
  for (size_t i = 0; i < n; ++i) {
    std::string match, replace, example;
    if (i < 3) {
      match = real[i][0];
      replace = real[i][1];
      example = std::string(real[i][2]) + "\", \"" + real[i][3];
    } else {
      std::string word;
      for (int k = len(rng); k > 0; --k) word += static_cast<char>(letter(rng));
      match = "\\b" + word + "\\b";
      replace = word;
      replace[0] = static_cast<char>(replace[0] - 'a' + 'A');
      example = word + "\", \"" + replace;
    }
    // The loader wants examples that change their input (and keeps that do not).
    toml << "[[rule]]\nid = \"r" << i << "\"\nstage = \"words\"\nscope = \"line\"\n"
         << "match = '" << match << "'\n"
         << "replace = '" << replace << "'\nexamples = [[\"" << example
         << "\"]]\nkeeps = [\"x\"]\n";
  }
  return toml.str();
}

RuleEngine Build(size_t n, bool prefilter) {
  std::string pack = GeneratePack(n);
  RuleSet set;
  Status s = ParseRulePack(pack, "generated.toml", ConfusionTable{}, false, &set);
  if (!s.ok()) {
    std::cerr << s.message() << "\n";
    std::exit(1);
  }
  EngineOptions o;
  o.use_set_prefilter = prefilter;
  StatusOr<RuleEngine> e = RuleEngine::Create(std::move(set), o);
  if (!e.ok()) {
    std::cerr << e.status().message() << "\n";
    std::exit(1);
  }
  return std::move(*e);
}

double MedianMs(const RuleEngine& engine, const SpannedText& text, int runs, std::string* out) {
  *out = engine.Apply(text, nullptr, nullptr).text();  // warm-up
  std::vector<double> ms;
  for (int r = 0; r < runs; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    SpannedText result = engine.Apply(text, nullptr, nullptr);
    auto t1 = std::chrono::steady_clock::now();
    ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
  }
  std::sort(ms.begin(), ms.end());
  return ms[ms.size() / 2];
}

std::string CpuModel() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("model name", 0) == 0) return line.substr(line.find(':') + 2);
  }
  return "unknown";
}

}  // namespace
}  // namespace amend

int main(int argc, char** argv) {
  using namespace amend;
  std::string path = argc > 1 ? argv[1] : AMEND_SOURCE_DIR "/../shared/data/seed/nagorno-karabakh-1993.ocr.txt";
  int repeat = argc > 2 ? std::atoi(argv[2]) : 10;
  int runs = argc > 3 ? std::atoi(argv[3]) : 5;
  StatusOr<std::string> one = ReadFile(path);
  if (!one.ok()) {
    std::cerr << "bench_rules_scaling: " << one.status().message() << "\n";
    return 2;
  }
  std::string text;
  for (int i = 0; i < repeat; ++i) text += *one;
  size_t lines = static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
  SpannedText input = SpannedText::FromOriginal(text);
  std::printf("machine: %s, %u hardware threads (shared with other jobs)\n", CpuModel().c_str(),
              std::thread::hardware_concurrency());
  std::printf("text: %s x%d = %zu bytes, %zu lines; median of %d runs\n\n", path.c_str(), repeat,
              text.size(), lines, runs);
  std::printf("%6s %12s %14s %12s %12s %10s\n", "rules", "set_ms", "one_by_one_ms",
              "set_growth", "peer_growth", "speedup");
  double base_set = 0, base_peer = 0;
  for (size_t n : {10, 100, 1000}) {
    RuleEngine with_set = Build(n, true), peer = Build(n, false);
    std::string a, b;
    double set_ms = MedianMs(with_set, input, runs, &a);
    double peer_ms = MedianMs(peer, input, runs, &b);
    if (a != b) {
      std::cerr << "bench_rules_scaling: Set and one-by-one results differ at " << n << " rules\n";
      return 1;
    }
    if (n == 10) base_set = set_ms, base_peer = peer_ms;
    std::printf("%6zu %12.2f %14.2f %11.2fx %11.2fx %9.1fx\n", n, set_ms, peer_ms,
                set_ms / base_set, peer_ms / base_peer, peer_ms / set_ms);
  }
  std::printf("\nset_growth / peer_growth: median time relative to 10 rules (rules grow 10x, 100x).\n");
  return 0;
}
