#include "ocr/pdf_raster.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <mutex>
#include <regex>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

namespace amend {
namespace {

std::mutex& PopplerMutex() {
  static std::mutex mutex;
  return mutex;
}

// Poppler reports recoverable damage on stderr; errors reach the user as Status instead.
void SilencePoppler() {
  static std::once_flag once;
  std::call_once(once, [] {
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
  });
}

class PdfRaster : public PageSource {
 public:
  PdfRaster(std::string name, std::shared_ptr<const std::string> bytes,
            std::unique_ptr<poppler::document> doc, int dpi, const PageSourceOptions& options)
      : name_(std::move(name)), bytes_(std::move(bytes)), doc_(std::move(doc)), dpi_(dpi),
        options_(options) {}

  int page_count() const override { return doc_->pages(); }
  int dpi() const override { return dpi_; }

  StatusOr<PixPtr> RenderPage(int index) override {
    std::lock_guard<std::mutex> lock(PopplerMutex());
    std::unique_ptr<poppler::page> page(doc_->create_page(index));
    if (!page) return BadInput(name_ + ": page " + std::to_string(index + 1) + " cannot be read");
    poppler::rectf rect = page->page_rect(poppler::media_box);
    double w_in = rect.width() / 72.0, h_in = rect.height() / 72.0;
    if (page->orientation() == poppler::page::landscape ||
        page->orientation() == poppler::page::seascape) {
      std::swap(w_in, h_in);
    }
    int64_t w = std::llround(w_in * dpi_), h = std::llround(h_in * dpi_);
    if (w <= 0 || h <= 0) {
      return BadInput(name_ + ": page " + std::to_string(index + 1) + " has an empty page box");
    }
    if (w * h > options_.max_pixels) {
      return BadInput(TooLargeMessage(name_, index + 1, w, h, options_.max_pixels) +
                      " at " + std::to_string(dpi_) + " dpi");
    }
    poppler::page_renderer renderer;
    renderer.set_render_hints(poppler::page_renderer::antialiasing |
                              poppler::page_renderer::text_antialiasing);
    renderer.set_image_format(options_.gray ? poppler::image::format_gray8
                                            : poppler::image::format_rgb24);
    poppler::image img = renderer.render_page(page.get(), dpi_, dpi_);
    if (!img.is_valid()) {
      return BadInput(name_ + ": page " + std::to_string(index + 1) + " cannot be rendered");
    }
    const int depth = options_.gray ? 8 : 32;
    PixPtr pix(pixCreate(img.width(), img.height(), depth));
    if (!pix) return InternalError(name_ + ": out of memory for a page image");
    pixSetResolution(pix.get(), dpi_, dpi_);
    const char* src = img.const_data();
    for (int y = 0; y < img.height(); ++y) {
      const unsigned char* row =
          reinterpret_cast<const unsigned char*>(src) + static_cast<size_t>(y) * img.bytes_per_row();
      l_uint32* line = pixGetData(pix.get()) + static_cast<size_t>(y) * pixGetWpl(pix.get());
      for (int x = 0; x < img.width(); ++x) {
        if (depth == 8) {
          SET_DATA_BYTE(line, x, row[x]);
        } else {
          composeRGBPixel(row[3 * x], row[3 * x + 1], row[3 * x + 2], line + x);
        }
      }
    }
    return pix;
  }

 private:
  std::string name_;
  std::shared_ptr<const std::string> bytes_;  // poppler reads from these bytes
  std::unique_ptr<poppler::document> doc_;
  int dpi_;
  PageSourceOptions options_;
};

}  // namespace

int EstimateScanDpi(std::string_view pdf, double page_width_pt, double page_height_pt) {
  static const std::regex kWidth(R"(/Width\s+(\d+)(\s+\d+\s+R)?)");
  static const std::regex kHeight(R"(/Height\s+(\d+)(\s+\d+\s+R)?)");
  if (page_width_pt <= 0 || page_height_pt <= 0) return 0;
  long best_w = 0, best_h = 0;
  for (size_t at = pdf.find("/Image"); at != std::string_view::npos;
       at = pdf.find("/Image", at + 6)) {
    // The dictionary around this name: back to the nearest "<<", forward to "stream".
    size_t begin = pdf.rfind("<<", at);
    size_t end = pdf.find("stream", at);
    if (begin == std::string_view::npos || end == std::string_view::npos) continue;
    if (at - begin > 2048 || end - at > 2048) continue;
    std::string dict(pdf.substr(begin, end - begin));
    if (dict.find("/Subtype") == std::string::npos) continue;
    std::smatch mw, mh;
    if (!std::regex_search(dict, mw, kWidth) || !std::regex_search(dict, mh, kHeight)) continue;
    if (mw[2].matched || mh[2].matched) continue;  // indirect size: not worth resolving
    long w = std::atol(mw[1].str().c_str()), h = std::atol(mh[1].str().c_str());
    if (w * h > best_w * best_h) best_w = w, best_h = h;
  }
  if (best_w == 0 || best_h == 0) return 0;
  for (int rotated = 0; rotated < 2; ++rotated) {
    double pw = rotated ? page_height_pt : page_width_pt;
    double ph = rotated ? page_width_pt : page_height_pt;
    double dx = best_w / (pw / 72.0), dy = best_h / (ph / 72.0);
    if (std::fabs(dx - dy) / dx < 0.03) {
      return std::clamp(static_cast<int>(std::lround((dx + dy) / 2)), 70, 600);
    }
  }
  return 0;
}

StatusOr<std::unique_ptr<PageSource>> OpenPdf(const std::string& name,
                                              std::shared_ptr<const std::string> bytes,
                                              const PageSourceOptions& options) {
  SilencePoppler();
  std::string_view tail(*bytes);
  if (tail.size() > 2048) tail = tail.substr(tail.size() - 2048);
  if (tail.find("%%EOF") == std::string_view::npos) {
    return BadInput(name + ": truncated or damaged PDF (no %%EOF at the end)");
  }
  if (bytes->size() > static_cast<size_t>(INT32_MAX)) return BadInput(name + ": PDF larger than 2 GiB");
  std::unique_ptr<poppler::document> doc;
  {
    std::lock_guard<std::mutex> lock(PopplerMutex());
    doc.reset(poppler::document::load_from_raw_data(bytes->data(), static_cast<int>(bytes->size()),
                                                    options.password, options.password));
  }
  if (!doc) return BadInput(name + ": damaged PDF (poppler cannot open it)");
  if (doc->is_locked()) {
    return BadInput(options.password.empty()
                        ? name + ": encrypted PDF: give its password with --password"
                        : name + ": encrypted PDF: the password given with --password is wrong");
  }
  if (doc->pages() <= 0) return BadInput(name + ": PDF has no pages");
  int dpi = options.dpi;
  if (dpi <= 0) {
    std::unique_ptr<poppler::page> first(doc->create_page(0));
    if (!first) return BadInput(name + ": page 1 cannot be read");
    poppler::rectf r = first->page_rect(poppler::media_box);
    dpi = EstimateScanDpi(*bytes, r.width(), r.height());
    if (dpi <= 0) dpi = 300;
  }
  return std::unique_ptr<PageSource>(
      new PdfRaster(name, std::move(bytes), std::move(doc), dpi, options));
}

}  // namespace amend
