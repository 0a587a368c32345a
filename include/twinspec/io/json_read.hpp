// twinspec/io/json_read.hpp — reads entities (and whole models) from JSON, driven by their
// schemas: Boost.JSON's SAX parser feeds typed handlers (no DOM), every error is collected
// with a JSON pointer and a reason (type mismatch, out of range, unknown field, missing
// field, duplicate key, malformed JSON with line and column, nesting too deep, broken
// constraints), and the target is left unchanged on failure. Link `twinspec::json`.
#pragma once

#include <algorithm>
#include <array>
#include <cfloat>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/error.hpp>
#include <boost/json/parse_options.hpp>

#include <twinspec/core/annotations/default_value.hpp>
#include <twinspec/core/detail/json_text.hpp>
#include <twinspec/core/annotations/presence.hpp>
#include <twinspec/core/enum.hpp>
#include <twinspec/core/make_default.hpp>
#include <twinspec/core/schema.hpp>
#include <twinspec/core/traits.hpp>
#include <twinspec/core/type_list.hpp>
#include <twinspec/core/validate.hpp>
#include <twinspec/core/violation.hpp>
#include <twinspec/io/json_write.hpp>
#include <twinspec/twin/ref.hpp>

namespace twinspec::io {

/// The class of a reading error.
enum class json_errc : std::uint8_t {
    malformed,       ///< not JSON (with line and column)
    too_deep,        ///< nesting deeper than `json_read_options::max_depth` (with line and column)
    type_mismatch,   ///< a value of the wrong JSON type (a string where a number belongs …)
    out_of_range,    ///< a number that does not fit the member's type, or breaks its range
    unknown_field,   ///< a member the entity does not declare (policy `unknown_fields::error`)
    missing_field,   ///< a required member is absent
    duplicate_key,   ///< a member given twice in one object
    invalid_value,   ///< text that names no enumerator, a malformed time stamp, an unknown entity type
    constraint,      ///< a value that breaks a field's annotation (length, pattern, one_of …)
    unresolved_ref,  ///< a `ref<T>` id that names no object of the target type
    too_many_errors, ///< reading stopped after `json_read_options::max_errors` errors
};

/// `"type_mismatch"` …
[[nodiscard]] constexpr std::string_view to_string(json_errc e) noexcept {
    constexpr std::string_view names[] = {"malformed",     "too_deep",      "type_mismatch", "out_of_range",
                                          "unknown_field", "missing_field", "duplicate_key", "invalid_value",
                                          "constraint",    "unresolved_ref", "too_many_errors"};
    return names[static_cast<std::size_t>(e)];
}

/// One reading error: its class, the JSON pointer of the value (RFC 6901), a reason, the rule
/// broken (for `constraint` and annotation-range `out_of_range` errors) and, for malformed
/// input, the byte offset with 1-based line and column (0 when not known). JSON Lines readers
/// (`io/jsonl.hpp`) give every error its line.
struct json_error {
    json_errc code = json_errc::malformed;
    std::string path;
    std::string message;
    std::optional<twinspec::rule> rule;
    std::size_t offset = 0;
    std::size_t line = 0;
    std::size_t column = 0;

    /// `/cells/3/rsrp: -20.5 dBm is above the maximum -31 dBm` or
    /// `line 3, column 7: syntax error`.
    [[nodiscard]] std::string to_string() const {
        std::string s = path.empty() ? std::string("/") : path;
        if (line != 0) {
            s += " (line " + std::to_string(line);
            if (column != 0) s += ", column " + std::to_string(column);
            s += ')';
        }
        s += ": ";
        s += message;
        return s;
    }
};

/// What to do with members an entity does not declare.
enum class unknown_fields : std::uint8_t {
    error,   ///< report each as `json_errc::unknown_field`
    ignore,  ///< skip them silently
    keep,    ///< skip them, and hand them to the caller as (pointer, JSON text) pairs
};

/// An unknown member kept under `unknown_fields::keep`: where it was and its value as
/// compact JSON text. JSON Lines readers (`io/jsonl.hpp`) also give its line (1-based; 0 for a
/// single document).
struct unknown_member {
    std::string path;
    std::string json;
    std::size_t line = 0;
};

/// How `read_json` reads.
struct json_read_options {
    unknown_fields unknown = unknown_fields::error;
    /// Deepest nesting of arrays and objects accepted.
    std::size_t max_depth = 64;
    /// Check every field's annotations (`ts::validate`) once the structure is read.
    bool validate = true;
    /// Assign what was read to the target even when there are errors (default: leave the
    /// target unchanged unless everything was fine).
    bool commit_on_error = false;
    /// Stop after this many errors.
    std::size_t max_errors = 100;
};

/// What `read_json` returns: every error (empty when the document was read and committed)
/// and the unknown members kept.
class read_result {
public:
    [[nodiscard]] bool ok() const noexcept { return errors_.empty(); }
    explicit operator bool() const noexcept { return ok(); }
    [[nodiscard]] const std::vector<json_error>& errors() const noexcept { return errors_; }
    [[nodiscard]] const std::vector<unknown_member>& unknown_members() const noexcept { return unknown_; }
    /// True when an error of class `c` was reported at `path`.
    [[nodiscard]] bool has(json_errc c, std::string_view path) const noexcept {
        for (const auto& e : errors_)
            if (e.code == c && e.path == path) return true;
        return false;
    }
    /// One error per line.
    [[nodiscard]] std::string to_string() const {
        std::string s;
        for (const auto& e : errors_) {
            s += e.to_string();
            s += '\n';
        }
        return s;
    }

    std::vector<json_error> errors_;
    std::vector<unknown_member> unknown_;
};

namespace detail {

class json_reader;

/// How one C++ type takes JSON events; a null entry means the JSON type does not fit.
struct type_ops {
    bool (*on_bool)(json_reader&, void*, bool);
    bool (*on_int64)(json_reader&, void*, std::int64_t, std::string_view);
    bool (*on_uint64)(json_reader&, void*, std::uint64_t, std::string_view);
    bool (*on_double)(json_reader&, void*, double, std::string_view);  // the parser's value, the text
    bool (*on_string)(json_reader&, void*, std::string_view);
    bool (*on_null)(json_reader&, void*);
    bool (*on_object)(json_reader&, void*);  // pushes a frame
    bool (*on_array)(json_reader&, void*);   // pushes a frame
    std::string_view expected;               // "an integer" …
};

/// What an object being read is, for the message about a member it does not have:
/// `entity NRCellDU declares no member "x"`, `a sample has no member "x"`,
/// `the model has no entity type "x"`.
struct object_desc {
    enum class kind : std::uint8_t { entity, sample, model };
    kind what = kind::entity;
    std::string_view name{};  ///< the entity's name (`kind::entity`; empty: "the entity")

    [[nodiscard]] std::string no_member(std::string_view k) const {
        const std::string quoted = "\"" + std::string(k) + "\"";
        switch (what) {
            case kind::sample: return "a sample has no member " + quoted;
            case kind::model: return "the model has no entity type " + quoted;
            case kind::entity: break;
        }
        if (name.empty()) return "the entity declares no member " + quoted;
        return "entity " + std::string(name) + " declares no member " + quoted;
    }
};

/// One field of an entity as the reader sees it: `address(object, offset)` is the member's
/// address (for an entity's rows one shared function, `offset` being the member's byte offset).
struct field_entry {
    std::string_view name;
    const type_ops* ops;
    void* (*address)(void*, std::uint32_t);
    std::uint32_t offset;
    bool required;
};

/// How a sequence makes its elements. A vector of numbers is staged: its elements are read
/// into the frame's reusable buffer (`stage_size` bytes each) and handed over at the array's
/// end by `commit`, one allocation of the exact size instead of one per doubling.
struct sequence_ops {
    void* (*next)(json_reader&, void* seq, std::size_t index);  // nullptr: no room
    const type_ops* element;
    std::size_t fixed_size;  // std::array's N; 0 for a vector
    std::size_t stage_size = 0;  // sizeof the element when staged; 0: `next` makes each element
    void (*commit)(void* seq, const void* first, std::size_t n) = nullptr;
};

enum class frame_kind : std::uint8_t { entity, sequence, root };

struct frame {
    frame_kind kind = frame_kind::root;
    void* target = nullptr;
    const field_entry* fields = nullptr;
    std::size_t field_count = 0;
    const sequence_ops* seq = nullptr;
    std::size_t index = 0;        // entity: the current field (or npos); sequence: elements begun
    std::size_t guess = 0;        // entity: where the next key is looked for first
    std::string* id_slot = nullptr;  // model documents: where "$id" goes
    object_desc desc{};              // entity: what it is, for the unknown-member message
    std::string key;                 // the current key when it is not a declared field
    bool key_known = false;
    const type_ops* next_ops = nullptr;  // the sink of the next value (nullptr: skip it)
    void* next_target = nullptr;
    std::uint64_t seen[4] = {0, 0, 0, 0};
    std::vector<std::string> other_keys;  // undeclared keys seen (duplicate detection)
    std::vector<unsigned char> stage;     // sequence: the staged elements (kept for reuse)
};

/// The pending id of a `ref<T>` member, encoded in its handle until the document is read.
struct pending_ref {
    std::string id;
    std::string path;
};

inline constexpr type_ops capture_marker{};  // the sink of an unknown member under `keep`
inline constexpr type_ops id_marker{};       // the sink of a model object's "$id"

/// The SAX handler and the reading state. One class for every entity type: the schema's
/// part lives in the `type_ops` tables, so the parser is compiled once per translation unit.
class json_reader {
public:
    static constexpr std::size_t max_array_size = static_cast<std::size_t>(-1);
    static constexpr std::size_t max_object_size = static_cast<std::size_t>(-1);
    static constexpr std::size_t max_string_size = static_cast<std::size_t>(-1);
    static constexpr std::size_t max_key_size = static_cast<std::size_t>(-1);

    json_reader(const json_read_options& o, read_result& r, const type_ops* root_ops, void* root)
        : opt_(o), result_(r) {
        frames_.resize(16);  // frames are reused as the reader goes up and down: no allocation per object
        top_ = 1;
        frames_[0].next_ops = root_ops;
        frames_[0].next_target = root;
    }

    const json_read_options& options() const noexcept { return opt_; }

    /// Starts a new document whose value goes to `root_ops` (JSON Lines: one per line, with
    /// the parser `reset()`); the errors go on into the same result.
    void restart(const type_ops* root_ops, void* root) {
        top_ = 1;
        frames_[0].next_ops = root_ops;
        frames_[0].next_target = root;
        gen_depth_ = 0;
        capturing_ = false;
        buf_.clear();
        num_.clear();
        cap_.clear();
        cap_first_.clear();
        cap_is_object_.clear();
    }
    std::vector<pending_ref> pending;
    bool stopped = false;

    /// Hands the staged elements of the arrays still open (the parser stopped inside them) to
    /// their vectors, so that a target committed despite errors holds what was read, as it
    /// would with elements made one by one.
    void flush_open_sequences() {
        for (std::size_t i = top_; i-- > 1;) {
            frame& f = frames_[i];
            if (f.kind == frame_kind::sequence && f.seq->stage_size != 0) f.seq->commit(f.target, f.stage.data(), f.index);
        }
    }

    // --- error reporting ---------------------------------------------------------------
    TWINSPEC_COLD std::string pointer(std::size_t upto) const {
        std::string out;
        for (std::size_t i = 1; i < upto; ++i) {
            const frame& f = frames_[i];
            out += '/';
            if (f.kind == frame_kind::sequence) {
                out += std::to_string(f.index - 1);
            } else {
                const std::string_view k =
                    f.key_known ? f.fields[f.index].name : std::string_view(f.key);
                for (char c : k) {
                    if (c == '~') out += "~0";
                    else if (c == '/') out += "~1";
                    else out += c;
                }
            }
        }
        return out;
    }
    /// The pointer of the value being read now.
    std::string value_path() const { return pointer(top_); }

    TWINSPEC_COLD bool error_at(json_errc c, std::string path, std::string message) {
        if (result_.errors_.size() >= opt_.max_errors) {
            result_.errors_.push_back({json_errc::too_many_errors, std::move(path),
                                       "reading stopped after " + std::to_string(opt_.max_errors) + " errors",
                                       {}, 0, 0, 0});
            stopped = true;
            return false;
        }
        result_.errors_.push_back({c, std::move(path), std::move(message), {}, 0, 0, 0});
        return true;
    }
    /// Reports an error about the value being read now; false when reading must stop.
    TWINSPEC_COLD bool error(json_errc c, std::string message) { return error_at(c, value_path(), std::move(message)); }

    // --- the handler interface of boost::json::basic_parser ----------------------------
    bool on_document_begin(boost::json::error_code&) { return true; }
    bool on_document_end(boost::json::error_code&) { return true; }

    bool on_object_begin(boost::json::error_code& ec) {
        if (gen_depth_ != 0) return generic_begin('{');
        auto [ops, target] = take_sink();
        if (ops == nullptr) return start_generic('{', false);
        if (ops == &capture_marker) return start_generic('{', true);
        if (ops->on_object == nullptr) return mismatch(ops, "an object") && start_generic('{', false);
        return check(ops->on_object(*this, target), ec);
    }
    bool on_object_end(std::size_t, boost::json::error_code& ec) {
        if (gen_depth_ != 0) return generic_end('}');
        frame& f = frames_[top_ - 1];
        bool ok = true;
        for (std::size_t i = 0; i != f.field_count && ok; ++i) {
            if (f.fields[i].required && (f.seen[i / 64] & (std::uint64_t{1} << (i % 64))) == 0) {
                std::string p = pointer(top_ - 1);
                p += '/';
                p += escape_token(f.fields[i].name);
                ok = error_at(json_errc::missing_field, std::move(p),
                              "the required member \"" + std::string(f.fields[i].name) + "\" is missing");
            }
        }
        --top_;
        return check(ok, ec);
    }
    bool on_array_begin(boost::json::error_code& ec) {
        if (gen_depth_ != 0) return generic_begin('[');
        auto [ops, target] = take_sink();
        if (ops == nullptr) return start_generic('[', false);
        if (ops == &capture_marker) return start_generic('[', true);
        if (ops->on_array == nullptr) return mismatch(ops, "an array") && start_generic('[', false);
        return check(ops->on_array(*this, target), ec);
    }
    bool on_array_end(std::size_t, boost::json::error_code& ec) {
        if (gen_depth_ != 0) return generic_end(']');
        frame& f = frames_[top_ - 1];
        bool ok = true;
        if (f.seq->stage_size != 0) f.seq->commit(f.target, f.stage.data(), f.index);
        if (f.seq->fixed_size != 0 && f.index != f.seq->fixed_size) {
            ok = error_at(json_errc::out_of_range, pointer(top_ - 1),
                          "an array of " + std::to_string(f.index) + " elements where exactly " +
                              std::to_string(f.seq->fixed_size) + " belong");
        }
        --top_;
        return check(ok, ec);
    }
    bool on_key_part(boost::json::string_view s, std::size_t, boost::json::error_code&) {
        buf_.append(s.data(), s.size());
        return true;
    }
    bool on_key(boost::json::string_view sv, std::size_t, boost::json::error_code& ec) {
        std::string_view s(sv.data(), sv.size());
        if (!buf_.empty()) {
            buf_.append(s.data(), s.size());
            s = buf_;
        }
        const bool ok = gen_depth_ != 0 ? generic_key(s) : key(s);
        buf_.clear();
        return check(ok, ec);
    }
    bool on_string_part(boost::json::string_view s, std::size_t, boost::json::error_code&) {
        buf_.append(s.data(), s.size());
        return true;
    }
    bool on_string(boost::json::string_view sv, std::size_t, boost::json::error_code& ec) {
        std::string_view s(sv.data(), sv.size());
        if (!buf_.empty()) {
            buf_.append(s.data(), s.size());
            s = buf_;
        }
        bool ok;
        if (gen_depth_ != 0) {
            ok = generic_string(s);
        } else {
            auto [ops, target] = take_sink();
            if (ops == nullptr) ok = true;
            else if (ops == &capture_marker) ok = capture_scalar_string(s);
            else if (ops == &id_marker) ok = (target == nullptr) || (static_cast<std::string*>(target)->assign(s), true);
            else if (ops->on_string == nullptr) ok = mismatch(ops, "a string");
            else ok = ops->on_string(*this, target, s);
        }
        buf_.clear();
        return check(ok, ec);
    }
    bool on_number_part(boost::json::string_view s, boost::json::error_code&) {
        num_.append(s.data(), s.size());
        return true;
    }
    bool on_int64(std::int64_t v, boost::json::string_view s, boost::json::error_code& ec) {
        return on_integer(v, s, ec, &type_ops::on_int64);
    }
    bool on_uint64(std::uint64_t v, boost::json::string_view s, boost::json::error_code& ec) {
        return on_integer(v, s, ec, &type_ops::on_uint64);
    }
    /// Both integer events: `sink` is the member of `type_ops` that takes this integer type.
    template <class V>
    bool on_integer(V v, boost::json::string_view s, boost::json::error_code& ec,
                    bool (*type_ops::*sink)(json_reader&, void*, V, std::string_view)) {
        const std::string_view text = number_text(s);
        bool ok;
        if (gen_depth_ != 0) ok = generic_raw(text);
        else {
            auto [ops, target] = take_sink();
            if (ops == nullptr) ok = true;
            else if (ops == &capture_marker) ok = capture_scalar(text);
            else if (ops == &id_marker) ok = error(json_errc::type_mismatch, "\"$id\" must be a string");
            else if (ops->*sink == nullptr) ok = mismatch(ops, "a number");
            else ok = (ops->*sink)(*this, target, v, text);
        }
        num_.clear();
        return check(ok, ec);
    }
    bool on_double(double d, boost::json::string_view s, boost::json::error_code& ec) {
        const std::string_view text = number_text(s);
        bool ok;
        if (gen_depth_ != 0) ok = generic_raw(text);
        else {
            auto [ops, target] = take_sink();
            if (ops == nullptr) ok = true;
            else if (ops == &capture_marker) ok = capture_scalar(text);
            else if (ops == &id_marker) ok = error(json_errc::type_mismatch, "\"$id\" must be a string");
            else if (ops->on_double == nullptr) ok = mismatch(ops, "a number");
            else ok = ops->on_double(*this, target, d, text);
        }
        num_.clear();
        return check(ok, ec);
    }
    bool on_bool(bool b, boost::json::error_code& ec) {
        bool ok;
        if (gen_depth_ != 0) ok = generic_raw(b ? "true" : "false");
        else {
            auto [ops, target] = take_sink();
            if (ops == nullptr) ok = true;
            else if (ops == &capture_marker) ok = capture_scalar(b ? "true" : "false");
            else if (ops == &id_marker) ok = error(json_errc::type_mismatch, "\"$id\" must be a string");
            else if (ops->on_bool == nullptr) ok = mismatch(ops, b ? "true" : "false");
            else ok = ops->on_bool(*this, target, b);
        }
        return check(ok, ec);
    }
    bool on_null(boost::json::error_code& ec) {
        bool ok;
        if (gen_depth_ != 0) ok = generic_raw("null");
        else {
            auto [ops, target] = take_sink();
            if (ops == nullptr) ok = true;
            else if (ops == &capture_marker) ok = capture_scalar("null");
            else if (ops == &id_marker) ok = error(json_errc::type_mismatch, "\"$id\" must be a string");
            else if (ops->on_null == nullptr) ok = mismatch(ops, "null");
            else ok = ops->on_null(*this, target);
        }
        return check(ok, ec);
    }
    bool on_comment_part(boost::json::string_view, boost::json::error_code&) { return true; }
    bool on_comment(boost::json::string_view, boost::json::error_code&) { return true; }

    // --- used by the type tables --------------------------------------------------------
    void push_entity(void* target, const field_entry* fields, std::size_t n, std::string* id_slot = nullptr,
                     object_desc desc = {}) {
        frame& f = push_frame();
        f.desc = desc;
        f.kind = frame_kind::entity;
        f.target = target;
        f.fields = fields;
        f.field_count = n;
        f.seq = nullptr;
        f.index = static_cast<std::size_t>(-1);
        f.guess = 0;
        f.id_slot = id_slot;
        f.key.clear();
        f.key_known = false;
        f.next_ops = nullptr;
        f.next_target = nullptr;
        f.seen[0] = f.seen[1] = f.seen[2] = f.seen[3] = 0;
        f.other_keys.clear();
    }
    void push_sequence(void* target, const sequence_ops* seq) {
        frame& f = push_frame();
        f.kind = frame_kind::sequence;
        f.target = target;
        f.fields = nullptr;
        f.field_count = 0;
        f.seq = seq;
        f.index = 0;
        f.id_slot = nullptr;
        f.key_known = false;
    }

    TWINSPEC_COLD bool mismatch(const type_ops* ops, std::string_view got) {
        return error(json_errc::type_mismatch,
                     "expected " + std::string(ops->expected) + ", got " + std::string(got));
    }
    /// Reports an object or array (`open`) that `ops` does not take, and skips its content.
    TWINSPEC_COLD bool reject_container(const type_ops* ops, char open, std::string_view got) {
        return mismatch(ops, got) && start_generic(open, false);
    }

private:
    static std::string escape_token(std::string_view k) {
        std::string out;
        for (char c : k) {
            if (c == '~') out += "~0";
            else if (c == '/') out += "~1";
            else out += c;
        }
        return out;
    }

    std::string_view number_text(boost::json::string_view s) {
        if (num_.empty()) return {s.data(), s.size()};
        num_.append(s.data(), s.size());
        return num_;
    }

    bool check(bool ok, boost::json::error_code& ec) {
        if (!ok) ec = boost::json::error::exception;  // stopped: too many errors
        return ok;
    }

    /// The sink of the next value: the member named by the last key, the next element of a
    /// sequence, or the root.
    std::pair<const type_ops*, void*> take_sink() {
        frame& f = frames_[top_ - 1];
        if (f.kind == frame_kind::sequence) {
            if (const std::size_t size = f.seq->stage_size; size != 0) {
                const std::size_t bytes = (f.index + 1) * size;
                if (f.stage.size() < bytes) f.stage.resize(std::max(bytes, 2 * f.stage.size()));
                void* e = f.stage.data() + f.index * size;  // storage from `operator new`: aligned for any number
                zero_element(e, size);  // the value-initialised element, as `next` makes it
                ++f.index;
                return {f.seq->element, e};
            }
            void* e = f.seq->next(*this, f.target, f.index);
            ++f.index;
            if (e == nullptr) return {nullptr, nullptr};
            return {f.seq->element, e};
        }
        const type_ops* ops = f.next_ops;
        void* t = f.next_target;
        f.next_ops = nullptr;
        return {ops, t};
    }

    /// Zeroes a staged number (1, 2, 4 or 8 bytes: one store, no call) — value-initialised.
    static void zero_element(void* e, std::size_t size) noexcept {
        constexpr unsigned char zeros[8] = {};
        switch (size) {
            case 1: std::memcpy(e, zeros, 1); break;
            case 2: std::memcpy(e, zeros, 2); break;
            case 4: std::memcpy(e, zeros, 4); break;
            default: std::memcpy(e, zeros, 8); break;  // `staged` admits nothing larger
        }
    }

    bool key(std::string_view k) {
        frame& f = frames_[top_ - 1];
        f.next_ops = nullptr;
        // fields usually come in declaration order: try the one after the last first
        std::size_t i = f.guess;
        const field_entry* e = nullptr;
        if (i < f.field_count && f.fields[i].name == k) {
            e = &f.fields[i];
        } else {
            for (i = 0; i != f.field_count; ++i) {
                if (f.fields[i].name == k) {
                    e = &f.fields[i];
                    break;
                }
            }
        }
        if (e != nullptr) {
            f.index = i;
            f.key_known = true;
            f.guess = i + 1;
            std::uint64_t& word = f.seen[i / 64];
            const std::uint64_t bit = std::uint64_t{1} << (i % 64);
            if ((word & bit) != 0) {
                return error(json_errc::duplicate_key, "the member \"" + std::string(k) + "\" is given more than once");
            }
            word |= bit;
            f.next_ops = e->ops;
            f.next_target = e->address(f.target, e->offset);
            return true;
        }
        f.key_known = false;
        f.key.assign(k);
        for (const auto& other : f.other_keys) {
            if (other == k) return error(json_errc::duplicate_key, "the member \"" + std::string(k) + "\" is given more than once");
        }
        f.other_keys.emplace_back(k);
        if (f.id_slot != nullptr && k == "$id") {
            f.next_ops = &id_marker;
            f.next_target = f.id_slot;
            return true;
        }
        switch (opt_.unknown) {
            case unknown_fields::error:
                return error(json_errc::unknown_field, f.desc.no_member(k));
            case unknown_fields::ignore: return true;
            case unknown_fields::keep: f.next_ops = &capture_marker; return true;
        }
        return true;
    }

    // --- skipping and capturing values nobody declared -------------------------------------
    bool start_generic(char open, bool capture) {
        gen_depth_ = 1;
        capturing_ = capture;
        if (capture) {
            capture_path_ = value_path();
            cap_.clear();
            cap_.push_back(open);
            cap_first_.assign(1, true);
            cap_is_object_.assign(1, open == '{');
        }
        return true;
    }
    void generic_separator() {
        if (!capturing_) return;
        if (!cap_is_object_.back()) {
            if (!cap_first_.back()) cap_.push_back(',');
            cap_first_.back() = false;
        }
    }
    bool generic_begin(char open) {
        ++gen_depth_;
        if (capturing_) {
            generic_separator();
            cap_.push_back(open);
            cap_first_.push_back(true);
            cap_is_object_.push_back(open == '{');
        }
        return true;
    }
    bool generic_end(char close) {
        --gen_depth_;
        if (capturing_) {
            cap_.push_back(close);
            cap_first_.pop_back();
            cap_is_object_.pop_back();
            if (gen_depth_ == 0) {
                result_.unknown_.push_back({std::move(capture_path_), std::move(cap_), 0});
                cap_.clear();
                capturing_ = false;
            }
        }
        return true;
    }
    bool generic_key(std::string_view k) {
        if (capturing_) {
            if (!cap_first_.back()) cap_.push_back(',');
            cap_first_.back() = false;
            append_string(cap_, k);
            cap_.push_back(':');
        }
        return true;
    }
    bool generic_raw(std::string_view text) {
        if (capturing_) {
            generic_separator();
            cap_.append(text);
        }
        return true;
    }
    bool generic_string(std::string_view s) {
        if (capturing_) {
            generic_separator();
            append_string(cap_, s);
        }
        return true;
    }
    static void append_string(std::string& out, std::string_view s) {
        (void)twinspec::detail::append_json_string(out, s);  // the parser checked the UTF-8
    }
    bool capture_scalar(std::string_view text) {
        result_.unknown_.push_back({value_path(), std::string(text), 0});
        return true;
    }
    bool capture_scalar_string(std::string_view s) {
        std::string t;
        append_string(t, s);
        result_.unknown_.push_back({value_path(), std::move(t), 0});
        return true;
    }

    const json_read_options& opt_;
    read_result& result_;
    frame& push_frame() {
        if (top_ == frames_.size()) frames_.emplace_back();
        return frames_[top_++];
    }

    std::vector<frame> frames_;
    std::size_t top_ = 0;
    std::string buf_;
    std::string num_;
    std::size_t gen_depth_ = 0;
    bool capturing_ = false;
    std::string capture_path_;
    std::string cap_;
    std::vector<bool> cap_first_;
    std::vector<bool> cap_is_object_;
};

// --- the type tables -------------------------------------------------------------------------

template <class V>
struct ops_of;

template <class V>
inline constexpr const type_ops* ops_v = &ops_of<V>::value;

template <class I>
bool store_integer(json_reader& r, void* t, std::int64_t v) {
    if (!std::in_range<I>(v)) {
        return r.error(json_errc::out_of_range, std::to_string(v) + " does not fit the member's integer type (" +
                                                    std::to_string(std::numeric_limits<I>::min()) + ".." +
                                                    std::to_string(std::numeric_limits<I>::max()) + ")");
    }
    *static_cast<I*>(t) = static_cast<I>(v);
    return true;
}
template <class I>
bool store_unsigned(json_reader& r, void* t, std::uint64_t v) {
    if (!std::in_range<I>(v)) {
        return r.error(json_errc::out_of_range, std::to_string(v) + " does not fit the member's integer type (" +
                                                    std::to_string(std::numeric_limits<I>::min()) + ".." +
                                                    std::to_string(std::numeric_limits<I>::max()) + ")");
    }
    *static_cast<I*>(t) = static_cast<I>(v);
    return true;
}
template <class I>
bool integer_from_double(json_reader& r, void* t, std::string_view text) {
    double d = 0;
    if (twinspec::detail::parse_json_number(text, d) != std::errc{} || std::floor(d) != d) {
        return r.error(json_errc::type_mismatch, "expected an integer, got " + std::string(text));
    }
    if (!(d >= -9007199254740992.0 && d <= 9007199254740992.0)) {
        return r.error(json_errc::out_of_range, std::string(text) + " is not an exact integer of the member's type");
    }
    const auto v = static_cast<std::int64_t>(d);
    return store_integer<I>(r, t, v);
}
/// True when the parser's own value of the number `text` is correctly rounded, so that it
/// need not be parsed again: Boost.JSON (`detail::dec_to_float`, 1.81; the `imprecise` mode
/// of later versions) converts the decimal significand to `double` and multiplies or divides
/// it by an exact power of ten. With at most 15 characters and no exponent, the significand
/// has at most 14 digits (exact, < 2^53) and the power at most 10^14 (exact): one correctly
/// rounded IEEE operation, Clinger's fast path. `tests/runtime/io_json_write_read.cpp`
/// ("short numbers take the parser's value") compares the two over random texts.
inline bool parser_double_exact(std::string_view text) noexcept {
    if (text.size() > 15) return false;
    for (const char c : text)
        if (c == 'e' || c == 'E') return false;
    return true;
}

template <class F>
bool store_floating(json_reader& r, void* t, std::string_view text) {
    F v{};
    const std::errc ec = twinspec::detail::parse_json_number(text, v);  // exact: see core/detail/json_text.hpp
    if (ec == std::errc::result_out_of_range) {
        return r.error(json_errc::out_of_range, std::string(text) + " is outside the range of the member's floating-point type");
    }
    if (ec != std::errc{}) {
        return r.error(json_errc::type_mismatch, "expected a number, got " + std::string(text));
    }
    *static_cast<F*>(t) = v;
    return true;
}
/// As above, for a number the parser read as a `double` (`parsed`): that value is taken as
/// it is where it is exact (see `parser_double_exact`; `double` members only — a `float` would
/// be rounded twice).
template <class F>
bool store_floating(json_reader& r, void* t, double parsed, std::string_view text) {
    if constexpr (std::is_same_v<F, double>) {
#if defined(FLT_EVAL_METHOD) && FLT_EVAL_METHOD == 0
        if (parser_double_exact(text)) {
            *static_cast<double*>(t) = parsed;
            return true;
        }
#endif
    }
    return store_floating<F>(r, t, text);
}

/// Parses RFC 3339 (`2026-11-23T01:02:03.5Z`, `…+08:00`; `t`/`z` in either case) into
/// nanoseconds since the epoch; false when malformed.
inline bool parse_rfc3339(std::string_view s, std::chrono::sys_seconds& secs_out, std::int64_t& nanos_out, std::string& why) {
    using namespace std::chrono;
    auto digits = [&](std::size_t at, std::size_t n, int& v) {
        if (at + n > s.size()) return false;
        v = 0;
        for (std::size_t k = 0; k < n; ++k) {
            const char c = s[at + k];
            if (c < '0' || c > '9') return false;
            v = v * 10 + (c - '0');
        }
        return true;
    };
    int y, mo, d, h, mi, se;
    if (!digits(0, 4, y) || s.size() < 20 || s[4] != '-' || !digits(5, 2, mo) || s[7] != '-' || !digits(8, 2, d) ||
        (s[10] != 'T' && s[10] != 't') || !digits(11, 2, h) || s[13] != ':' || !digits(14, 2, mi) || s[16] != ':' ||
        !digits(17, 2, se)) {
        why = "is not an RFC 3339 date-time (YYYY-MM-DDTHH:MM:SS[.frac](Z|+HH:MM))";
        return false;
    }
    const year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
    if (!ymd.ok() || h > 23 || mi > 59 || se > 59) {
        why = (se == 60) ? "has a leap second, which the time point cannot hold" : "is not a valid date and time";
        return false;
    }
    std::size_t i = 19;
    std::int64_t frac = 0;
    if (i < s.size() && s[i] == '.') {
        ++i;
        std::size_t n = 0;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
            if (n < 9) frac = frac * 10 + (s[i] - '0');
            else if (s[i] != '0') {
                why = "has more than nanosecond precision";
                return false;
            }
            ++n;
            ++i;
        }
        if (n == 0) {
            why = "has an empty fraction of a second";
            return false;
        }
        for (std::size_t k = n; k < 9; ++k) frac *= 10;
    }
    int offset_min = 0;
    if (i < s.size() && (s[i] == 'Z' || s[i] == 'z')) {
        ++i;
    } else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        int oh, om;
        if (!digits(i + 1, 2, oh) || i + 3 >= s.size() || s[i + 3] != ':' || !digits(i + 4, 2, om) || oh > 23 || om > 59) {
            why = "has a malformed UTC offset";
            return false;
        }
        offset_min = (oh * 60 + om) * (s[i] == '-' ? -1 : 1);
        i += 6;
    } else {
        why = "has no UTC offset (Z or +HH:MM)";
        return false;
    }
    if (i != s.size()) {
        why = "has extra characters after the date-time";
        return false;
    }
    secs_out = sys_days{ymd} + hours{h} + minutes{mi} + seconds{se} - minutes{offset_min};
    nanos_out = frac;
    const int utc_year = static_cast<int>(year_month_day{floor<days>(secs_out)}.year());
    if (utc_year < 0 || utc_year > 9999) {
        why = "is outside the years 0000..9999 once converted to UTC";
        return false;
    }
    return true;
}

// Scalars --------------------------------------------------------------------------------------
template <>
struct ops_of<bool> {
    static bool b(json_reader&, void* t, bool v) {
        *static_cast<bool*>(t) = v;
        return true;
    }
    static constexpr type_ops value{&b, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, "true or false"};
};

template <class V>
    requires Numeric<V> && std::is_integral_v<V>
struct ops_of<V> {
    static bool i(json_reader& r, void* t, std::int64_t v, std::string_view) { return store_integer<V>(r, t, v); }
    static bool u(json_reader& r, void* t, std::uint64_t v, std::string_view) { return store_unsigned<V>(r, t, v); }
    static bool d(json_reader& r, void* t, double, std::string_view s) { return integer_from_double<V>(r, t, s); }
    static constexpr type_ops value{nullptr, &i, &u, &d, nullptr, nullptr, nullptr, nullptr, "an integer"};
};

template <class V>
    requires std::is_floating_point_v<V>
struct ops_of<V> {
    static bool i(json_reader& r, void* t, std::int64_t, std::string_view s) { return store_floating<V>(r, t, s); }
    static bool u(json_reader& r, void* t, std::uint64_t, std::string_view s) { return store_floating<V>(r, t, s); }
    static bool d(json_reader& r, void* t, double v, std::string_view s) { return store_floating<V>(r, t, v, s); }
    static constexpr type_ops value{nullptr, &i, &u, &d, nullptr, nullptr, nullptr, nullptr, "a number"};
};

template <>
struct ops_of<std::string> {
    static bool s(json_reader&, void* t, std::string_view v) {
        static_cast<std::string*>(t)->assign(v);
        return true;
    }
    static constexpr type_ops value{nullptr, nullptr, nullptr, nullptr, &s, nullptr, nullptr, nullptr, "a string"};
};

template <class V>
    requires ReflectedEnum<V>
struct ops_of<V> {
    static bool s(json_reader& r, void* t, std::string_view v) {
        if (const auto e = enum_from_string<V>(v)) {
            *static_cast<V*>(t) = *e;
            return true;
        }
        std::string names;
        for (const auto& e : enum_info_v<V>.enumerators) {
            if (!names.empty()) names += ", ";
            names += e.name;
        }
        return r.error(json_errc::invalid_value, "\"" + std::string(v) + "\" is not a value of enum " +
                                                     std::string(enum_name_v<V>) + " (" + names + ")");
    }
    static constexpr type_ops value{nullptr, nullptr, nullptr, nullptr, &s, nullptr, nullptr, nullptr, "a string naming an enumerator"};
};

template <class R, class P>
struct ops_of<std::chrono::duration<R, P>> {
    using D = std::chrono::duration<R, P>;
    static bool i(json_reader& r, void* t, std::int64_t v, std::string_view s) {
        R x{};
        if (!ops_of<R>::value.on_int64(r, &x, v, s)) return false;
        *static_cast<D*>(t) = D(x);
        return true;
    }
    static bool u(json_reader& r, void* t, std::uint64_t v, std::string_view s) {
        R x{};
        if (!ops_of<R>::value.on_uint64(r, &x, v, s)) return false;
        *static_cast<D*>(t) = D(x);
        return true;
    }
    static bool d(json_reader& r, void* t, double v, std::string_view s) {
        R x{};
        if (!ops_of<R>::value.on_double(r, &x, v, s)) return false;
        *static_cast<D*>(t) = D(x);
        return true;
    }
    static constexpr type_ops value{nullptr, &i, &u, &d, nullptr, nullptr, nullptr, nullptr, ops_of<R>::value.expected};
};

template <class D>
struct ops_of<std::chrono::time_point<std::chrono::system_clock, D>> {
    using TP = std::chrono::time_point<std::chrono::system_clock, D>;
    static_assert(std::is_integral_v<typename D::rep>, "twinspec: io: json: time points are read with an integral duration");
    static bool s(json_reader& r, void* t, std::string_view v) {
        using namespace std::chrono;
        sys_seconds secs;
        std::int64_t nanos = 0;
        std::string why;
        if (!parse_rfc3339(v, secs, nanos, why)) return r.error(json_errc::invalid_value, "\"" + std::string(v) + "\" " + why);
        // whole seconds in D without overflow, then the fraction, exactly
        using S = std::common_type_t<D, seconds>;
        using Rep = typename S::rep;
        const auto count = secs.time_since_epoch().count();
        constexpr auto per_second = static_cast<std::int64_t>(duration_cast<S>(seconds{1}).count());
        if (count > std::numeric_limits<Rep>::max() / per_second - 1 || count < std::numeric_limits<Rep>::min() / per_second + 1) {
            return r.error(json_errc::out_of_range, "\"" + std::string(v) + "\" is outside the range of the member's time type");
        }
        const nanoseconds frac{nanos};
        const auto frac_d = duration_cast<D>(frac);
        if (duration_cast<nanoseconds>(frac_d) != frac) {
            return r.error(json_errc::out_of_range, "\"" + std::string(v) + "\" is finer than the member's time resolution");
        }
        *static_cast<TP*>(t) = TP(duration_cast<D>(S(static_cast<Rep>(count) * per_second)) + frac_d);
        return true;
    }
    static constexpr type_ops value{nullptr, nullptr, nullptr, nullptr, &s, nullptr, nullptr, nullptr, "an RFC 3339 date-time string"};
};

/// A `ref<T>` is read as the target's id (or null); the id is parked in `pending` and the
/// handle holds its index + 1 until the refs are resolved against the model.
template <class T>
struct ops_of<ref<T>> {
    static bool s(json_reader& r, void* t, std::string_view v) {
        r.pending.push_back({std::string(v), r.value_path()});
        *static_cast<ref<T>*>(t) = ref<T>::from_raw(static_cast<std::uint32_t>(r.pending.size()));
        return true;
    }
    static bool n(json_reader&, void* t) {
        *static_cast<ref<T>*>(t) = ref<T>{};
        return true;
    }
    static constexpr type_ops value{nullptr, nullptr, nullptr, nullptr, &s, &n, nullptr, nullptr, "a string (an id) or null"};
};

// Wrappers -----------------------------------------------------------------------------------
template <class V>
V fresh() {
    if constexpr (Entity<V>) return make_default<V>();
    else return V{};
}

template <class U>
struct ops_of<std::optional<U>> {
    using O = std::optional<U>;
    static constexpr const type_ops& inner = ops_of<U>::value;
    static void* emplace(void* t) { return &static_cast<O*>(t)->emplace(fresh<U>()); }
    // Every entry is set and tests at run time whether the inner type takes the event: a
    // table built as `inner.on_bool ? &b : nullptr` compares a function's address with null
    // in a constant expression, which g++ rejects under -fsanitize=undefined. A JSON type the
    // inner type does not take is reported as the reader itself would (`expected …, got …`).
    static bool b(json_reader& r, void* t, bool v) {
        if (inner.on_bool == nullptr) return r.mismatch(&inner, v ? "true" : "false");
        return inner.on_bool(r, emplace(t), v);
    }
    static bool i(json_reader& r, void* t, std::int64_t v, std::string_view s) {
        if (inner.on_int64 == nullptr) return r.mismatch(&inner, "a number");
        return inner.on_int64(r, emplace(t), v, s);
    }
    static bool u(json_reader& r, void* t, std::uint64_t v, std::string_view s) {
        if (inner.on_uint64 == nullptr) return r.mismatch(&inner, "a number");
        return inner.on_uint64(r, emplace(t), v, s);
    }
    static bool d(json_reader& r, void* t, double v, std::string_view s) {
        if (inner.on_double == nullptr) return r.mismatch(&inner, "a number");
        return inner.on_double(r, emplace(t), v, s);
    }
    static bool s(json_reader& r, void* t, std::string_view v) {
        if (inner.on_string == nullptr) return r.mismatch(&inner, "a string");
        return inner.on_string(r, emplace(t), v);
    }
    static bool n(json_reader&, void* t) {
        static_cast<O*>(t)->reset();
        return true;
    }
    static bool o(json_reader& r, void* t) {
        if (inner.on_object == nullptr) return r.reject_container(&inner, '{', "an object");
        return inner.on_object(r, emplace(t));
    }
    static bool a(json_reader& r, void* t) {
        if (inner.on_array == nullptr) return r.reject_container(&inner, '[', "an array");
        return inner.on_array(r, emplace(t));
    }
    static constexpr type_ops value{&b, &i, &u, &d, &s, &n, &o, &a, inner.expected};
};

template <class U, class A>
struct ops_of<std::vector<U, A>> {
    using Vec = std::vector<U, A>;
    static void* next(json_reader&, void* t, std::size_t) { return &static_cast<Vec*>(t)->emplace_back(fresh<U>()); }
    // numbers of up to 8 bytes are staged (see `sequence_ops`; the buffer comes from
    // `operator new`, aligned for them); `bool` and `long double` are made one by one
    static constexpr bool staged = std::is_arithmetic_v<U> && !std::is_same_v<U, bool> && sizeof(U) <= 8;
    static void commit(void* t, const void* first, std::size_t n) {
        const U* p = static_cast<const U*>(first);
        static_cast<Vec*>(t)->assign(p, p + n);
    }
    static constexpr sequence_ops seq{&next, &ops_of<U>::value, 0, staged ? sizeof(U) : 0, staged ? &commit : nullptr};
    static bool a(json_reader& r, void* t) {
        static_cast<Vec*>(t)->clear();
        r.push_sequence(t, &seq);
        return true;
    }
    static constexpr type_ops value{nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, &a, "an array"};
};

template <class U, std::size_t N>
struct ops_of<std::array<U, N>> {
    static_assert(N != 0, "twinspec: io: json: std::array<T, 0> members cannot be read");
    using Arr = std::array<U, N>;
    static void* next(json_reader&, void* t, std::size_t i) {
        if (i >= N) return nullptr;
        return &(*static_cast<Arr*>(t))[i];
    }
    static constexpr sequence_ops seq{&next, &ops_of<U>::value, N};
    static bool a(json_reader& r, void* t) {
        r.push_sequence(t, &seq);
        return true;
    }
    static constexpr type_ops value{nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, &a, "an array"};
};

/// True when a field of type `V` with annotations `set` must be present in the document.
/// One function per (member type, annotation set type) pair, shared by every field of that
/// pair, rather than one per field.
template <class V, class Set>
constexpr bool member_required(const Set& set) noexcept {
    if constexpr (Set::template has<presence_category>) {
        return set.template get<presence_category>().required;
    } else {
        return !is_optional_v<V> && !is_ref_v<V> && !Set::template has<default_category>;
    }
}

/// The address of the member `offset` bytes into the object at `obj`: one function for
/// every entity's rows, each row holding its member's `F::offset`.
inline void* member_at_offset(void* obj, std::uint32_t offset) {
    return static_cast<char*>(obj) + offset;
}

template <class T>
struct entity_table {
    static constexpr auto fields = []<class... F>(type_list<F...>*) {
        return std::array<field_entry, sizeof...(F)>{field_entry{F::name, ops_v<typename F::value_type>, &member_at_offset,
                                                                 static_cast<std::uint32_t>(F::offset),
                                                                 member_required<typename F::value_type>(F::annotations)}...};
    }(static_cast<fields_t<T>*>(nullptr));
    static_assert(fields.size() <= 256, "twinspec: io: json: entities of more than 256 fields cannot be read");
};

template <class T>
    requires Entity<T>
struct ops_of<T> {
    static bool o(json_reader& r, void* t) {
        r.push_entity(t, entity_table<T>::fields.data(), entity_table<T>::fields.size(), nullptr,
                      {object_desc::kind::entity, entity_name_v<T>});
        return true;
    }
    static constexpr type_ops value{nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, &o, nullptr, "an object"};
};

template <class V>
inline constexpr bool unreadable_v = false;

template <class V>
struct ops_of {
    static_assert(unreadable_v<V>,
                  "twinspec: io: json: unsupported member type for reading (use arithmetic, bool, reflected enums, "
                  "std::string, optional, vector, array, entities, ref, durations, system_clock time points)");
};

/// The error of a parse that stopped at `n` with `ec`: malformed or too deep, with the
/// handler's pointer and the line and column of `n` in `text`.
TWINSPEC_COLD inline json_error parse_failure(std::string_view text, std::size_t n, boost::json::error_code ec,
                                            const json_reader& h, const json_read_options& opt) {
    const std::size_t at = std::min(n, text.size());
    std::size_t line = 1, col = 1;
    for (std::size_t k = 0; k < at; ++k) {
        if (text[k] == '\n') {
            ++line;
            col = 1;
        } else {
            ++col;
        }
    }
    const bool deep = ec == boost::json::error::too_deep;
    json_error e;
    e.code = deep ? json_errc::too_deep : json_errc::malformed;
    e.path = h.value_path();
    e.message = deep ? "nesting deeper than " + std::to_string(opt.max_depth) + " levels" : "malformed JSON: " + ec.message();
    e.offset = at;
    e.line = line;
    e.column = col;
    return e;
}

/// Runs the parser over `text` with `ops` as the root's sink. Structural errors go to
/// `result`, the ids of `ref<T>` members to `pending`.
inline void run_parser(std::string_view text, const json_read_options& opt, read_result& result,
                       std::vector<pending_ref>& pending, const type_ops* root_ops, void* root) {
    boost::json::parse_options po;
    po.max_depth = opt.max_depth;
    boost::json::basic_parser<json_reader> p(po, opt, result, root_ops, root);
    boost::json::error_code ec;
    const std::size_t n = p.write_some(false, text.data(), text.size(), ec);
    if (ec) p.handler().flush_open_sequences();
    if (!ec && n != text.size()) ec = boost::json::error::extra_data;
    if (ec && !(ec == boost::json::error::exception && p.handler().stopped))
        result.errors_.push_back(parse_failure(text, n, ec, p.handler(), opt));
    pending = std::move(p.handler().pending);
}

/// Replaces every pending id parked in a `ref<U>` of `v` by the handle `find(U*, id)` gives.
template <class V, class Find>
void resolve_refs(V& v, const std::vector<pending_ref>& pending, Find& find, read_result& result) {
    if constexpr (is_ref_v<V>) {
        if (v.is_null()) return;
        const pending_ref& p = pending[v.raw() - 1U];
        using U = typename V::entity_type;
        const ref<U> r = find(static_cast<U*>(nullptr), std::string_view(p.id));
        if (r.is_null()) {
            result.errors_.push_back({json_errc::unresolved_ref, p.path,
                                      "no " + std::string(entity_name_v<U>) + " has the id \"" + p.id + "\"",
                                      {}, 0, 0, 0});
        }
        v = r;
    } else if constexpr (is_optional_v<V>) {
        if (v.has_value()) resolve_refs(*v, pending, find, result);
    } else if constexpr (is_sequence_v<V>) {
        for (auto& e : v) resolve_refs(e, pending, find, result);
    } else if constexpr (Entity<V>) {
        if constexpr (contains_ref<V>()) {
            [&]<class... F>(type_list<F...>*) {
                (resolve_refs(v.*F::pointer, pending, find, result), ...);
            }(static_cast<fields_t<V>*>(nullptr));
        }
    }
}

/// True when `path` is `prefix` or lies under it.
inline bool path_under(std::string_view path, std::string_view prefix) noexcept {
    return path.size() >= prefix.size() && path.substr(0, prefix.size()) == prefix &&
           (path.size() == prefix.size() || path[prefix.size()] == '/');
}

/// The sink `add_violations` validates into: one class for every entity type, so that its
/// body is compiled once, not once per entity.
struct violation_collector {
    read_result* result;
    std::size_t structural;  // the structural errors found before validation

    void operator()(violation&& v) const {
        for (std::size_t k = 0; k < structural; ++k) {
            const json_errc c = result->errors_[k].code;
            // a value the document did not give correctly: its default's violations are noise
            if ((c == json_errc::type_mismatch || c == json_errc::out_of_range || c == json_errc::missing_field ||
                 c == json_errc::invalid_value) &&
                path_under(v.path, result->errors_[k].path))
                return;
        }
        const bool range = v.rule == rule::below_minimum || v.rule == rule::above_maximum || v.rule == rule::not_finite;
        std::string text = v.to_string();  // "<path>: <reason>"
        const std::size_t colon = (v.path.empty() ? 1 : v.path.size()) + 2;
        result->errors_.push_back({range ? json_errc::out_of_range : json_errc::constraint, v.path,
                                   text.substr(std::min(colon, text.size())), v.rule, 0, 0, 0});
    }
};

/// Adds the violations of `obj` (at `at`), except those at or under a path already in error.
/// Straight to the kernel's table-driven reporting path (one shared function per member
/// type), without `validate`'s inlined quick test: per entity type that test is code the
/// optimiser must inline field by field, and next to parsing its saving is small.
/// `checks` is the entity's reporting table (`entity_checks_v<T>`); the object is at `obj`.
inline void add_violations(const void* obj, twinspec::detail::entity_checks checks, const path_segment& at,
                           read_result& result) {
    violation_collector collect{&result, result.errors_.size()};
    twinspec::detail::validate_rows(obj, checks, at, violation_sink(collect));
}

/// False when the parser stopped early (malformed, too deep, too many errors).
inline bool structure_complete(const read_result& r) noexcept {
    if (r.errors_.empty()) return true;
    const json_errc c = r.errors_.back().code;
    return c != json_errc::malformed && c != json_errc::too_deep && c != json_errc::too_many_errors;
}

/// Resolves (or, when the structure is incomplete, clears) the parked ids in the `ref<U>`
/// members of the entity at `tmp`; `find` points to the caller's `Find`.
using resolve_hook = void (*)(void* tmp, const std::vector<pending_ref>& pending, void* find, read_result& result,
                              bool complete);

template <class T, class Find>
void resolve_entity_refs(void* tmp, const std::vector<pending_ref>& pending, void* find, read_result& result,
                         bool complete) {
    T& obj = *static_cast<T*>(tmp);
    if (complete) {
        resolve_refs(obj, pending, *static_cast<Find*>(find), result);
    } else {
        // refs still hold parked ids: clear them before anyone sees the object
        auto none = [](auto*, std::string_view) { return null_ref; };
        read_result ignored;
        resolve_refs(obj, pending, none, ignored);
    }
}

/// Everything in reading one entity that does not depend on its type: parse `text` into the
/// default-built object at `tmp` (whose members `ops` describes), resolve its references
/// (when the entity has any), validate it against `checks`. One function for every entity
/// type: what is left per entity is building the default, this call and the commit.
TWINSPEC_NOINLINE inline void read_erased(std::string_view text, const json_read_options& opt, read_result& result,
                                          const type_ops* ops, void* tmp, twinspec::detail::entity_checks checks,
                                          resolve_hook resolve, void* find) {
    std::vector<pending_ref> pending;
    run_parser(text, opt, result, pending, ops, tmp);
    const bool complete = structure_complete(result);
    if (resolve != nullptr) resolve(tmp, pending, find, result, complete);
    if (complete && opt.validate) add_violations(tmp, checks, path_segment{}, result);
}

template <class T, class Find>
read_result read_entity(std::string_view text, T& obj, Find& find, const json_read_options& opt) {
    read_result result;
    T tmp = make_default<T>();
    resolve_hook resolve = nullptr;
    if constexpr (contains_ref<T>()) resolve = &resolve_entity_refs<T, Find>;
    read_erased(text, opt, result, ops_v<T>, __builtin_addressof(tmp), twinspec::detail::entity_checks_v<T>, resolve,
                static_cast<void*>(__builtin_addressof(find)));
    if (result.ok() || opt.commit_on_error) obj = std::move(tmp);
    return result;
}

struct no_model_find {
    template <class U>
    ref<U> operator()(U*, std::string_view) const noexcept {
        return {};
    }
};

}  // namespace detail

/// Reads `obj` from the JSON text `text`: every member is checked against the schema while the
/// parser runs, then every field's annotations (`ts::validate`). Returns every error with a
/// JSON pointer and a reason; on any error `obj` is left as it was (unless
/// `options.commit_on_error`). Members the document omits take their default
/// (`ts::make_default`); a plain member without a default (and without `optional_field`) must
/// be present. An entity with `ref<T>` members is read with the overload taking a model.
template <Entity T>
read_result read_json(std::string_view text, T& obj, const json_read_options& options = {}) {
    static_assert(!detail::contains_ref<T>(),
                  "twinspec: io: json: the entity has ref<T> members, read as their targets' ids: pass the model, "
                  "read_json(text, obj, model)");
    detail::no_model_find find;
    return detail::read_entity(text, obj, find, options);
}

/// As above; each `ref<U>` member is read as an id and resolved with `model.find<U>(id)`
/// (an id that names no object is a `json_errc::unresolved_ref` error).
template <Entity T, class Model>
    requires requires { typename Model::entity_types; }
read_result read_json(std::string_view text, T& obj, const Model& model, const json_read_options& options = {}) {
    auto find = [&model]<class U>(U*, std::string_view id) { return model.template find<U>(id); };
    return detail::read_entity(text, obj, find, options);
}

namespace detail {

/// A model object while its document is read: its id and the object.
template <class E>
struct staged {
    std::string id;
    E obj;
};

template <class E>
struct staged_ops {
    static bool o(json_reader& r, void* t) {
        auto* s = static_cast<staged<E>*>(t);
        r.push_entity(&s->obj, entity_table<E>::fields.data(), entity_table<E>::fields.size(), &s->id,
                      {object_desc::kind::entity, entity_name_v<E>});
        return true;
    }
    static constexpr type_ops value{nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, &o, nullptr, "an object"};
    static void* next(json_reader&, void* t, std::size_t) {
        return &static_cast<std::vector<staged<E>>*>(t)->emplace_back(staged<E>{{}, make_default<E>()});
    }
    static constexpr sequence_ops seq{&next, &value, 0};
    static bool a(json_reader& r, void* t) {
        r.push_sequence(t, &seq);
        return true;
    }
    static constexpr type_ops list{nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, &a, "an array of objects"};
};

template <class... E>
struct model_staging {
    std::tuple<std::vector<staged<E>>...> lists;
    template <class X>
    static void* address(void* self, std::uint32_t) {
        return &std::get<std::vector<staged<X>>>(static_cast<model_staging*>(self)->lists);
    }
    static constexpr std::array<field_entry, sizeof...(E)> fields{
        field_entry{entity_name_v<E>, &staged_ops<E>::list, &model_staging::template address<E>, 0, false}...};
    static bool o(json_reader& r, void* t) {
        r.push_entity(t, fields.data(), fields.size(), nullptr, {object_desc::kind::model, {}});
        return true;
    }
    static constexpr type_ops value{nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, &o, nullptr, "an object"};
};

}  // namespace detail

/// Reads a whole model from one document in the form `write_model_json` writes: an object
/// with one member per entity type (its C++ name), each an array of objects whose optional
/// `"$id"` is the external id. `ref<T>` members name ids anywhere in the document (read in
/// two passes: the objects, then the references). On any error `model` is left unchanged.
template <class Model>
    requires requires { typename Model::entity_types; }
read_result read_model_json(std::string_view text, Model& model, const json_read_options& options = {}) {
    return [&]<class... E>(type_list<E...>*) {
        read_result result;
        detail::model_staging<E...> staging;
        std::vector<detail::pending_ref> pending;
        detail::run_parser(text, options, result, pending, &detail::model_staging<E...>::value, &staging);
        Model tmp;
        if (!detail::structure_complete(result)) return result;
        auto add_all = [&]<class X>(X*) {
            auto& list = std::get<std::vector<detail::staged<X>>>(staging.lists);
            for (std::size_t i = 0; i != list.size(); ++i) {
                auto& s = list[i];
                const ref<X> r = s.id.empty() ? tmp.add(std::move(s.obj)) : tmp.add(std::move(s.obj), s.id);
                if (r.is_null()) {
                    result.errors_.push_back({json_errc::duplicate_key,
                                              "/" + std::string(entity_name_v<X>) + "/" + std::to_string(i) + "/$id",
                                              "the id \"" + s.id + "\" is given to two " + std::string(entity_name_v<X>) + " objects",
                                              {}, 0, 0, 0});
                }
            }
        };
        (add_all(static_cast<E*>(nullptr)), ...);
        auto find = [&tmp]<class U>(U*, std::string_view id) { return tmp.template find<U>(id); };
        auto resolve_all = [&]<class X>(X*) {
            const path_segment type_at{nullptr, entity_name_v<X>, 0, false};
            std::size_t i = 0;
            tmp.template for_each<X>([&](ref<X>, X& obj) {
                detail::resolve_refs(obj, pending, find, result);
                if (options.validate) {
                    const path_segment at{&type_at, {}, i, true};
                    detail::add_violations(__builtin_addressof(obj), twinspec::detail::entity_checks_v<X>, at, result);
                }
                ++i;
            });
        };
        (resolve_all(static_cast<E*>(nullptr)), ...);
        if (result.ok() || options.commit_on_error) model = std::move(tmp);
        return result;
    }(static_cast<typename Model::entity_types*>(nullptr));
}

}  // namespace twinspec::io
