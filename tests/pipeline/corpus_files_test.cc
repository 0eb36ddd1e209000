#define BOOST_TEST_MODULE corpus_files
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "pipeline/corpus_files.h"

namespace fs = std::filesystem;
using amend::CorpusFile;
using amend::CorpusKind;
using amend::ListCorpus;

namespace {

struct TempTree {
  fs::path root = fs::temp_directory_path() / ("amend-corpus-" + std::to_string(::getpid()));
  TempTree() { fs::create_directories(root); }
  ~TempTree() { fs::remove_all(root); }
  void Touch(const std::string& rel) {
    fs::create_directories((root / rel).parent_path());
    std::ofstream(root / rel) << "x";
  }
};

std::vector<std::string> Relatives(const std::vector<CorpusFile>& files) {
  std::vector<std::string> out;
  for (const CorpusFile& f : files) out.push_back(f.relative);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(walks_recursively_sorted_and_skips_what_is_not_a_corpus_file) {
  TempTree t;
  for (const char* f : {"b.txt", "a/Scan.PDF", "a/z.tiff", "a/notes.md", ".hidden.txt",
                        ".git/x.txt", "c/d/e.jpeg", "record.json"}) {
    t.Touch(f);
  }
  auto files = ListCorpus(t.root.string(), {});
  BOOST_REQUIRE(files.ok());
  std::vector<std::string> want = {"a/Scan.PDF", "a/z.tiff", "b.txt", "c/d/e.jpeg"};
  BOOST_TEST(Relatives(*files) == want, boost::test_tools::per_element());
  BOOST_TEST(((*files)[0].kind == CorpusKind::kScan));
  BOOST_TEST(((*files)[2].kind == CorpusKind::kText));
  BOOST_TEST((*files)[2].path == (t.root / "b.txt").string());
}

BOOST_AUTO_TEST_CASE(kinds_can_be_filtered_and_a_directory_excluded) {
  TempTree t;
  for (const char* f : {"in.txt", "in.png", "out/in.txt", "out/sub/x.txt"}) t.Touch(f);
  amend::CorpusOptions texts_only;
  texts_only.scans = false;
  texts_only.exclude = (t.root / "out").string();
  auto files = ListCorpus(t.root.string(), texts_only);
  BOOST_REQUIRE(files.ok());
  BOOST_TEST(Relatives(*files) == std::vector<std::string>{"in.txt"},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_missing_directory_is_bad_input_naming_it) {
  auto files = ListCorpus("/nonexistent/corpus", {});
  BOOST_REQUIRE(!files.ok());
  BOOST_TEST(files.status().exit_code() == 2);
  BOOST_TEST(files.status().message() == "/nonexistent/corpus: not a directory");
}
