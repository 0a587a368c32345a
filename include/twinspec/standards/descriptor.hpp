// twinspec/standards/descriptor.hpp — what a catalogue says about one standard: number,
// title, kind, scope, dates, status, series and part, cited documents, requirements.
#pragma once

#include <twinspec/standards/identifier.hpp>

#include <chrono>
#include <cstdint>
#include <span>
#include <string_view>

namespace twinspec::standards {

/// A text in Chinese (exact, as published) and its English translation (ours).
struct bilingual {
    std::string_view zh{};
    std::string_view en{};
    [[nodiscard]] constexpr bool empty() const noexcept { return zh.empty() && en.empty(); }
};

/// 制修订: a new standard (制定) or a revision of an existing one (修订).
enum class revision_kind : std::uint8_t { new_standard, revision };

/// Where a standard is in its life.
enum class status : std::uint8_t { published, draft_for_comment, in_drafting };

/// How precise a date is (a draft dated "2025 年 1 月" has no day).
enum class date_precision : std::uint8_t { none, month, day };

[[nodiscard]] constexpr std::string_view to_string(revision_kind k) noexcept {
    return k == revision_kind::new_standard ? "new" : "revision";
}
[[nodiscard]] constexpr std::string_view to_chinese(revision_kind k) noexcept {
    return k == revision_kind::new_standard ? "制定" : "修订";
}
[[nodiscard]] constexpr std::string_view to_string(status s) noexcept {
    switch (s) {
        case status::published: return "published";
        case status::draft_for_comment: return "draft for comment";
        case status::in_drafting: return "in drafting";
    }
    return "?";
}

/// The announcement that published a set of standards (e.g. 中国通信标准化协会 公告 2025 年第 2 号).
struct announcement {
    bilingual title{};                    ///< "中国通信标准化协会 公告 2025 年第 2 号"
    std::string_view issuer{};            ///< the body that announces: 中国通信标准化协会
    std::string_view office{};            ///< the office that issued the text: 中国通信标准化协会办公室
    int year = 0;                       ///< 2025
    int number = 0;                     ///< 2 (第 2 号)
    std::chrono::year_month_day issued{}; ///< 印发 date
    std::string_view approved_by{};       ///< 技术管理委员会
    std::string_view basis{};             ///< the rules it applies: 《中国通信标准化协会团体标准管理办法》
    std::string_view attachment{};        ///< 附件 title
    std::size_t standard_count = 0;     ///< how many standards it publishes
};

/// A document cited by a standard (a number and, when the source gives it, a title).
struct cited_document {
    standard_id id{};
    std::string_view title{};  ///< in Chinese, as cited
};

/// One aspect of a structured scope (感知接入 sensing access …).
struct scope_topic {
    bilingual name{};
};

/// One part of a structured scope (物理实体 physical entity: its topics).
struct scope_part {
    bilingual subject{};
    std::span<const scope_topic> topics;
};

/// A requirement a conforming model must meet, written as a value. `key` is what a model
/// states it provides (e.g. "physical_entity.sensing_access", see `provides` in
/// <twinspec/standards/conformance.hpp>); `text` explains it; `clause`, when not empty, is the
/// clause that states it (a claim of other clauses only does not need it).
struct requirement {
    std::string_view key{};
    std::string_view text{};
    std::string_view clause{};
};

/// Everything a catalogue records about one standard. An aggregate of views into static
/// data: catalogues are `constexpr` arrays of these.
struct standard_descriptor {
    int index = 0;                                   ///< 序号 in its catalogue (1-based)
    standard_id id{};                                ///< empty: no number yet
    bilingual title{};                                 ///< 标准名称, exact
    revision_kind kind = revision_kind::new_standard;///< 制修订
    std::string_view scope{};                          ///< 标准主要内容, exact
    std::chrono::year_month_day implementation_date{};  ///< 实施日期; !ok() when none
    const announcement* announced_in = nullptr;      ///< the announcement that published it
    std::string_view remarks{};                        ///< 说明 (e.g. joint publication)
    standards::status state = status::published;
    std::chrono::year_month_day status_date{};       ///< since when the status holds
    date_precision status_date_precision = date_precision::none;
    bilingual series{};                                ///< series title, empty if none
    int part = 0;                                    ///< part number in the series, 0 if none
    std::string_view organisation{};                   ///< the body the standard belongs to
    std::string_view proposer{};                       ///< 提出
    std::string_view responsible{};                    ///< 归口
    std::span<const cited_document> cites{};
    std::span<const scope_part> scope_parts{};
    std::span<const requirement> requirements{};

    [[nodiscard]] constexpr bool has_number() const noexcept { return !id.empty(); }
    [[nodiscard]] constexpr bool has_implementation_date() const noexcept { return implementation_date.ok(); }
};

/// A named, constexpr list of standards, optionally with the announcement it comes from.
struct catalogue {
    std::string_view key{};  ///< short machine name: "ccsa-2025-2"
    bilingual name{};
    const announcement* source = nullptr;
    std::span<const standard_descriptor> entries;
};

}  // namespace twinspec::standards
