// Twin data: compile-time facts (sizes, concepts, class selection, result types), including
// negative requires-expressions.
#include <twinspec/core.hpp>
#include <twinspec/data.hpp>

#include <cstdint>
#include <list>
#include <type_traits>
#include <vector>

namespace data_static_test {

namespace ts = twinspec;
namespace tsd = twinspec::data;
using namespace ts::units;

TWINSPEC_ENTITY(StaticCell, ts::meta(tsd::Dp),
    (double, rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0), tsd::measurement),
    (int, mode, ts::property, ts::one_of(1, 2), tsd::configuration, tsd::static_data),
    (float, load, ts::telemetry, tsd::kpi, tsd::Dv));

// sample: as small as the hand-written struct
static_assert(sizeof(tsd::sample<double>) == 24);
static_assert(sizeof(tsd::sample<float>) == 24);
static_assert(sizeof(tsd::sample<std::int32_t>) == 24);
static_assert(sizeof(tsd::quality) == 2);
static_assert(std::is_trivially_copyable_v<tsd::sample<double>>);

// ranges of samples
static_assert(tsd::SampleRange<std::vector<tsd::sample<double>>>);
static_assert(tsd::SampleRange<std::list<tsd::sample<int>>>);
static_assert(tsd::SampleRange<tsd::series<double>>);
static_assert(!tsd::SampleRange<std::vector<double>>);
static_assert(!tsd::SampleRange<int>);
static_assert(std::is_same_v<tsd::sample_value_t<tsd::series<float>>, float>);

// data classes
static_assert(tsd::DataClass<std::remove_cvref_t<decltype(tsd::Dk)>>);
static_assert(tsd::DataClass<std::remove_cvref_t<decltype(tsd::log)>>);
static_assert(!tsd::DataClass<ts::kind_annotation>);
static_assert(!tsd::DataClass<int>);
static_assert(std::is_same_v<std::remove_cvref_t<decltype(tsd::kpi)>, std::remove_cvref_t<decltype(tsd::performance)>>);
static_assert(tsd::fields_of_class_t<StaticCell, tsd::Dp>::size == 2);
static_assert(tsd::fields_of_class_t<StaticCell, tsd::Dv>::size == 1);
static_assert(tsd::fields_of_class_t<StaticCell, tsd::configuration>::size == 1);
static_assert(tsd::fields_of_class_t<StaticCell, tsd::topology>::size == 0);
static_assert(tsd::field_has_class_v<ts::field_t<StaticCell, "rsrp">, std::remove_cvref_t<decltype(tsd::Dp)>>);
static_assert(!tsd::field_has_class_v<ts::field_t<StaticCell, "load">, std::remove_cvref_t<decltype(tsd::Dp)>>);

// fields named both ways are the same descriptor
static_assert(std::is_same_v<tsd::field_desc_t<&StaticCell::rsrp>, ts::field_t<StaticCell, "rsrp">>);
static_assert(std::is_same_v<tsd::field_desc_t<tsd::field<StaticCell, "mode">>, ts::field_t<StaticCell, "mode">>);
static_assert(tsd::has_constraints_v<ts::field_t<StaticCell, "mode">>);
static_assert(!tsd::has_constraints_v<ts::field_t<StaticCell, "load">>);
static_assert(tsd::check_value<ts::field_t<StaticCell, "rsrp">>(-20.0) == tsd::reason::above_maximum);
static_assert(tsd::check_value<ts::field_t<StaticCell, "mode">>(3) == tsd::reason::not_allowed);
static_assert(tsd::value_ok<ts::field_t<StaticCell, "mode">>(2));

// aggregate result types
static_assert(std::is_same_v<tsd::aggregate_result_t<tsd::agg::count_t, float>, std::uint64_t>);
static_assert(std::is_same_v<tsd::aggregate_result_t<tsd::agg::mean_t, int>, double>);
static_assert(std::is_same_v<tsd::aggregate_result_t<tsd::agg::mean_t, float>, float>);
static_assert(std::is_same_v<tsd::aggregate_result_t<tsd::agg::max_t, int>, int>);
static_assert(tsd::Aggregate<tsd::agg::percentile_t>);
static_assert(!tsd::Aggregate<int>);

// views compose, and a view over a vector of samples is a range of samples again
using cleaned = decltype(std::declval<std::vector<tsd::sample<double>>&>() | tsd::clean<&StaticCell::rsrp> |
                         tsd::resample(std::chrono::seconds(1)));
static_assert(tsd::SampleRange<cleaned>);
static_assert(std::is_same_v<tsd::sample_value_t<decltype(std::declval<std::vector<tsd::sample<double>>&>() |
                                                           tsd::to_unit<&StaticCell::rsrp, mW>)>,
                             double>);
// an lvalue vector of samples pipes into a view adaptor
template <class R>
concept pipes_into_clean = requires(R& r) { r | tsd::dedup; };
static_assert(pipes_into_clean<std::vector<tsd::sample<double>>>);

// versioned schemas: constexpr mapping of names
TWINSPEC_ENTITY(StaticV1, ts::meta(), (double, a), (double, b));
TWINSPEC_ENTITY(StaticV2, ts::meta(), (double, c, tsd::renamed_from("a")));
static_assert(tsd::field_in<StaticV1, StaticV2>("a") == std::string_view("c"));
static_assert(!tsd::field_in<StaticV1, StaticV2>("b"));

}  // namespace data_static_test
