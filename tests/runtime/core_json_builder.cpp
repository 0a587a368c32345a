// core/detail/json_builder.hpp: the streaming JSON builder the descriptions (platform json(),
// the conformance report) are written with — commas, nesting, escaping, numbers, NaN and
// infinities, misuse. Every text it writes is also parsed back with Boost.JSON.
#include "twinspec_catch.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include <twinspec/core/detail/json_builder.hpp>

namespace core_json_builder_test {
using twinspec::detail::json_builder;

boost::json::value parse(const std::string& s) {
    boost::json::error_code ec;
    boost::json::value v = boost::json::parse(s, ec);
    INFO(s);
    REQUIRE_FALSE(ec);
    return v;
}

template <class B>
concept takes_char = requires(B& b) { b.value('c'); };
}  // namespace core_json_builder_test
using namespace core_json_builder_test;

TEST_CASE("json builder: nesting and commas") {
    std::string s;
    json_builder b(s);
    b.begin_object()
        .key("a").begin_array().value(1).value(2).begin_object().key("b").begin_array().end_array().end_object()
        .begin_array().end_array().end_array()
        .key("c").begin_object().end_object()
        .member("d", nullptr)
        .member("e", true)
        .member("f", false)
        .key("g").null()
        .end_object();
    CHECK(s == R"({"a":[1,2,{"b":[]},[]],"c":{},"d":null,"e":true,"f":false,"g":null})");
    CHECK(b.complete());
    CHECK_FALSE(b.misused());
    CHECK(b.depth() == 0);
    const auto v = parse(s);
    CHECK(v.at("a").as_array().size() == 4);
    CHECK(v.at("a").at(2).at("b").as_array().empty());
    CHECK(v.at("e").as_bool());

    // top-level scalars and arrays, appended after what the string holds
    std::string t = "x=";
    json_builder a(t);
    a.begin_array().value("one").begin_array().value(2).end_array().value(3.5).end_array();
    CHECK(t == R"(x=["one",[2],3.5])");
    CHECK(a.complete());
    std::string u;
    json_builder scalar(u);
    CHECK_FALSE(scalar.complete());  // nothing written yet
    scalar.value("alone");
    CHECK(u == R"("alone")");
    CHECK(scalar.complete());
}

TEST_CASE("json builder: a string literal is a string, a char is neither text nor number") {
    std::string s;
    json_builder b(s);
    b.begin_object().member("lit", "met").member("view", std::string_view("v")).member("str", std::string("s")).end_object();
    CHECK(s == R"({"lit":"met","view":"v","str":"s"})");
    STATIC_REQUIRE_FALSE(takes_char<json_builder>);
}

TEST_CASE("json builder: strings and keys are escaped - control characters, quotes, non-ASCII") {
    std::string all_controls;
    for (int c = 0; c != 0x20; ++c) all_controls += static_cast<char>(c);
    all_controls += "\"\\/\x7f";
    std::string s;
    json_builder b(s);
    b.begin_object().member("ctl", std::string_view(all_controls)).member("k\"\n\x01y", "é 中 😀").end_object();
    CHECK(s == "{\"ctl\":\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e\\u000f"
               "\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f"
               "\\\"\\\\/\x7f\",\"k\\\"\\n\\u0001y\":\"é 中 😀\"}");
    CHECK(b.complete());
    CHECK(b.invalid_utf8() == 0);
    // parsed back, every string is the text that went in
    const auto v = parse(s);
    CHECK(std::string_view(v.at("ctl").as_string()) == all_controls);
    CHECK(std::string_view(v.at("k\"\n\x01y").as_string()) == "é 中 😀");

    // bytes that are not UTF-8: U+FFFD each, still JSON, and counted (keys too)
    std::string bad;
    json_builder c(bad);
    c.begin_object().member("a\xff", "x\xc3(y").member("ok", "fine").end_object();
    CHECK(bad == "{\"a\xEF\xBF\xBD\":\"x\xEF\xBF\xBD(y\",\"ok\":\"fine\"}");
    CHECK(c.invalid_utf8() == 2);
    CHECK(c.complete());
    CHECK(std::string_view(parse(bad).at("a\xEF\xBF\xBD").as_string()) == "x\xEF\xBF\xBD(y");
}

TEST_CASE("json builder: numbers are exact - negative, large, small, every integer width") {
    std::string s;
    json_builder b(s);
    b.begin_array()
        .value(std::numeric_limits<std::int64_t>::min())
        .value(std::numeric_limits<std::uint64_t>::max())
        .value(std::int8_t{-128})
        .value(static_cast<unsigned char>(255))
        .value(-0.0)
        .value(0.1)
        .value(0.1f)
        .value(-1.5e300)
        .value(5e-324)
        .value(1.7976931348623157e308)
        .value(9007199254740993.0)
        .end_array();
    CHECK(s == "[-9223372036854775808,18446744073709551615,-128,255,-0,0.1,0.1,-1.5e+300,5e-324,1.7976931348623157e+308,"
               "9007199254740992]");
    CHECK(b.complete());
    CHECK(b.non_finite() == 0);
    const auto v = parse(s);
    CHECK(v.at(0).as_int64() == std::numeric_limits<std::int64_t>::min());
    CHECK(v.at(1).as_uint64() == std::numeric_limits<std::uint64_t>::max());
    CHECK(v.at(7).as_double() == -1.5e300);
    CHECK(v.at(8).as_double() == 5e-324);
}

TEST_CASE("json builder: NaN and infinities are written as null and counted, never as invalid JSON") {
    std::string s;
    json_builder b(s);
    b.begin_object()
        .member("nan", std::numeric_limits<double>::quiet_NaN())
        .member("inf", std::numeric_limits<double>::infinity())
        .member("minus_inf", -std::numeric_limits<float>::infinity())
        .member("ok", 1.25)
        .end_object();
    CHECK(s == R"({"nan":null,"inf":null,"minus_inf":null,"ok":1.25})");
    CHECK(b.non_finite() == 3);
    CHECK(b.complete());  // the text is JSON; the count says what was replaced
    const auto v = parse(s);
    CHECK(v.at("nan").is_null());
    CHECK(v.at("ok").as_double() == 1.25);
}

TEST_CASE("json builder: calls out of order are recorded, not hidden") {
    const auto misused = [](auto&& steps) {
        std::string s;
        json_builder b(s);
        steps(b);
        CHECK_FALSE(b.complete());
        return b.misused();
    };
    CHECK(misused([](json_builder& b) { b.key("k"); }));                                   // a key outside an object
    CHECK(misused([](json_builder& b) { b.begin_object().value(1).end_object(); }));        // a value without its key
    CHECK(misused([](json_builder& b) { b.begin_array().key("k").value(1).end_array(); })); // a key in an array
    CHECK(misused([](json_builder& b) { b.begin_object().end_array(); }));                  // the wrong close
    CHECK(misused([](json_builder& b) { b.end_object(); }));                                // a close with nothing open
    CHECK(misused([](json_builder& b) { b.value(1).value(2); }));                           // two top-level values
    CHECK(misused([](json_builder& b) { b.begin_object().key("a").key("b").value(1).end_object(); }));
    CHECK(misused([](json_builder& b) { b.begin_object().key("a").end_object(); }));        // a key without its value
    // not misuse, only unfinished: complete() is false, misused() is not
    CHECK_FALSE(misused([](json_builder& b) { b.begin_object().key("a").begin_array(); }));
}
