// twinspec/data/store.hpp — `store<Entities…>`: every series of a model, one per
// (entity object, numeric field), created on first append; snapshots of entity objects
// recorded field by field; visiting series by data class; retention by age or count and
// down-sampling of old data.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <twinspec/core/schema.hpp>
#include <twinspec/core/traits.hpp>
#include <twinspec/core/type_list.hpp>
#include <twinspec/data/classes.hpp>
#include <twinspec/data/field.hpp>
#include <twinspec/data/series.hpp>
#include <twinspec/data/views/resample.hpp>

namespace twinspec::data {

/// True for the fields a store records: numeric members (or optional numeric members).
template <class F>
inline constexpr bool recordable_v = Numeric<field_value_t<F>>;

namespace detail {
template <class Out, class... F>
struct recordable_fields_impl {
    using type = Out;
};
template <class... Kept, class F, class... Rest>
struct recordable_fields_impl<type_list<Kept...>, F, Rest...>
    : recordable_fields_impl<std::conditional_t<recordable_v<F>, type_list<Kept..., F>, type_list<Kept...>>, Rest...> {};
template <class List>
struct recordable_of;
template <class... F>
struct recordable_of<type_list<F...>> {
    using type = typename recordable_fields_impl<type_list<>, F...>::type;
};

template <class F, class... G>
consteval std::size_t index_in(const type_list<G...>*) noexcept {
    constexpr bool match[] = {std::is_same_v<F, G>..., false};
    std::size_t i = 0;
    while (i != sizeof...(G) && !match[i]) ++i;
    return i;
}

template <class List>
struct series_maps;
template <class... F>
struct series_maps<type_list<F...>> {
    using type = std::tuple<std::map<std::uint32_t, series<field_value_t<F>>>...>;
};

template <class E, class... Es>
consteval std::size_t entity_index() noexcept {
    constexpr bool match[] = {std::is_same_v<E, Es>..., false};
    std::size_t i = 0;
    while (i != sizeof...(Es) && !match[i]) ++i;
    return i;
}
}  // namespace detail

/// The numeric fields of `E` a store keeps series of.
template <Entity E>
using recordable_fields_t = typename detail::recordable_of<fields_t<E>>::type;

/// How a store makes new series.
struct store_options {
    /// 0: unbounded series; otherwise every series is a ring of this capacity.
    std::size_t ring_capacity = 0;
    /// Room reserved in each new unbounded series.
    std::size_t reserve = 0;
};

/// All series of a model with entity types `Es…`, keyed by (entity handle, field).
template <Entity... Es>
class store {
    template <class E>
    using maps_t = typename detail::series_maps<recordable_fields_t<E>>::type;

public:
    store() = default;
    explicit store(store_options o) : options_(o) {}

    /// The series of `Field` for entity `entity`, created empty if absent.
    template <auto Field>
    series<field_value_t<field_desc_t<Field>>>& series_of(std::uint32_t entity) {
        auto& m = map<field_desc_t<Field>>();
        auto it = m.find(entity);
        if (it == m.end()) it = m.emplace(entity, make_series<field_value_t<field_desc_t<Field>>>()).first;
        return it->second;
    }
    /// The series of `Field` for `entity`, or nullptr.
    template <auto Field>
    [[nodiscard]] const series<field_value_t<field_desc_t<Field>>>* find(std::uint32_t entity) const {
        const auto& m = map<field_desc_t<Field>>();
        const auto it = m.find(entity);
        return it == m.end() ? nullptr : &it->second;
    }

    /// Appends a sample of `Field` for the sample's source entity.
    template <auto Field>
    append_status append(const sample<field_value_t<field_desc_t<Field>>>& s) {
        return series_of<Field>(s.entity).append(s);
    }

    /// Records every numeric field of `obj` (an empty optional is skipped) as a good sample
    /// at `time` from `src`. Returns how many samples were rejected as out of order.
    template <class E>
    std::size_t record(const E& obj, timestamp time, source_id src) {
        static_assert((std::is_same_v<E, Es> || ...), "twinspec: data::store::record: the entity type is not part of this store");
        std::size_t rejected = 0;
        [&]<class... F>(type_list<F...>*) {
            (record_field<F>(obj.*F::pointer, time, src, rejected), ...);
        }(static_cast<recordable_fields_t<E>*>(nullptr));
        return rejected;
    }

    /// Calls `f(field, entity, series&)` for every series of a field of data class `Class`.
    template <auto Class, class Fn>
    void for_each_series_of_class(Fn&& f) {
        (for_each_in<Es, Class>(f), ...);
    }
    /// Calls `f(field, entity, series&)` for every series.
    template <class Fn>
    void for_each_series(Fn&& f) {
        (for_each_all<Es>(f), ...);
    }

    /// Number of series.
    [[nodiscard]] std::size_t series_count() {
        std::size_t n = 0;
        for_each_series([&](auto, std::uint32_t, auto&) { ++n; });
        return n;
    }

    /// Drops the samples older than `now - max_age` from every series; returns how many.
    std::size_t retain_age(timestamp now, duration max_age) {
        std::size_t n = 0;
        for_each_series([&](auto, std::uint32_t, auto& s) { n += s.drop_before(now - max_age); });
        return n;
    }
    /// Keeps at most the newest `count` samples of every series; returns how many were dropped.
    std::size_t retain_count(std::size_t count) {
        std::size_t n = 0;
        for_each_series([&](auto, std::uint32_t, auto& s) {
            if (s.size() > count) {
                n += s.size() - count;
                s.drop_front(s.size() - count);
            }
        });
        return n;
    }

private:
    template <class T>
    series<T> make_series() const {
        if (options_.ring_capacity != 0) return series<T>(data::ring_capacity{options_.ring_capacity});
        series<T> s;
        s.reserve(options_.reserve);
        return s;
    }

    template <class F>
    auto& map() {
        using E = typename F::entity_type;
        constexpr std::size_t ei = detail::entity_index<E, Es...>();
        static_assert(ei < sizeof...(Es), "twinspec: data::store: the field's entity type is not part of this store");
        static_assert(recordable_v<F>, "twinspec: data::store: the field is not numeric, so the store keeps no series of it");
        constexpr std::size_t fi = detail::index_in<F>(static_cast<recordable_fields_t<E>*>(nullptr));
        return std::get<fi>(std::get<ei>(maps_));
    }
    template <class F>
    const auto& map() const {
        return const_cast<store*>(this)->template map<F>();
    }

    template <class F, class V>
    void record_field(const V& v, timestamp time, source_id src, std::size_t& rejected) {
        if constexpr (is_optional_v<V>) {
            if (!v) return;
            if (series_of<F{}>(src.entity).append(make_sample(*v, time, src)) == append_status::out_of_order) ++rejected;
        } else {
            if (series_of<F{}>(src.entity).append(make_sample(v, time, src)) == append_status::out_of_order) ++rejected;
        }
    }

    template <class E, auto Class, class Fn>
    void for_each_in(Fn& f) {
        [&]<class... F>(type_list<F...>*) {
            (visit_field<F>(f), ...);
        }(static_cast<typename detail::fields_of_class_impl<typename detail::check_data_class<Class>::type,
                                                           recordable_fields_t<E>>::type*>(nullptr));
    }
    template <class E, class Fn>
    void for_each_all(Fn& f) {
        [&]<class... F>(type_list<F...>*) { (visit_field<F>(f), ...); }(static_cast<recordable_fields_t<E>*>(nullptr));
    }
    template <class F, class Fn>
    void visit_field(Fn& f) {
        for (auto& [entity, s] : map<F>()) f(F{}, entity, s);
    }

    store_options options_{};
    std::tuple<maps_t<Es>...> maps_;
};

/// Down-sampling of old data: the samples of `s` older than `cutoff` are replaced by one
/// sample per `step` (their mean; `resample` semantics), newer ones are kept as they are.
/// Returns the number of samples before minus after.
template <class T>
std::size_t downsample_before(series<T>& s, timestamp cutoff, duration step) {
    const std::size_t n_old = s.lower_bound(cutoff);
    if (n_old == 0) return 0;
    std::vector<sample<T>> old, rest;
    for (std::size_t i = 0; i != s.size(); ++i) (i < n_old ? old : rest).push_back(s[i]);
    series<T> out = s.capacity() != 0 ? series<T>(data::ring_capacity{s.capacity()}) : series<T>();
    out.reserve(s.size());
    const std::size_t before = s.size();
    for (const auto& a : old | resample(step, agg::mean)) {
        sample<T> b{static_cast<T>(a.value), a.time, a.entity, a.connection, a.quality};
        out.append(b);
    }
    for (const auto& b : rest) out.append(b);
    s = std::move(out);
    return before - s.size();
}

}  // namespace twinspec::data
