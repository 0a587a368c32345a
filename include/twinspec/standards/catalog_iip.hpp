// twinspec/standards/catalog_iip.hpp — the 7-part group standard series 《工业互联网平台》
// (Industrial Internet Platform) of 中国和平利用军工技术协会: in drafting since 2023-02-15, no
// numbers yet, citing GB/T 42021-2022, GB/T 39471-2020 and GB/Z 32235-2015.
//
// Source: ../shared/seeds/001_a580d763911c3cad.txt (call for drafting units). Titles are the
// table's 标准名称; scopes are section 一 (标准编制范围) item by item, exact (including its
// "范例, 在" ASCII commas); item 7's paragraph break is joined. English titles are ours.
#pragma once

#include <twinspec/standards/descriptor.hpp>

#include <chrono>

namespace twinspec::standards {

namespace detail {
inline constexpr std::chrono::year_month_day iip_drafting_since{std::chrono::year{2023}, std::chrono::month{2},
                                                                std::chrono::day{15}};
inline constexpr bilingual iip_series{"工业互联网平台", "Industrial internet platform"};
inline constexpr std::string_view iip_organisation = "中国和平利用军工技术协会";
}  // namespace detail

/// The documents the series cites as the few existing basic standards.
inline constexpr cited_document iip_cited[] = {
    {"GB/T 42021-2022", "工业互联网 总体网络架构"},
    {"GB/T39471-2020", "云制造服务平台制造资源接入集成规范"},
    {"GB/Z32235-2015", "工业过程测量、控制和自动化生产设施表示用参考模型（数字工厂）"},
};

// clang-format off
/// The seven parts, in the order of the call (序号 1–7).
inline constexpr standard_descriptor iip_standards[] = {
    {.index = 1, .title = {"工业互联网平台 总体框架", "Industrial internet platform - General framework"},
     .scope = "本标准规定了工业互联网平台整体框架、基本功能、基本安全要求、通用技术要求等。适用于工业互联网企业建立工业互联网平台经典模式。同时为其他企业、研究单位等提供可复制、可借鉴的优秀范例, 在工业互联网平台全产业链进行推广, 达到产业示范的效果。",
     .state = status::in_drafting, .status_date = detail::iip_drafting_since, .status_date_precision = date_precision::day,
     .series = detail::iip_series, .part = 1, .organisation = detail::iip_organisation, .cites = iip_cited},
    {.index = 2, .title = {"工业互联网平台 工业设备接入通用规范", "Industrial internet platform - General specification for industrial device access"},
     .scope = "本标准规定了不同行业工业设备数据的结构化描述、平台对工业设备上云的相关要求、平台的工业设备数字化管理要求等，包括但不限于基于平台的工业设备运行监控、智能调度、预测性维护、质量全过程管控等。",
     .state = status::in_drafting, .status_date = detail::iip_drafting_since, .status_date_precision = date_precision::day,
     .series = detail::iip_series, .part = 2, .organisation = detail::iip_organisation, .cites = iip_cited},
    {.index = 3, .title = {"工业互联网平台 工业大数据通用技术规范", "Industrial internet platform - General technical specification for industrial big data"},
     .scope = "本标准规定了工业互联网平台内不同系统之间数据交换要求、数据分析的流程及方法、数据管理、数据建模、数据服务等基本要求。",
     .state = status::in_drafting, .status_date = detail::iip_drafting_since, .status_date_precision = date_precision::day,
     .series = detail::iip_series, .part = 3, .organisation = detail::iip_organisation, .cites = iip_cited},
    {.index = 4, .title = {"工业互联网平台 工业机理模型与组件通用要求", "Industrial internet platform - General requirements for industrial mechanism models and components"},
     .scope = "本标准规定了工业机理模型、微组件、工业智能应用的通用要求，主要包括基本功能要求、开发过程要求、开发管理要求、应用要求等。",
     .state = status::in_drafting, .status_date = detail::iip_drafting_since, .status_date_precision = date_precision::day,
     .series = detail::iip_series, .part = 4, .organisation = detail::iip_organisation, .cites = iip_cited},
    {.index = 5, .title = {"工业互联网平台 工业 APP 通用技术规范", "Industrial internet platform - General technical specification for industrial APPs"},
     .scope = "本标准规定了工业 APP 的开发要求，主要包括参考架构、分类分级、开发方法和过程、开发环境和工具、开发语言和建模语言、接口与集成、组件封装等；规定了工业 APP 应用要求，主要包括应用需求、业务模型、应用模式等；规定了工业 APP 服务要求，主要包括实施与运维、服务能力、质量保证、流通服务、安全防护、应用商店等。",
     .state = status::in_drafting, .status_date = detail::iip_drafting_since, .status_date_precision = date_precision::day,
     .series = detail::iip_series, .part = 5, .organisation = detail::iip_organisation, .cites = iip_cited},
    {.index = 6, .title = {"工业互联网平台 服务与应用通用要求", "Industrial internet platform - General requirements for services and applications"},
     .scope = "本标准规定了工业互联网平台的选型、服务、评价等服务管理要求；应用、管理、评价等应用管理要求；数据流转、业务衔接与迁移等互通适配要求等。",
     .state = status::in_drafting, .status_date = detail::iip_drafting_since, .status_date_precision = date_precision::day,
     .series = detail::iip_series, .part = 6, .organisation = detail::iip_organisation, .cites = iip_cited},
    {.index = 7, .title = {"工业互联网平台 微服务与开发环境通用要求", "Industrial internet platform - General requirements for microservices and the development environment"},
     .scope = "本标准规定了工业互联网平台微服务功能与接入运行要求，主要包括架构原则、管理功能、治理功能、应用接入、架构性能等；规定了平台的应用开发对接和运行管理技术要求，主要包括应用开发规范、应用开发接口、服务发布、服务管理、开发和运行资源管理、开源技术等。",
     .state = status::in_drafting, .status_date = detail::iip_drafting_since, .status_date_precision = date_precision::day,
     .series = detail::iip_series, .part = 7, .organisation = detail::iip_organisation, .cites = iip_cited},
};
// clang-format on

/// The catalogue of the 工业互联网平台 series.
inline constexpr catalogue iip_series{
    .key = "iip",
    .name = {"《工业互联网平台》系列团体标准", "Industrial internet platform group standard series"},
    .source = nullptr,
    .entries = iip_standards,
};

}  // namespace twinspec::standards
