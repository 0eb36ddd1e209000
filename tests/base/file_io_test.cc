#define BOOST_TEST_MODULE base
#include <sys/stat.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>

#include "base/file_io.h"

namespace fs = std::filesystem;
using amend::StatusCode;

namespace {
struct TempDir {
  fs::path path;
  TempDir() {
    char tmpl[] = "/tmp/amend-base-XXXXXX";
    path = ::mkdtemp(tmpl);
  }
  ~TempDir() { fs::remove_all(path); }
};
}  // namespace

BOOST_AUTO_TEST_CASE(read_file_names_the_file_in_errors) {
  TempDir dir;
  auto missing = amend::ReadFile((dir.path / "nope.txt").string());
  BOOST_TEST(!missing.ok());
  BOOST_TEST(static_cast<int>(missing.status().code()) == static_cast<int>(StatusCode::kBadInput));
  BOOST_TEST(missing.status().message() == (dir.path / "nope.txt").string() + ": no such file");

  auto directory = amend::ReadFile(dir.path.string());
  BOOST_TEST(!directory.ok());
  BOOST_TEST(directory.status().message() == dir.path.string() + ": is a directory");
}

BOOST_AUTO_TEST_CASE(atomic_write_replaces_whole_file_and_leaves_no_temp) {
  TempDir dir;
  std::string target = (dir.path / "out.txt").string();
  BOOST_TEST(amend::WriteFileAtomic(target, "first version, longer than the second").ok());
  BOOST_TEST(amend::WriteFileAtomic(target, "second").ok());
  auto back = amend::ReadFile(target);
  BOOST_REQUIRE(back.ok());
  BOOST_TEST(*back == "second");
  int files = 0;
  for (const auto& e : fs::directory_iterator(dir.path)) (void)e, ++files;
  BOOST_TEST(files == 1);
}

BOOST_AUTO_TEST_CASE(atomic_write_into_missing_directory_fails_cleanly) {
  TempDir dir;
  std::string target = (dir.path / "no-such-dir" / "out.txt").string();
  amend::Status s = amend::WriteFileAtomic(target, "x");
  BOOST_TEST(!s.ok());
  BOOST_TEST(static_cast<int>(s.code()) == static_cast<int>(StatusCode::kIoError));
  BOOST_TEST(s.message().find(target) != std::string::npos);
  BOOST_TEST(!fs::exists(dir.path / "no-such-dir"));
}

BOOST_AUTO_TEST_CASE(failed_rename_leaves_target_and_no_temp) {
  // The target is a directory: the final rename fails after the data was written.
  TempDir dir;
  fs::create_directory(dir.path / "out");
  std::ofstream(dir.path / "out" / "inside.txt") << "kept";
  amend::Status s = amend::WriteFileAtomic((dir.path / "out").string(), "lost");
  BOOST_TEST(!s.ok());
  BOOST_TEST(*amend::ReadFile((dir.path / "out" / "inside.txt").string()) == "kept");
  int files = 0;
  for (const auto& e : fs::directory_iterator(dir.path)) (void)e, ++files;
  BOOST_TEST(files == 1);  // only the directory: the temporary file is gone
}
