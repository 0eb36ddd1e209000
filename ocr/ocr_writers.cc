#include "ocr/ocr_writers.h"

#include <algorithm>
#include <cstdio>

namespace amend {
namespace {

// A group of consecutive words sharing a block, a paragraph or a line.
struct Group {
  size_t begin = 0, end = 0;
  Box box;
};

Box Union(const std::vector<OcrWord>& words, size_t begin, size_t end) {
  int l = words[begin].box.left, t = words[begin].box.top;
  int r = words[begin].box.right(), b = words[begin].box.bottom();
  for (size_t i = begin + 1; i < end; ++i) {
    l = std::min(l, words[i].box.left);
    t = std::min(t, words[i].box.top);
    r = std::max(r, words[i].box.right());
    b = std::max(b, words[i].box.bottom());
  }
  return Box{l, t, r - l, b - t};
}

// Splits words[begin, end) where `key` changes.
template <typename Key>
std::vector<Group> Split(const std::vector<OcrWord>& words, size_t begin, size_t end, Key key) {
  std::vector<Group> out;
  for (size_t i = begin; i < end;) {
    size_t j = i + 1;
    while (j < end && key(words[j]) == key(words[i])) ++j;
    out.push_back(Group{i, j, Union(words, i, j)});
    i = j;
  }
  return out;
}

auto BlockKey = [](const OcrWord& w) { return w.block; };
auto ParaKey = [](const OcrWord& w) { return std::make_pair(w.block, w.paragraph); };
auto LineKey = [](const OcrWord& w) { return w.line; };

std::string OneLine(const std::string& s) {
  std::string out = s;
  for (char& c : out) if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

std::string Escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string BBox(const Box& b) {
  return "bbox " + std::to_string(b.left) + " " + std::to_string(b.top) + " " +
         std::to_string(b.right()) + " " + std::to_string(b.bottom());
}

std::string Conf(float c) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6f", c);
  return buf;
}

}  // namespace

std::string FormatText(const std::vector<OcrPage>& pages) {
  std::string out;
  for (const OcrPage& p : pages) {
    const std::vector<OcrWord>& w = p.words;
    std::vector<Group> paras = Split(w, 0, w.size(), ParaKey);
    for (size_t k = 0; k < paras.size(); ++k) {
      if (k > 0) out += "\n";
      for (const Group& line : Split(w, paras[k].begin, paras[k].end, LineKey)) {
        for (size_t i = line.begin; i < line.end; ++i) {
          if (i > line.begin) out += ' ';
          out += w[i].text;
        }
        out += '\n';
      }
    }
    out += '\f';
  }
  return out;
}

std::string FormatTsv(const std::vector<OcrPage>& pages) {
  std::string out = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";
  auto row = [&](int level, int page, int block, int par, int line, int word, const Box& b,
                 const std::string& conf, const std::string& text) {
    out += std::to_string(level) + '\t' + std::to_string(page) + '\t' + std::to_string(block) +
           '\t' + std::to_string(par) + '\t' + std::to_string(line) + '\t' +
           std::to_string(word) + '\t' + std::to_string(b.left) + '\t' + std::to_string(b.top) +
           '\t' + std::to_string(b.width) + '\t' + std::to_string(b.height) + '\t' + conf +
           '\t' + text + '\n';
  };
  for (const OcrPage& p : pages) {
    const std::vector<OcrWord>& w = p.words;
    const int pg = p.page_number;
    row(1, pg, 0, 0, 0, 0, Box{0, 0, p.width, p.height}, "-1", "");
    std::vector<Group> blocks = Split(w, 0, w.size(), BlockKey);
    for (size_t bi = 0; bi < blocks.size(); ++bi) {
      row(2, pg, bi + 1, 0, 0, 0, blocks[bi].box, "-1", "");
      std::vector<Group> paras = Split(w, blocks[bi].begin, blocks[bi].end, ParaKey);
      for (size_t pi = 0; pi < paras.size(); ++pi) {
        row(3, pg, bi + 1, pi + 1, 0, 0, paras[pi].box, "-1", "");
        std::vector<Group> lines = Split(w, paras[pi].begin, paras[pi].end, LineKey);
        for (size_t li = 0; li < lines.size(); ++li) {
          row(4, pg, bi + 1, pi + 1, li + 1, 0, lines[li].box, "-1", "");
          for (size_t i = lines[li].begin; i < lines[li].end; ++i) {
            row(5, pg, bi + 1, pi + 1, li + 1, i - lines[li].begin + 1, w[i].box,
                Conf(w[i].confidence), OneLine(w[i].text));
          }
        }
      }
    }
  }
  return out;
}

std::string FormatHocr(const std::vector<OcrPage>& pages, const std::string& title) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"\n"
      "    \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
      "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\" lang=\"en\">\n<head>\n"
      "  <title>" + Escape(title) + "</title>\n"
      "  <meta http-equiv=\"Content-Type\" content=\"text/html;charset=utf-8\"/>\n"
      "  <meta name=\"ocr-system\" content=\"amend (Tesseract)\"/>\n"
      "  <meta name=\"ocr-capabilities\" content=\"ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf\"/>\n"
      "</head>\n<body>\n";
  for (const OcrPage& p : pages) {
    const std::string pg = std::to_string(p.page_number);
    const std::vector<OcrWord>& w = p.words;
    out += "  <div class=\"ocr_page\" id=\"page_" + pg + "\" title=\"image &quot;" +
           Escape(title) + "&quot;; " + BBox(Box{0, 0, p.width, p.height}) + "; ppageno " +
           std::to_string(p.page_number - 1) + "; scan_res " + std::to_string(p.dpi) + " " +
           std::to_string(p.dpi) + "\">\n";
    int n = 0;
    auto id = [&](const char* kind) { return std::string(kind) + "_" + pg + "_" + std::to_string(++n); };
    for (const Group& b : Split(w, 0, w.size(), BlockKey)) {
      out += "   <div class=\"ocr_carea\" id=\"" + id("block") + "\" title=\"" + BBox(b.box) + "\">\n";
      for (const Group& para : Split(w, b.begin, b.end, ParaKey)) {
        out += "    <p class=\"ocr_par\" id=\"" + id("par") + "\" title=\"" + BBox(para.box) + "\">\n";
        for (const Group& line : Split(w, para.begin, para.end, LineKey)) {
          out += "     <span class=\"ocr_line\" id=\"" + id("line") + "\" title=\"" + BBox(line.box) + "\">";
          for (size_t i = line.begin; i < line.end; ++i) {
            out += "<span class=\"ocrx_word\" id=\"" + id("word") + "\" title=\"" + BBox(w[i].box) +
                   "; x_wconf " + std::to_string(static_cast<int>(w[i].confidence + 0.5f)) + "\">" +
                   Escape(w[i].text) + "</span>";
            if (i + 1 < line.end) out += ' ';
          }
          out += "</span>\n";
        }
        out += "    </p>\n";
      }
      out += "   </div>\n";
    }
    out += "  </div>\n";
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace amend
