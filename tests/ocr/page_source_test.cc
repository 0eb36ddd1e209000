// Rasterizer and image reader: page counts, resolution -> pixel size, refusals.
#include "ocr/page_source.h"

#include <cstdio>

#include <boost/test/unit_test.hpp>

#include "ocr/pdf_raster.h"
#include "tests/ocr/test_scans.h"

namespace amend {
namespace {

using testing::ScanBytes;

BOOST_AUTO_TEST_CASE(PdfPageCountAndSizeFollowDpi) {
  PageSourceOptions opt;
  opt.dpi = 150;
  StatusOr<std::unique_ptr<PageSource>> pdf = OpenPageSource("three.pdf", ScanBytes("three.pdf"), opt);
  BOOST_REQUIRE_MESSAGE(pdf.ok(), pdf.status().message());
  BOOST_TEST((*pdf)->page_count() == 3);
  BOOST_TEST((*pdf)->dpi() == 150);
  StatusOr<PixPtr> page = (*pdf)->RenderPage(2);
  BOOST_REQUIRE(page.ok());
  // US Letter (8.5 x 11 in) at 150 dpi, give or take a rounding pixel.
  BOOST_TEST(std::abs(pixGetWidth(page->get()) - 1275) <= 1);
  BOOST_TEST(std::abs(pixGetHeight(page->get()) - 1650) <= 1);
  BOOST_TEST(pixGetDepth(page->get()) == 8);
}

BOOST_AUTO_TEST_CASE(PdfDefaultDpiIsTheScansOwn) {
  // make_scan.py draws at 300 dpi; img2pdf embeds the image 1:1 on a Letter page.
  StatusOr<std::unique_ptr<PageSource>> pdf = OpenPageSource("page1.pdf", ScanBytes("page1.pdf"), {});
  BOOST_REQUIRE(pdf.ok());
  BOOST_TEST((*pdf)->dpi() == 300);
  StatusOr<PixPtr> page = (*pdf)->RenderPage(0);
  BOOST_REQUIRE(page.ok());
  BOOST_TEST(std::abs(pixGetWidth(page->get()) - 2550) <= 1);
}

BOOST_AUTO_TEST_CASE(EstimateScanDpiNeedsAFullPageImage) {
  std::string one_image = "<< /Type /XObject /Subtype /Image /Width 1700 /Height 2200 /BitsPerComponent 8 >>\nstream\n";
  BOOST_TEST(EstimateScanDpi(one_image, 612, 792) == 200);
  BOOST_TEST(EstimateScanDpi(one_image, 792, 612) == 200);          // landscape page, rotated image
  BOOST_TEST(EstimateScanDpi(one_image, 595, 842) == 0);            // A4: aspect differs
  BOOST_TEST(EstimateScanDpi("no images here", 612, 792) == 0);
  std::string indirect = "<< /Subtype /Image /Width 5 0 R /Height 2200 >>\nstream\n";
  BOOST_TEST(EstimateScanDpi(indirect, 612, 792) == 0);
}

BOOST_AUTO_TEST_CASE(MultiPageTiffHasAllPages) {
  PixPtr a = testing::ReadScan("page1.png");
  PixPtr b = testing::ReadScan("page2.png");
  BOOST_REQUIRE(a && b);
  std::string path = testing::ScanPath("two-pages-test.tif");
  BOOST_REQUIRE(pixWriteTiff(path.c_str(), a.get(), IFF_TIFF_G4, "w") == 0 ||
                pixWriteTiff(path.c_str(), a.get(), IFF_TIFF_ZIP, "w") == 0);
  BOOST_REQUIRE(pixWriteTiff(path.c_str(), b.get(), IFF_TIFF_ZIP, "a") == 0);
  auto bytes = std::make_shared<const std::string>(*ReadFile(path));
  std::remove(path.c_str());
  StatusOr<std::unique_ptr<PageSource>> tif = OpenPageSource("two.tif", bytes, {});
  BOOST_REQUIRE_MESSAGE(tif.ok(), tif.status().message());
  BOOST_TEST((*tif)->page_count() == 2);
  StatusOr<PixPtr> second = (*tif)->RenderPage(1);
  BOOST_REQUIRE(second.ok());
  BOOST_TEST(pixGetWidth(second->get()) == pixGetWidth(b.get()));
}

BOOST_AUTO_TEST_CASE(RefusesImagesOverThePixelLimitBeforeDecoding) {
  PageSourceOptions opt;
  opt.max_pixels = 1'000'000;  // a 2550x3300 page is 8.4 Mpixel
  StatusOr<std::unique_ptr<PageSource>> png = OpenPageSource("p.png", ScanBytes("page1.png"), opt);
  BOOST_REQUIRE(!png.ok());
  BOOST_TEST(png.status().exit_code() == static_cast<int>(StatusCode::kBadInput));
  BOOST_TEST(png.status().message().find("p.png: page 1 is 2550x3300 pixels") == 0);
  StatusOr<std::unique_ptr<PageSource>> pdf = OpenPageSource("p.pdf", ScanBytes("page1.pdf"), opt);
  BOOST_REQUIRE(pdf.ok());  // PDF sizes are known per page: refused when rendering
  StatusOr<PixPtr> page = (*pdf)->RenderPage(0);
  BOOST_REQUIRE(!page.ok());
  BOOST_TEST(page.status().message().find("--max-pixels") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(RefusesEmptyAndUnknownContent) {
  auto empty = std::make_shared<const std::string>();
  StatusOr<std::unique_ptr<PageSource>> e = OpenPageSource("e.pdf", empty, {});
  BOOST_REQUIRE(!e.ok());
  BOOST_TEST(e.status().message() == "e.pdf: empty file");
  auto text = std::make_shared<const std::string>("just some text\n");
  StatusOr<std::unique_ptr<PageSource>> t = OpenPageSource("t.png", text, {});
  BOOST_REQUIRE(!t.ok());
  BOOST_TEST(t.status().exit_code() == static_cast<int>(StatusCode::kBadInput));
  BOOST_TEST(t.status().message().find("t.png: not a PDF or image file") == 0);
}

BOOST_AUTO_TEST_CASE(TruncatedInputsAreErrorsNotCrashes) {
  std::shared_ptr<const std::string> pdf = ScanBytes("page1.pdf");
  auto half_pdf = std::make_shared<const std::string>(pdf->substr(0, pdf->size() / 2));
  StatusOr<std::unique_ptr<PageSource>> p = OpenPageSource("half.pdf", half_pdf, {});
  BOOST_REQUIRE(!p.ok());
  BOOST_TEST(p.status().message().find("truncated") != std::string::npos);
  std::shared_ptr<const std::string> png = ScanBytes("page1.png");
  auto half_png = std::make_shared<const std::string>(png->substr(0, png->size() / 2));
  StatusOr<std::unique_ptr<PageSource>> i = OpenPageSource("half.png", half_png, {});
  BOOST_REQUIRE(!i.ok());
  BOOST_TEST(i.status().message() == "half.png: truncated PNG image");
}

}  // namespace
}  // namespace amend
