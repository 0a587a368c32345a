// twinspec/core/hana.hpp — every twinspec entity is a Boost.Hana `Struct`: include this
// header and `hana::keys`, `hana::to_map`, `hana::for_each`, `hana::members` work on it.
// Opt-in, so that users who do not use Hana pay nothing for it.
#pragma once

#include <cstddef>
#include <utility>

#include <boost/hana/fwd/accessors.hpp>
#include <boost/hana/pair.hpp>
#include <boost/hana/string.hpp>
#include <boost/hana/tuple.hpp>
#include <boost/hana/core/when.hpp>

#include <twinspec/core/schema.hpp>

namespace twinspec::detail {
template <class F>
struct hana_accessor {
    template <class Obj>
    constexpr decltype(auto) operator()(Obj&& obj) const noexcept {
        return (static_cast<Obj&&>(obj).*F::pointer);
    }
};

template <class F, std::size_t... I>
constexpr auto hana_key(std::index_sequence<I...>) noexcept {
    return boost::hana::string_c<F::name[I]...>;
}
}  // namespace twinspec::detail

namespace boost::hana {
/// Makes every twinspec entity a model of Hana's `Struct` concept; keys are the fields'
/// external names as `hana::string`s.
template <class S>
struct accessors_impl<S, when<::twinspec::Entity<S>>> {
    static constexpr auto apply() {
        return []<class... F>(::twinspec::type_list<F...>*) {
            return ::boost::hana::make_tuple(::boost::hana::make_pair(
                ::twinspec::detail::hana_key<F>(std::make_index_sequence<F::name.size()>{}),
                ::twinspec::detail::hana_accessor<F>{})...);
        }(static_cast<::twinspec::fields_t<S>*>(nullptr));
    }
};
}  // namespace boost::hana
