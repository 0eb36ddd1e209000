// A small schema built from strings for the parser tests: four fields, three sections.
#pragma once

#include <map>
#include <stdexcept>
#include <string>

#include "parse/schema.h"

namespace amend::testing {

inline const char* kTestLayout =
    "FIELD Country/entity\n"
    "FIELD Region\n"
    "FIELD Date\n"
    "FIELD Agreement/conflict level\n"
    "SECTION Justice sector reform\n"
    "ROW Criminal justice and emergency law\n"
    "ROW State of emergency provisions\n"
    "ROW Judiciary and courts\n"
    "SECTION Socio-economic reconstruction\n"
    "ROW Development or socio-economic reconstruction\n"
    "ROW National economic plan\n"
    "ROW Taxation\n"
    "ROW Banks\n"
    "SECTION Implementation\n"
    "ROW Related cases\n"
    "ROW Source\n";

inline const char* kTestToml =
    "layout = \"layout.txt\"\n"
    "date_field = \"Date\"\n"
    "conflict_after = \"Agreement/conflict level\"\n"
    "free_text_rows = [\"Related cases\", \"Source\"]\n"
    "[vocab]\n"
    "\"Region\" = \"vocab/region.txt\"\n"
    "\"Agreement/conflict level\" = \"vocab/level.txt\"\n";

// Reads files from a map; a missing one is "s/PATH: no such file" like ReadFile's.
inline SchemaFileReader MapReader(std::map<std::string, std::string> files) {
  return [files](const std::string& rel) -> StatusOr<std::string> {
    auto it = files.find(rel);
    if (it == files.end()) return BadInput("s/" + rel + ": no such file");
    return it->second;
  };
}

inline std::map<std::string, std::string> TestFiles() {
  return {{"layout.txt", kTestLayout},
          {"vocab/region.txt", "# regions\nAmericas\nEurope and Eurasia\n"},
          {"vocab/level.txt", "Intrastate/intrastate conflict\nIntrastate/local conflict\n"}};
}

inline Schema TestSchema() {
  StatusOr<Schema> s = ParseSchema(kTestToml, MapReader(TestFiles()), "s/schema.toml");
  if (!s.ok()) throw std::runtime_error(s.status().message());
  return *s;
}

}  // namespace amend::testing
