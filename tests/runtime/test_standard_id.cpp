// Standard numbers: grammar, accessors, canonical form, ordering, hashing, malformed input.
#include <twinspec/standards/identifier.hpp>

#include <string>
#include <string_view>
#include <unordered_set>

#include "twinspec_catch.hpp"

namespace st = twinspec::standards;
using E = st::id_errc;

namespace {
struct valid_case {
    std::string_view text;
    st::category cat;
    std::string_view code, issuer, sequence;
    std::size_t parts;
    int year;
    std::string_view canonical;
};

// clang-format off
constexpr valid_case valid_cases[] = {
    {"GB 1-2020",                      st::category::national, "GB",      "GB",    "1",     0, 2020, "GB 1-2020"},
    {"GB/T 1.1—2020",                  st::category::national, "GB/T",    "GB",    "1",     1, 2020, "GB/T 1.1-2020"},
    {"GB/Z 32235-2015",                st::category::national, "GB/Z",    "GB",    "32235", 0, 2015, "GB/Z 32235-2015"},
    {"GB/T 42021-2022",                st::category::national, "GB/T",    "GB",    "42021", 0, 2022, "GB/T 42021-2022"},
    {"GB/T39471-2020",                 st::category::national, "GB/T",    "GB",    "39471", 0, 2020, "GB/T 39471-2020"},
    {"GB/Z32235-2015",                 st::category::national, "GB/Z",    "GB",    "32235", 0, 2015, "GB/Z 32235-2015"},
    {"GB/T 33776.602-2017",            st::category::national, "GB/T",    "GB",    "33776", 1, 2017, "GB/T 33776.602-2017"},
    {"GB/T 33776.602.1.22-2017",       st::category::national, "GB/T",    "GB",    "33776", 3, 2017, "GB/T 33776.602.1.22-2017"},
    {"YD/T 1234-2019",                 st::category::industry, "YD/T",    "YD",    "1234",  0, 2019, "YD/T 1234-2019"},
    {"YD 5000-2019",                   st::category::industry, "YD",      "YD",    "5000",  0, 2019, "YD 5000-2019"},
    {"SJ/T 11363-2006",                st::category::industry, "SJ/T",    "SJ",    "11363", 0, 2006, "SJ/T 11363-2006"},
    {"JJF/Z 1001-2011",                st::category::industry, "JJF/Z",   "JJF",   "1001",  0, 2011, "JJF/Z 1001-2011"},
    {"ABCD 1-2000",                    st::category::industry, "ABCD",    "ABCD",  "1",     0, 2000, "ABCD 1-2000"},
    {"T/CCSA 672-2025",                st::category::group,    "T/CCSA",  "CCSA",  "672",   0, 2025, "T/CCSA 672-2025"},
    {"T/CCSA 691.5-2025",              st::category::group,    "T/CCSA",  "CCSA",  "691",   1, 2025, "T/CCSA 691.5-2025"},
    {"T/CHEAA 0047—2025",              st::category::group,    "T/CHEAA", "CHEAA", "0047",  0, 2025, "T/CHEAA 0047-2025"},
    {"T/CCSA672-2025",                 st::category::group,    "T/CCSA",  "CCSA",  "672",   0, 2025, "T/CCSA 672-2025"},
    {"T/CCSA\xE3\x80\x80" "672-2025",  st::category::group,    "T/CCSA",  "CCSA",  "672",   0, 2025, "T/CCSA 672-2025"},
    {"T/CCSA 672–2025",                st::category::group,    "T/CCSA",  "CCSA",  "672",   0, 2025, "T/CCSA 672-2025"},
    {"T/CCSA 672－2025",               st::category::group,    "T/CCSA",  "CCSA",  "672",   0, 2025, "T/CCSA 672-2025"},
    {"T/A1B2 7-1999",                  st::category::group,    "T/A1B2",  "A1B2",  "7",     0, 1999, "T/A1B2 7-1999"},
    {"T/CCSA 693-2025 (T/CHEAA 0047—2025)", st::category::group, "T/CCSA", "CCSA", "693",  0, 2025, "T/CCSA 693-2025 (T/CHEAA 0047-2025)"},
    {"GB/T 1.1—2020 (YD/T 1.1-2020)",  st::category::national, "GB/T",    "GB",    "1",     1, 2020, "GB/T 1.1-2020 (YD/T 1.1-2020)"},
};

struct invalid_case {
    std::string_view text;
    E code;
    std::size_t position;
};

constexpr invalid_case invalid_cases[] = {
    {"",                               E::empty,                 0},
    {"GB/T 12345",                     E::missing_year,          10},  // missing year
    {"GB/T 12345-",                    E::missing_year,          11},
    {"GB/T 12a45-2020",                E::letter_in_sequence,    7},   // letters in the sequence
    {"GB/T ABC-2020",                  E::letter_in_sequence,    5},
    {"GB/T 1--2020",                   E::two_dashes,            7},   // two dashes
    {"GB/T 1-—2020",                   E::two_dashes,            7},
    {"GB/T 1-2020abc",                 E::trailing_text,         11},  // trailing junk
    {"GB/T 1-2020 ",                   E::trailing_text,         11},
    {"GB/T 1..2-2020",                 E::empty_part,            7},   // empty part
    {"GB/T 1.-2020",                   E::empty_part,            7},
    {"GB/T 1.a-2020",                  E::letter_in_part,        7},
    {"T/ 672-2025",                    E::missing_organisation,  2},   // T/ without organisation
    {"T/672-2025",                     E::missing_organisation,  2},
    {"gb/t 1-2020",                    E::lower_case,            0},   // lower case
    {"GB/t 1-2020",                    E::lower_case,            3},
    {"T/ccsa 672-2025",                E::lower_case,            2},
    {"Gb 1-2020",                      E::lower_case,            1},
    {"GB/T 1-20201",                   E::long_year,             11},  // five-digit year
    {"GB/T 1-202",                     E::short_year,            7},
    {"GB/X 1-2020",                    E::bad_code_suffix,       3},
    {"GB/TT 1-2020",                   E::bad_code_suffix,       4},
    {"ABCDE 1-2020",                   E::industry_code_length,  0},
    {"X 1-2020",                       E::industry_code_length,  0},
    {"1-2020",                         E::expected_code,         0},
    {" GB 1-2020",                     E::expected_code,         0},
    {"GB  1-2020",                     E::bad_separator,         3},
    {"GB/T -2020",                     E::expected_sequence,     5},
    {"GB/T 123456789-2020",            E::sequence_too_long,     13},
    {"GB/T 1.1.1.1.1.1-2020",          E::too_many_parts,        15},
    {"T/CCSA 693-2025 (T/CHEAA 0047—2025",      E::joint_unclosed, 36},
    {"T/CCSA 693-2025 (T/CHEAA 0047—2025) x",   E::trailing_text,  37},
    {"T/CCSA 693-2025 (T/CHEAA 47-2025 (GB 1-2020))", E::nested_joint, 32},
    {"T/CCSA 693-2025 ()",             E::expected_code,         17},
    {"T/CCSA 693-2025(T/CHEAA 0047-2025)", E::trailing_text,     15},
};
// clang-format on
}  // namespace

TEST_CASE("standards: valid identifiers parse with every accessor") {
    for (const auto& c : valid_cases) {
        INFO(std::string(c.text));
        const auto r = st::parse_standard_id(c.text);
        REQUIRE(r.ok());
        CHECK(r.id.text() == c.text);
        CHECK(r.id.category() == c.cat);
        CHECK(r.id.code() == c.code);
        CHECK(r.id.issuer() == c.issuer);
        CHECK(r.id.sequence() == c.sequence);
        CHECK(r.id.parts().size() == c.parts);
        CHECK(r.id.year() == c.year);
        CHECK(r.id.canonical().view() == c.canonical);
        // the canonical form parses back to an equal identifier
        const auto again = st::parse_standard_id(r.id.canonical().view());
        REQUIRE(again.ok());
        CHECK(identical(again.id, r.id));
    }
}

TEST_CASE("standards: malformed identifiers give the fault and its byte position") {
    for (const auto& c : invalid_cases) {
        INFO(std::string(c.text));
        const auto r = st::parse_standard_id(c.text);
        CHECK_FALSE(r.ok());
        CHECK(r.error.code == c.code);
        CHECK(r.position() == c.position);
        CHECK_FALSE(r.message().empty());
        CHECK(r.id.empty());
    }
    STATIC_REQUIRE(std::size(valid_cases) + std::size(invalid_cases) >= 40);
}

TEST_CASE("standards: hostile bytes (NUL, invalid UTF-8, very long input)") {
    const std::string nul("GB/T 1\0-2020", 12);
    CHECK(st::parse_standard_id(nul).error == st::id_error{E::nul_byte, 6});
    CHECK(st::parse_standard_id("GB/T\xC0\xAF" "1-2020").error == st::id_error{E::invalid_utf8, 4});
    CHECK(st::parse_standard_id("GB/T 1\xE2\x80-2020").error.code == E::invalid_utf8);   // truncated dash
    CHECK(st::parse_standard_id("GB/T 1\xE2\x80\x95" "2020").error.code == E::missing_year);  // U+2015 is no dash
    CHECK(st::parse_standard_id("T/CCSA\xE3\x80\x80\xE3\x80\x80" "1-2020").error.code == E::bad_separator);
    CHECK(st::parse_standard_id("\xFF").error == st::id_error{E::invalid_utf8, 0});
    const std::string longest = "GB/T 1-2020" + std::string(85, ' ');
    CHECK(st::parse_standard_id(longest).error.code == E::trailing_text);
    CHECK(st::parse_standard_id(std::string(100000, '1')).error == st::id_error{E::too_long, 96});
    CHECK(st::parse_standard_id(std::string(97, 'G')).error.code == E::too_long);
    // every prefix of a valid joint identifier fails cleanly or parses
    const std::string_view full = "T/CCSA 693-2025 (T/CHEAA 0047—2025)";
    for (std::size_t n = 0; n <= full.size(); ++n) {
        const auto r = st::parse_standard_id(full.substr(0, n));
        CHECK((r.ok() || r.position() <= n));
    }
}

TEST_CASE("standards: compile-time identifiers, equality, ordering, editions, hashing") {
    constexpr st::standard_id twin{"T/CCSA 693-2025 (T/CHEAA 0047—2025)"};
    STATIC_REQUIRE(twin.has_joint());
    STATIC_REQUIRE(twin.joint()->code() == "T/CHEAA");
    STATIC_REQUIRE(twin.joint()->sequence() == "0047");
    STATIC_REQUIRE(twin.joint()->year() == 2025);
    STATIC_REQUIRE(twin.force() == st::force::voluntary);
    STATIC_REQUIRE(st::standard_id{"GB 1-2020"}.force() == st::force::mandatory);
    STATIC_REQUIRE(st::standard_id{"GB/T 1-2020"}.force() == st::force::recommended);
    STATIC_REQUIRE(st::standard_id{"YD/Z 1-2020"}.force() == st::force::guidance);
    // spelling of separator and dash does not matter; leading zeros do
    STATIC_REQUIRE(st::standard_id{"T/CHEAA 0047—2025"} == st::standard_id{"T/CHEAA0047-2025"});
    STATIC_REQUIRE(st::standard_id{"T/CHEAA 0047-2025"} != st::standard_id{"T/CHEAA 47-2025"});
    STATIC_REQUIRE(twin == st::standard_id{"T/CCSA 693-2025"});
    STATIC_REQUIRE(!identical(twin, st::standard_id{"T/CCSA 693-2025"}));
    // ordering: code, sequence (numeric), parts (numeric), year
    STATIC_REQUIRE(st::standard_id{"T/CCSA 691.2-2025"} < st::standard_id{"T/CCSA 691.10-2025"});
    STATIC_REQUIRE(st::standard_id{"T/CCSA 99-2025"} < st::standard_id{"T/CCSA 383.6-2025"});
    STATIC_REQUIRE(st::standard_id{"T/CCSA 691-2025"} < st::standard_id{"T/CCSA 691.1-2025"});
    STATIC_REQUIRE(st::standard_id{"GB/T 1-2019"} < st::standard_id{"GB/T 1-2020"});
    STATIC_REQUIRE(st::standard_id{"GB 9-2020"} < st::standard_id{"GB/T 1-2000"});
    // editions
    STATIC_REQUIRE(other_edition(st::standard_id{"GB/T 1.1-2009"}, st::standard_id{"GB/T 1.1—2020"}));
    STATIC_REQUIRE(!other_edition(st::standard_id{"GB/T 1.1-2020"}, st::standard_id{"GB/T 1.1—2020"}));
    STATIC_REQUIRE(!same_standard(st::standard_id{"GB/T 1.1-2020"}, st::standard_id{"GB/T 1.2-2020"}));
    // hashing agrees with equality
    std::unordered_set<st::standard_id> set{st::standard_id{"GB/T 1.1—2020"}, st::standard_id{"GB/T 1.1-2020"},
                                            st::standard_id{"T/CCSA 672-2025"}};
    CHECK(set.size() == 2);
    CHECK(set.count(st::parse_standard_id("GB/T\xE3\x80\x80" "1.1－2020").id) == 1);
}
