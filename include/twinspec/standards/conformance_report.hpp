// twinspec/standards/conformance_report.hpp — what a model claims and where each requirement
// is met, as data and rendered as Markdown and JSON:
//
//     const auto report = ts::standards::conformance_report<Cell, Twin, Data>();
//     std::cout << report.markdown();   // or report.json()
#pragma once

#include <twinspec/core/detail/json_builder.hpp>
#include <twinspec/core/schema.hpp>
#include <twinspec/core/type_list.hpp>
#include <twinspec/standards/conformance.hpp>
#include <twinspec/standards/descriptor.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace twinspec::standards {

/// One requirement of a claimed standard and where the model meets it.
struct requirement_result {
    std::string_view key{};
    std::string_view text{};
    std::string_view clause{};
    bool applies = true;   ///< false: the claim names clauses that do not state it
    provider provided_by{};///< `found` false: not met
    [[nodiscard]] bool met() const noexcept { return !applies || provided_by.found; }
};

/// One claimed standard: who claims it, which clauses, its requirements.
struct claim_result {
    const standard_descriptor* standard = nullptr;
    const catalogue* in_catalogue = nullptr;
    std::string_view claimed_as{};                 ///< the text of the first claim
    std::vector<std::string_view> claimed_by;      ///< entity names
    std::vector<std::string_view> clauses;         ///< empty: the whole standard
    std::vector<requirement_result> requirements;
    [[nodiscard]] bool met() const noexcept {
        return std::all_of(requirements.begin(), requirements.end(), [](const requirement_result& r) { return r.met(); });
    }
};

/// The conformance of a model: one entry per claimed standard, in order of first claim.
struct conformance_result {
    std::vector<claim_result> claims;

    [[nodiscard]] bool all_met() const noexcept {
        return std::all_of(claims.begin(), claims.end(), [](const claim_result& c) { return c.met(); });
    }
    /// A Markdown document: a section per standard, a table of its requirements.
    [[nodiscard]] std::string markdown() const;
    /// A JSON document: `{"conforms":…,"claims":[{"standard":…,"requirements":[…]}]}`.
    [[nodiscard]] std::string json() const;
};

namespace detail {
inline std::string standard_label(const standard_descriptor& d) {
    if (d.has_number()) return std::string(d.id.text());
    return std::string(d.title.zh);
}

inline std::string provider_label(const provider& p) {
    std::string s(p.entity);
    if (!p.field.empty()) {
        s += '.';
        s += p.field;
    }
    return s;
}

/// Markdown table cells: `|` and line breaks would end the cell.
inline std::string md_cell(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '|') out += "\\|";
        else if (c == '\n' || c == '\r') out += ' ';
        else out += c;
    }
    return out;
}

template <class Claim, class... E>
void add_claim(conformance_result& r, std::string_view entity) {
    const standard_descriptor* d = Claim::descriptor;
    if (d == nullptr) return;  // cannot happen: the claim does not compile
    auto it = std::find_if(r.claims.begin(), r.claims.end(), [d](const claim_result& c) { return c.standard == d; });
    const auto claimed = Claim::clauses();
    if (it == r.claims.end()) {
        claim_result c;
        c.standard = d;
        c.in_catalogue = catalogue_of<Claim>(d);
        c.claimed_as = Claim::standard;
        c.clauses.assign(claimed.begin(), claimed.end());
        r.claims.push_back(std::move(c));
        it = r.claims.end() - 1;
    } else if (!it->clauses.empty()) {  // no clauses: the whole standard, which stays claimed
        if (claimed.empty()) it->clauses.clear();
        else
            for (std::string_view c : claimed)
                if (std::find(it->clauses.begin(), it->clauses.end(), c) == it->clauses.end()) it->clauses.push_back(c);
    }
    if (std::find(it->claimed_by.begin(), it->claimed_by.end(), entity) == it->claimed_by.end())
        it->claimed_by.push_back(entity);
    it->requirements.clear();
    for (const auto& q : d->requirements) {
        requirement_result rr;
        rr.key = q.key;
        rr.text = q.text;
        rr.clause = q.clause;
        rr.applies = requirement_applies(it->clauses, q.clause);
        rr.provided_by = find_provider<E...>(q.key);
        it->requirements.push_back(rr);
    }
}

template <class Claims, class... E>
struct add_claims;
template <class... C, class... E>
struct add_claims<type_list<C...>, E...> {
    template <class... M>
    static void run([[maybe_unused]] conformance_result& r, [[maybe_unused]] std::string_view entity) {
        (add_claim<C, M...>(r, entity), ...);
    }
};
}  // namespace detail

/// The conformance of the model `E...`: every standard its entities claim, every
/// requirement of it, and the entity (and field) that provides it, or that none does.
/// Never fails to compile on a missed requirement (that is `conformance_check`'s job).
template <Entity... E>
[[nodiscard]] conformance_result conformance_report() {
    conformance_result r;
    (detail::add_claims<claims_t<E>>::template run<E...>(r, entity_name_v<E>), ...);
    return r;
}

inline std::string conformance_result::markdown() const {
    std::string out = "# Conformance report\n\n";
    if (claims.empty()) {
        out += "The model claims no standard.\n";
        return out;
    }
    out += all_met() ? "The model meets every requirement of the standards it claims.\n"
                     : "The model does **not** meet every requirement of the standards it claims.\n";
    for (const auto& c : claims) {
        const auto& d = *c.standard;
        out += "\n## ";
        out += detail::standard_label(d);
        if (d.has_number()) {
            out += " ";
            out += d.title.zh;
        }
        out += "\n\n";
        if (!d.title.en.empty()) {
            out += "*";
            out += d.title.en;
            out += "* (";
            out += to_string(d.state);
            if (c.in_catalogue != nullptr) {
                out += ", catalogue `";
                out += c.in_catalogue->key;
                out += "`";
            }
            out += ")\n\n";
        }
        out += "- claimed by: ";
        for (std::size_t i = 0; i != c.claimed_by.size(); ++i) {
            if (i != 0) out += ", ";
            out += "`";
            out += c.claimed_by[i];
            out += "`";
        }
        out += "\n- clauses: ";
        if (c.clauses.empty()) out += "all";
        for (std::size_t i = 0; i != c.clauses.size(); ++i) {
            if (i != 0) out += ", ";
            out += c.clauses[i];
        }
        out += "\n- result: ";
        out += c.met() ? "met" : "NOT met";
        out += "\n\n";
        if (c.requirements.empty()) {
            out += "The catalogue records no requirements for this standard.\n";
            continue;
        }
        out += "| requirement | text | met | provided by |\n| --- | --- | --- | --- |\n";
        for (const auto& q : c.requirements) {
            out += "| `";
            out += q.key;
            out += "` | ";
            out += detail::md_cell(q.text);
            out += " | ";
            if (!q.applies) out += "n/a (clause not claimed)";
            else out += q.provided_by.found ? "yes" : "**no**";
            out += " | ";
            if (q.provided_by.found) {
                out += "`";
                out += detail::provider_label(q.provided_by);
                out += "`";
            } else {
                out += "—";
            }
            out += " |\n";
        }
    }
    return out;
}

inline std::string conformance_result::json() const {
    std::string out;
    twinspec::detail::json_builder j(out);
    // an empty text is written as null (no number, no clause, no field)
    const auto text_or_null = [&j](std::string_view k, bool present, std::string_view v) {
        j.key(k);
        if (present) j.value(v);
        else j.null();
    };
    j.begin_object().member("conforms", all_met()).key("claims").begin_array();
    for (const auto& c : claims) {
        const auto& d = *c.standard;
        j.begin_object();
        text_or_null("standard", d.has_number(), d.id.text());
        j.member("title", d.title.zh).member("title_en", d.title.en).member("status", to_string(d.state));
        text_or_null("catalogue", c.in_catalogue != nullptr, c.in_catalogue != nullptr ? c.in_catalogue->key : std::string_view{});
        j.member("claimed_as", c.claimed_as);
        j.key("claimed_by").begin_array();
        for (std::string_view e : c.claimed_by) j.value(e);
        j.end_array().key("clauses").begin_array();
        for (std::string_view cl : c.clauses) j.value(cl);
        j.end_array().member("met", c.met()).key("requirements").begin_array();
        for (const auto& q : c.requirements) {
            j.begin_object().member("key", q.key).member("text", q.text);
            text_or_null("clause", !q.clause.empty(), q.clause);
            j.member("applies", q.applies).member("met", q.met()).key("provided_by");
            if (q.provided_by.found) {
                j.begin_object().member("entity", q.provided_by.entity);
                text_or_null("field", !q.provided_by.field.empty(), q.provided_by.field);
                j.end_object();
            } else {
                j.null();
            }
            j.end_object();
        }
        j.end_array().end_object();
    }
    j.end_array().end_object();
    return out;
}

}  // namespace twinspec::standards
