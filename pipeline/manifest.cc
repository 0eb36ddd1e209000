#include "pipeline/manifest.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>

#include <nlohmann/json.hpp>

#include "base/file_io.h"

namespace amend {

std::string ManifestLine(const ManifestEntry& e) {
  nlohmann::ordered_json j;
  j["input"] = e.input;
  j["sha256"] = e.sha256;
  j["config"] = e.config;
  j["version"] = e.version;
  j["status"] = e.status;
  j["diagnostics"] = e.diagnostics;
  if (!e.error.empty()) j["error"] = e.error;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

bool ParseManifestLine(std::string_view line, ManifestEntry* e) {
  nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) return false;
  auto str = [&](const char* key, std::string* out) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_string()) return false;
    *out = it->get<std::string>();
    return true;
  };
  if (!str("input", &e->input) || !str("sha256", &e->sha256) || !str("config", &e->config) ||
      !str("version", &e->version) || !str("status", &e->status)) {
    return false;
  }
  auto d = j.find("diagnostics");
  e->diagnostics = d != j.end() && d->is_number_integer() ? d->get<int>() : 0;
  e->error.clear();
  str("error", &e->error);
  return true;
}

const ManifestIndex::Entry* ManifestIndex::Find(const std::string& input) const {
  auto it = done_.find(input);
  return it == done_.end() ? nullptr : &it->second;
}

StatusOr<ManifestIndex> ReadManifest(const std::string& path, std::string_view config,
                                     std::string_view version) {
  ManifestIndex index;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (errno == ENOENT) return index;
    return IoError(DescribeFileError(path, errno));
  }
  std::string line;
  ManifestEntry e;
  while (std::getline(in, line)) {
    if (in.eof()) break;  // no "\n": cut off by a kill mid-write
    if (!ParseManifestLine(line, &e)) continue;
    if (e.status == "ok" && e.config == config && e.version == version) {
      index.done_[e.input] = {e.sha256, e.diagnostics};
    } else {
      index.done_.erase(e.input);
    }
  }
  if (in.bad()) return IoError(DescribeFileError(path, errno));
  return index;
}

StatusOr<ManifestWriter> ManifestWriter::Open(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd < 0) return IoError("cannot write " + DescribeFileError(path, errno));
  // Cut an incomplete last line (a kill mid-write) so the next line starts on its own.
  struct stat st;
  if (::fstat(fd, &st) == 0 && st.st_size > 0) {
    off_t keep = st.st_size;
    char c = 0;
    while (keep > 0 && ::pread(fd, &c, 1, keep - 1) == 1 && c != '\n') --keep;
    if (keep != st.st_size && ::ftruncate(fd, keep) != 0) {
      int err = errno;
      ::close(fd);
      return IoError("cannot write " + DescribeFileError(path, err));
    }
  }
  return ManifestWriter(fd, path);
}

ManifestWriter::ManifestWriter(ManifestWriter&& other) noexcept
    : fd_(other.fd_), path_(std::move(other.path_)), written_(other.written_), synced_(other.synced_) {
  other.fd_ = -1;
}

ManifestWriter::~ManifestWriter() {
  if (fd_ >= 0) ::close(fd_);
}

Status ManifestWriter::Append(const ManifestEntry& entry) {
  const std::string line = ManifestLine(entry);
  uint64_t mine = 0;
  {
    // Lines never interleave; the sync below happens outside this lock, so workers do not
    // queue behind the disk to write.
    std::lock_guard<std::mutex> lock(mu_);
    size_t done = 0;
    while (done < line.size()) {
      ssize_t n = ::write(fd_, line.data() + done, line.size() - done);
      if (n < 0) {
        if (errno == EINTR) continue;
        return IoError("cannot write " + DescribeFileError(path_, errno));
      }
      done += static_cast<size_t>(n);
    }
    mine = ++written_;
  }
  // Group commit: a sync covers every line written before it started. While one thread
  // syncs, the others wait here; the first of them then syncs for all their lines at once.
  std::lock_guard<std::mutex> sync_lock(sync_mu_);
  if (synced_ >= mine) return Status::Ok();
  uint64_t covered = 0;
  {
    std::lock_guard<std::mutex> lock(mu_);
    covered = written_;
  }
  if (::fdatasync(fd_) != 0) return IoError("cannot write " + DescribeFileError(path_, errno));
  synced_ = covered;
  return Status::Ok();
}

}  // namespace amend
