// twinspec/core/violation.hpp — runtime validation results: what broke, where, and why.
#pragma once

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>
#include <vector>

#if defined(__GNUC__) || defined(__clang__)
#define TWINSPEC_COLD [[gnu::noinline, gnu::cold]]
#define TWINSPEC_NOINLINE [[gnu::noinline]]
// out of line, and writes no memory: a caller's loop may keep what it read across the call
#define TWINSPEC_NOINLINE_PURE [[gnu::noinline, gnu::pure]]
#else
#define TWINSPEC_COLD
#define TWINSPEC_NOINLINE
#define TWINSPEC_NOINLINE_PURE
#endif

namespace twinspec {

/// The rule a runtime value broke.
enum class rule : std::uint8_t {
    below_minimum,     ///< a number below the range's minimum
    above_maximum,     ///< a number above the range's maximum
    not_finite,        ///< NaN or an infinity where a range applies
    not_allowed,       ///< a value outside the allowed set (`one_of`)
    too_short,         ///< text with fewer code points than `length`'s minimum
    too_long,          ///< text with more code points than `length`'s maximum
    too_few_items,     ///< a sequence with fewer elements than `items`' minimum
    too_many_items,    ///< a sequence with more elements than `items`' maximum
    pattern_mismatch,  ///< text that does not match `pattern`
    missing_required,  ///< an empty `std::optional` annotated `required`
    undeclared_enum,   ///< an enum value that names no declared enumerator
    invalid_utf8,      ///< text that is not valid UTF-8
    dangling_reference,  ///< a handle whose target is gone, stale or null (model checks)
    shared_target,     ///< a second referrer of a target through a `unique` relationship (model checks)
    custom,            ///< a user-defined annotation's rule
};

/// The name of a rule, as used in reports (`"below_minimum"`).
[[nodiscard]] constexpr std::string_view to_string(rule r) noexcept {
    constexpr std::string_view names[] = {
        "below_minimum", "above_maximum",  "not_finite",      "not_allowed",
        "too_short",     "too_long",       "too_few_items",   "too_many_items",
        "pattern_mismatch", "missing_required", "undeclared_enum", "invalid_utf8",
        "dangling_reference", "shared_target", "custom"};
    return names[static_cast<std::size_t>(r)];
}

/// A value or a limit as it appears in a report: nothing, a boolean, a signed or unsigned
/// integer, a floating-point number or text. Numbers print exactly (shortest round trip).
class scalar {
public:
    enum class kind : std::uint8_t { none, boolean, signed_integer, unsigned_integer, floating, text };

    constexpr scalar() noexcept = default;
    static scalar from_bool(bool b) {
        scalar s;
        s.kind_ = kind::boolean;
        s.u_ = b ? 1U : 0U;
        return s;
    }
    template <class T>
        requires std::is_integral_v<T> && (!std::is_same_v<T, bool>)
    static scalar from(T v) {
        scalar s;
        if constexpr (std::is_signed_v<T>) {
            s.kind_ = kind::signed_integer;
            s.i_ = static_cast<std::int64_t>(v);
        } else {
            s.kind_ = kind::unsigned_integer;
            s.u_ = static_cast<std::uint64_t>(v);
        }
        return s;
    }
    template <class T>
        requires std::is_floating_point_v<T>
    static scalar from(T v) {
        scalar s;
        s.kind_ = kind::floating;
        s.d_ = static_cast<double>(v);
        return s;
    }
    static scalar from(std::string_view text) {
        scalar s;
        s.kind_ = kind::text;
        s.text_.assign(text);
        return s;
    }

    [[nodiscard]] kind get_kind() const noexcept { return kind_; }
    [[nodiscard]] bool empty() const noexcept { return kind_ == kind::none; }
    [[nodiscard]] std::int64_t as_signed() const noexcept { return i_; }
    [[nodiscard]] std::uint64_t as_unsigned() const noexcept { return u_; }
    [[nodiscard]] double as_double() const noexcept { return d_; }
    [[nodiscard]] const std::string& as_text() const noexcept { return text_; }

    /// Appends the value as text: numbers in their shortest exact form, text quoted.
    void append_to(std::string& out) const {
        char buf[64];
        std::to_chars_result r{buf, std::errc{}};
        switch (kind_) {
            case kind::none: return;
            case kind::boolean: out += (u_ != 0U) ? "true" : "false"; return;
            case kind::signed_integer: r = std::to_chars(buf, buf + sizeof buf, i_); break;
            case kind::unsigned_integer: r = std::to_chars(buf, buf + sizeof buf, u_); break;
            case kind::floating:
                if (d_ != d_) { out += "NaN"; return; }
                if (d_ - d_ != 0.0) { out += d_ > 0 ? "inf" : "-inf"; return; }
                r = std::to_chars(buf, buf + sizeof buf, d_);
                break;
            case kind::text:
                out += '"';
                out += text_;
                out += '"';
                return;
        }
        out.append(buf, r.ptr);
    }
    [[nodiscard]] std::string to_string() const {
        std::string s;
        append_to(s);
        return s;
    }

    friend bool operator==(const scalar&, const scalar&) = default;

private:
    kind kind_ = kind::none;
    std::int64_t i_ = 0;
    std::uint64_t u_ = 0;
    double d_ = 0.0;
    std::string text_;
};

/// One broken rule: where (a JSON pointer such as `/cells/3/rsrp`), which rule, the value
/// found, the limit it broke and the field's unit symbol (may be empty).
struct violation {
    std::string path;
    twinspec::rule rule = rule::custom;
    scalar value;
    scalar limit;
    std::string_view unit;
    std::string message;  ///< extra text: the pattern, the enum's name, a custom rule's words

    /// The violation as one sentence: `/cells/3/rsrp: -20.5 dBm is above the maximum -31 dBm`.
    [[nodiscard]] std::string to_string() const {
        std::string s = path.empty() ? std::string("/") : path;
        s += ": ";
        auto with_unit = [&](const scalar& v) {
            v.append_to(s);
            if (!unit.empty() && v.get_kind() != scalar::kind::text && !v.empty()) {
                s += ' ';
                s += unit;
            }
        };
        switch (rule) {
            case rule::below_minimum:
                with_unit(value); s += " is below the minimum "; with_unit(limit); break;
            case rule::above_maximum:
                with_unit(value); s += " is above the maximum "; with_unit(limit); break;
            case rule::not_finite:
                value.append_to(s); s += " is not a finite number, but the field has a range"; break;
            case rule::not_allowed:
                with_unit(value); s += " is not one of the allowed values ";
                s += message; break;
            case rule::too_short:
                s += "text of "; value.append_to(s); s += " characters is shorter than the minimum length ";
                limit.append_to(s); break;
            case rule::too_long:
                s += "text of "; value.append_to(s); s += " characters is longer than the maximum length ";
                limit.append_to(s); break;
            case rule::too_few_items:
                value.append_to(s); s += " items are fewer than the minimum "; limit.append_to(s); break;
            case rule::too_many_items:
                value.append_to(s); s += " items are more than the maximum "; limit.append_to(s); break;
            case rule::pattern_mismatch:
                value.append_to(s); s += " does not match the pattern "; s += message; break;
            case rule::missing_required: s += "a required value is missing"; break;
            case rule::undeclared_enum:
                value.append_to(s); s += " is not a declared value of enum "; s += message; break;
            case rule::invalid_utf8:
                s += "text is not valid UTF-8 (first bad byte at offset "; value.append_to(s); s += ')'; break;
            case rule::dangling_reference:
            case rule::shared_target: s += message; break;
            case rule::custom:
                s += message;
                if (!value.empty()) { s += " (value "; with_unit(value); s += ')'; }
                break;
        }
        return s;
    }
};

/// A path inside an object, kept on the stack while validation descends and turned into a
/// JSON pointer (RFC 6901, with `~0`/`~1` escapes) only when something is reported.
struct path_segment {
    const path_segment* parent = nullptr;
    std::string_view name{};
    std::size_t index = 0;
    bool is_index = false;

    /// The JSON pointer of this segment, e.g. `/cells/3/rsrp`.
    [[nodiscard]] std::string pointer() const {
        std::string out;
        append(out);
        return out;
    }
    void append(std::string& out) const {
        if (parent != nullptr) parent->append(out);
        if (parent == nullptr && name.empty() && !is_index) return;  // the root
        out += '/';
        if (is_index) {
            char buf[24];
            auto r = std::to_chars(buf, buf + sizeof buf, index);
            out.append(buf, r.ptr);
            return;
        }
        for (char c : name) {
            if (c == '~') out += "~0";
            else if (c == '/') out += "~1";
            else out += c;
        }
    }
};

/// Where violations go: a non-owning callable reference, so validation code is not
/// instantiated once per sink type.
class violation_sink {
public:
    template <class F>
        requires(!std::is_same_v<std::remove_cvref_t<F>, violation_sink>) &&
                std::is_invocable_v<F&, violation&&>
    violation_sink(F& f) noexcept  // NOLINT: implicit by design
        : obj_(static_cast<void*>(&f)),
          fn_([](void* o, violation&& v) { (*static_cast<F*>(o))(std::move(v)); }) {}

    void operator()(violation&& v) const { fn_(obj_, std::move(v)); }

private:
    void* obj_;
    void (*fn_)(void*, violation&&);
};

/// What an annotation's `check` receives: the field's path and unit, and where to report.
struct check_context {
    const path_segment& path;
    std::string_view unit;
    violation_sink sink;

    /// Reports one violation at this context's path. Kept out of line (and marked cold):
    /// validation's hot path is the comparisons, and code size is compile time.
    TWINSPEC_COLD void report(twinspec::rule r, scalar value, scalar limit = {}, std::string message = {}) const {
        violation v;
        v.path = path.pointer();
        v.rule = r;
        v.value = std::move(value);
        v.limit = std::move(limit);
        v.unit = unit;
        v.message = std::move(message);
        sink(std::move(v));
    }
};

namespace detail {
/// Out-of-line reporters for the common cases, so that the inlined checks stay small.
template <class V>
TWINSPEC_COLD void report_number(const check_context& ctx, twinspec::rule r, V value, V limit) {
    ctx.report(r, scalar::from(value), scalar::from(limit));
}
template <class V>
TWINSPEC_COLD void report_number(const check_context& ctx, twinspec::rule r, V value) {
    ctx.report(r, scalar::from(value));
}
}  // namespace detail

/// Every violation found by `validate`, in field order. Empty (and allocation-free) when
/// the object is valid.
class validation_result {
public:
    validation_result() noexcept = default;
    validation_result(const validation_result&) = default;
    validation_result(validation_result&&) noexcept = default;
    validation_result& operator=(const validation_result&) = default;
    validation_result& operator=(validation_result&&) noexcept = default;
    /// Inlined where a result dies (after every `validate`): one test when there is nothing
    /// to free; the violations' destructors stay out of line, off a validation loop's path.
    ~validation_result() {
        if (items_.data() != nullptr) [[unlikely]] release();
    }

    [[nodiscard]] bool ok() const noexcept { return items_.empty(); }
    explicit operator bool() const noexcept { return ok(); }
    [[nodiscard]] std::size_t size() const noexcept { return items_.size(); }
    [[nodiscard]] const std::vector<violation>& violations() const noexcept { return items_; }
    [[nodiscard]] auto begin() const noexcept { return items_.begin(); }
    [[nodiscard]] auto end() const noexcept { return items_.end(); }
    [[nodiscard]] const violation& operator[](std::size_t i) const noexcept { return items_[i]; }
    void push(violation&& v) { items_.push_back(std::move(v)); }

    /// One sentence per line.
    [[nodiscard]] std::string to_string() const {
        std::string s;
        for (const auto& v : items_) {
            s += v.to_string();
            s += '\n';
        }
        return s;
    }

private:
    TWINSPEC_COLD void release() noexcept { std::vector<violation>().swap(items_); }

    std::vector<violation> items_;
};

}  // namespace twinspec
