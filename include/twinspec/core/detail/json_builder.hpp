// twinspec/core/detail/json_builder.hpp — a small streaming JSON builder for the library's
// hand-assembled descriptions (`platform<...>::json()`, the conformance report): objects,
// arrays, keys and scalar values appended to a `std::string`, commas and colons inserted by the
// builder, strings escaped and numbers formatted by `core/detail/json_text.hpp` (the escaping
// every writer of the library shares). Header-only, standard library only.
// IWYU pragma: private
#pragma once

/// \file
/// \code
///     std::string s;
///     twinspec::detail::json_builder b(s);
///     b.begin_object().member("name", "gateway").key("ports").begin_array().value(502).end_array().end_object();
///     // s == R"({"name":"gateway","ports":[502]})"
/// \endcode
///
/// The text is compact (no spaces, no line breaks), as the descriptions have always been; the
/// schema exports, which are pretty-printed, build a tree instead (`io/json_document.hpp`) and
/// the instance writer has its own faster stream (`io/json_write.hpp`).
///
/// What the builder never does is write invalid JSON without saying so:
/// - a NaN or an infinity (JSON has neither) is written as `null` and counted in
///   `non_finite()`; the callers either cannot produce one or check the count;
/// - text that is not well-formed UTF-8 is written with U+FFFD for each bad byte (always valid
///   JSON) and counted in `invalid_utf8()`;
/// - calls out of order (a key outside an object, a value where a key is due, a close that does
///   not match the open, a second top-level value, a key without its value) are recorded:
///   `misused()` is true, `complete()` false, and the text may then not be JSON.
/// `complete()` is true once exactly one top-level value was written and every object and array
/// closed, without misuse.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <twinspec/core/detail/json_text.hpp>

namespace twinspec::detail {

/// The numbers `json_builder::value` takes: arithmetic types other than `bool` and the
/// character types (a `char` is text, not a number).
template <class T>
concept json_builder_number =
    std::is_arithmetic_v<T> && !std::is_same_v<T, bool> && !std::is_same_v<T, char> && !std::is_same_v<T, wchar_t> &&
    !std::is_same_v<T, char8_t> && !std::is_same_v<T, char16_t> && !std::is_same_v<T, char32_t>;

/// Appends one JSON value to a string, piece by piece (see the file comment).
class json_builder {
public:
    /// Appends to `out` (whatever it holds already is kept).
    explicit json_builder(std::string& out) : out_(out) {}

    json_builder& begin_object() { return open('{', true); }
    json_builder& end_object() { return close('}', true); }
    json_builder& begin_array() { return open('[', false); }
    json_builder& end_array() { return close(']', false); }

    /// The key of the next member of the current object.
    json_builder& key(std::string_view k) {
        if (stack_.empty() || (stack_.back() & object_bit) == 0 || after_key_) misused_ = true;
        separator();
        string(k);
        out_ += ':';
        after_key_ = true;
        return *this;
    }

    /// A string (escaped; see the file comment for text that is not UTF-8).
    json_builder& value(std::string_view s) {
        before_value();
        string(s);
        return *this;
    }
    /// A string: without this overload a string literal would be taken as `bool`.
    json_builder& value(const char* s) { return value(std::string_view(s)); }
    json_builder& value(bool b) {
        before_value();
        out_ += b ? "true" : "false";
        return *this;
    }
    /// Not a number and not text: say which (`value(std::string_view(&c, 1))` or `value(int(c))`).
    json_builder& value(char) = delete;
    json_builder& value(std::nullptr_t) { return null(); }
    json_builder& null() {
        before_value();
        out_ += "null";
        return *this;
    }
    /// A number: integers exactly, floating-point values as the shortest text that reads back
    /// to the same value; a NaN or an infinity as `null`, counted in `non_finite()`.
    template <json_builder_number T>
    json_builder& value(T v) {
        before_value();
        if (!append_json_number(out_, v)) {
            out_ += "null";
            ++non_finite_;
        }
        return *this;
    }

    /// `key(k).value(v)`.
    template <class V>
    json_builder& member(std::string_view k, V&& v) {
        key(k);
        return value(static_cast<V&&>(v));
    }

    /// One top-level value written, every object and array closed, no misuse.
    [[nodiscard]] bool complete() const noexcept { return done_ && stack_.empty() && !after_key_ && !misused_; }
    /// True when the calls were out of order (see the file comment).
    [[nodiscard]] bool misused() const noexcept { return misused_; }
    /// How many NaNs and infinities were written as `null`.
    [[nodiscard]] std::size_t non_finite() const noexcept { return non_finite_; }
    /// How many strings (values or keys) had bytes that are not UTF-8, written as U+FFFD.
    [[nodiscard]] std::size_t invalid_utf8() const noexcept { return invalid_utf8_; }
    /// How many objects and arrays are open.
    [[nodiscard]] std::size_t depth() const noexcept { return stack_.size(); }

private:
    static constexpr std::uint8_t object_bit = 1;    // the open container is an object
    static constexpr std::uint8_t nonempty_bit = 2;  // it has an element or member already

    // A comma before every element or member but the first of its container.
    void separator() {
        if (stack_.empty()) return;
        if ((stack_.back() & nonempty_bit) != 0) out_ += ',';
        stack_.back() |= nonempty_bit;
    }
    void before_value() {
        if (after_key_) {  // the member's value: its key wrote the comma
            after_key_ = false;
            return;
        }
        if (stack_.empty()) {
            if (done_) misused_ = true;  // a second top-level value
        } else if ((stack_.back() & object_bit) != 0) {
            misused_ = true;  // a value in an object needs a key
        }
        separator();
        if (stack_.empty()) done_ = true;
    }
    json_builder& open(char c, bool object) {
        before_value();
        out_ += c;
        stack_.push_back(object ? object_bit : std::uint8_t{0});
        return *this;
    }
    json_builder& close(char c, bool object) {
        if (stack_.empty() || ((stack_.back() & object_bit) != 0) != object || after_key_) {
            misused_ = true;
            after_key_ = false;
            if (stack_.empty()) return *this;
        }
        out_ += c;
        stack_.pop_back();
        return *this;
    }
    void string(std::string_view s) {
        if (append_json_string(out_, s) != std::string_view::npos) ++invalid_utf8_;
    }

    std::string& out_;
    std::vector<std::uint8_t> stack_;
    std::size_t non_finite_ = 0;
    std::size_t invalid_utf8_ = 0;
    bool after_key_ = false;
    bool done_ = false;
    bool misused_ = false;
};

}  // namespace twinspec::detail
