#define BOOST_TEST_MODULE ocr
#include <boost/test/unit_test.hpp>
