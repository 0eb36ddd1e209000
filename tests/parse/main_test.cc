#define BOOST_TEST_MODULE parse
#include <boost/test/unit_test.hpp>
