// twinspec/io/json_document.hpp — a small ordered JSON tree for the schema exports (JSON Schema,
// DTDL, AAS): built in memory, read back by tests, written pretty-printed and deterministic.
#pragma once

/// \file
/// `ts::io::json_node` is the document model the exporters build. It is not the instance writer
/// (`io/json_write.hpp` streams entity objects without a tree): export documents are small,
/// built once, and easier to compose and test as a tree. Object members keep their insertion
/// order, so every export is byte-for-byte reproducible. Numbers are kept as their JSON text:
/// integers exactly, floating-point values as the shortest text that round-trips
/// (`std::to_chars`, via `core/detail/json_text.hpp`, shared with the instance writer); NaN and infinities are not JSON: `json_node::number` turns them into `null`
/// (the exporters only pass declared, finite bounds and values they checked).

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>
#include <vector>

#include <twinspec/core/detail/json_text.hpp>

namespace twinspec::io {

/// A JSON value: null, true/false, a number (kept as JSON text), a string, an array or an
/// object whose members keep their insertion order.
class json_node {
public:
    enum class type : unsigned char { null, boolean, number, string, array, object };

    json_node() = default;

    [[nodiscard]] static json_node null() { return json_node(type::null); }
    [[nodiscard]] static json_node boolean(bool b) {
        json_node n(type::boolean);
        n.text_ = b ? "true" : "false";
        return n;
    }
    [[nodiscard]] static json_node string(std::string_view s) {
        json_node n(type::string);
        n.text_.assign(s);
        return n;
    }
    /// A number from any arithmetic value (not `bool`); a NaN or an infinity gives `null`.
    template <class T>
        requires(std::is_arithmetic_v<T> && !std::is_same_v<T, bool>)
    [[nodiscard]] static json_node number(T v) {
        json_node n(type::number);
        if (!twinspec::detail::append_json_number(n.text_, v)) return null();
        return n;
    }
    [[nodiscard]] static json_node array() { return json_node(type::array); }
    [[nodiscard]] static json_node object() { return json_node(type::object); }

    [[nodiscard]] type kind() const noexcept { return type_; }
    [[nodiscard]] bool is_object() const noexcept { return type_ == type::object; }
    [[nodiscard]] bool is_array() const noexcept { return type_ == type::array; }
    [[nodiscard]] bool is_string() const noexcept { return type_ == type::string; }
    [[nodiscard]] bool is_number() const noexcept { return type_ == type::number; }
    [[nodiscard]] bool is_null() const noexcept { return type_ == type::null; }
    [[nodiscard]] bool is_boolean() const noexcept { return type_ == type::boolean; }

    /// The string's value, the number's JSON text, or "true"/"false".
    [[nodiscard]] const std::string& text() const noexcept { return text_; }
    /// Number of elements or members (0 for scalars).
    [[nodiscard]] std::size_t size() const noexcept { return values_.size(); }
    [[nodiscard]] bool empty() const noexcept { return values_.empty(); }

    /// Object: sets member `key` (replacing its value if present, else appending). Returns
    /// the member's value.
    json_node& set(std::string_view key, json_node v) {
        for (std::size_t i = 0; i != keys_.size(); ++i) {
            if (keys_[i] == key) return values_[i] = std::move(v);
        }
        keys_.emplace_back(key);
        values_.push_back(std::move(v));
        return values_.back();
    }
    json_node& set(std::string_view key, std::string_view s) { return set(key, string(s)); }
    json_node& set(std::string_view key, const char* s) { return set(key, string(s)); }
    json_node& set(std::string_view key, bool b) { return set(key, boolean(b)); }
    /// Object: sets `key` only when `v` is a non-empty array or object (AAS forbids empty lists).
    void set_if_not_empty(std::string_view key, json_node v) {
        if (!v.empty()) set(key, std::move(v));
    }
    /// Array: appends `v`; returns it.
    json_node& push(json_node v) {
        values_.push_back(std::move(v));
        return values_.back();
    }

    /// Object: the member `key`, or `nullptr`.
    [[nodiscard]] const json_node* find(std::string_view key) const noexcept {
        for (std::size_t i = 0; i != keys_.size(); ++i)
            if (keys_[i] == key) return &values_[i];
        return nullptr;
    }
    [[nodiscard]] json_node* find(std::string_view key) noexcept {
        return const_cast<json_node*>(static_cast<const json_node&>(*this).find(key));
    }
    [[nodiscard]] bool contains(std::string_view key) const noexcept { return find(key) != nullptr; }
    /// Object: the member `key`; a null node when absent (so chains like
    /// `doc["properties"]["pci"]["maximum"]` read safely in tests).
    [[nodiscard]] const json_node& operator[](std::string_view key) const noexcept {
        const json_node* n = find(key);
        return n ? *n : null_node();
    }
    [[nodiscard]] const json_node& operator[](const char* key) const noexcept { return (*this)[std::string_view(key)]; }
    /// Array element / object member by position; a null node when out of range.
    [[nodiscard]] const json_node& at(std::size_t i) const noexcept {
        return i < values_.size() ? values_[i] : null_node();
    }
    /// Object: the key of member `i`.
    [[nodiscard]] std::string_view key(std::size_t i) const noexcept {
        return i < keys_.size() ? std::string_view(keys_[i]) : std::string_view{};
    }
    [[nodiscard]] const std::vector<json_node>& elements() const noexcept { return values_; }

    /// The JSON text: pretty-printed with `indent` spaces (0: compact), UTF-8, `/` unescaped,
    /// control characters as `\u00XX`. Ends without a newline.
    [[nodiscard]] std::string dump(int indent = 2) const {
        std::string out;
        write(out, indent, 0);
        return out;
    }

    /// Appends `s` as a JSON string literal (quotes included) to `out`.
    /// Text that is not well-formed UTF-8 is written with U+FFFD in place of each bad byte
    /// (`twinspec::detail::append_json_string`, shared with the instance writer).
    static void escape(std::string& out, std::string_view s) { (void)twinspec::detail::append_json_string(out, s); }

private:
    explicit json_node(type t) : type_(t) {}

    static const json_node& null_node() noexcept {
        static const json_node n;
        return n;
    }

    static void newline(std::string& out, int indent, int depth) {
        if (indent <= 0) return;
        out.push_back('\n');
        out.append(static_cast<std::size_t>(indent) * static_cast<std::size_t>(depth), ' ');
    }

    void write(std::string& out, int indent, int depth) const {
        switch (type_) {
        case type::null: out += "null"; return;
        case type::boolean:
        case type::number: out += text_; return;
        case type::string: escape(out, text_); return;
        case type::array:
        case type::object: break;
        }
        const bool obj = type_ == type::object;
        out.push_back(obj ? '{' : '[');
        if (values_.empty()) {
            out.push_back(obj ? '}' : ']');
            return;
        }
        for (std::size_t i = 0; i != values_.size(); ++i) {
            if (i != 0) out.push_back(',');
            newline(out, indent, depth + 1);
            if (obj) {
                escape(out, keys_[i]);
                out += indent > 0 ? ": " : ":";
            }
            values_[i].write(out, indent, depth + 1);
        }
        newline(out, indent, depth);
        out.push_back(obj ? '}' : ']');
    }

    type type_ = type::null;
    std::string text_;
    std::vector<std::string> keys_;
    std::vector<json_node> values_;
};

}  // namespace twinspec::io
