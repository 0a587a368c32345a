// twinspec/twin/check.hpp — the model-wide runtime check: every object valid (core
// `validate`), relationship multiplicities (`items`), no dangling references.
#pragma once

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

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

}  // namespace detail

/// Function object behind `check`.
struct check_fn {
    /// Checks the whole model and returns every violation: each live object's constraints
    /// (core `validate`, so also the `items(min, max)` multiplicity of relationship lists),
    /// and every relationship entry that is not a live object (erased target, stale or
    /// foreign handle; a null entry in a list). Paths are `/<Entity>/<id>/<field>[/<i>]`,
    /// with the object's slot index where it has no external id: `/Cell/cell-17/servedBy`.
    template <class... Es>
    [[nodiscard]] validation_result operator()(const model<Es...>& m) const {
        validation_result result;
        auto push = [&result](violation&& v) { result.push(std::move(v)); };
        (detail::check_entities<Es>(m, violation_sink(push)), ...);
        return result;
    }

    /// Streams every violation to `sink(violation&&)`.
    template <class... Es, class Sink>
        requires std::is_invocable_v<Sink&, violation&&>
    void operator()(const model<Es...>& m, Sink&& sink) const {
        (detail::check_entities<Es>(m, violation_sink(sink)), ...);
    }
};
/// `auto result = check(m); std::cout << result.to_string();`
inline constexpr check_fn check{};

}  // namespace twinspec
