// libFuzzer target: any bytes through the sheet parser and the writers must give a record
// or a Status, never a crash, hang or sanitizer report. Build with -DAMEND_FUZZ=ON (clang):
//   build-fuzz/tests/parse/fuzz_parse_sheet -max_total_time=60 fixtures/golden
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parse/record_writer.h"
#include "parse/sheet_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const amend::StatusOr<amend::Schema> schema = amend::LoadSchema(amend::kDefaultSchemaDir);
  if (!schema.ok()) __builtin_trap();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  amend::StatusOr<amend::ParseResult> r = amend::ParseSheet(text, *schema, {});
  if (r.ok()) {
    (void)amend::RecordToJson(r->record, {});
    (void)amend::RecordToCsvRow(r->record, *schema, "fuzz");
  }
  return 0;
}
