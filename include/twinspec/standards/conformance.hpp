// twinspec/standards/conformance.hpp — claims of conformance to standards, what a model
// provides, and the compile-time check that a claimed standard exists in a visible catalogue
// and that the model meets every requirement the catalogue records for it.
//
//     TWINSPEC_ENTITY(Cell,
//         ts::meta(ts::doc("NR cell"),
//                  ts::conforms_to<"移动网络数字孪生系统技术规范">,      // by title (no number yet)
//                  ts::conforms_to<"T/CCSA 690-2025", "5.2">,           // by number, clause 5.2
//                  ts::provides<"physical_entity.decision_execution">),
//         (double, rsrp, ts::telemetry, ts::provides<"physical_entity.sensing_access">));
//
//     static_assert(ts::standards::conformance_check<Cell, Twin, Data>);
//
// The core sees `conforms_to<…>` and `provides<…>` only as annotations (types with a
// `category`); it knows nothing of standards.
#pragma once

#include <twinspec/core/annotation.hpp>
#include <twinspec/core/fixed_string.hpp>
#include <twinspec/core/schema.hpp>
#include <twinspec/core/type_list.hpp>
#include <twinspec/standards/catalogs.hpp>
#include <twinspec/standards/descriptor.hpp>
#include <twinspec/standards/identifier.hpp>

#include <cstddef>
#include <span>
#include <string_view>
#include <type_traits>
#include <utility>

namespace twinspec::standards {

// ---------------------------------------------------------------------------------------
// What a model provides
// ---------------------------------------------------------------------------------------

/// Category of `provides<…>`.
struct provides_category {};

/// The capabilities an entity (in its `meta(…)`) or a field declares it provides, by the
/// keys that catalogue requirements use (`"physical_entity.sensing_access"`). This is the
/// minimal, explicit notion of "provides" the conformance check uses today; the twin layer
/// (roles, lifecycle, data classes) will supply these keys from its own declarations.
template <fixed_string... Keys>
struct provides_annotation {
    using category = provides_category;
    static_assert(sizeof...(Keys) > 0, "twinspec: provides<…> needs at least one capability key");
    static_assert(((Keys.size() > 0) && ...), "twinspec: provides<…>: a capability key is empty");

    /// The keys, in declaration order.
    static constexpr std::string_view keys[] = {Keys.view()...};

    /// True when `key` is one of the keys.
    [[nodiscard]] static constexpr bool has(std::string_view key) noexcept { return ((Keys.view() == key) || ...); }
};

/// `provides<"physical_entity.sensing_access", "physical_entity.decision_execution">`.
template <fixed_string... Keys>
inline constexpr provides_annotation<Keys...> provides{};

// ---------------------------------------------------------------------------------------
// Visible catalogues: the builtin ones and the user's
// ---------------------------------------------------------------------------------------

/// Customisation point: the application's own catalogues, searched by every claim after
/// `builtin_catalogues`. Specialise it once, before the first claim that needs it:
///
///     inline constexpr twinspec::standards::catalogue acme{ … };
///     template <>
///     struct twinspec::standards::user_catalogues<> {
///         static constexpr const twinspec::standards::catalogue* list[] = {&acme};
///     };
///
/// `list` may be a C array, a `std::array` or a `std::span` of `const catalogue*`. A library
/// that ships catalogues exposes its `catalogue` objects; the application lists them here.
/// (Specialising after a claim has used the primary template is a compile error.)
template <class = void>
struct user_catalogues {
    static constexpr std::span<const catalogue* const> list{};
};

namespace detail {
template <class T>
struct dependent_void {
    using type = void;
};

/// True when a claim's `text` names entry `e`: as a standard number (either of a joint
/// pair) or, for any entry, as its exact Chinese or English title.
constexpr bool names_entry(const standard_descriptor& e, std::string_view text, const id_parse_result& number) noexcept {
    if (number.ok())
        return e.has_number() && (e.id == number.id || (e.id.has_joint() && *e.id.joint() == number.id));
    return e.title.zh == text || (!e.title.en.empty() && e.title.en == text);
}

constexpr const standard_descriptor* find_in(std::span<const catalogue* const> cs, std::string_view text,
                                             const id_parse_result& number) noexcept {
    for (const catalogue* c : cs)
        for (const auto& e : c->entries)
            if (names_entry(e, text, number)) return &e;
    return nullptr;
}

constexpr const catalogue* catalogue_in(std::span<const catalogue* const> cs, const standard_descriptor* d) noexcept {
    for (const catalogue* c : cs)
        for (const auto& e : c->entries)
            if (&e == d) return c;
    return nullptr;
}
}  // namespace detail

/// The entry a claim's text names in the catalogues visible here (builtin, then
/// `user_catalogues<>`), or nullptr. `Dummy` only defers the lookup of `user_catalogues` to
/// the point of use.
template <class Dummy = void>
[[nodiscard]] constexpr const standard_descriptor* find_visible(std::string_view text) noexcept {
    const auto number = parse_standard_id(text);
    if (const auto* e = detail::find_in(builtin_catalogues, text, number)) return e;
    using U = user_catalogues<typename detail::dependent_void<Dummy>::type>;
    return detail::find_in(std::span<const catalogue* const>(U::list), text, number);
}

/// The visible catalogue that holds entry `d`, or nullptr.
template <class Dummy = void>
[[nodiscard]] constexpr const catalogue* catalogue_of(const standard_descriptor* d) noexcept {
    if (const auto* c = detail::catalogue_in(builtin_catalogues, d)) return c;
    using U = user_catalogues<typename detail::dependent_void<Dummy>::type>;
    return detail::catalogue_in(std::span<const catalogue* const>(U::list), d);
}

// ---------------------------------------------------------------------------------------
// Diagnostics: text in template arguments, cut so that both compilers print it
// ---------------------------------------------------------------------------------------

namespace detail {
/// Pieces of a text of at most 32 bytes, cut after a space where possible and wherever the
/// text changes between ASCII and non-ASCII: clang prints a string template argument only
/// when it is ASCII and at most 34 bytes long, g++ prints non-ASCII bytes as escapes.
struct text_pieces {
    static constexpr std::size_t max_pieces = 24;
    std::size_t begin[max_pieces]{};
    std::size_t end[max_pieces]{};
    std::size_t count = 0;
};

constexpr bool is_ascii(char c) noexcept { return static_cast<unsigned char>(c) < 0x80; }
constexpr bool is_continuation(char c) noexcept { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

constexpr text_pieces cut_for_diagnostic(std::string_view s) noexcept {
    text_pieces p;
    std::size_t i = 0;
    while (i < s.size() && p.count != text_pieces::max_pieces) {
        const std::size_t start = i;
        const bool ascii = is_ascii(s[i]);
        std::size_t after_space = 0;
        while (i < s.size() && i - start < 32 && is_ascii(s[i]) == ascii) {
            if (s[i] == ' ') after_space = i + 1;
            ++i;
        }
        if (i < s.size() && i - start == 32 && is_ascii(s[i]) == ascii) {  // cut inside a run
            if (ascii && after_space > start) i = after_space;
            while (!ascii && i > start + 1 && is_continuation(s[i])) --i;
        }
        p.begin[p.count] = start;
        p.end[p.count] = i;
        ++p.count;
    }
    return p;
}

template <std::size_t N>
consteval fixed_string<N> fixed_piece(std::string_view s) noexcept {
    fixed_string<N> r{};
    for (std::size_t i = 0; i != N; ++i) r.data[i] = s[i];
    return r;
}

/// The pieces of `Src::text` (a `static constexpr std::string_view`) as constants.
template <class Src>
struct pieces_of {
    static constexpr std::string_view text = Src::text;
    static constexpr text_pieces pieces = cut_for_diagnostic(text);
    template <std::size_t I>
    static constexpr auto piece = fixed_piece<pieces.end[I] - pieces.begin[I]>(text.substr(pieces.begin[I]));
};

template <template <fixed_string...> class Into, class P, std::size_t... I>
auto apply_pieces(std::index_sequence<I...>) -> Into<P::template piece<I>...>;

/// `Into<piece_0, piece_1, …>` for the pieces of `Src::text`.
template <template <fixed_string...> class Into, class Src>
using with_pieces_t =
    decltype(apply_pieces<Into, pieces_of<Src>>(std::make_index_sequence<pieces_of<Src>::pieces.count>{}));
}  // namespace detail

/// Instantiated only when a claimed standard is in no visible catalogue: the claim's text
/// (cut into pieces) is this template's argument list, printed by the compiler in the
/// instantiation note.
template <fixed_string... ClaimedText>
struct no_visible_catalogue_contains {
    static_assert(sizeof...(ClaimedText) == 0,
                  "twinspec: a claimed standard is in no visible catalogue (builtin_catalogues or "
                  "user_catalogues<>); it is named in the instantiation of "
                  "no_visible_catalogue_contains<...>");
    static constexpr bool value = false;
};

namespace diagnostic {
/// A text in a diagnostic, as pieces the compilers print (see `cut_for_diagnostic`).
template <fixed_string... Pieces>
struct text {};
}  // namespace diagnostic

/// Instantiated only when a model misses a requirement of a standard it claims: the
/// standard (its number, or its title), the requirement's key and its text are this
/// template's arguments, printed by the compiler in the instantiation note:
/// `conformance_requirement_not_met<text<"T/CCSA 1-2025">, text<"virtual_entity.verification">,
/// text<"the virtual entity has a ", "verification (", …>>`.
template <class Standard, class Key, class Text>
struct conformance_requirement_not_met {
    static_assert(sizeof(Standard) == 0,
                  "twinspec: a conformance requirement is not met (stated in the instantiation of "
                  "conformance_requirement_not_met<standard, key, text>)");
    static constexpr bool value = false;
};

// ---------------------------------------------------------------------------------------
// Claims
// ---------------------------------------------------------------------------------------

namespace detail {
template <fixed_string Standard>
struct claim_category {};

struct known_standard {
    static constexpr bool value = true;
};
template <bool Known>
struct select_unknown {
    template <fixed_string Text>
    using type = known_standard;
};
template <fixed_string Text>
struct claimed_text {
    static constexpr std::string_view text = Text.view();
};
template <>
struct select_unknown<false> {
    template <fixed_string Text>
    using type = with_pieces_t<no_visible_catalogue_contains, claimed_text<Text>>;
};
}  // namespace detail

/// A claim of conformance to the standard `Standard` — a number (`"T/CCSA 690-2025"`, any
/// separator and dash spelling) or, for a standard without a number yet, its exact title —
/// optionally limited to some clauses. An entity meta annotation; its category depends on
/// the standard, so an entity may claim several standards but each only once.
template <fixed_string Standard, fixed_string... Clauses>
struct conformance_claim {
    using category = detail::claim_category<Standard>;

    /// The entry the claim names in a visible catalogue.
    static constexpr const standard_descriptor* descriptor = find_visible<conformance_claim>(Standard.view());

    static_assert(detail::select_unknown<descriptor != nullptr>::template type<Standard>::value,
                  "twinspec: conforms_to<...> names a standard that no visible catalogue contains");
    static_assert(((Clauses.size() > 0) && ...), "twinspec: conforms_to<...>: a clause is empty");

    /// The standard as the claim writes it.
    static constexpr std::string_view standard = Standard.view();
    /// The claimed clauses (none: the whole standard).
    static constexpr std::span<const std::string_view> clauses() noexcept {
        return {clause_list, sizeof...(Clauses)};
    }

private:
    static constexpr std::string_view clause_list[sizeof...(Clauses) + 1] = {Clauses.view()..., {}};  // +1: never empty
};

/// `conforms_to<"T/CCSA 690-2025">`, `conforms_to<"T/CCSA 690-2025", "5.2", "6">`,
/// `conforms_to<"移动网络数字孪生系统技术规范">`. Naming a standard that no visible catalogue
/// contains does not compile; the diagnostic names it.
template <fixed_string Standard, fixed_string... Clauses>
inline constexpr conformance_claim<Standard, Clauses...> conforms_to{};

template <class A>
struct is_conformance_claim : std::false_type {};
template <fixed_string S, fixed_string... C>
struct is_conformance_claim<conformance_claim<S, C...>> : std::true_type {};

/// True when a requirement stated in clause `required` applies to a claim of `claimed`
/// clauses: always when the requirement names no clause or the claim names none (the whole
/// standard); otherwise when a claimed clause is the requirement's clause or contains it
/// (`"5"` contains `"5.2"`).
[[nodiscard]] constexpr bool requirement_applies(std::span<const std::string_view> claimed,
                                                 std::string_view required) noexcept {
    if (required.empty() || claimed.empty()) return true;
    for (std::string_view c : claimed)
        if (required == c || (required.size() > c.size() && required.substr(0, c.size()) == c && required[c.size()] == '.'))
            return true;
    return false;
}

// ---------------------------------------------------------------------------------------
// Who provides a requirement
// ---------------------------------------------------------------------------------------

/// Where a capability is provided: the entity and, when a field declares it, the field.
struct provider {
    bool found = false;
    std::string_view entity{};
    std::string_view field{};  ///< empty: the entity's `meta(…)` declares it
};

namespace detail {
template <class Set>
constexpr bool set_provides(const Set& set, std::string_view key) noexcept {
    if constexpr (Set::template has<provides_category>) return set.template get<provides_category>().has(key);
    else {
        (void)set;
        (void)key;
        return false;
    }
}

template <class E, class... F>
constexpr provider provider_in(std::string_view key, type_list<F...>*) noexcept {
    if (set_provides(schema_t<E>::annotations, key)) return {true, schema_t<E>::name, {}};
    provider p{};
    ((!p.found && set_provides(F::annotations, key) ? void(p = provider{true, schema_t<E>::name, F::name}) : void()), ...);
    return p;
}
}  // namespace detail

/// The first entity of `E...` (its metadata, then its fields in order) that provides `key`.
template <Entity... E>
[[nodiscard]] constexpr provider find_provider(std::string_view key) noexcept {
    provider p{};
    ((!p.found ? void(p = detail::provider_in<E>(key, static_cast<fields_t<E>*>(nullptr))) : void()), ...);
    return p;
}

// ---------------------------------------------------------------------------------------
// The check
// ---------------------------------------------------------------------------------------

namespace detail {
template <class... L>
struct concat {
    using type = type_list<>;
};
template <class... T>
struct concat<type_list<T...>> {
    using type = type_list<T...>;
};
template <class... T, class... U, class... L>
struct concat<type_list<T...>, type_list<U...>, L...> : concat<type_list<T..., U...>, L...> {};

template <class Set>
struct set_claims;
template <class... A>
struct set_claims<annotation_set<A...>>
    : concat<std::conditional_t<is_conformance_claim<A>::value, type_list<A>, type_list<>>...> {};
}  // namespace detail

/// The conformance claims of entity `E` (its `meta(…)`), a `type_list` of `conformance_claim`s.
template <Entity E>
using claims_t = typename detail::set_claims<std::remove_cvref_t<decltype(schema_t<E>::annotations)>>::type;

/// Every claim of the model `E...`, in entity order (duplicates kept).
template <Entity... E>
using model_claims_t = typename detail::concat<claims_t<E>...>::type;

namespace detail {
/// The title of a standard in diagnostics: English when there is one (clang prints only
/// ASCII text), otherwise Chinese.
constexpr std::string_view diagnostic_title(const standard_descriptor& d) noexcept {
    return d.title.en.empty() ? d.title.zh : d.title.en;
}

template <class Claim, std::size_t R, class... E>
struct requirement_status {
    static constexpr const requirement& req = Claim::descriptor->requirements[R];
    static constexpr bool applies = requirement_applies(Claim::clauses(), req.clause);
    static constexpr bool met = !applies || find_provider<E...>(req.key).found;
};

template <class Claim, std::size_t R>
struct explain_requirement {
    static constexpr const standard_descriptor& d = *Claim::descriptor;
    static constexpr auto number = d.id.canonical();
    struct standard_label {
        static constexpr std::string_view text = d.has_number() ? number.view() : diagnostic_title(d);
    };
    struct requirement_text {
        static constexpr std::string_view text = d.requirements[R].text;
    };
    static constexpr auto key = fixed_piece<d.requirements[R].key.size()>(d.requirements[R].key);
    using type = conformance_requirement_not_met<with_pieces_t<diagnostic::text, standard_label>, diagnostic::text<key>,
                                                 with_pieces_t<diagnostic::text, requirement_text>>;
};

struct requirement_met {
    static constexpr bool value = true;
};
template <bool Met>
struct select_requirement {
    template <class Claim, std::size_t R>
    using type = requirement_met;
};
template <>
struct select_requirement<false> {
    template <class Claim, std::size_t R>
    using type = typename explain_requirement<Claim, R>::type;
};

template <class Claim, std::size_t R, class... E>
inline constexpr bool requirement_ok =
    select_requirement<requirement_status<Claim, R, E...>::met>::template type<Claim, R>::value;

template <class Claim, class... E>
constexpr bool claim_ok() noexcept {
    if constexpr (Claim::descriptor == nullptr) return true;  // already reported by the claim
    else return []<std::size_t... R>(std::index_sequence<R...>) {
        return (requirement_ok<Claim, R, E...> && ...);
    }(std::make_index_sequence<Claim::descriptor->requirements.size()>{});
}

template <class Claims, class... E>
struct model_ok;
template <class... C, class... E>
struct model_ok<type_list<C...>, E...> {
    static constexpr bool value = (claim_ok<C, E...>() && ...);
};

template <class Claims, class... E>
struct model_unmet;
template <class... C, class... E>
struct model_unmet<type_list<C...>, E...> {
    template <class Claim>
    static constexpr std::size_t unmet_of() noexcept {
        std::size_t n = 0;
        if constexpr (Claim::descriptor != nullptr)
            for (const auto& r : Claim::descriptor->requirements)
                if (requirement_applies(Claim::clauses(), r.clause) && !find_provider<E...>(r.key).found) ++n;
        return n;
    }
    static constexpr std::size_t value = (std::size_t{0} + ... + unmet_of<C>());
};
}  // namespace detail

/// The model `E...` (a set of entity types) meets every requirement of every standard its
/// entities claim: `static_assert(conformance_check<Cell, Twin, Data>)`. When a requirement
/// is missed, the compiler states it (standard, key and text) in the instantiation of
/// `conformance_requirement_not_met<…>`.
template <Entity... E>
inline constexpr bool conformance_check = detail::model_ok<model_claims_t<E...>, E...>::value;

/// How many requirements of the model's claims no entity of the model provides (counted per
/// claim). Never fails to compile: for static tests and reports.
template <Entity... E>
inline constexpr std::size_t unmet_requirements_v = detail::model_unmet<model_claims_t<E...>, E...>::value;

/// True when `unmet_requirements_v<E...> == 0`, without a diagnostic.
template <Entity... E>
inline constexpr bool conforms_v = unmet_requirements_v<E...> == 0;

}  // namespace twinspec::standards

namespace twinspec {
/// The standards layer's annotations, also under `twinspec::` for `ts::meta(…)`.
using standards::conforms_to;
using standards::provides;
}  // namespace twinspec
