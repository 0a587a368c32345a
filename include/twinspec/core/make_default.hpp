// twinspec/core/make_default.hpp — an entity object with every declared default applied.
#pragma once

#include <string>
#include <type_traits>

#include <twinspec/core/annotations/default_value.hpp>
#include <twinspec/core/schema.hpp>

namespace twinspec {

/// Function object behind `make_default`.
template <Entity T>
struct make_default_fn {
    /// A value-initialised `T` whose fields carrying `default_value(…)` hold that value;
    /// nested entities get their own defaults.
    [[nodiscard]] constexpr T operator()() const {
        if constexpr (!has_defaults(static_cast<fields_t<T>*>(nullptr))) {
            return T{};  // no field has a default or is an entity: nothing per field to compile
        } else {
            T obj{};
            [&]<class... F>(type_list<F...>*) { (assign<F>(obj), ...); }(static_cast<fields_t<T>*>(nullptr));
            return obj;
        }
    }

private:
    template <class... F>
    static constexpr bool has_defaults(type_list<F...>*) noexcept {
        return ((has_annotation_v<F, default_category> || Entity<typename F::value_type>) || ...);
    }

    template <class F>
    static constexpr void assign(T& obj) {
        using V = typename F::value_type;
        if constexpr (has_annotation_v<F, default_category>) {
            const auto& d = F::annotations.template get<default_category>().value;
            if constexpr (std::is_same_v<V, std::string>) obj.*F::pointer = std::string(d);
            else obj.*F::pointer = static_cast<V>(d);
        } else if constexpr (Entity<V>) {
            obj.*F::pointer = make_default_fn<V>{}();
        }
    }
};
/// `auto cell = make_default<Cell>();`
template <Entity T>
inline constexpr make_default_fn<T> make_default{};

}  // namespace twinspec
