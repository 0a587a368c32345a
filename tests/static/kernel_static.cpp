// Compile-time tests of the kernel: concepts, annotations, rules and reflection, including
// negative requires-expressions (what must NOT compile).
#include <twinspec/core.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

namespace kernel_static {

// fixed_string
static_assert(ts::fixed_string("rsrp").view() == "rsrp");
static_assert(ts::fixed_string("小区").size() == 6);  // bytes
static_assert(ts::fixed_string("a") == ts::fixed_string("a"));
static_assert(!(ts::fixed_string("a") == ts::fixed_string("ab")));

// type_list
static_assert(ts::type_list<int, char>::size == 2);
static_assert(std::is_same_v<ts::type_at_t<ts::type_list<int, char, double>, 2>, double>);

// traits
static_assert(ts::Numeric<int> && ts::Numeric<double> && !ts::Numeric<bool> && !ts::Numeric<char>);
static_assert(ts::Text<std::string> && !ts::Text<const char*>);
static_assert(std::is_same_v<ts::element_t<std::optional<std::vector<std::array<int, 2>>>>, int>);
static_assert(ts::is_sequence_v<std::array<int, 2>> && !ts::is_sequence_v<std::string>);

// annotations
static_assert(ts::Annotation<ts::kind_annotation> && ts::Annotation<decltype(ts::range(0, 1))>);
static_assert(!ts::Annotation<int> && !ts::Annotation<std::string>);
static_assert(ts::range(0, 1007).max == 1007 && ts::range(0, 1007).has_min);
static_assert(std::is_same_v<decltype(ts::range(-156, -31.0))::bound_type, double>);
static_assert(!ts::minimum(3).has_max && ts::maximum(3).has_max);
static_assert(ts::one_of(5, 10).contains(10) && !ts::one_of(5, 10).contains(7));
static_assert(ts::one_of("a", "b").contains(std::string_view("b")));
static_assert(ts::range(-1.0, 1.0).ok(0.5) && !ts::range(-1.0, 1.0).ok(2.0));
static_assert(!ts::range(-1.0, 1.0).ok(__builtin_nan("")) && !ts::minimum(0.0).ok(__builtin_inf()));
static_assert(ts::annotate(ts::telemetry, ts::range(0, 1)).has<ts::range_category>);
static_assert(!ts::annotate(ts::telemetry).has<ts::unit_category>);
static_assert(ts::annotate(ts::telemetry, ts::description("x")).get<ts::kind_category>().value ==
              ts::field_kind::telemetry);
// negative requires: what must not compile (inside templates, so that failure is `false`)
template <class T>
constexpr bool can_range = requires(T a) { ts::range(a, a); };
template <class T>
constexpr bool can_minimum = requires(T a) { ts::minimum(a); };
template <class T>
constexpr bool can_unit = requires { ts::unit<T>; };
template <class T>
constexpr bool can_annotate = requires(T a) { ts::annotate(a); };
static_assert(can_range<int> && can_range<double>);
static_assert(!can_range<const char*> && !can_range<bool>);  // a range takes numbers
static_assert(!can_minimum<char>);                           // not characters
static_assert(can_unit<dBm> && !can_unit<int>);               // int is not a unit
static_assert(can_annotate<ts::kind_annotation> && !can_annotate<int>);

// rules, evaluated directly
static_assert(ts::detail::field_rule_errors<int>(ts::annotate(ts::range(0, 10))) == 0);
static_assert(ts::detail::field_rule_errors<std::string>(ts::annotate(ts::range(0, 10))) ==
              ts::detail::rule_range_type);
static_assert(ts::detail::field_rule_errors<std::uint8_t>(ts::annotate(ts::range(0, 256))) ==
              ts::detail::rule_range_fit);
static_assert(ts::detail::field_rule_errors<float>(ts::annotate(ts::range(0.0, 0.1))) ==
              ts::detail::rule_range_fit);  // 0.1 is not exact in float
static_assert(ts::detail::field_rule_errors<double>(ts::annotate(ts::range(2, 1))) == ts::detail::rule_range_order);
static_assert(ts::detail::field_rule_errors<std::optional<int>>(ts::annotate(ts::required)) == 0);
static_assert(ts::detail::field_rule_errors<std::vector<double>>(ts::annotate(ts::range(0, 1), ts::items(1, 2))) == 0);
static_assert(ts::detail::field_rule_errors<int>(ts::annotate(ts::default_value(5), ts::one_of(5, 6))) == 0);
static_assert(ts::detail::field_rule_errors<std::string>(ts::annotate(ts::default_value("x"), ts::one_of("x"))) == 0);
static_assert(ts::detail::fits<std::int16_t>(-1800) && !ts::detail::fits<std::int16_t>(40000));
static_assert(ts::detail::fits<double>(1LL << 53) && !ts::detail::fits<double>((1LL << 53) + 1));

// entities and adaptation
TWINSPEC_ENUM(Mode, std::uint8_t, idle, active);
TWINSPEC_ENTITY(Cell, ts::meta(ts::id("dtmi:example:static:Cell;1")),
    (std::uint16_t, pci, ts::range(0, 1007)),
    (double, rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (Mode, mode));
struct Existing {
    int a;
};
TWINSPEC_ADAPT(Existing, ts::meta(), (a));

struct CellPlain {
    std::uint16_t pci;
    double rsrp;
    Mode mode;
};
static_assert(sizeof(Cell) == sizeof(CellPlain) && alignof(Cell) == alignof(CellPlain));
static_assert(sizeof(Existing) == sizeof(int));
static_assert(ts::Entity<Cell> && ts::Entity<Existing>);
static_assert(!ts::Entity<int> && !ts::Entity<std::string> && !ts::Entity<std::vector<Cell>>);
static_assert(ts::ReflectedEnum<Mode> && !ts::ReflectedEnum<ts::field_kind>);
static_assert(ts::HasField<Cell, "rsrp"> && !ts::HasField<Cell, "nope"> && !ts::HasField<int, "x">);
static_assert(ts::kind_of(ts::field_t<Cell, "pci">{}) == ts::field_kind::property);
static_assert(ts::kind_of(ts::field_t<Cell, "rsrp">{}) == ts::field_kind::telemetry);
template <class T>
constexpr bool can_visit = requires(T t) { ts::for_each_field(t, [](auto, auto&) {}); };
template <class T>
constexpr bool can_validate = requires(T t) { ts::validate(t); };
template <class T>
constexpr bool can_make_default = requires { ts::make_default<T>; };
template <class T>
constexpr bool can_get_pci = requires(T t) { ts::get<"pci">(t); };
static_assert(can_visit<Cell> && !can_visit<int>);
static_assert(can_validate<Cell> && !can_validate<int> && !can_validate<std::string>);
static_assert(can_make_default<Cell> && !can_make_default<int>);
static_assert(!can_get_pci<int>);
static_assert(requires(Cell c) { ts::get<"pci">(c); });
static_assert(std::is_same_v<ts::fields_t<Existing>, ts::type_list<twinspec_schema_Existing::f_a>>);
constexpr Cell lit{5, -90.0, Mode::idle};
static_assert(ts::get<"pci">(lit) == 5);

// Duplicate external names: compared by length and last character, then in full.
static_assert(ts::detail::first_duplicate({"abc", "axc", "abd", "ab"}) == 4);  // same keys, different names
static_assert(ts::detail::first_duplicate({"pci", "rsrp", "x", "rsrp"}) == 3);
static_assert(ts::detail::first_duplicate({"", "a", ""}) == 2);
static_assert(ts::detail::first_duplicate({}) == 0);
// Renamed fields with no clash, and a rename that takes another member's name.
TWINSPEC_ENTITY(Renamed, ts::meta(), (int, a, ts::name("abc")), (int, b, ts::name("axc")), (int, c));
static_assert(ts::detail::duplicate_name_of<ts::fields_t<Renamed>>::value == 3);
// One-sided ranges are their own types; the quick test keeps NaN and infinities out.
static_assert(std::is_same_v<decltype(ts::minimum(1.0)), ts::range_annotation<double, true, false>>);
static_assert(ts::maximum(2).ok(-5) && !ts::maximum(2).ok(3) && !ts::maximum(2.0).ok(-__builtin_inf()));

}  // namespace kernel_static
