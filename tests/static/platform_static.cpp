// Static tests of the platform layer: wiring queries, point-map rule predicates, composition
// constraints, and negative requires-expressions.
#include <twinspec/core.hpp>
#include <twinspec/platform.hpp>

#include <cstdint>
#include <type_traits>

namespace platform_static_test {
namespace ts = twinspec;
namespace pf = ts::platform;
using namespace ts::units;

TWINSPEC_ENTITY(StQuery, ts::meta(), (int, id));
TWINSPEC_ENTITY(StCell, ts::meta(),
    (std::uint16_t, pci, ts::range(0, 1007)),
    (double, rsrp, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (double, load, ts::unit<percent>, ts::range(0.0, 100.0)),
    (bool, barred));

struct StApi : pf::interface<"st-api", pf::semver{1, 2, 0}, pf::operation<"get", StQuery, StCell>> {};
struct StGateway : pf::component<"st-gw", pf::semver{1, 0, 0}, pf::layer::edge, pf::component_kind::device_access,
                                 pf::deployment::both, pf::provides<StApi>,
                                 pf::conforms<"工业互联网平台 工业设备接入通用规范">> {};
struct StStore : pf::component<"st-store", pf::semver{1, 0, 0}, pf::layer::paas, pf::component_kind::big_data,
                               pf::deployment::cloud, pf::needs<StApi>> {};
using StPlatform = pf::platform<StStore, StGateway>;

// components and platforms
static_assert(pf::Component<StGateway>);
static_assert(!pf::Component<StQuery>);
static_assert(pf::Interface<StApi>);
static_assert(!pf::Interface<StGateway>);
static_assert(StGateway::provided::size == 1 && StStore::needed::size == 1);
static_assert(StGateway::claims::size == 1 && StGateway::claims::list[0].standard->part == 2 && StGateway::claims::list[0].requirements.empty());
static_assert(pf::series_part(pf::component_kind::mechanism_model).part == 4);
static_assert(StPlatform::start_order()[0] == 1 && StPlatform::start_order()[1] == 0);
static_assert(pf::info_of<StGateway>.provides[0].operations[0].response == "StCell");
static_assert(pf::layering_allows(pf::layer::paas, pf::layer::edge));
static_assert(!pf::layering_allows(pf::layer::saas, pf::layer::edge));
static_assert(!pf::layering_allows(pf::layer::saas, pf::layer::iaas));
static_assert(pf::layering_allows(pf::layer::saas, pf::layer::paas));
static_assert(!pf::layering_allows(pf::layer::edge, pf::layer::iaas));

// point-map rules as predicates
template <class P>
using rsrp_field = ts::field_t<StCell, P::field_name>;
using S16Tenth = pf::modbus_point<"rsrp", pf::input(1, 0, pf::value_type::s16).scale(1, 10)>;
using U16Tenth = pf::modbus_point<"rsrp", pf::input(1, 0, pf::value_type::u16).scale(1, 10)>;
using U16TenthOffset = pf::modbus_point<"rsrp", pf::input(1, 0, pf::value_type::u16).scale(1, 10).offset(-200)>;
using U16TenthNegative = pf::modbus_point<"rsrp", pf::input(1, 0, pf::value_type::u16).scale(-1, 10)>;
static_assert(pf::detail::covers_field_range<S16Tenth, rsrp_field<S16Tenth>>());
static_assert(!pf::detail::covers_field_range<U16Tenth, rsrp_field<U16Tenth>>());      // 0 .. 6553.5
static_assert(pf::detail::covers_field_range<U16TenthOffset, rsrp_field<U16TenthOffset>>());  // -200 .. 6353.5
static_assert(pf::detail::covers_field_range<U16TenthNegative, rsrp_field<U16TenthNegative>>());  // -6553.5 .. 0
using S8Percent = pf::modbus_point<"load", pf::input(1, 0, pf::value_type::u16).scale(1, 1000)>;  // 0 .. 65.535
static_assert(!pf::detail::covers_field_range<S8Percent, ts::field_t<StCell, "load">>());
using LoadRatio = pf::modbus_point<"load", pf::input(1, 0, pf::value_type::u16).scale(1, 10000), unity>;  // 0 .. 6.5535 -> 655.35 %
static_assert(pf::detail::covers_field_range<LoadRatio, ts::field_t<StCell, "load">>());
static_assert(pf::detail::modbus_encoding_ok<pf::modbus_point<"pci", pf::holding(1, 65535, pf::value_type::u16)>>());
static_assert(!pf::detail::modbus_encoding_ok<pf::modbus_point<"pci", pf::holding(1, 65535, pf::value_type::u32)>>());
static_assert(!pf::detail::modbus_encoding_ok<pf::modbus_point<"pci", pf::holding(1, 0, pf::value_type::u16).scale(0)>>());
static_assert(!pf::detail::modbus_encoding_ok<pf::modbus_point<"barred", pf::holding(1, 0, pf::value_type::bit)>>());
static_assert(pf::detail::point_type_fits<pf::modbus_point<"barred", pf::coil(1, 0)>, ts::field_t<StCell, "barred">>());
static_assert(!pf::detail::point_type_fits<pf::modbus_point<"pci", pf::coil(1, 0)>, ts::field_t<StCell, "pci">>());
static_assert(!pf::detail::point_type_fits<pf::modbus_point<"pci", pf::input(1, 0, pf::value_type::f32)>, ts::field_t<StCell, "pci">>());
static_assert(pf::detail::point_type_fits<pf::modbus_point<"pci", pf::input(1, 0, pf::value_type::u16).scale(2)>, ts::field_t<StCell, "pci">>());
static_assert(pf::detail::points_clash(pf::modbus_point<"a", pf::input(1, 10, pf::value_type::u32)>::info,
                                       pf::modbus_point<"b", pf::input(1, 11, pf::value_type::u16)>::info));
static_assert(!pf::detail::points_clash(pf::modbus_point<"a", pf::input(1, 10, pf::value_type::u32)>::info,
                                        pf::modbus_point<"b", pf::input(1, 12, pf::value_type::u16)>::info));
static_assert(!pf::detail::points_clash(pf::modbus_point<"a", pf::input(1, 10, pf::value_type::u16)>::info,
                                        pf::modbus_point<"b", pf::holding(1, 10, pf::value_type::u16)>::info));
static_assert(!pf::detail::points_clash(pf::modbus_point<"a", pf::input(1, 10, pf::value_type::u16)>::info,
                                        pf::modbus_point<"b", pf::input(2, 10, pf::value_type::u16)>::info));
static_assert(pf::register_count(pf::value_type::f64) == 4 && pf::register_count(pf::value_type::s32) == 2);

// decoded values are plain data; composition is constrained
static_assert(std::is_same_v<decltype(pf::point_map<StCell, S16Tenth>::decode_point<"rsrp">(pf::modbus_block{})), twinspec::data::sample<double>>);

TWINSPEC_ENTITY(StIn, ts::meta(), (double, x, ts::unit<km>, ts::range(0.0, 1.0)));
TWINSPEC_ENTITY(StMid, ts::meta(), (double, x, ts::unit<m>));
inline const auto st_model = pf::make_model<"st", pf::semver{1, 0, 0}, StIn, StMid>(pf::provenance{}, [](const StIn& in) {
    return StMid{in.x * 1000.0};
});
static_assert(pf::MechanismModel<std::remove_cvref_t<decltype(st_model)>>);
static_assert(pf::MechanismModel<std::remove_cvref_t<decltype(st_model | st_model)>>);  // m feeds km
static_assert(!pf::MechanismModel<StIn>);
template <class A>
concept pipeable = requires(const A& a) { a | a; };
static_assert(!pipeable<StIn>);
static_assert(pipeable<std::remove_cvref_t<decltype(st_model)>>);
}  // namespace platform_static_test
