// DTMI checks, semantic references and UTF-8 counting.
#include <twinspec/core/annotations/identifier.hpp>
#include <twinspec/core/annotations/semantic.hpp>
#include <twinspec/core/utf8.hpp>

#include <string>

#include "twinspec_catch.hpp"

namespace ts = twinspec;

TEST_CASE("identifiers: DTMI grammar") {
    using E = ts::dtmi_error;
    STATIC_REQUIRE(ts::check_dtmi("dtmi:example:mndt:Cell;1") == E::ok);
    CHECK(ts::check_dtmi("dtmi:com:example:Thermostat;12") == E::ok);
    CHECK(ts::check_dtmi("dtmi:a_b:C9;1.2") == E::ok);
    CHECK(ts::check_dtmi("dtmi:x;999999999") == E::ok);
    CHECK(ts::check_dtmi("dtmi:x;1000000000") == E::bad_version);
    CHECK(ts::check_dtmi("dtmi:x;01") == E::bad_version);
    CHECK(ts::check_dtmi("dtmi:x;") == E::bad_version);
    CHECK(ts::check_dtmi("dtmi:x;1.") == E::bad_version);
    CHECK(ts::check_dtmi("dtmi:x;1.0") == E::bad_version);
    CHECK(ts::check_dtmi("dtmi:x:y") == E::missing_version);
    CHECK(ts::check_dtmi("DTMI:x;1") == E::missing_scheme);
    CHECK(ts::check_dtmi("") == E::missing_scheme);
    CHECK(ts::check_dtmi("dtmi:;1") == E::empty_segment);
    CHECK(ts::check_dtmi("dtmi:a::b;1") == E::empty_segment);
    CHECK(ts::check_dtmi("dtmi:a:;1") == E::empty_segment);
    CHECK(ts::check_dtmi("dtmi:5g:cell;1") == E::bad_segment_start);
    CHECK(ts::check_dtmi("dtmi:_x;1") == E::bad_segment_start);
    CHECK(ts::check_dtmi("dtmi:x_;1") == E::segment_ends_with_underscore);
    CHECK(ts::check_dtmi("dtmi:x-y;1") == E::bad_character);
    CHECK(ts::check_dtmi("dtmi:小区;1") == E::bad_character);
    CHECK(ts::check_dtmi("dtmi:" + std::string(2044, 'a') + ";1") == E::too_long);
}

TEST_CASE("identifiers: semantic references are IRIs or IRDIs") {
    CHECK(ts::is_semantic_reference("urn:3gpp:ts:28.541:NRCellDU:nRPCI"));
    CHECK(ts::is_semantic_reference("https://admin-shell.io/idta/x/1/0"));
    CHECK(ts::is_semantic_reference("0173-1#02-AAO677#002"));
    CHECK_FALSE(ts::is_semantic_reference(""));
    CHECK_FALSE(ts::is_semantic_reference("not an iri"));
    CHECK_FALSE(ts::is_semantic_reference("nocolon"));
    CHECK_FALSE(ts::is_semantic_reference("x:"));
    CHECK_FALSE(ts::is_semantic_reference("017-1#02"));
    CHECK_FALSE(ts::is_semantic_reference("0173-1#02#"));
}

TEST_CASE("identifiers: UTF-8 code points and malformed sequences") {
    STATIC_REQUIRE(ts::utf8::count_code_points("移动网络").count == 4);
    CHECK(ts::utf8::count_code_points("").count == 0);
    CHECK(ts::utf8::count_code_points("a\xF0\x9F\x93\xB6z").count == 3);  // U+1F4F6
    CHECK_FALSE(ts::utf8::is_valid("\xC0\xAF"));                     // overlong
    CHECK_FALSE(ts::utf8::is_valid("\xED\xA0\x80"));                 // surrogate
    CHECK_FALSE(ts::utf8::is_valid("\xF4\x90\x80\x80"));             // above U+10FFFF
    CHECK_FALSE(ts::utf8::is_valid("\xE4\xB8"));                     // truncated
    CHECK(ts::utf8::count_code_points("ab\x80").error_offset == 2);
    CHECK(ts::utf8::count_code_points(std::string_view("a\0b", 3)).count == 3);  // NUL is a code point
}
