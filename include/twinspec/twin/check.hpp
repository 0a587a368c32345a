// twinspec/twin/check.hpp — the model-wide runtime check: every object valid (core
// `validate`), relationship multiplicities (`items`), no dangling references.
#pragma once

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <twinspec/core/schema.hpp>
#include <twinspec/core/validate.hpp>
#include <twinspec/core/violation.hpp>
#include <twinspec/twin/model.hpp>
#include <twinspec/twin/ref.hpp>
#include <twinspec/twin/relationship.hpp>

namespace twinspec {

namespace detail {

template <class U, class M>
TWINSPEC_COLD void report_dangling(const M& m, ref<U> target, const path_segment& at, violation_sink sink) {
    violation v;
    v.path = at.pointer();
    v.rule = rule::dangling_reference;
    if (target.is_null()) {
        v.message = "null reference in a relationship list (to ";
        v.message += entity_name_v<U>;
        v.message += ')';
    } else {
        char buf[16];
        v.message = "dangling reference to ";
        v.message += entity_name_v<U>;
        v.message += " slot ";
        v.message.append(buf, std::to_chars(buf, buf + sizeof buf, target.index()).ptr);
        v.message += " generation ";
        v.message.append(buf, std::to_chars(buf, buf + sizeof buf, target.generation()).ptr);
        v.message += ": ";
        v.message += to_string(m.status(target));
    }
    sink(std::move(v));
}

template <class T, class M>
void check_entities(const M& m, violation_sink sink) {
    const path_segment type_segment{nullptr, entity_name_v<T>, 0, false};
    m.template for_each<T>([&](ref<T> r, const T& obj) {
        const std::string_view id = m.id_of(r);
        const path_segment at = id.empty() ? path_segment{&type_segment, {}, r.index(), true}
                                           : path_segment{&type_segment, id, 0, false};
        validate(obj, sink, at);  // every constraint, including `items` on relationship lists
        for_each_relationship<T>([&](auto field) {
            using F = decltype(field);
            using U = relationship_target_t<F>;
            const auto& value = obj.*F::pointer;
            const path_segment fs{&at, F::name, 0, false};
            if constexpr (relationship_is_many_v<F>) {
                std::size_t i = 0;
                for (const ref<U> t : value) {
                    if (!m.contains(t)) report_dangling(m, t, path_segment{&fs, {}, i, true}, sink);
                    ++i;
                }
            } else {
                if (!value.is_null() && !m.contains(value)) report_dangling(m, value, fs, sink);
            }
        });
    });
}

/// The path of field `field` of the object `r` names: `/<Entity>/<id>/<field>`, or the slot
/// index where the object has no external id.
template <class S, class M, class Fn>
void with_field_path(const M& m, ref<S> r, std::string_view field, Fn&& fn) {
    const path_segment type_segment{nullptr, entity_name_v<S>, 0, false};
    const std::string_view id = m.id_of(r);
    const path_segment at = id.empty() ? path_segment{&type_segment, {}, r.index(), true}
                                       : path_segment{&type_segment, id, 0, false};
    const path_segment fs{&at, field, 0, false};
    fn(fs);
}

/// Reports that `second` names target slot `target` through the unique relationship
/// `field`, which `first` already names.
template <class S, class U, class M>
TWINSPEC_COLD void report_shared_target(const M& m, std::string_view field, ref<S> second, ref<S> first,
                                        std::uint32_t target, violation_sink sink) {
    with_field_path(m, second, field, [&](const path_segment& fs) {
        violation v;
        v.path = fs.pointer();
        v.rule = rule::shared_target;
        char buf[16];
        v.message = entity_name_v<U>;
        v.message += " slot ";
        v.message.append(buf, std::to_chars(buf, buf + sizeof buf, target).ptr);
        v.message += " is also the target of ";
        v.message += entity_name_v<S>;
        v.message += ' ';
        const std::string_view id = m.id_of(first);
        if (id.empty()) {
            v.message += "slot ";
            v.message.append(buf, std::to_chars(buf, buf + sizeof buf, first.index()).ptr);
        } else {
            v.message += id;
        }
        v.message += " through this unique relationship";
        sink(std::move(v));
    });
}

/// Compares the inverse index of every relationship of `S` with the fields themselves: a
/// relationship changed in place (through a pointer) instead of with relink/link/unlink
/// leaves `referrers` out of date until `reindex()`.
template <class S, class M>
void check_inverse(const M& m, violation_sink sink) {
    for_each_relationship<S>([&](auto field) {
        using F = decltype(field);
        using U = relationship_target_t<F>;
        using entry = std::pair<std::uint32_t, ref<S>>;  // (target slot, source handle): by slot, then source slot
        std::vector<entry> expected, actual;
        m.template for_each<S>([&](ref<S> r, const S& obj) {
            for_each_distinct_live(obj.*F::pointer, [&](ref<U> t) { return m.contains(t); },
                                   [&](ref<U> t) { expected.emplace_back(t.index(), r); });
        });
        const auto& lists = m.template inverse_index<S, F>();
        for (std::uint32_t i = 0; i != lists.size(); ++i)
            for (const ref<S> r : lists[i]) actual.emplace_back(i, r);
        std::sort(expected.begin(), expected.end());
        std::sort(actual.begin(), actual.end());
        if constexpr (relationship_is_unique_v<F>) {
            // unique: one referrer per target; every further one is reported at its own field
            for (std::size_t k = 1; k < expected.size(); ++k) {
                if (expected[k].first != expected[k - 1].first) continue;
                std::size_t first = k - 1;
                while (first > 0 && expected[first - 1].first == expected[k].first) --first;
                report_shared_target<S, U>(m, F::name, expected[k].second, expected[first].second, expected[k].first, sink);
            }
        }
        if (expected == actual) return;
        auto report = [&](const entry& e, bool missing) {
            with_field_path(m, e.second, F::name, [&](const path_segment& fs) {
                violation v;
                v.path = fs.pointer();
                v.rule = rule::custom;
                char buf[16];
                v.message = missing ? "the inverse index (referrers) misses the link to " : "the inverse index (referrers) still lists a link to ";
                v.message += entity_name_v<U>;
                v.message += " slot ";
                v.message.append(buf, std::to_chars(buf, buf + sizeof buf, e.first).ptr);
                v.message += missing ? ": the relationship was changed in place; use relink/link/unlink or call reindex()"
                                     : " that the field no longer holds: the relationship was changed in place; use relink/link/unlink or call reindex()";
                sink(std::move(v));
            });
        };
        std::vector<entry> diff;
        std::set_difference(expected.begin(), expected.end(), actual.begin(), actual.end(), std::back_inserter(diff));
        for (const auto& e : diff) report(e, true);
        diff.clear();
        std::set_difference(actual.begin(), actual.end(), expected.begin(), expected.end(), std::back_inserter(diff));
        for (const auto& e : diff) report(e, false);
    });
}

}  // namespace detail

/// Function object behind `check`.
struct check_fn {
    /// Checks the whole model and returns every violation: each live object's constraints
    /// (core `validate`, so also the `items(min, max)` multiplicity of relationship lists),
    /// and every relationship entry that is not a live object (erased target, stale or
    /// foreign handle; a null entry in a list). Paths are `/<Entity>/<id>/<field>[/<i>]`,
    /// with the object's slot index where it has no external id: `/Cell/cell-17/servedBy`.
    /// A target named by two objects through a `unique` relationship is reported at the
    /// second one's field (`rule::shared_target`).
    /// Last, the inverse index behind `referrers` is compared with the fields: a relationship
    /// changed in place instead of with `relink`/`link`/`unlink` is reported (`rule::custom`)
    /// until `reindex()`.
    template <class... Es>
    [[nodiscard]] validation_result operator()(const model<Es...>& m) const {
        validation_result result;
        auto push = [&result](violation&& v) { result.push(std::move(v)); };
        (detail::check_entities<Es>(m, violation_sink(push)), ...);
        (detail::check_inverse<Es>(m, violation_sink(push)), ...);
        return result;
    }

    /// Streams every violation to `sink(violation&&)`.
    template <class... Es, class Sink>
        requires std::is_invocable_v<Sink&, violation&&>
    void operator()(const model<Es...>& m, Sink&& sink) const {
        (detail::check_entities<Es>(m, violation_sink(sink)), ...);
        (detail::check_inverse<Es>(m, violation_sink(sink)), ...);
    }
};
/// `auto result = check(m); std::cout << result.to_string();`
inline constexpr check_fn check{};

}  // namespace twinspec
