// WordSet: the word lists' set (normalize/word_set.h), filled by insert and from files.
#include <filesystem>
#include <fstream>
#include <unistd.h>
#include <string>

#include <boost/test/unit_test.hpp>

#include "normalize/word_set.h"

namespace amend {
namespace {

namespace fs = std::filesystem;

BOOST_AUTO_TEST_CASE(word_set_insert_and_lookup) {
  WordSet s{"long", "standing"};
  BOOST_TEST(s.size() == 2u);
  BOOST_TEST(s.contains("long"));
  BOOST_TEST(!s.contains("lon"));       // a prefix is not a word
  BOOST_TEST(!s.contains("longer"));
  BOOST_TEST(!s.contains(""));
  BOOST_TEST(s.insert("nagorno-karabakh"));
  BOOST_TEST(!s.insert("long"));        // already there
  BOOST_TEST(s.size() == 3u);
  std::string text = "the long road";
  BOOST_TEST(s.contains(std::string_view(text).substr(4, 4)));  // a view into other text
  BOOST_TEST(!WordSet().contains("long"));
  BOOST_TEST(WordSet().empty());
}

BOOST_AUTO_TEST_CASE(word_set_keeps_every_word_while_growing) {
  WordSet s;
  for (int i = 0; i < 20000; ++i) s.insert("w" + std::to_string(i));
  BOOST_TEST(s.size() == 20000u);
  int found = 0, strays = 0;
  for (int i = 0; i < 20000; ++i) found += s.contains("w" + std::to_string(i));
  for (int i = 20000; i < 40000; ++i) strays += s.contains("w" + std::to_string(i));
  BOOST_TEST(found == 20000);
  BOOST_TEST(strays == 0);
}

BOOST_AUTO_TEST_CASE(word_set_reads_a_word_list) {
  fs::path path = fs::temp_directory_path() / ("word_set_test_" + std::to_string(::getpid()));
  {
    std::ofstream out(path, std::ios::binary);
    out << "# a comment line\nApple\r\nbanana\n\nApple\nCherry-Tree\nlast";  // no final newline
  }
  WordSet s{"kiwi"};
  BOOST_TEST(s.AddFile(path.string()));
  fs::remove(path);
  BOOST_TEST(s.size() == 5u);            // kiwi, apple, banana, cherry-tree, last
  BOOST_TEST(s.contains("apple"));       // lower-cased, '\r' dropped, counted once
  BOOST_TEST(!s.contains("Apple"));
  BOOST_TEST(s.contains("cherry-tree"));
  BOOST_TEST(s.contains("last"));
  BOOST_TEST(s.contains("kiwi"));
  BOOST_TEST(!s.contains("# a comment line"));
  BOOST_TEST(!s.contains("apple\r"));

  BOOST_TEST(!s.AddFile((fs::temp_directory_path() / "no-such-word-list").string()));
  BOOST_TEST(s.size() == 5u);
}

BOOST_AUTO_TEST_CASE(word_set_knows_the_words_listed_only_capitalized) {
  fs::path path = fs::temp_directory_path() / ("word_set_caps_" + std::to_string(::getpid()));
  {
    std::ofstream out(path, std::ios::binary);
    out << "Israeli\nBill\nJaime\r\nbill\nice\nIce\nJaime\nlong\n";
  }
  WordSet s;
  BOOST_TEST(s.AddFile(path.string()));
  fs::remove(path);
  BOOST_TEST(s.OnlyCapitalized("israeli"));
  BOOST_TEST(s.OnlyCapitalized("jaime"));   // listed twice, both capitalized
  BOOST_TEST(!s.OnlyCapitalized("bill"));   // also listed lower-case, after
  BOOST_TEST(!s.OnlyCapitalized("ice"));    // also listed lower-case, before
  BOOST_TEST(!s.OnlyCapitalized("long"));
  BOOST_TEST(!s.OnlyCapitalized("indonesian"));  // not listed
  BOOST_TEST(s.contains("israeli"));
  BOOST_TEST(s.insert("iran", true));
  BOOST_TEST(s.OnlyCapitalized("iran"));
  BOOST_TEST(!s.insert("iran"));
  BOOST_TEST(!s.OnlyCapitalized("iran"));   // now added lower-case too
  BOOST_TEST(s.contains("iran"));
  for (int i = 0; i < 1000; ++i) s.insert("w" + std::to_string(i));  // the table grows
  BOOST_TEST(s.OnlyCapitalized("israeli"));
  BOOST_TEST(s.contains("w999"));
}

}  // namespace
}  // namespace amend
