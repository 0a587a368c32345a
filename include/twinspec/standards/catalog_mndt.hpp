// twinspec/standards/catalog_mndt.hpp — the draft group standard 《移动网络数字孪生系统技术规范》
// (mobile network digital twin system technical specification), draft for comment, 2025-01.
//
// Source: ../shared/seeds/002_46c67d1e1ab9613f.txt (explanatory note of the draft). The scope
// is section 四 (标准主要内容), exact, with its line breaks joined; `scope_parts` structures it
// into physical entity, virtual entity, twin data and connection & integration. The
// requirements are the scope's items written as values, for conformance checks.
#pragma once

#include <twinspec/standards/descriptor.hpp>

#include <chrono>

namespace twinspec::standards {

namespace detail {
inline constexpr scope_topic mndt_physical_entity[] = {
    {{"感知接入", "sensing access"}},
    {{"决策执行", "decision execution"}},
    {{"边缘端协作", "edge collaboration"}},
};
inline constexpr scope_topic mndt_virtual_entity[] = {
    {{"模型功能", "model function"}}, {{"描述", "description"}},  {{"构建", "construction"}},
    {{"组装", "assembly"}},           {{"验证", "verification"}}, {{"运行与管理", "run and management"}},
};
inline constexpr scope_topic mndt_twin_data[] = {
    {{"表示", "representation"}}, {{"分类", "classification"}},        {{"存储", "storage"}},
    {{"预处理", "preprocessing"}}, {{"使用与维护", "use and maintenance"}}, {{"测试", "testing"}},
};
inline constexpr scope_topic mndt_connection[] = {
    {{"物理实体", "physical entity"}},
    {{"虚拟实体", "virtual entity"}},
    {{"服务", "service"}},
    {{"数据库", "database"}},
};
}  // namespace detail

/// The scope of the twin specification, by part.
inline constexpr scope_part mndt_scope_parts[] = {
    {{"物理实体", "physical entity"}, detail::mndt_physical_entity},
    {{"虚拟实体", "virtual entity"}, detail::mndt_virtual_entity},
    {{"孪生数据", "twin data"}, detail::mndt_twin_data},
    {{"连接与集成", "connection and integration"}, detail::mndt_connection},
};

/// What a model claiming conformance to the twin specification must provide. `key` is what a
/// model declares (see <twinspec/standards/conformance.hpp>).
inline constexpr requirement mndt_requirements[] = {
    {"physical_entity.sensing_access", "the physical entity offers sensing access (物理实体的感知接入)"},
    {"physical_entity.decision_execution", "the physical entity offers decision execution (物理实体的决策执行)"},
    {"virtual_entity.description", "the virtual entity has a description (虚拟实体的描述)"},
    {"virtual_entity.verification", "the virtual entity has a verification (虚拟实体的验证)"},
    {"twin_data.classification", "twin data are classified (孪生数据的分类)"},
};

/// The document it follows for drafting.
inline constexpr cited_document mndt_cited[] = {
    {"GB/T 1.1—2020", "标准化工作导则 第 1 部分：标准化文件的结构和起草规则"},
};

inline constexpr standard_descriptor mndt_standards[] = {
    {.index = 1,
     .title = {"移动网络数字孪生系统技术规范", "Technical specification of mobile network digital twin systems"},
     .kind = revision_kind::new_standard,
     .scope = "本文件主要规定了移动网络数字孪生系统的技术规范及实施要求。标准的范围涵盖移动网络数字孪生系统的各个方面，包括但不限于物理实体的感知接入、决策执行、边缘端协作，虚拟实体的模型功能、描述、构建、组装、验证、运行与管理，孪生数据的表示、分类、存储、预处理、使用与维护、测试，以及物理实体、虚拟实体、服务、数据库之间的连接与集成等。",
     .state = status::draft_for_comment,
     .status_date = std::chrono::year_month_day{std::chrono::year{2025}, std::chrono::month{1}, std::chrono::day{1}},
     .status_date_precision = date_precision::month,
     .proposer = "西安星讯智能通信科技有限公司",
     .responsible = "中国联合国采购促进会",
     .cites = mndt_cited,
     .scope_parts = mndt_scope_parts,
     .requirements = mndt_requirements},
};

/// The catalogue holding the twin specification draft.
inline constexpr catalogue mndt{
    .key = "mndt",
    .name = {"《移动网络数字孪生系统技术规范》（征求意见稿）", "Mobile network digital twin system technical specification (draft for comment)"},
    .source = nullptr,
    .entries = mndt_standards,
};

}  // namespace twinspec::standards
