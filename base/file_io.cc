#include "base/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

namespace amend {

std::string DescribeFileError(const std::string& path, int err) {
  switch (err) {
    case ENOENT: return path + ": no such file";
    case EISDIR: return path + ": is a directory";
    case EACCES: return path + ": permission denied";
    default: return path + ": " + std::strerror(err);
  }
}

namespace {

// `size_hint`: the expected size (a regular file's), reserved up front so the string is
// not regrown and copied as it fills.
StatusOr<std::string> ReadFd(int fd, const std::string& name, size_t size_hint = 0) {
  std::string out;
  out.reserve(size_hint);
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      return BadInput(DescribeFileError(name, errno));
    }
    out.append(buf, static_cast<size_t>(n));
  }
  return out;
}

}  // namespace

StatusOr<std::string> ReadFile(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return BadInput(DescribeFileError(path, errno));
  struct stat st;
  size_t size_hint = 0;
  if (::fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      ::close(fd);
      return BadInput(DescribeFileError(path, EISDIR));
    }
    if (S_ISREG(st.st_mode) && st.st_size > 0) size_hint = static_cast<size_t>(st.st_size);
  }
  StatusOr<std::string> r = ReadFd(fd, path, size_hint);
  ::close(fd);
  return r;
}

StatusOr<std::string> ReadStdin() { return ReadFd(STDIN_FILENO, "<stdin>"); }

StatusOr<std::string> ReadInput(const std::string& path) {
  return path == "-" ? ReadStdin() : ReadFile(path);
}

Status WriteFileAtomic(const std::string& path, std::string_view contents) {
  std::string tmp = path + ".amend-tmp-" + std::to_string(::getpid());
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return IoError("cannot write " + DescribeFileError(path, errno));
  const char* p = contents.data();
  size_t left = contents.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      ::unlink(tmp.c_str());
      return IoError("cannot write " + DescribeFileError(path, err));
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    return IoError("cannot write " + DescribeFileError(path, err));
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    return IoError("cannot write " + DescribeFileError(path, err));
  }
  return Status::Ok();
}

Status WriteOutput(const std::string& path, std::string_view contents) {
  if (path.empty() || path == "-") {
    std::cout.write(contents.data(), static_cast<std::streamsize>(contents.size()));
    std::cout.flush();
    if (!std::cout) return IoError("<stdout>: write failed");
    return Status::Ok();
  }
  return WriteFileAtomic(path, contents);
}

}  // namespace amend
