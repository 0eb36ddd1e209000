#include "ocr/tesseract_engine.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <filesystem>
#include <vector>

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include "ocr/quote_marks.h"

namespace amend {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> SplitLangs(const std::string& lang) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= lang.size()) {
    size_t plus = lang.find('+', start);
    if (plus == std::string::npos) plus = lang.size();
    if (plus > start) out.push_back(lang.substr(start, plus - start));
    start = plus + 1;
  }
  return out;
}

bool HasAllModels(const fs::path& dir, const std::vector<std::string>& langs) {
  std::error_code ec;
  for (const std::string& l : langs) {
    if (!fs::is_regular_file(dir / (l + ".traineddata"), ec)) return false;
  }
  return true;
}

// Debian's package for a Tesseract language: chi_sim -> tesseract-ocr-chi-sim; a script
// model (capitalized, tessdata's script/ folder) by its ISO 15924 code: Latin ->
// tesseract-ocr-script-latn.
std::string DebianPackage(std::string lang) {
  static const std::pair<const char*, const char*> kScripts[] = {
      {"Latin", "latn"}, {"Cyrillic", "cyrl"}, {"Greek", "grek"}, {"Arabic", "arab"},
      {"Devanagari", "deva"}, {"Hebrew", "hebr"}, {"Armenian", "armn"}, {"Georgian", "geor"},
      {"Vietnamese", "viet"}, {"Fraktur", "frak"}};
  for (const auto& [name, code] : kScripts) {
    if (lang == name) return std::string("tesseract-ocr-script-") + code;
  }
  for (char& c : lang) {
    if (c == '_') c = '-';
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return "tesseract-ocr-" + lang;
}

struct CharDeleter {
  void operator()(char* p) const { delete[] p; }
};
using TessText = std::unique_ptr<char, CharDeleter>;

// The text of `word` (an iterator at a word whose text is `text`) with each quote mark
// replaced by the one its printed glyph in `binary` (Tesseract's thresholded page) shows,
// where the glyph is clear (ocr/quote_marks.h; the word's text line gives the height a
// mark must stay under; the word's last quote mark may also be found right of its box,
// within the word). `text` itself when the word's symbols do not spell it.
std::string QuoteMarksByShape(const tesseract::ResultIterator& word, const std::string& text,
                              Pix* binary) {
  Box line, word_box;
  int l, t, r, b;
  if (word.BoundingBox(tesseract::RIL_TEXTLINE, &l, &t, &r, &b)) line = Box{l, t, r - l, b - t};
  if (word.BoundingBox(tesseract::RIL_WORD, &l, &t, &r, &b)) word_box = Box{l, t, r - l, b - t};
  struct Symbol {
    std::string text;
    int marks = 0;
    Box box;
  };
  std::vector<Symbol> symbols;
  tesseract::ResultIterator it(word);
  std::string spelled;
  do {
    TessText symbol(it.GetUTF8Text(tesseract::RIL_SYMBOL));
    if (!symbol) return text;
    Symbol s{symbol.get(), QuoteMarkCount(symbol.get()), {}};
    spelled += s.text;
    if (s.marks > 0 && !it.BoundingBox(tesseract::RIL_SYMBOL, &l, &t, &r, &b)) s.marks = 0;
    if (s.marks > 0) s.box = Box{l, t, r - l, b - t};
    symbols.push_back(std::move(s));
  } while (!it.IsAtFinalElement(tesseract::RIL_WORD, tesseract::RIL_SYMBOL) &&
           it.Next(tesseract::RIL_SYMBOL));
  if (spelled != text) return text;
  int last = -1;
  for (size_t i = 0; i < symbols.size(); ++i) {
    if (symbols[i].marks > 0) last = static_cast<int>(i);
  }
  std::string out;
  for (int i = 0; i < static_cast<int>(symbols.size()); ++i) {
    const Symbol& s = symbols[i];
    std::string shaped;
    if (s.marks > 0) {
      QuoteKind kind = i == last ? ClassifyWordEndQuoteMark(binary, s.box, s.marks, line,
                                                            word_box.right())
                                 : ClassifyQuoteMark(binary, s.box, s.marks, line.height);
      shaped = QuoteMarkText(kind, s.marks);
    }
    out += shaped.empty() ? s.text : shaped;
  }
  return out;
}

}  // namespace

void EnsureOpenMpSingleThreaded() {
  if (std::getenv("OMP_THREAD_LIMIT") != nullptr) return;
  std::ifstream in("/proc/self/cmdline", std::ios::binary);
  std::string cmdline((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<char*> argv;
  for (size_t at = 0; at < cmdline.size(); at = cmdline.find('\0', at) + 1) {
    argv.push_back(&cmdline[at]);
    if (cmdline.find('\0', at) == std::string::npos) break;
  }
  if (argv.empty()) return;
  argv.push_back(nullptr);
  setenv("OMP_THREAD_LIMIT", "1", /*overwrite=*/1);
  std::fflush(nullptr);
  execv("/proc/self/exe", argv.data());
}

StatusOr<std::string> FindTessdata(const TesseractOptions& options) {
  std::vector<std::string> langs = SplitLangs(options.lang);
  if (langs.empty()) return UsageError("--lang: empty language");
  for (const std::string& l : langs) {
    if (l.find('/') != std::string::npos || l.find("..") != std::string::npos) {
      return UsageError("--lang: bad language name '" + l + "'");
    }
  }
  std::vector<fs::path> candidates;
  if (!options.tessdata.empty()) {
    candidates.push_back(options.tessdata);
  } else {
    if (const char* env = std::getenv("TESSDATA_PREFIX"); env && *env) {
      candidates.push_back(env);
      candidates.push_back(fs::path(env) / "tessdata");
    }
    for (const char* d : {"/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                          "/usr/share/tessdata", "/usr/local/share/tessdata"}) {
      candidates.push_back(d);
    }
  }
  for (const fs::path& dir : candidates) {
    if (HasAllModels(dir, langs)) return dir.string();
  }
  // Name the first missing language and where we looked.
  const fs::path& where = candidates.front();
  std::string missing = langs.front();
  for (const std::string& l : langs) {
    bool found = false;
    for (const fs::path& dir : candidates) found = found || HasAllModels(dir, {l});
    if (!found) { missing = l; break; }
  }
  std::string looked = options.tessdata.empty() ? "the default tessdata folders"
                                                : where.string();
  return MissingOcrData("no Tesseract model for language '" + missing + "' in " + looked +
                        ": install the Debian package " + DebianPackage(missing) +
                        (options.tessdata.empty() ? " or pass --tessdata DIR" : ""));
}

TesseractEngine::TesseractEngine(std::unique_ptr<tesseract::TessBaseAPI> api, bool quote_shapes)
    : api_(std::move(api)), quote_shapes_(quote_shapes) {}

TesseractEngine::~TesseractEngine() {
  if (api_) api_->End();
}

StatusOr<std::unique_ptr<TesseractEngine>> TesseractEngine::Create(const TesseractOptions& options) {
  StatusOr<std::string> dir = FindTessdata(options);
  if (!dir.ok()) return dir.status();
  if (options.psm < 0 || options.psm >= tesseract::PSM_COUNT) {
    return UsageError("--psm: must be 0.." + std::to_string(tesseract::PSM_COUNT - 1));
  }
  auto api = std::make_unique<tesseract::TessBaseAPI>();
  if (api->Init(dir->c_str(), options.lang.c_str(), tesseract::OEM_DEFAULT) != 0) {
    return MissingOcrData("Tesseract cannot load language '" + options.lang + "' from " + *dir +
                          ": reinstall the Debian package " + DebianPackage(SplitLangs(options.lang)[0]));
  }
  api->SetPageSegMode(static_cast<tesseract::PageSegMode>(options.psm));
  return std::unique_ptr<TesseractEngine>(new TesseractEngine(std::move(api), options.quote_shapes));
}

StatusOr<OcrPage> TesseractEngine::Recognize(Pix* image, int page_number, int dpi) {
  OcrPage page;
  page.page_number = page_number;
  page.width = pixGetWidth(image);
  page.height = pixGetHeight(image);
  page.dpi = dpi;
  api_->SetImage(image);
  api_->SetSourceResolution(dpi);
  if (api_->Recognize(nullptr) != 0) {
    api_->Clear();
    return InternalError("Tesseract failed on page " + std::to_string(page_number));
  }
  std::unique_ptr<tesseract::ResultIterator> it(api_->GetIterator());
  int block = 0, paragraph = 0, line = 0;
  PixPtr binary;  // Tesseract's thresholded page, fetched at the first quote mark
  if (it) {
    do {
      if (it->IsAtBeginningOf(tesseract::RIL_BLOCK)) ++block, paragraph = 0;
      if (it->IsAtBeginningOf(tesseract::RIL_PARA)) ++paragraph;
      if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) ++line;
      if (it->Empty(tesseract::RIL_WORD)) continue;
      TessText text(it->GetUTF8Text(tesseract::RIL_WORD));
      int l, t, r, b;
      if (!text || !it->BoundingBox(tesseract::RIL_WORD, &l, &t, &r, &b)) continue;
      OcrWord w;
      w.text = text.get();
      if (quote_shapes_ && HasQuoteMark(w.text)) {
        if (!binary) binary.reset(api_->GetThresholdedImage());
        if (binary && pixGetWidth(binary.get()) == page.width &&
            pixGetHeight(binary.get()) == page.height) {
          w.text = QuoteMarksByShape(*it, w.text, binary.get());
        }
      }
      w.box = Box{l, t, r - l, b - t};
      w.confidence = it->Confidence(tesseract::RIL_WORD);
      w.block = std::max(block, 1);
      w.paragraph = std::max(paragraph, 1);
      w.line = std::max(line, 1);
      page.words.push_back(std::move(w));
    } while (it->Next(tesseract::RIL_WORD));
  }
  api_->Clear();
  return page;
}

}  // namespace amend
