// Fuzz target: the rule-pack loader on arbitrary bytes as a TOML pack. A pack that loads
// is also run: its examples (`rules test`) and the engine over a fixed sheet text.
#include <cstddef>
#include <cstdint>
#include <string>

#include "rules/rule_check.h"
#include "rules/rule_engine.h"
#include "rules/rule_pack.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const amend::ConfusionTable* table = [] {
    auto t = amend::LoadConfusionTable(AMEND_SOURCE_DIR "/rules/data/confusions.tsv");
    return new amend::ConfusionTable(t.ok() ? *t : amend::ConfusionTable{});
  }();
  std::string toml(reinterpret_cast<const char*>(data), size);
  amend::RuleSet set;
  amend::Status s = amend::ParseRulePack(toml, "/nonexistent/fuzz.toml", *table, false, &set);
  if (!s.ok()) {
    if (s.message().rfind("/nonexistent/fuzz.toml:", 0) != 0) __builtin_trap();  // located
    return 0;
  }
  amend::RuleTestReport report = amend::TestRuleExamples(set);
  (void)report;
  auto engine = amend::RuleEngine::Create(std::move(set), amend::EngineOptions{});
  if (engine.ok()) {
    std::string sheet = "Agroomont/conflict\tIntractate\nRegion\tEuropo\n\nGroups\n";
    std::vector<amend::TextEdit> edits;
    amend::SpannedText out =
        engine->Apply(amend::SpannedText::FromOriginal(sheet), &edits, nullptr);
    for (const amend::TextEdit& e : edits) {
      if (e.original.end > sheet.size()) __builtin_trap();
    }
  }
  return 0;
}
