// Reading inputs and writing outputs without ever losing data.
//
//   StatusOr<std::string> bytes = ReadFile(path);       // names the file in any error
//   Status s = WriteFileAtomic(out_path, bytes);        // temp file + fsync + rename
//   Status s = WriteOutput("-", text);                  // "-" is stdout
//
// Inputs are opened read-only and never modified. WriteFileAtomic writes a temporary
// file beside the target and renames it over the target only when everything was
// written, so a reader never sees a half-written output and a failed run leaves none.
// All functions are thread-safe (they share no state).
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace amend {

// The whole file. Errors (kBadInput): "PATH: no such file", "PATH: is a directory",
// "PATH: permission denied", "PATH: <strerror>".
StatusOr<std::string> ReadFile(const std::string& path);

// Reads all of standard input.
StatusOr<std::string> ReadStdin();

// Reads PATH, or stdin when PATH is "-".
StatusOr<std::string> ReadInput(const std::string& path);

// Writes `contents` to `path` atomically (see above); kIoError on failure, and then no
// temporary file is left behind. Creates no directories.
Status WriteFileAtomic(const std::string& path, std::string_view contents);

// Writes to stdout when `path` is "-" or empty, else WriteFileAtomic.
Status WriteOutput(const std::string& path, std::string_view contents);

// Describes an errno value for a file: "PATH: no such file" etc.
std::string DescribeFileError(const std::string& path, int err);

}  // namespace amend
