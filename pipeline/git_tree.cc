#include "pipeline/git_tree.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <vector>

#include "base/file_io.h"

extern char** environ;

namespace amend {
namespace {

namespace fs = std::filesystem;

struct ProcessResult {
  int exit_code = -1;  // -1: could not be started or did not exit normally
  std::string out;     // standard output
  std::string err;     // first line of standard error
};

// Runs `argv` (looked up on PATH, no shell) with stdin from /dev/null and its output in
// files under `scratch`.
ProcessResult Run(const std::vector<std::string>& argv, const std::string& scratch) {
  ProcessResult r;
  const std::string out_path = scratch + "/stdout", err_path = scratch + "/stderr";
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    r.err = argv[0] + ": cannot run: " + std::error_code(rc, std::generic_category()).message();
    return r;
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
  if (StatusOr<std::string> out = ReadFile(out_path); out.ok()) r.out = std::move(*out);
  if (StatusOr<std::string> err = ReadFile(err_path); err.ok()) r.err = err->substr(0, err->find('\n'));
  return r;
}

std::string Trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

// git's message without its "fatal: " tag.
std::string WithoutFatal(const std::string& message) {
  return message.rfind("fatal: ", 0) == 0 ? message.substr(7) : message;
}

}  // namespace

StatusOr<GitTree> GitTree::Extract(const std::string& repo, const std::string& rev) {
  std::error_code ec;
  std::string pattern = (fs::temp_directory_path(ec) / "amend-git-XXXXXX").string();
  if (ec || mkdtemp(pattern.data()) == nullptr) {
    return BadInput("cannot create a temporary directory for " + rev + ": " +
                    std::error_code(errno, std::generic_category()).message());
  }
  GitTree tree(pattern, rev, "");  // removes the directory on every error below
  const std::string where = repo + ": " + rev;  // for failures after rev-parse
  ProcessResult sha = Run({"git", "-C", repo, "rev-parse", "--verify", "--quiet",
                           "--end-of-options", rev + "^{commit}"}, pattern);
  if (sha.exit_code != 0) {
    // Tell "no repository" (git's message) from "no such revision" (--quiet: no message).
    if (sha.err.empty()) return BadInput(rev + ": no such commit in the git repository " + repo);
    return BadInput(repo + ": " + WithoutFatal(sha.err));
  }
  ProcessResult top = Run({"git", "-C", repo, "rev-parse", "--show-toplevel", "--show-prefix"}, pattern);
  size_t newline = top.out.find('\n');
  if (top.exit_code != 0 || newline == std::string::npos) return BadInput(where + ": git rev-parse: " + top.err);
  const std::string top_level = top.out.substr(0, newline);
  tree.prefix_ = Trimmed(top.out.substr(newline + 1));
  const std::string tar = pattern + "/tree.tar", root = pattern + "/tree";
  ProcessResult archive = Run({"git", "-C", top_level, "archive", "--format=tar", "-o", tar,
                               Trimmed(sha.out)}, pattern);
  if (archive.exit_code != 0) return BadInput(where + ": git archive: " + archive.err);
  fs::create_directory(root, ec);
  ProcessResult untar = Run({"tar", "-xf", tar, "-C", root}, pattern);
  if (ec || untar.exit_code != 0) return BadInput(where + ": tar: " + untar.err);
  fs::remove(tar, ec);
  return tree;
}

GitTree::GitTree(GitTree&& other) noexcept
    : temp_dir_(std::move(other.temp_dir_)), rev_(std::move(other.rev_)), prefix_(std::move(other.prefix_)) {
  other.temp_dir_.clear();
}

GitTree::~GitTree() {
  if (temp_dir_.empty()) return;
  std::error_code ec;
  fs::remove_all(temp_dir_, ec);
}

StatusOr<std::string> GitTree::Directory(const std::string& path) const {
  fs::path relative = (fs::path(prefix_) / path).lexically_normal();
  std::string shown = rev_ + ":" + relative.generic_string();
  std::error_code ec;
  if (path.empty() || relative.is_absolute() || *relative.begin() == ".." ||
      !fs::is_directory(fs::path(temp_dir_) / "tree" / relative, ec)) {
    return BadInput(shown + ": no such directory at this revision");
  }
  return (fs::path(temp_dir_) / "tree" / relative).string();
}

std::string GitTree::Unmap(const std::string& text) const {
  const std::string root = temp_dir_ + "/tree/";
  std::string out;
  size_t from = 0;
  for (size_t at; !temp_dir_.empty() && (at = text.find(root, from)) != std::string::npos; from = at + root.size()) {
    out.append(text, from, at - from).append(rev_ + ":");
  }
  return out.append(text, from, std::string::npos);
}

}  // namespace amend
