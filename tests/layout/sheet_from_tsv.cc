// Test tool: runs the layout on recorded word boxes (Tesseract TSV, one file per page).
//
//   sheet_from_tsv page-1.tsv page-2.tsv ... > sheet.txt
//   sheet_from_tsv --spans page-1.tsv          # one "offset length page left top w h" per word
//
// Exit codes: 0 ok, 1 usage, 2 a TSV file is missing or malformed (one-line message).
#include <iostream>
#include <string>
#include <vector>

#include "base/file_io.h"
#include "ocr/layout/layout.h"
#include "ocr/layout/tesseract_tsv.h"

int main(int argc, char** argv) {
  using namespace amend;
  bool spans = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--spans") {
      spans = true;
    } else if (!a.empty() && a[0] == '-') {
      std::cerr << "sheet_from_tsv: unknown option " << a << "\n";
      return 1;
    } else {
      files.push_back(a);
    }
  }
  if (files.empty()) {
    std::cerr << "usage: sheet_from_tsv [--spans] PAGE.tsv...\n";
    return 1;
  }
  std::vector<OcrPage> pages;
  for (const std::string& f : files) {
    StatusOr<std::string> text = ReadFile(f);
    if (!text.ok()) {
      std::cerr << text.status().message() << "\n";
      return text.status().exit_code();
    }
    StatusOr<std::vector<OcrPage>> parsed =
        ParseTesseractTsv(*text, f, static_cast<int>(pages.size()) + 1);
    if (!parsed.ok()) {
      std::cerr << parsed.status().message() << "\n";
      return parsed.status().exit_code();
    }
    for (OcrPage& p : *parsed) pages.push_back(std::move(p));
  }
  SheetText sheet = BuildSheet(pages);
  if (!spans) {
    std::cout << sheet.ToString();
    return 0;
  }
  for (const SheetSpan& s : sheet.spans) {
    std::cout << s.offset << ' ' << s.length << ' ' << s.page << ' ' << s.box.left << ' '
              << s.box.top << ' ' << s.box.width << ' ' << s.box.height << '\n';
  }
  return 0;
}
