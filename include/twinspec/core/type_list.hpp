// twinspec/core/type_list.hpp — the lightest possible list of types.
#pragma once

#include <cstddef>

namespace twinspec {

/// A list of types, never instantiated as a value with state. Field descriptors of an
/// entity and the entity types of a model are `type_list`s; algorithms over them are
/// pack expansions, which keep compile time low for large models.
template <class... Ts>
struct type_list {
    static constexpr std::size_t size = sizeof...(Ts);
};

namespace detail {
template <class List, std::size_t I>
struct type_at;
template <class T, class... Ts>
struct type_at<type_list<T, Ts...>, 0> {
    using type = T;
};
template <class T, class... Ts, std::size_t I>
struct type_at<type_list<T, Ts...>, I> : type_at<type_list<Ts...>, I - 1> {};
}  // namespace detail

/// The `I`-th type of a `type_list`.
template <class List, std::size_t I>
using type_at_t = typename detail::type_at<List, I>::type;

}  // namespace twinspec
