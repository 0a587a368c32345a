// twinspec/core/for_each_field.hpp — visit every field of an entity object.
#pragma once

#include <type_traits>

#include <twinspec/core/schema.hpp>

namespace twinspec {

/// Function object behind `for_each_field`.
struct for_each_field_fn {
    /// Calls `f(field, value)` for every field of `obj` in declaration order, where
    /// `field` is the (empty) field descriptor — `field.name`, `field.annotations`,
    /// `decltype(field)::value_type` are constant expressions — and `value` is a reference
    /// to the member with `obj`'s constness. Compiles to the same code as touching each
    /// member by hand.
    template <class T, class F>
        requires Entity<std::remove_cvref_t<T>>
    constexpr void operator()(T&& obj, F&& f) const {
        visit(obj, f, static_cast<fields_t<std::remove_cvref_t<T>>*>(nullptr));
    }

private:
    // A function template over the field list rather than a lambda inside operator(): one
    // function fewer per entity for the compiler to instantiate, optimise and inline.
    template <class T, class F, class... Fs>
    static constexpr void visit(T& obj, F& f, type_list<Fs...>*) {
        (f(Fs{}, obj.*Fs::pointer), ...);
    }
};
/// `for_each_field(cell, [](auto field, auto& value) { … })`.
inline constexpr for_each_field_fn for_each_field{};

/// Function object behind `for_each_field_type`.
template <Entity T>
struct for_each_field_type_fn {
    /// Calls `f(field)` for every field descriptor of `T`: reflection without an object.
    template <class F>
    constexpr void operator()(F&& f) const {
        [&]<class... Fs>(type_list<Fs...>*) { (f(Fs{}), ...); }(static_cast<fields_t<T>*>(nullptr));
    }
};
/// `for_each_field_type<Cell>([](auto field) { … })`.
template <Entity T>
inline constexpr for_each_field_type_fn<T> for_each_field_type{};

}  // namespace twinspec
