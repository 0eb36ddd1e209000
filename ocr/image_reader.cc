#include "ocr/image_reader.h"

#include <cstdio>
#include <mutex>
#include <string_view>

namespace amend {
namespace {

// Leptonica prints its own errors on stderr; they reach the user as Status instead.
void SilenceLeptonica() {
  static std::once_flag once;
  std::call_once(once, [] { setMsgSeverity(L_SEVERITY_NONE); });
}

const l_uint8* Data(const std::string& bytes) {
  return reinterpret_cast<const l_uint8*>(bytes.data());
}

class ImageReader : public PageSource {
 public:
  ImageReader(std::string name, std::shared_ptr<const std::string> bytes, InputFormat format,
              int pages, const PageSourceOptions& options)
      : name_(std::move(name)), bytes_(std::move(bytes)), format_(format), pages_(pages),
        options_(options) {}

  int page_count() const override { return pages_; }
  int dpi() const override { return dpi_; }

  // Checks page `index`'s header: size within the limit; records its resolution.
  Status CheckHeader(int index) {
    l_int32 w = 0, h = 0, bps = 0, spp = 0, res = 0, cmap = 0, fmt = 0;
    bool ok = format_ == InputFormat::kTiff
                  ? readHeaderMemTiff(Data(*bytes_), bytes_->size(), index, &w, &h, &bps, &spp,
                                      &res, &cmap, &fmt) == 0
                  : pixReadHeaderMem(Data(*bytes_), bytes_->size(), &fmt, &w, &h, &bps, &spp,
                                     &cmap) == 0;
    if (!ok || w <= 0 || h <= 0) return Damaged();
    if (static_cast<int64_t>(w) * h > options_.max_pixels) {
      return BadInput(TooLargeMessage(name_, index + 1, w, h, options_.max_pixels));
    }
    dpi_ = options_.dpi > 0 ? options_.dpi : (res >= 70 && res <= 1200 ? res : 300);
    return Status::Ok();
  }

  StatusOr<PixPtr> RenderPage(int index) override {
    AMEND_RETURN_IF_ERROR(CheckHeader(index));
    PixPtr pix(format_ == InputFormat::kTiff ? pixReadMemTiff(Data(*bytes_), bytes_->size(), index)
                                             : pixReadMem(Data(*bytes_), bytes_->size()));
    if (!pix) return Damaged();
    if (options_.dpi <= 0) {
      l_int32 res = pixGetXRes(pix.get());
      dpi_ = res >= 70 && res <= 1200 ? res : 300;
    }
    pixSetResolution(pix.get(), dpi_, dpi_);
    return pix;
  }

 private:
  Status Damaged() const {
    return BadInput(name_ + ": damaged or truncated " + InputFormatName(format_) + " image");
  }

  std::string name_;
  std::shared_ptr<const std::string> bytes_;
  InputFormat format_;
  int pages_;
  PageSourceOptions options_;
  int dpi_ = 300;
};

// False when a PNG or JPEG file visibly ends early (no IEND chunk / EOI marker near the
// end). Checked before decoding: the codecs would print their own errors on stderr.
bool LooksComplete(const std::string& bytes, InputFormat format) {
  std::string_view tail(bytes);
  if (tail.size() > 1024) tail = tail.substr(tail.size() - 1024);
  if (format == InputFormat::kPng) return tail.find("IEND") != std::string_view::npos;
  if (format == InputFormat::kJpeg) return tail.find("\xff\xd9") != std::string_view::npos;
  return true;
}

// Number of TIFF directories; 0 when the TIFF cannot be read.
int TiffPageCount(const std::string& bytes) {
  FILE* fp = fmemopen(const_cast<char*>(bytes.data()), bytes.size(), "rb");
  if (!fp) return 0;
  l_int32 n = 0;
  if (tiffGetCount(fp, &n) != 0) n = 0;
  fclose(fp);
  return n;
}

}  // namespace

StatusOr<std::unique_ptr<PageSource>> OpenImage(const std::string& name,
                                                std::shared_ptr<const std::string> bytes,
                                                InputFormat format,
                                                const PageSourceOptions& options) {
  SilenceLeptonica();
  if (!LooksComplete(*bytes, format)) {
    return BadInput(name + ": truncated " + InputFormatName(format) + " image");
  }
  int pages = format == InputFormat::kTiff ? TiffPageCount(*bytes) : 1;
  auto reader = std::make_unique<ImageReader>(name, std::move(bytes), format, pages, options);
  if (pages <= 0) return BadInput(name + ": damaged or truncated TIFF image");
  AMEND_RETURN_IF_ERROR(reader->CheckHeader(0));
  return std::unique_ptr<PageSource>(std::move(reader));
}

}  // namespace amend
