#define BOOST_TEST_MODULE repair
#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include "pipeline/manifest.h"

namespace fs = std::filesystem;
using amend::ManifestEntry;
using amend::ManifestWriter;
using amend::ReadManifest;

namespace {

struct TempFile {
  fs::path path = fs::temp_directory_path() / ("amend-manifest-" + std::to_string(::getpid()));
  ~TempFile() { fs::remove(path); }
  std::string Read() const {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
};

ManifestEntry Entry(const std::string& input, const std::string& sha, const std::string& status) {
  return {input, sha, "cfg", "1.0", status, status == "ok" ? 2 : 0,
          status == "ok" ? "" : input + ": no sheet found"};
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_line_round_trips) {
  ManifestEntry e = Entry("sub/a \"quoted\".txt", "ab12", "failed"), back;
  std::string line = amend::ManifestLine(e);
  BOOST_TEST(line.back() == '\n');
  BOOST_TEST(line.find('\n') == line.size() - 1);
  BOOST_REQUIRE(amend::ParseManifestLine(std::string_view(line).substr(0, line.size() - 1), &back));
  BOOST_TEST(back.input == e.input);
  BOOST_TEST(back.error == e.error);
  BOOST_TEST(back.status == "failed");
  BOOST_TEST(!amend::ParseManifestLine(line.substr(0, line.size() / 2), &back));
  BOOST_TEST(!amend::ParseManifestLine("{\"input\":\"a\"}", &back));
}

BOOST_AUTO_TEST_CASE(the_index_keeps_the_last_ok_line_of_the_same_config_and_version) {
  TempFile t;
  {
    auto w = ManifestWriter::Open(t.path.string());
    BOOST_REQUIRE(w.ok());
    BOOST_REQUIRE(w->Append(Entry("a.txt", "1", "ok")).ok());
    BOOST_REQUIRE(w->Append(Entry("b.txt", "2", "ok")).ok());
    BOOST_REQUIRE(w->Append(Entry("b.txt", "3", "failed")).ok());  // failed later: retry
    BOOST_REQUIRE(w->Append(Entry("c.txt", "4", "failed")).ok());
    BOOST_REQUIRE(w->Append(Entry("c.txt", "5", "ok")).ok());      // retried, now ok
    ManifestEntry other = Entry("d.txt", "6", "ok");
    other.config = "other-rules";
    BOOST_REQUIRE(w->Append(other).ok());
  }
  auto index = ReadManifest(t.path.string(), "cfg", "1.0");
  BOOST_REQUIRE(index.ok());
  BOOST_TEST(index->size() == 2u);
  BOOST_REQUIRE(index->Find("a.txt"));
  BOOST_TEST(index->Find("a.txt")->sha256 == "1");
  BOOST_TEST(index->Find("a.txt")->diagnostics == 2);
  BOOST_TEST(!index->Find("b.txt"));
  BOOST_TEST(index->Find("c.txt")->sha256 == "5");
  BOOST_TEST(!index->Find("d.txt"));
  auto newer = ReadManifest(t.path.string(), "cfg", "1.1");
  BOOST_REQUIRE(newer.ok());
  BOOST_TEST(newer->size() == 0u);
}

BOOST_AUTO_TEST_CASE(a_line_cut_by_a_kill_is_ignored_and_cut_off_before_the_next_append) {
  TempFile t;
  const std::string first = amend::ManifestLine(Entry("a.txt", "1", "ok"));
  const std::string cut = amend::ManifestLine(Entry("b.txt", "2", "ok"));
  {
    std::ofstream out(t.path, std::ios::binary);
    out << first << cut.substr(0, cut.size() - 5);  // killed mid-write
  }
  auto index = ReadManifest(t.path.string(), "cfg", "1.0");
  BOOST_REQUIRE(index.ok());
  BOOST_TEST(index->size() == 1u);
  BOOST_TEST(!index->Find("b.txt"));
  {
    auto w = ManifestWriter::Open(t.path.string());
    BOOST_REQUIRE(w.ok());
    BOOST_REQUIRE(w->Append(Entry("c.txt", "3", "ok")).ok());
  }
  BOOST_TEST(t.Read() == first + amend::ManifestLine(Entry("c.txt", "3", "ok")));
  // Even a whole line without its "\n" is not trusted: the kill may have cut a digit.
  {
    std::ofstream out(t.path, std::ios::binary);
    out << first << cut.substr(0, cut.size() - 1);
  }
  index = ReadManifest(t.path.string(), "cfg", "1.0");
  BOOST_TEST(!index->Find("b.txt"));
}

BOOST_AUTO_TEST_CASE(a_missing_manifest_is_empty_and_an_unwritable_one_an_io_error) {
  auto index = ReadManifest("/nonexistent-dir/.amend-manifest.jsonl", "cfg", "1.0");
  BOOST_REQUIRE(index.ok());
  BOOST_TEST(index->size() == 0u);
  auto w = ManifestWriter::Open("/nonexistent-dir/.amend-manifest.jsonl");
  BOOST_REQUIRE(!w.ok());
  BOOST_TEST(w.status().exit_code() == 6);
  BOOST_TEST(w.status().message().find("/nonexistent-dir/.amend-manifest.jsonl") != std::string::npos);
}

// Workers append at once (their syncs grouped): every line arrives whole, none twice.
BOOST_AUTO_TEST_CASE(concurrent_appends_each_give_one_whole_line) {
  TempFile t;
  constexpr int kThreads = 4, kEach = 200;
  {
    auto w = ManifestWriter::Open(t.path.string());
    BOOST_REQUIRE(w.ok());
    std::vector<std::thread> threads;
    std::atomic<int> errors{0};
    for (int k = 0; k < kThreads; ++k) {
      threads.emplace_back([&, k] {
        for (int i = 0; i < kEach; ++i) {
          std::string name = std::to_string(k) + "-" + std::to_string(i) + ".txt";
          if (!w->Append(Entry(name, std::to_string(i), "ok")).ok()) ++errors;
        }
      });
    }
    for (std::thread& th : threads) th.join();
    BOOST_TEST(errors.load() == 0);
  }
  auto index = ReadManifest(t.path.string(), "cfg", "1.0");
  BOOST_REQUIRE(index.ok());
  BOOST_TEST(index->size() == static_cast<size_t>(kThreads * kEach));
  const std::string text = t.Read();
  BOOST_TEST(std::count(text.begin(), text.end(), '\n') == kThreads * kEach);
  for (int k = 0; k < kThreads; ++k) {
    const auto* e = index->Find(std::to_string(k) + "-" + std::to_string(kEach - 1) + ".txt");
    BOOST_REQUIRE(e != nullptr);
    BOOST_TEST(e->sha256 == std::to_string(kEach - 1));
  }
}
