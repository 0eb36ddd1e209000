#include "ocr/layout/tesseract_tsv.h"

#include <charconv>
#include <map>
#include <tuple>
#include <string>

namespace amend {

namespace {

constexpr std::string_view kHeader =
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";
constexpr int kColumns = 12;

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

bool ParseNumber(std::string_view s, double& out) {
  // conf is "-1" or "95.000000"; the others are integers.
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return true;
}

}  // namespace

StatusOr<std::vector<OcrPage>> ParseTesseractTsv(std::string_view tsv, std::string_view name,
                                                 int page_number_base, int dpi) {
  auto error = [&](size_t line_no, const std::string& what) {
    return BadInput(std::string(name) + ":" + std::to_string(line_no) + ": " + what);
  };
  std::map<int, OcrPage> pages;  // by page_num
  std::map<std::tuple<int, int, int, int>, int> line_ids;
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < tsv.size()) {
    size_t end = tsv.find('\n', pos);
    if (end == std::string_view::npos) end = tsv.size();
    std::string_view line = tsv.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_no == 1) {
      if (line != kHeader) return error(line_no, "not a Tesseract TSV (header expected)");
      continue;
    }
    if (line.empty()) continue;
    std::vector<std::string_view> cols = SplitTabs(line);
    if (cols.size() != kColumns) {
      return error(line_no, "expected 12 columns, got " + std::to_string(cols.size()));
    }
    double num[11];
    for (int i = 0; i < 11; ++i) {
      if (!ParseNumber(cols[i], num[i])) {
        return error(line_no, "column " + std::to_string(i + 1) + " is not a number: '" +
                                  std::string(cols[i]) + "'");
      }
    }
    int level = static_cast<int>(num[0]);
    int page_num = static_cast<int>(num[1]);
    OcrPage& page = pages[page_num];
    page.page_number = page_number_base + page_num - 1;
    page.dpi = dpi;
    Box box{static_cast<int>(num[6]), static_cast<int>(num[7]), static_cast<int>(num[8]),
            static_cast<int>(num[9])};
    if (level == 1) {
      page.width = box.width;
      page.height = box.height;
    } else if (level == 5 && !IsBlank(cols[11])) {
      OcrWord w;
      w.text = std::string(cols[11]);
      w.box = box;
      w.confidence = static_cast<float>(num[10]);
      w.block = static_cast<int>(num[2]);
      w.paragraph = static_cast<int>(num[3]);
      auto key = std::make_tuple(page_num, w.block, w.paragraph, static_cast<int>(num[4]));
      auto it = line_ids.try_emplace(key, static_cast<int>(line_ids.size())).first;
      w.line = it->second;
      page.words.push_back(std::move(w));
    }
  }
  if (line_no == 0) return error(1, "empty file (Tesseract TSV header expected)");
  std::vector<OcrPage> out;
  for (auto& [num, page] : pages) out.push_back(std::move(page));
  return out;
}

}  // namespace amend
