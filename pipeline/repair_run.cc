#include "pipeline/repair_run.h"

#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/file_io.h"
#include "parse/record_writer.h"
#include "pipeline/config_hash.h"
#include "pipeline/manifest.h"
#include "pipeline/progress.h"
#include "pipeline/review_report.h"

namespace amend {
namespace {
namespace fs = std::filesystem;

// Every output suffix a document may have.
constexpr const char* kOutputSuffixes[] = {kRecordSuffix, kTextSuffix, kReportSuffix};
constexpr std::string_view kTempMarker = ".amend-tmp-";  // base/file_io.cc's temp names

// Summary lines in input order although documents finish in any order: a line waits
// until the lines of all earlier inputs are written (few wait: workers take inputs in
// order). Written to a temporary file, renamed into place by Close. Thread-safe.
class OrderedSummary {
 public:
  OrderedSummary(std::string path, std::FILE* tmp, std::string tmp_path)
      : path_(std::move(path)), tmp_path_(std::move(tmp_path)), out_(tmp) {}
  void Add(size_t index, std::string line) {
    std::lock_guard<std::mutex> lock(mu_);
    pending_.emplace(index, std::move(line));
    for (auto it = pending_.begin(); it != pending_.end() && it->first == next_;
         it = pending_.erase(it), ++next_) {
      std::fputs(it->second.c_str(), out_);
    }
  }
  // Writes the lines still waiting (inputs after a gap left by an interrupt), then renames.
  Status Close() {
    for (const auto& [index, line] : pending_) std::fputs(line.c_str(), out_);
    pending_.clear();
    bool ok = std::fflush(out_) == 0 && ::fsync(fileno(out_)) == 0;
    ok = std::fclose(out_) == 0 && ok;
    if (!ok || std::rename(tmp_path_.c_str(), path_.c_str()) != 0) {
      std::remove(tmp_path_.c_str());
      return IoError("cannot write " + path_);
    }
    return Status::Ok();
  }

 private:
  std::string path_, tmp_path_;
  std::FILE* out_;
  std::mutex mu_;
  std::map<size_t, std::string> pending_;
  size_t next_ = 0;
};

std::string SummaryLine(const std::string& input, const std::string& status, int diagnostics,
                        int warnings, double seconds, const std::string& error, bool reused) {
  nlohmann::ordered_json j;
  j["input"] = input;
  j["status"] = status;
  j["diagnostics"] = diagnostics;
  j["warnings"] = warnings;
  j["seconds"] = std::round(seconds * 1000) / 1000;
  if (!error.empty()) j["error"] = error;
  if (reused) j["reused"] = true;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

// Removes temporary files a killed run of this shard left in OUT_DIR (other shards may be
// writing theirs into the same folder right now).
void SweepTemporaryFiles(const std::string& out_dir, const ShardSpec& shard,
                         const std::string& summary_name) {
  std::error_code ec;
  std::vector<fs::path> stale;
  for (fs::recursive_directory_iterator it(out_dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string rel = it->path().lexically_relative(out_dir).generic_string();
    size_t marker = rel.rfind(kTempMarker);
    if (marker == std::string::npos || !it->is_regular_file(ec)) continue;
    std::string target = rel.substr(0, marker);
    bool mine = target == summary_name;
    for (std::string_view suffix : kOutputSuffixes) {
      if (!mine && target.size() > suffix.size() && target.ends_with(suffix)) {
        mine = InShard(std::string_view(target).substr(0, target.size() - suffix.size()), shard);
      }
    }
    if (mine) stale.push_back(it->path());
  }
  for (const fs::path& p : stale) fs::remove(p, ec);
}

// The inputs of the run, ~30 bytes each (a 20,000-file corpus as CorpusFile structs
// would be ~3 MB, a tenth of the whole process): relative paths in one buffer.
class InputList {
 public:
  void Add(const CorpusFile& f) {
    names_ += f.relative;
    ends_.push_back(names_.size());
    kinds_.push_back(f.kind);
  }
  size_t size() const { return ends_.size(); }
  CorpusFile Get(size_t i, const std::string& in_dir) const {
    size_t begin = i == 0 ? 0 : ends_[i - 1];
    std::string rel = names_.substr(begin, ends_[i] - begin);
    std::string path = (fs::path(in_dir) / rel).string();
    return {std::move(path), std::move(rel), kinds_[i]};
  }

 private:
  std::string names_;
  std::vector<size_t> ends_;
  std::vector<CorpusKind> kinds_;
};

struct Shared {
  const RepairOptions& options;
  const SheetPipeline& pipeline;
  const InputList& files;
  const ManifestIndex& done;
  const std::string& config;
  ManifestWriter& manifest;
  OrderedSummary& summary;
  ProgressBar& progress;
  std::atomic<size_t> next{0};
  std::atomic<size_t> processed{0}, reused{0}, failed{0};
  std::atomic<bool> fatal{false};
  std::mutex fatal_mu;
  Status fatal_status;
};

bool OutputsExist(const std::string& base, const RepairOptions& o) {
  std::error_code ec;
  return fs::exists(base + kRecordSuffix, ec) &&
         (!o.write_text || fs::exists(base + kTextSuffix, ec)) &&
         (!o.write_report || fs::exists(base + kReportSuffix, ec));
}

// Runs one document: pipeline, then its outputs. Fills diagnostics/warnings on success.
Status RunDocument(Shared& s, const CorpusFile& file, const std::string& base,
                   std::string bytes, int* diagnostics, int* warnings) {
  StatusOr<SheetDocument> doc =
      file.kind == CorpusKind::kText
          ? s.pipeline.FromText(bytes, file.relative)
          : s.pipeline.FromScan(file.path, std::make_shared<const std::string>(std::move(bytes)));
  if (!doc.ok()) return doc.status();
  if (doc->record.source) doc->record.source->path = file.relative;
  std::error_code ec;
  fs::create_directories(fs::path(base).parent_path(), ec);
  if (ec) return IoError("cannot write " + base + kRecordSuffix + ": " + ec.message());
  AMEND_RETURN_IF_ERROR(WriteFileAtomic(base + kRecordSuffix, RecordToJson(doc->record, {})));
  if (s.options.write_text) {
    AMEND_RETURN_IF_ERROR(WriteFileAtomic(base + kTextSuffix, doc->cleaned.text.text()));
  }
  if (s.options.write_report) {
    AMEND_RETURN_IF_ERROR(WriteFileAtomic(base + kReportSuffix, RenderReviewReport(*doc, {})));
  }
  // An earlier run with --text or --report left outputs this run does not write: they would
  // no longer match the record, so they go (OUT_DIR then equals a fresh run's).
  if (!s.options.write_text) fs::remove(base + kTextSuffix, ec);
  if (!s.options.write_report) fs::remove(base + kReportSuffix, ec);
  *diagnostics = static_cast<int>(doc->record.diagnostics.size());
  *warnings = static_cast<int>(doc->warnings.size());
  return Status::Ok();
}

void Worker(Shared& s) {
  const RepairOptions& o = s.options;
  for (;;) {
    if ((o.stop && o.stop->load()) || s.fatal.load()) return;
    const size_t i = s.next.fetch_add(1);
    if (i >= s.files.size()) return;
    const CorpusFile file = s.files.Get(i, o.in_dir);
    const std::string base = (fs::path(o.out_dir) / file.relative).string();
    auto t0 = std::chrono::steady_clock::now();
    ManifestEntry entry{file.relative, "", s.config, AMEND_VERSION, "ok", 0, ""};
    int warnings = 0;
    Status status;
    StatusOr<std::string> bytes = ReadFile(file.path);
    if (bytes.ok()) {
      entry.sha256 = Sha256Hex(*bytes);
      const ManifestIndex::Entry* prior = s.done.Find(file.relative);
      if (prior && prior->sha256 == entry.sha256 && OutputsExist(base, o)) {
        s.summary.Add(i, SummaryLine(file.relative, "ok", prior->diagnostics, 0, 0, "", true));
        ++s.reused;
        s.progress.Finished(false);
        continue;
      }
      status = RunDocument(s, file, base, std::move(*bytes), &entry.diagnostics, &warnings);
    } else {
      status = bytes.status();
    }
    if (!status.ok()) {
      entry.status = "failed";
      entry.error = status.message();
      entry.diagnostics = 0;
      std::error_code ec;
      for (std::string_view suffix : kOutputSuffixes) fs::remove(base + std::string(suffix), ec);
      ++s.failed;
    }
    Status m = s.manifest.Append(entry);
    // A manifest that cannot be written, or missing OCR language data (every scan would
    // fail alike), ends the run after the documents in progress.
    if (!m.ok() || status.code() == StatusCode::kMissingOcrData) {
      std::lock_guard<std::mutex> lock(s.fatal_mu);
      if (!s.fatal.exchange(true)) s.fatal_status = m.ok() ? status : m;
    }
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    s.summary.Add(i, SummaryLine(file.relative, entry.status, entry.diagnostics, warnings,
                                 seconds, entry.error, false));
    ++s.processed;
    s.progress.Finished(!status.ok());
  }
}

// kUsage when OUT_DIR is IN_DIR (a rerun would read the outputs as inputs).
Status CheckFolders(const RepairOptions& o) {
  std::error_code ec;
  if (fs::exists(o.out_dir, ec) && fs::equivalent(o.in_dir, o.out_dir, ec)) {
    return UsageError(o.out_dir + ": the output folder must not be the input folder");
  }
  return Status::Ok();
}

std::string Settings(const RepairOptions& o, const SheetPipelineOptions& p) {
  const RecognizeOptions& r = p.ocr;
  return "strict=" + std::to_string(p.strict) + " text=" + std::to_string(o.write_text) +
         " dpi=" + std::to_string(r.source.dpi) + " lang=" + r.engine.lang +
         " psm=" + std::to_string(r.engine.psm) + " gray=" + std::to_string(r.preprocess.grayscale) +
         " deskew=" + std::to_string(r.preprocess.deskew) +
         " binarize=" + std::to_string(r.preprocess.binarize) +
         " rules=" + std::to_string(r.preprocess.remove_rules) +
         " borders=" + std::to_string(r.preprocess.clean_borders) +
         " quotes=" + std::to_string(r.engine.quote_shapes) +
         " report=" + std::to_string(o.write_report);
}

}  // namespace

StatusOr<RepairOutcome> RunRepair(const RepairOptions& o) {
  CorpusOptions corpus;
  corpus.exclude = o.out_dir;
  StatusOr<std::vector<CorpusFile>> listed = ListCorpus(o.in_dir, corpus);
  if (!listed.ok()) return listed.status();
  AMEND_RETURN_IF_ERROR(CheckFolders(o));
  InputList files;
  for (const CorpusFile& f : *listed) {
    if (InShard(f.relative, o.shard)) files.Add(f);
  }
  listed = std::vector<CorpusFile>();  // free the listing now

  int jobs = o.jobs > 0 ? o.jobs : static_cast<int>(std::thread::hardware_concurrency());
  jobs = std::max(1, std::min<int>(jobs, static_cast<int>(std::max<size_t>(files.size(), 1))));
  SheetPipelineOptions popt = o.pipeline;
  if (jobs > 1) popt.ocr.jobs = 1;  // documents are the parallel unit
  popt.ocr.progress = nullptr;      // the corpus bar replaces the page counter
  if (o.write_report) EnableReportCapture(&popt);
  StatusOr<SheetPipeline> pipeline = SheetPipeline::Create(popt);
  if (!pipeline.ok()) return pipeline.status();
  const std::string config = ConfigHash(*pipeline, Settings(o, popt));

  std::error_code ec;
  fs::create_directories(o.out_dir, ec);
  if (ec) return IoError("cannot write " + o.out_dir + ": " + ec.message());
  const std::string tag = ShardTag(o.shard);
  const std::string suffix = tag.empty() ? ".jsonl" : "." + tag + ".jsonl";
  const std::string manifest_path = (fs::path(o.out_dir) / (".amend-manifest" + suffix)).string();
  const std::string summary_name = "summary" + suffix;
  if (!o.resume && fs::file_size(manifest_path, ec) > 0 && !ec) {
    return UsageError(o.out_dir + ": holds the manifest of an earlier run (" + manifest_path +
                      "); add --resume to continue it, or write to an empty folder");
  }
  StatusOr<ManifestIndex> done = ManifestIndex();
  if (o.resume) done = ReadManifest(manifest_path, config, AMEND_VERSION);
  if (!done.ok()) return done.status();
  SweepTemporaryFiles(o.out_dir, o.shard, summary_name);
  StatusOr<ManifestWriter> manifest = ManifestWriter::Open(manifest_path);
  if (!manifest.ok()) return manifest.status();

  RepairOutcome outcome;
  outcome.total = files.size();
  outcome.summary_path = (fs::path(o.out_dir) / summary_name).string();
  const std::string summary_tmp =
      outcome.summary_path + std::string(kTempMarker) + std::to_string(::getpid());
  std::FILE* tmp = std::fopen(summary_tmp.c_str(), "w");
  if (!tmp) return IoError("cannot write " + DescribeFileError(summary_tmp, errno));
  OrderedSummary summary(outcome.summary_path, tmp, summary_tmp);
  ProgressBar progress("repair", files.size(), o.progress);

  Shared shared{o, *pipeline, files, *done, config, *manifest, summary, progress};
  std::vector<std::thread> threads;
  for (int t = 1; t < jobs; ++t) threads.emplace_back(Worker, std::ref(shared));
  Worker(shared);
  for (std::thread& t : threads) t.join();
  progress.Close();

  outcome.processed = shared.processed;
  outcome.reused = shared.reused;
  outcome.failed = shared.failed;
  outcome.interrupted = outcome.processed + outcome.reused < outcome.total;
  Status closed = summary.Close();
  if (shared.fatal) return shared.fatal_status;
  if (!closed.ok()) return closed;
  return outcome;
}

}  // namespace amend
