// twinspec/platform/interface.hpp — interfaces between platform components: a named, versioned
// set of operations whose request and response are kernel entities, and the requirement of an
// interface in a version range.
#pragma once

#include <span>
#include <string_view>
#include <type_traits>

#include <twinspec/core/fixed_string.hpp>
#include <twinspec/core/schema.hpp>
#include <twinspec/core/type_list.hpp>
#include <twinspec/platform/semver.hpp>

namespace twinspec::platform {

/// The payload of an operation that takes or returns nothing.
struct nothing {};

namespace detail {
template <class T>
inline constexpr bool is_payload_v = std::is_same_v<T, nothing> || Entity<T>;

template <class T>
[[nodiscard]] constexpr std::string_view payload_name() noexcept {
    if constexpr (std::is_same_v<T, nothing>) return {};
    else return entity_name_v<T>;
}
}  // namespace detail

/// What the platform's descriptions show of an operation.
struct operation_info {
    std::string_view name;
    std::string_view request;   ///< the request entity's name, empty for `nothing`
    std::string_view response;  ///< the response entity's name, empty for `nothing`
};

/// One operation of an interface: `operation<"query", QueryRequest, QueryResponse>`.
/// Request and response are entities (`TWINSPEC_ENTITY`) or `nothing`.
template <fixed_string Name, class Request, class Response>
struct operation {
    static_assert(detail::is_payload_v<Request>,
                  "twinspec: operation<name, Request, Response>: the request is neither an entity nor platform::nothing");
    static_assert(detail::is_payload_v<Response>,
                  "twinspec: operation<name, Request, Response>: the response is neither an entity nor platform::nothing");
    static constexpr std::string_view name = Name.view();
    using request = Request;
    using response = Response;
    static constexpr operation_info info{Name.view(), detail::payload_name<Request>(), detail::payload_name<Response>()};
};

namespace detail {
struct interface_base {};
template <class T>
struct is_operation : std::false_type {};
template <fixed_string N, class Rq, class Rs>
struct is_operation<operation<N, Rq, Rs>> : std::true_type {};
}  // namespace detail

/// A named, versioned set of operations. Derive a named type from it so that diagnostics
/// name the interface:
///
///     struct TwinDataApi : pf::interface<"twin-data", pf::semver{1, 3, 0},
///                                        pf::operation<"query", Query, Samples>> {};
template <fixed_string Name, semver Version, class... Ops>
struct interface : detail::interface_base {
    static_assert((detail::is_operation<Ops>::value && ...),
                  "twinspec: interface<name, version, Ops...>: every Op must be a platform::operation<...>");
    static_assert(Name.size() > 0, "twinspec: interface<name, ...>: the name is empty");
    static constexpr std::string_view name = Name.view();
    static constexpr semver version = Version;
    using operations = type_list<Ops...>;
    static constexpr operation_info operation_list[sizeof...(Ops) + 1] = {Ops::info..., {}};
    /// The operations, for descriptions.
    [[nodiscard]] static constexpr std::span<const operation_info> operation_infos() noexcept {
        return {operation_list, sizeof...(Ops)};
    }
};

/// A type derived from `interface<…>`.
template <class I>
concept Interface = std::is_base_of_v<detail::interface_base, I> && requires {
    { I::name } -> std::convertible_to<std::string_view>;
    { I::version } -> std::convertible_to<semver>;
};

/// A requirement: interface `I` (matched by its name) in a version within `Range`; by
/// default the versions compatible with `I::version` (`caret`).
template <Interface I, version_range Range = caret(I::version)>
struct need {
    using interface_type = I;
    static constexpr std::string_view name = I::name;
    static constexpr version_range range = Range;
};

/// Interfaces a component provides: `provides<TwinDataApi, ModelApi>`.
template <Interface... I>
struct provides {
    using list = type_list<I...>;
};

namespace detail {
template <class N>
struct as_need {
    using type = need<N>;
};
template <class I, version_range R>
struct as_need<need<I, R>> {
    using type = need<I, R>;
};
}  // namespace detail

/// Interfaces a component requires: interface types (any version compatible with theirs) or
/// `need<I, range>`: `needs<TwinDataApi, need<DeviceData, caret(semver{2, 1, 0})>>`.
template <class... N>
struct needs {
    using list = type_list<typename detail::as_need<N>::type...>;
};

}  // namespace twinspec::platform
