// twinspec/io/json_write.hpp — writes entities (and whole models) as JSON, driven by their
// schemas: exact numbers, UTF-8 checked and escaped, enums by name, optionals omitted (or
// null), time points as RFC 3339, `ref<T>` as the target's external id. Header-only, no
// dependency beyond the kernel.
#pragma once

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <twinspec/core/detail/json_text.hpp>
#include <twinspec/core/enum.hpp>
#include <twinspec/core/schema.hpp>
#include <twinspec/core/traits.hpp>
#include <twinspec/core/type_list.hpp>
#include <twinspec/core/violation.hpp>
#include <twinspec/twin/ref.hpp>

namespace twinspec::io {

/// How `write_json` formats its output.
/// Empty optionals and null `ref<T>` handles are omitted unless `null_for_empty_optional`.
struct json_write_options {
    /// Spaces per nesting level; 0 writes compact JSON on one line.
    int indent = 0;
    /// Write an empty `std::optional` (and a null `ref<T>`) as `null` instead of omitting the member.
    bool null_for_empty_optional = false;
    /// Escape every non-ASCII code point as `\uXXXX` (surrogate pairs above U+FFFF).
    bool ascii_only = false;
};

/// Why a value could not be written: where (a JSON pointer) and why.
struct write_error {
    std::string path;
    std::string reason;
    /// The 1-based line of the record, for JSON Lines (`io/jsonl.hpp`); 0 otherwise.
    std::size_t line = 0;
    /// `/cells/3/rsrp: …`, or `line 7: /time: …` for a JSON Lines record.
    [[nodiscard]] std::string to_string() const {
        std::string s = line != 0 ? "line " + std::to_string(line) + ": " : std::string();
        return s + (path.empty() ? std::string("/") : path) + ": " + reason;
    }
};

/// What `write_json` returns: empty when everything was written.
struct write_result {
    std::optional<write_error> error;
    [[nodiscard]] bool ok() const noexcept { return !error.has_value(); }
    explicit operator bool() const noexcept { return ok(); }
};

/// What `to_json` returns: the text, or the error (then `text` holds what was written before it).
struct json_text {
    std::string text;
    std::optional<write_error> error;
    [[nodiscard]] bool ok() const noexcept { return !error.has_value(); }
    explicit operator bool() const noexcept { return ok(); }
};

namespace detail {

/// True when a value of type `V` contains a `ref<…>` somewhere (so writing or reading it
/// needs a model to map handles to external ids).
template <class V>
constexpr bool contains_ref() noexcept;

template <class T>
constexpr bool entity_contains_ref() noexcept {
    return []<class... F>(type_list<F...>*) {
        return (contains_ref<typename F::value_type>() || ...);
    }(static_cast<fields_t<T>*>(nullptr));
}

template <class V>
constexpr bool contains_ref() noexcept {
    if constexpr (is_ref_v<V>) return true;
    else if constexpr (is_optional_v<V>) return contains_ref<typename V::value_type>();
    else if constexpr (is_sequence_v<V>) return contains_ref<typename V::value_type>();
    else if constexpr (Entity<V>) return entity_contains_ref<V>();
    else return false;
}

/// An output buffer over a `std::string`: grows the string, writes through a raw pointer, and
/// trims it to the written length at the end. The string's size is its room: growing it fills
/// the new room with zeros, so it grows straight to the capacity the string already has (a
/// string reused across writes fills once per write, not once per doubling), and with C++23's
/// `resize_and_overwrite` not at all.
class json_buffer {
public:
    explicit json_buffer(std::string& s) : s_(s), n_(s.size()) {}
    json_buffer(const json_buffer&) = delete;
    json_buffer& operator=(const json_buffer&) = delete;
    ~json_buffer() { s_.resize(n_); }

    /// Room for `k` more characters; returns where to write them.
    char* reserve(std::size_t k) {
        if (s_.size() - n_ < k) grow(k);
        return s_.data() + n_;
    }
    void commit(char* end) noexcept { n_ = static_cast<std::size_t>(end - s_.data()); }
    void put(char c) {
        char* p = reserve(1);
        *p = c;
        n_ += 1;
    }
    void append(const char* data, std::size_t k) {
        char* p = reserve(k);
        std::memcpy(p, data, k);
        n_ += k;
    }
    void append(std::string_view v) { append(v.data(), v.size()); }
    [[nodiscard]] std::size_t size() const noexcept { return n_; }

private:
    void grow(std::size_t k) {
        const std::size_t want = std::max({s_.size() * 2, n_ + k + 256, s_.capacity()});
#if defined(__cpp_lib_string_resize_and_overwrite)
        s_.resize_and_overwrite(want, [](char*, std::size_t n) noexcept { return n; });  // the first n_ bytes are kept
#else
        s_.resize(want);
#endif
    }

    std::string& s_;
    std::size_t n_;
};

/// Appends `s` as a JSON string (quotes included; `twinspec::detail::json_escape_to`). Returns
/// the offset of the first byte that is not well-formed UTF-8, or `npos` when all went well.
inline std::size_t write_json_string(json_buffer& out, std::string_view s, bool ascii_only) {
    std::size_t bad = std::string_view::npos;
    out.commit(twinspec::detail::json_escape_to(out.reserve(twinspec::detail::json_escaped_max(s.size())), s,
                                                ascii_only, bad));
    return bad;
}

/// Appends a time point of the system clock as RFC 3339 in UTC with as many fractional
/// digits as needed (none for whole seconds, at most 9). False when the year is outside 0000–9999.
template <class D>
bool write_rfc3339(json_buffer& out, std::chrono::time_point<std::chrono::system_clock, D> tp) {
    using namespace std::chrono;
    static_assert(std::is_integral_v<typename D::rep>,
                  "twinspec: io: json: time points are written with an integral duration");
    const auto day = floor<days>(tp);
    const year_month_day ymd{day};
    const int y = static_cast<int>(ymd.year());
    if (y < 0 || y > 9999) return false;
    const auto since_midnight = tp - day;
    const auto secs = floor<seconds>(since_midnight);
    const auto ns = duration_cast<nanoseconds>(since_midnight - secs).count();
    const auto s = secs.count();
    char* w = out.reserve(40);
    auto two = [&](unsigned v) { *w++ = static_cast<char>('0' + v / 10); *w++ = static_cast<char>('0' + v % 10); };
    *w++ = '"';
    two(static_cast<unsigned>(y / 100));
    two(static_cast<unsigned>(y % 100));
    *w++ = '-';
    two(static_cast<unsigned>(ymd.month()));
    *w++ = '-';
    two(static_cast<unsigned>(ymd.day()));
    *w++ = 'T';
    two(static_cast<unsigned>(s / 3600));
    *w++ = ':';
    two(static_cast<unsigned>(s / 60 % 60));
    *w++ = ':';
    two(static_cast<unsigned>(s % 60));
    if (ns != 0) {
        char digits[9];
        auto f = static_cast<std::uint32_t>(ns);
        for (int k = 8; k >= 0; --k) {
            digits[k] = static_cast<char>('0' + f % 10);
            f /= 10;
        }
        int last = 8;
        while (digits[last] == '0') --last;
        *w++ = '.';
        for (int k = 0; k <= last; ++k) *w++ = digits[k];
    }
    *w++ = 'Z';
    *w++ = '"';
    out.commit(w);
    return true;
}

template <class V>
inline constexpr bool unsupported_member_v = false;

/// The writer: one object per call of `write_json`, `Ctx` is the model refs are resolved in
/// (`void` when there is none).
template <class Ctx>
class json_writer {
public:
    /// One member of an entity as the writer sees it: its name (the key, and the error
    /// paths'), whether the key needs escapes, its offset and the writer of its type.
    struct member_row {
        std::string_view name;
        bool plain;             // `twinspec::detail::json_plain_name(name)`: the key is `"name":` as it stands
        std::ptrdiff_t offset;  // the member's byte offset in its entity
        bool (*write)(json_writer&, const void*, const member_row&, bool&, const path_segment&);
    };

    /// An entity's rows: where they start and how many.
    struct row_span {
        const member_row* rows;
        std::size_t size;
    };

    json_writer(std::string& s, const json_write_options& o, const Ctx* ctx) : out_(s), opt_(o), ctx_(ctx) {}

    std::optional<write_error> error;

    /// The rows of entity `T`.
    template <class T>
    static constexpr row_span row_span_of() noexcept {
        return {member_table<T>::rows.data(), member_table<T>::rows.size()};
    }

    template <class T>
    bool entity(const T& obj, const path_segment& at, std::string_view id = {}) {
        return rows(reinterpret_cast<const char*>(std::addressof(obj)), row_span_of<T>(), at, id);
    }

    /// Writes the entity whose bytes are at `base` and whose members `span` gives: one
    /// function for every entity type.
    TWINSPEC_NOINLINE bool rows(const char* base, row_span span, const path_segment& at, std::string_view id) {
        out_.put('{');
        ++depth_;
        bool first = true;
        if (!id.empty()) {
            newline();
            out_.append("\"$id\":", 6);
            space();
            (void)write_json_string(out_, id, opt_.ascii_only);
            first = false;
        }
        bool ok = true;
        for (const member_row *row = span.rows, *end = span.rows + span.size; row != end; ++row) {
            if (!row->write(*this, base + row->offset, *row, first, at)) {
                ok = false;
                break;
            }
        }
        --depth_;
        if (!first) newline();
        out_.put('}');
        return ok;
    }

    template <class V>
    bool value(const V& v, const path_segment& at) {
        if constexpr (std::is_same_v<V, bool>) {
            if (v) out_.append("true", 4);
            else out_.append("false", 5);
            return true;
        } else if constexpr (ReflectedEnum<V>) {
            const std::string_view name = enum_to_string(v);
            if (name.empty()) {
                return fail(at, std::string(scalar::from(static_cast<std::underlying_type_t<V>>(v)).to_string()) +
                                    " is not a declared value of enum " + std::string(enum_name_v<V>));
            }
            (void)write_json_string(out_, name, false);
            return true;
        } else if constexpr (Numeric<V>) {
            if constexpr (std::is_floating_point_v<V>) {
                if (!twinspec::detail::json_number_finite(v)) {
                    return fail(at, std::string(scalar::from(v).to_string()) +
                                        " is not a finite number; JSON has no NaN or infinity");
                }
            }
            out_.commit(twinspec::detail::json_number_to(out_.reserve(twinspec::detail::json_number_max), v));
            return true;
        } else if constexpr (Text<V>) {
            const std::size_t bad = write_json_string(out_, std::string_view(v), opt_.ascii_only);
            if (bad != std::string_view::npos) {
                return fail(at, "text is not valid UTF-8 (first bad byte at offset " + std::to_string(bad) + ")");
            }
            return true;
        } else if constexpr (is_optional_v<V>) {
            if (!v.has_value()) {
                out_.append("null", 4);
                return true;
            }
            return value(*v, at);
        } else if constexpr (is_sequence_v<V>) {
            using E = std::remove_cvref_t<decltype(*std::begin(v))>;
            if constexpr (twinspec::detail::json_number_type_v<E>) {
                // Numbers in compact form: room for all of them at once, no per-element checks
                // of the buffer or the layout. A NaN or an infinity goes the general way below,
                // which reports it with its index.
                if (opt_.indent <= 0 && numbers(v)) return true;
            }
            out_.put('[');
            ++depth_;
            std::size_t i = 0;
            for (const auto& e : v) {
                if (i != 0) out_.put(',');
                newline();
                const path_segment p{&at, {}, i, true};
                if (!value(e, p)) return false;
                ++i;
            }
            --depth_;
            if (i != 0) newline();
            out_.put(']');
            return true;
        } else if constexpr (Entity<V>) {
            return entity(v, at);
        } else if constexpr (is_ref_v<V>) {
            if constexpr (std::is_void_v<Ctx>) {
                static_assert(unsupported_member_v<V>,
                              "twinspec: io: json: a ref<T> field is written as its target's external id: pass the "
                              "model, write_json(obj, out, model)");
                return false;
            } else {
                if (v.is_null()) {
                    out_.append("null", 4);
                    return true;
                }
                const std::string_view id = ctx_->id_of(v);
                if (id.empty()) {
                    return fail(at, ctx_->contains(v) ? "the referenced object has no external id"
                                                      : "dangling reference (the target is gone or stale)");
                }
                (void)write_json_string(out_, id, opt_.ascii_only);
                return true;
            }
        } else if constexpr (is_duration_v<V>) {
            return value(v.count(), at);
        } else if constexpr (is_time_point_v<V>) {
            static_assert(std::is_same_v<typename V::clock, std::chrono::system_clock>,
                          "twinspec: io: json: only time points of std::chrono::system_clock are written (as RFC 3339)");
            if (!write_rfc3339(out_, v)) return fail(at, "the time point's year is outside 0000..9999 (RFC 3339)");
            return true;
        } else {
            static_assert(unsupported_member_v<V>,
                          "twinspec: io: json: unsupported member type (use arithmetic, bool, reflected enums, "
                          "std::string, optional, vector, array, entities, ref, durations, system_clock time points)");
            return false;
        }
    }

    /// Writes the numbers of `v` as a compact JSON array; false, and nothing written, when one
    /// of them is not finite.
    template <class V>
    bool numbers(const V& v) {
        using E = std::remove_cvref_t<decltype(*std::begin(v))>;
        const auto n = static_cast<std::size_t>(std::distance(std::begin(v), std::end(v)));
        char* w = out_.reserve(2 + n * (twinspec::detail::json_number_max + 1));
        *w++ = '[';
        bool first = true;
        for (const E e : v) {
            if (!twinspec::detail::json_number_finite(e)) return false;
            if (!first) *w++ = ',';
            first = false;
            w = twinspec::detail::json_number_to(w, e);
        }
        *w++ = ']';
        out_.commit(w);
        return true;
    }

    void newline() {
        if (opt_.indent <= 0) return;
        const auto k = static_cast<std::size_t>(opt_.indent) * static_cast<std::size_t>(depth_);
        char* w = out_.reserve(k + 1);
        *w++ = '\n';
        std::memset(w, ' ', k);
        out_.commit(w + k);
    }
    void space() {
        if (opt_.indent > 0) out_.put(' ');
    }
    json_buffer& out() noexcept { return out_; }
    int depth_ = 0;

private:
    /// Writes one member of type `V`: one function per member type, shared by every field
    /// of that type in every entity, reached through the entity's `member_table` (in a model
    /// of thousands of fields, code per field is what the compiler spends its time on).
    template <class V>
    static bool write_member(json_writer& w, const void* member, const member_row& row, bool& first,
                             const path_segment& at) {
        const V& v = *static_cast<const V*>(member);
        if constexpr (is_optional_v<V>) {
            if (!v.has_value() && !w.opt_.null_for_empty_optional) return true;
        } else if constexpr (is_ref_v<V> && !std::is_void_v<Ctx>) {
            if (v.is_null() && !w.opt_.null_for_empty_optional) return true;  // no target, as an empty optional
        }
        w.member_key(row, first);
        const path_segment p{&at, row.name, 0, false};
        return w.value(v, p);
    }

    /// Writes what comes before a member's value: the comma, the layout and `"name":`. In
    /// compact form a name that needs no escapes is one reservation and one copy.
    void member_key(const member_row& row, bool& first) {
        if (opt_.indent <= 0 && row.plain) {
            char* w = out_.reserve(row.name.size() + 4);
            if (!first) *w++ = ',';
            *w++ = '"';
            std::memcpy(w, row.name.data(), row.name.size());
            w += row.name.size();
            *w++ = '"';
            *w++ = ':';
            out_.commit(w);
        } else {
            if (!first) out_.put(',');
            newline();
            (void)write_json_string(out_, row.name, opt_.ascii_only);
            out_.put(':');
            space();
        }
        first = false;
    }

    /// The rows of entity `T`, in declaration order.
    template <class T>
    struct member_table {
        static constexpr auto rows = []<class... F>(type_list<F...>*) {
            return std::array<member_row, sizeof...(F)>{
                member_row{F::name, twinspec::detail::json_plain_name(F::name), F::offset, &write_member<typename F::value_type>}...};
        }(static_cast<fields_t<T>*>(nullptr));
    };

    TWINSPEC_COLD bool fail(const path_segment& at, std::string reason) {
        error = write_error{at.pointer(), std::move(reason), 0};
        return false;
    }

    json_buffer out_;
    const json_write_options& opt_;
    const Ctx* ctx_;
};

/// `write_json` of an entity whose rows are `span`: one function for every entity type.
template <class Ctx>
TWINSPEC_NOINLINE write_result write_root(typename json_writer<Ctx>::row_span span, const void* obj, std::string& out,
                                          const json_write_options& options, const Ctx* ctx) {
    json_writer<Ctx> w(out, options, ctx);
    (void)w.rows(static_cast<const char*>(obj), span, path_segment{}, {});
    return write_result{std::move(w.error)};
}

}  // namespace detail

/// Appends `obj` as JSON to `out`. Returns the first error (a path and a reason) when a value
/// cannot be written: a NaN or infinite number, text that is not UTF-8, an undeclared enum
/// value. A `ref<T>` member needs the overload taking a model.
template <Entity T>
write_result write_json(const T& obj, std::string& out, const json_write_options& options = {}) {
    return detail::write_root<void>(detail::json_writer<void>::template row_span_of<T>(), std::addressof(obj), out,
                                    options, nullptr);
}

/// As above; `ref<U>` members are written as `model.id_of(r)` (`null` for the null handle; an
/// error when the target is gone or has no external id).
template <Entity T, class Model>
    requires requires { typename Model::entity_types; }
write_result write_json(const T& obj, std::string& out, const Model& model, const json_write_options& options = {}) {
    return detail::write_root<Model>(detail::json_writer<Model>::template row_span_of<T>(), std::addressof(obj), out,
                                     options, &model);
}

/// `obj` as a JSON text (and the error, if any).
template <Entity T>
[[nodiscard]] json_text to_json(const T& obj, const json_write_options& options = {}) {
    json_text t;
    t.error = write_json(obj, t.text, options).error;
    return t;
}

/// Appends a whole model as one JSON document: an object with one member per entity type
/// (its C++ name) holding an array of that type's live objects, each with its external id as
/// `"$id"` (when it has one) and its `ref<T>` members as the targets' ids.
template <class Model>
    requires requires { typename Model::entity_types; }
write_result write_model_json(const Model& model, std::string& out, const json_write_options& options = {}) {
    detail::json_writer<Model> w(out, options, &model);
    w.out().put('{');
    ++w.depth_;
    bool ok = true;
    bool first_type = true;
    [&]<class... E>(type_list<E...>*) {
        auto one = [&]<class T>(T*) {
            if (!ok) return;
            if (!first_type) w.out().put(',');
            first_type = false;
            w.newline();
            (void)detail::write_json_string(w.out(), entity_name_v<T>, false);
            w.out().put(':');
            w.space();
            w.out().put('[');
            ++w.depth_;
            const path_segment type_at{nullptr, entity_name_v<T>, 0, false};
            std::size_t i = 0;
            model.template for_each<T>([&](ref<T> r, const T& obj) {
                if (!ok) return;
                if (i != 0) w.out().put(',');
                w.newline();
                const path_segment at{&type_at, {}, i, true};
                ok = w.entity(obj, at, model.id_of(r));
                ++i;
            });
            --w.depth_;
            if (i != 0) w.newline();
            w.out().put(']');
        };
        (one(static_cast<E*>(nullptr)), ...);
    }(static_cast<typename Model::entity_types*>(nullptr));
    --w.depth_;
    if (!first_type) w.newline();
    w.out().put('}');
    return write_result{std::move(w.error)};
}

}  // namespace twinspec::io
