#include "ocr/recognize_document.h"

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "base/file_io.h"

namespace amend {
namespace {

// State shared by the workers of one document.
struct Shared {
  std::string path;
  std::shared_ptr<const std::string> bytes;
  const RecognizeOptions* options = nullptr;
  int total = 0;
  std::atomic<int> next{0};
  std::atomic<bool> failed{false};
  std::mutex mutex;                 // guards the fields below
  int done = 0;
  std::optional<Status> error;      // the first failure
  std::vector<OcrPage> pages;       // indexed by page; filled as pages finish
};

StatusOr<std::string> EncodeJpeg(Pix* image, int quality) {
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pixWriteMemJpeg(&data, &size, image, quality, 0) != 0 || !data) {
    return InternalError("JPEG encoding of a page image failed");
  }
  std::string out(reinterpret_cast<const char*>(data), size);
  lept_free(data);
  return out;
}

void Fail(Shared* s, Status status) {
  std::lock_guard<std::mutex> lock(s->mutex);
  if (!s->error) s->error = std::move(status);
  s->failed = true;
}

// Renders and preprocesses page `index`: the part of a page that needs no engine.
StatusOr<PreprocessedPage> PreparePage(Shared* s, PageSource* source, int index, int* dpi) {
  StatusOr<PixPtr> raw = source->RenderPage(index);
  if (!raw.ok()) return raw.status();
  *dpi = pixGetXRes(raw->get()) > 0 ? pixGetXRes(raw->get()) : source->dpi();
  PreprocessOptions preprocess = s->options->preprocess;
  if (s->options->page_image_dpi > 0) {
    preprocess.display_scale = std::min(1.0, double(s->options->page_image_dpi) / *dpi);
  }
  StatusOr<PreprocessedPage> clean = Preprocess(raw->get(), preprocess);
  if (!clean.ok()) return Status(clean.status().code(), s->path + ": page " +
                                 std::to_string(index + 1) + ": " + clean.status().message());
  return clean;  // the raw image is freed here: one page image per worker in memory
}

// Worker `id` of the document. Worker 0 renders its first page before it loads its
// engine and the others load theirs first, so at start-up one render overlaps the other
// workers' engine loading instead of queueing behind it on poppler's render lock.
void Worker(Shared* s, int id) {
  StatusOr<std::unique_ptr<PageSource>> source = OpenPageSource(s->path, s->bytes, s->options->source);
  if (!source.ok()) return Fail(s, source.status());
  std::unique_ptr<TesseractEngine> engine;
  auto load_engine = [&]() -> bool {
    StatusOr<std::unique_ptr<TesseractEngine>> e = TesseractEngine::Create(s->options->engine);
    if (!e.ok()) {
      Fail(s, e.status());
      return false;
    }
    engine = std::move(*e);
    return true;
  };
  if (id > 0 && !load_engine()) return;
  for (int index = s->next++; index < s->total && !s->failed; index = s->next++) {
    int dpi = 0;
    StatusOr<PreprocessedPage> clean = PreparePage(s, source->get(), index, &dpi);
    if (!clean.ok()) return Fail(s, clean.status());
    if (!engine && !load_engine()) return;
    StatusOr<OcrPage> page = engine->Recognize(clean->image.get(), index + 1, dpi);
    if (!page.ok()) return Fail(s, Status(page.status().code(), s->path + ": " + page.status().message()));
    page->skew_degrees = clean->skew_degrees;
    page->rules = std::move(clean->rules);
    if (clean->display) {
      StatusOr<std::string> jpeg = EncodeJpeg(clean->display.get(), s->options->page_image_quality);
      if (!jpeg.ok()) return Fail(s, jpeg.status());
      page->image_jpeg = std::move(*jpeg);
    }
    std::lock_guard<std::mutex> lock(s->mutex);
    s->pages[index] = std::move(*page);
    ++s->done;
    if (s->options->progress) s->options->progress(s->done, s->total);
  }
}

}  // namespace

StatusOr<std::vector<OcrPage>> RecognizeDocument(const std::string& path,
                                                 const RecognizeOptions& options) {
  StatusOr<std::string> bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  return RecognizeDocument(path, std::make_shared<const std::string>(std::move(*bytes)), options);
}

StatusOr<std::vector<OcrPage>> RecognizeDocument(const std::string& path,
                                                 std::shared_ptr<const std::string> bytes,
                                                 const RecognizeOptions& options) {
  Shared s;
  s.path = path;
  s.bytes = std::move(bytes);
  s.options = &options;
  // Open once up front: input errors are reported before any engine starts.
  {
    StatusOr<std::unique_ptr<PageSource>> source = OpenPageSource(path, s.bytes, options.source);
    if (!source.ok()) return source.status();
    s.total = (*source)->page_count();
  }
  StatusOr<std::string> tessdata = FindTessdata(options.engine);
  if (!tessdata.ok()) return tessdata.status();
  s.pages.resize(s.total);

  int jobs = options.jobs > 0 ? options.jobs : static_cast<int>(std::thread::hardware_concurrency());
  jobs = std::clamp(jobs, 1, s.total);
  if (jobs == 1) {
    Worker(&s, 0);
  } else {
    std::vector<std::thread> threads;
    for (int i = 0; i < jobs; ++i) threads.emplace_back(Worker, &s, i);
    for (std::thread& t : threads) t.join();
  }
  if (s.error) return *s.error;
  return std::move(s.pages);
}

}  // namespace amend
