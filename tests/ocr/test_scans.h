// Where the OCR tests find their generated scans (tests/ocr/CMakeLists.txt makes them).
#pragma once

#include <memory>
#include <string>

#include "base/file_io.h"
#include "ocr/pix.h"

namespace amend::testing {

inline std::string ScanPath(const std::string& name) { return std::string(OCR_TEST_SCANS) + "/" + name; }

inline std::shared_ptr<const std::string> ScanBytes(const std::string& name) {
  StatusOr<std::string> bytes = ReadFile(ScanPath(name));
  return std::make_shared<const std::string>(bytes.ok() ? *bytes : std::string());
}

inline PixPtr ReadScan(const std::string& name) { return PixPtr(pixRead(ScanPath(name).c_str())); }

}  // namespace amend::testing
