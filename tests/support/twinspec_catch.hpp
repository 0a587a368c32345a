#pragma once
// Catch2 shim: every runtime test includes this header, never Catch2 directly, so the tests
// build with Debian's Catch2 2.13 and with Catch2 3.x alike.
//
// The portable subset:
//   TEST_CASE, SECTION, REQUIRE, CHECK, REQUIRE_FALSE, CHECK_FALSE, REQUIRE_THROWS_AS,
//   REQUIRE_NOTHROW, STATIC_REQUIRE, INFO, CAPTURE, REQUIRE_THAT / CHECK_THAT, TEMPLATE_TEST_CASE
//   (v3 needs catch_template_test_macros.hpp — included below),
//   twinspec_test::approx(x)           instead of Approx(x) / Catch::Approx(x)
//   twinspec_test::contains("text")    instead of Catch::Contains / Catch::Matchers::ContainsSubstring
//   twinspec_test::starts_with("text"), twinspec_test::ends_with("text")
//   twinspec_test::matches("regex")    (ECMAScript, whole string)

#if __has_include(<catch2/catch_test_macros.hpp>)
    // Catch2 3.x
    #include <catch2/catch_approx.hpp>
    #include <catch2/catch_template_test_macros.hpp>
    #include <catch2/catch_test_macros.hpp>
    #include <catch2/matchers/catch_matchers_string.hpp>
    #define TWINSPEC_CATCH_VERSION 3
namespace twinspec_test {
    using Approx = Catch::Approx;
    inline auto contains(std::string const& s) { return Catch::Matchers::ContainsSubstring(s); }
    inline auto starts_with(std::string const& s) { return Catch::Matchers::StartsWith(s); }
    inline auto ends_with(std::string const& s) { return Catch::Matchers::EndsWith(s); }
    inline auto matches(std::string const& re) { return Catch::Matchers::Matches(re); }
} // namespace twinspec_test
#elif __has_include(<catch2/catch.hpp>)
    // Catch2 2.x
    #include <catch2/catch.hpp>
    #define TWINSPEC_CATCH_VERSION 2
namespace twinspec_test {
    using Approx = Catch::Detail::Approx;
    inline auto contains(std::string const& s) { return Catch::Matchers::Contains(s); }
    inline auto starts_with(std::string const& s) { return Catch::Matchers::StartsWith(s); }
    inline auto ends_with(std::string const& s) { return Catch::Matchers::EndsWith(s); }
    inline auto matches(std::string const& re) { return Catch::Matchers::Matches(re); }
} // namespace twinspec_test
#else
    #error "twinspec tests need Catch2 (2.x <catch2/catch.hpp> or 3.x <catch2/catch_test_macros.hpp>)"
#endif

namespace twinspec_test {
    /// Floating-point comparison that reads the same on Catch2 2 and 3: `CHECK(x == approx(1.5))`.
    inline Approx approx(double value) { return Approx(value); }
} // namespace twinspec_test
