// twinspec/platform/component.hpp — the descriptor of an industrial internet platform component:
// name, semantic version, layer, kind (one of the parts of the 工业互联网平台 series), provided
// and required interfaces, deployment target, claimed standards (with the status of the requirements the catalogue records
// for them) and development-environment data.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

#include <twinspec/core/fixed_string.hpp>
#include <twinspec/core/schema.hpp>
#include <twinspec/core/type_list.hpp>
#include <twinspec/platform/interface.hpp>
#include <twinspec/platform/semver.hpp>
#include <twinspec/standards/catalog_iip.hpp>
#include <twinspec/standards/conformance.hpp>

namespace twinspec::platform {

/// The platform's layers, bottom to top.
enum class layer : std::uint8_t { edge, iaas, paas, saas };

/// "edge", "IaaS", "PaaS", "SaaS".
[[nodiscard]] constexpr std::string_view to_string(layer l) noexcept {
    constexpr std::string_view names[] = {"edge", "IaaS", "PaaS", "SaaS"};
    return names[static_cast<std::size_t>(l)];
}

/// What a component is, by the parts of the 工业互联网平台 series (`standards::iip_standards`):
/// the part number is the enumerator's value.
enum class component_kind : std::uint8_t {
    framework = 1,            ///< part 1: 总体框架 (platform framework, infrastructure)
    device_access = 2,        ///< part 2: 工业设备接入 (device access)
    big_data = 3,             ///< part 3: 工业大数据 (industrial big data)
    mechanism_model = 4,      ///< part 4: 工业机理模型与组件 (mechanism models and components)
    industrial_app = 5,       ///< part 5: 工业 APP
    service_application = 6, ///< part 6: 服务与应用 (services and applications)
    microservice = 7,         ///< part 7: 微服务与开发环境 (microservices, development environment)
};

/// "device_access" …
[[nodiscard]] constexpr std::string_view to_string(component_kind k) noexcept {
    constexpr std::string_view names[] = {"",          "framework",          "device_access",         "big_data",
                                          "mechanism_model", "industrial_app", "service_application", "microservice"};
    return names[static_cast<std::size_t>(k)];
}

/// The part of the 工业互联网平台 series that describes components of kind `k`.
[[nodiscard]] constexpr const standards::standard_descriptor& series_part(component_kind k) noexcept {
    return standards::iip_standards[static_cast<std::size_t>(k) - 1];
}

/// Where a component runs.
enum class deployment : std::uint8_t { edge, cloud, both };

/// "edge", "cloud", "edge+cloud".
[[nodiscard]] constexpr std::string_view to_string(deployment d) noexcept {
    constexpr std::string_view names[] = {"edge", "cloud", "edge+cloud"};
    return names[static_cast<std::size_t>(d)];
}

/// Standards a component claims, by number or exact title, through the standards layer's
/// `conforms_to` (a standard no visible catalogue contains does not compile):
/// `conforms<"工业互联网平台 工业设备接入通用规范">`.
template <fixed_string... Standards>
struct conforms {
    static constexpr const standards::standard_descriptor* list[sizeof...(Standards) + 1] = {
        standards::conformance_claim<Standards>::descriptor..., nullptr};
    static constexpr std::size_t size = sizeof...(Standards);
};

/// Development-environment metadata (part 7): toolchain, runtime and language.
template <fixed_string Toolchain, fixed_string Runtime, fixed_string Language>
struct dev_env {
    static constexpr std::string_view toolchain = Toolchain.view();
    static constexpr std::string_view runtime = Runtime.view();
    static constexpr std::string_view language = Language.view();
};

/// Mechanism models an APP (or any component) uses: model types, e.g. `decltype(path_loss)`
/// (anything with static `name` and `version`).
template <class... M>
struct uses_models {};

/// Data classes (entities) an APP (or any component) reads or writes.
template <Entity... E>
struct uses_data {};

/// One thing a component uses: a mechanism model or a data class.
struct use_info {
    std::string_view what;  ///< "model" or "data"
    std::string_view name;
    semver version{};       ///< models only
};

/// One requirement of a claimed standard, as the component meets it (or not): the
/// requirement's key, text and clause, and which data class (and field) the component uses
/// provides it (`provided_by.found == false`: none).
struct requirement_status {
    std::string_view key;
    std::string_view text;
    std::string_view clause;
    standards::provider provided_by{};
    [[nodiscard]] constexpr bool met() const noexcept { return provided_by.found; }
};

/// A component's claim of one standard: the standard and the status of each requirement the
/// catalogue records for it (none for the 工业互联网平台 series yet: then the claim states
/// only that the standard exists).
struct claim_info {
    const standards::standard_descriptor* standard = nullptr;
    std::span<const requirement_status> requirements{};

    /// How many requirements are met.
    [[nodiscard]] constexpr std::size_t met_count() const noexcept {
        std::size_t n = 0;
        for (const auto& r : requirements) n += r.met() ? 1U : 0U;
        return n;
    }
    /// True when every recorded requirement is met (also when none is recorded).
    [[nodiscard]] constexpr bool met() const noexcept { return met_count() == requirements.size(); }
    /// "5 of 5 requirements met", "no requirements recorded (the standard exists)".
    [[nodiscard]] std::string status() const {
        if (requirements.empty()) return "no requirements recorded (the standard exists)";
        return std::to_string(met_count()) + " of " + std::to_string(requirements.size()) + " requirements met";
    }
};

/// What the descriptions show of an interface.
struct interface_info {
    std::string_view name;
    semver version;
    std::span<const operation_info> operations;
};

/// What the descriptions show of a requirement.
struct need_info {
    std::string_view interface;
    version_range range;
};

/// Development environment, empty when not declared.
struct dev_env_info {
    std::string_view toolchain;
    std::string_view runtime;
    std::string_view language;
};

/// A component as the platform's run-time descriptions see it.
struct component_info {
    std::string_view name;
    semver version;
    twinspec::platform::layer layer;
    component_kind kind;
    twinspec::platform::deployment deployment;
    std::span<const interface_info> provides;
    std::span<const need_info> needs;
    std::span<const claim_info> conforms_to;  ///< the claims with the status of their requirements
    dev_env_info env;
    std::span<const use_info> uses;  ///< mechanism models and data classes used
};

namespace detail {
struct component_base {};

// The parts of a component declaration, picked by their template.
template <class T>
struct part_kind {
    static constexpr int value = 0;
};
template <Interface... I>
struct part_kind<provides<I...>> {
    static constexpr int value = 1;
};
template <class... N>
struct part_kind<needs<N...>> {
    static constexpr int value = 2;
};
template <fixed_string... S>
struct part_kind<conforms<S...>> {
    static constexpr int value = 3;
};
template <fixed_string A, fixed_string B, fixed_string C>
struct part_kind<dev_env<A, B, C>> {
    static constexpr int value = 4;
};

template <class Default, int K, class... Parts>
struct pick_part {
    using type = Default;
};
template <class Default, int K, class P, class... Parts>
struct pick_part<Default, K, P, Parts...> {
    using type = std::conditional_t<part_kind<P>::value == K, P, typename pick_part<Default, K, Parts...>::type>;
};

template <int K, class... Parts>
inline constexpr int part_count = (0 + ... + (part_kind<Parts>::value == K ? 1 : 0));

template <class I>
inline constexpr interface_info interface_info_of{I::name, I::version, I::operation_infos()};

template <class List>
struct list_infos;
template <class... I>
struct list_infos<type_list<I...>> {
    static constexpr interface_info provided[sizeof...(I) + 1] = {interface_info_of<I>..., {}};
    static constexpr need_info needed[sizeof...(I) + 1] = {need_info{I::name, I::range}..., {}};
};

template <class E>
struct dev_env_of {
    static constexpr dev_env_info value{E::toolchain, E::runtime, E::language};
};
template <>
struct dev_env_of<void> {
    static constexpr dev_env_info value{};
};

template <class... M>
struct part_kind<uses_models<M...>> {
    static constexpr int value = 5;
};
template <class... E>
struct part_kind<uses_data<E...>> {
    static constexpr int value = 6;
};

/// The claims of a component that uses the data classes `Data` (a `uses_data<E…>`): each
/// requirement of each claimed standard is met when one of those entities (its `meta(…)` or a
/// field) declares `standards::provides<key>`.
template <class Claims, class Data>
struct claim_infos;
template <fixed_string... S, Entity... E>
struct claim_infos<conforms<S...>, uses_data<E...>> {
    template <fixed_string Std>
    struct one {
        static constexpr const standards::standard_descriptor* standard = standards::conformance_claim<Std>::descriptor;
        static constexpr std::size_t n = standard ? standard->requirements.size() : 0;
        static constexpr std::array<requirement_status, n + 1> requirements = [] {
            std::array<requirement_status, n + 1> a{};
            for (std::size_t r = 0; r != n; ++r) {
                const auto& q = standard->requirements[r];
                standards::provider by{};
                if constexpr (sizeof...(E) != 0) by = standards::find_provider<E...>(q.key);
                a[r] = requirement_status{q.key, q.text, q.clause, by};
            }
            return a;
        }();
    };
    static constexpr claim_info list[sizeof...(S) + 1] = {claim_info{one<S>::standard, {one<S>::requirements.data(), one<S>::n}}...,
                                                          claim_info{}};
    static constexpr std::size_t size = sizeof...(S);
};

template <class Models, class Data>
struct uses_infos;
template <class... M, class... E>
struct uses_infos<uses_models<M...>, uses_data<E...>> {
    static constexpr use_info list[sizeof...(M) + sizeof...(E) + 1] = {use_info{"model", M::name, M::version}...,
                                                                       use_info{"data", entity_name_v<E>, {}}..., use_info{}};
    static constexpr std::size_t size = sizeof...(M) + sizeof...(E);
};
}  // namespace detail

/// A platform component. Derive a named type from it, so that diagnostics name the component:
///
///     struct ModbusGateway : pf::component<"modbus-gateway", pf::semver{1, 4, 2},
///         pf::layer::edge, pf::component_kind::device_access, pf::deployment::edge,
///         pf::provides<DevicePointsApi>, pf::needs<RegistryApi>,
///         pf::conforms<"工业互联网平台 工业设备接入通用规范">> {};
///
/// The trailing parts are optional and may come in any order, each at most once:
/// `provides<…>`, `needs<…>`, `conforms<…>`, `dev_env<…>`, `uses_models<…>`, `uses_data<…>`.
template <fixed_string Name, semver Version, layer Layer, component_kind Kind, deployment Deploy, class... Parts>
struct component : detail::component_base {
    static_assert(((detail::part_kind<Parts>::value != 0) && ...),
                  "twinspec: component<...>: a part is none of provides<...>, needs<...>, conforms<...>, dev_env<...>, uses_models<...>, uses_data<...>");
    static_assert(detail::part_count<1, Parts...> <= 1 && detail::part_count<2, Parts...> <= 1 &&
                      detail::part_count<3, Parts...> <= 1 && detail::part_count<4, Parts...> <= 1 &&
                      detail::part_count<5, Parts...> <= 1 && detail::part_count<6, Parts...> <= 1,
                  "twinspec: component<...>: a part (provides, needs, conforms, dev_env, uses_models, uses_data) is given twice");
    static_assert(Name.size() > 0, "twinspec: component<name, ...>: the name is empty");

    static constexpr std::string_view name = Name.view();
    static constexpr semver version = Version;
    static constexpr twinspec::platform::layer layer = Layer;
    static constexpr component_kind kind = Kind;
    static constexpr twinspec::platform::deployment deployment = Deploy;
    /// The provided interfaces (a `type_list`).
    using provided = typename detail::pick_part<provides<>, 1, Parts...>::type::list;
    /// The requirements (a `type_list` of `need<I, range>`).
    using needed = typename detail::pick_part<needs<>, 2, Parts...>::type::list;
    /// The claimed standards, with the status of their requirements (`list`, `size`).
    using claims = detail::claim_infos<typename detail::pick_part<conforms<>, 3, Parts...>::type,
                                       typename detail::pick_part<uses_data<>, 6, Parts...>::type>;
    /// The development environment (`void` when not declared).
    using environment = typename detail::pick_part<void, 4, Parts...>::type;
    /// Mechanism models and data classes used.
    using uses = detail::uses_infos<typename detail::pick_part<uses_models<>, 5, Parts...>::type,
                                    typename detail::pick_part<uses_data<>, 6, Parts...>::type>;
};

/// A type derived from `component<…>`.
template <class C>
concept Component = std::is_base_of_v<detail::component_base, C> && std::is_class_v<C>;

/// The run-time description of component `C`.
template <Component C>
inline constexpr component_info info_of{
    C::name,
    C::version,
    C::layer,
    C::kind,
    C::deployment,
    {detail::list_infos<typename C::provided>::provided, C::provided::size},
    {detail::list_infos<typename C::needed>::needed, C::needed::size},
    {C::claims::list, C::claims::size},
    detail::dev_env_of<typename C::environment>::value,
    {C::uses::list, C::uses::size},
};

/// The operations a component (e.g. a microservice) offers: those of every interface it
/// provides, in declaration order.
[[nodiscard]] inline std::vector<operation_info> operations_of(const component_info& c) {
    std::vector<operation_info> r;
    for (const auto& i : c.provides) r.insert(r.end(), i.operations.begin(), i.operations.end());
    return r;
}

}  // namespace twinspec::platform
