// The tree of a git revision, extracted into a temporary directory, so that rule packs can
// be loaded as they were at that revision (`amend diff --git-a REV`).
//
//   StatusOr<GitTree> tree = GitTree::Extract("rules-repo", "HEAD~1");
//   if (!tree.ok()) return tree.status();      // kBadInput "HEAD~1: no such commit in ..."
//   StatusOr<std::string> dir = tree->Directory("packs");   // "<tmp>/tree/packs"
//   options.rules.dirs.push_back(*dir);
//   std::string m = tree->Unmap(message);      // "<tmp>/tree/packs/a.toml:3:1: ..." ->
//                                              // "HEAD~1:packs/a.toml:3:1: ..."
//
// The whole tree at REV is extracted (`git archive`), so paths a pack gives relative to
// itself (vocabulary files) resolve as they did at REV. The repository is only read:
// `git rev-parse` and `git archive`, never its index, work tree or refs. Needs `git` and
// `tar` on PATH. The destructor removes the temporary directory; a GitTree is move-only.
// Thread safety: const methods may be called from several threads.
#pragma once

#include <string>

#include "base/status.h"

namespace amend {

class GitTree {
 public:
  // Extracts revision `rev` (anything `git rev-parse` takes: a commit, tag, branch,
  // HEAD~1) of the repository containing directory `repo` into a new temporary directory
  // (under $TMPDIR). Errors: kBadInput naming the repository and revision when `repo` is
  // no git repository, `rev` names no commit in it, or git or tar cannot be run or fail;
  // nothing is left behind then.
  [[nodiscard]] static StatusOr<GitTree> Extract(const std::string& repo, const std::string& rev);

  GitTree(GitTree&& other) noexcept;
  GitTree& operator=(GitTree&&) = delete;
  GitTree(const GitTree&) = delete;
  ~GitTree();

  // The extracted directory for `path`, a path relative to `repo` as given to Extract
  // (so "." is `repo` itself). Errors: kBadInput "REV:PATH: no such directory at this
  // revision" when it does not exist there or leaves the repository.
  [[nodiscard]] StatusOr<std::string> Directory(const std::string& path) const;

  // `text` with every occurrence of the extracted tree's root replaced by "REV:", so
  // messages name files as `git show` would ("HEAD~1:packs/a.toml").
  std::string Unmap(const std::string& text) const;

  const std::string& rev() const { return rev_; }

 private:
  GitTree(std::string temp_dir, std::string rev, std::string prefix)
      : temp_dir_(std::move(temp_dir)), rev_(std::move(rev)), prefix_(std::move(prefix)) {}
  std::string temp_dir_;  // removed by the destructor; empty once moved from
  std::string rev_;       // as the user wrote it
  std::string prefix_;    // `repo` relative to the top level ("" or "sub/dir/")
};

}  // namespace amend
