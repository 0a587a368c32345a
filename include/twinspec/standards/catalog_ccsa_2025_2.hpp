// twinspec/standards/catalog_ccsa_2025_2.hpp — 中国通信标准化协会 公告 2025 年第 2 号 (CCSA
// announcement 2025 No. 2): the 40 group standards it publishes, every column, as constexpr data.
//
// Source: ../shared/seeds/000_117293956aa9df38.txt (a PDF-to-text dump). Rows split by page
// breaks (7, 25, 26, 39) are joined; line-wrap spaces inside titles, numbers, scopes and remarks
// are removed, spaces that separate title elements are kept (工业区块链 物联网感知终端 安全芯片技术要求).
// Paragraphs of a scope are separated by one space, as in the source; row 40's <p> markup is
// dropped. Punctuation (ASCII "," in rows 1–7, "，" later) and spacing such as "第 6 部分"
// are kept as published. English titles are ours.
#pragma once

#include <twinspec/standards/descriptor.hpp>

#include <chrono>

namespace twinspec::standards {

namespace detail {
inline constexpr std::chrono::year_month_day ccsa_2025_2_issued{std::chrono::year{2025}, std::chrono::month{6}, std::chrono::day{20}};
inline constexpr std::chrono::year_month_day ccsa_2025_2_implementation{std::chrono::year{2025}, std::chrono::month{9}, std::chrono::day{30}};
}  // namespace detail

/// The announcement itself: 中国通信标准化协会 公告 2025 年第 2 号, 印发 2025-06-20.
inline constexpr announcement ccsa_2025_2_announcement{
    .title = {"中国通信标准化协会 公告 2025 年第 2 号", "China Communications Standards Association announcement 2025 No. 2"},
    .issuer = "中国通信标准化协会",
    .office = "中国通信标准化协会办公室",
    .year = 2025,
    .number = 2,
    .issued = detail::ccsa_2025_2_issued,
    .approved_by = "技术管理委员会",
    .basis = "《中国通信标准化协会团体标准管理办法》",
    .attachment = "40 项团体标准编号、名称、主要内容等一览表",
    .standard_count = 40,
};

namespace detail {
/// One row of the announcement's table: the columns that vary (序号, 标准编号, 标准名称 with its
/// English translation, 标准主要内容, 说明, and the series of a multi-part standard); what all 40
/// rows share (制定, 实施日期 2025-09-30, published 2025-06-20 by this announcement) is written
/// once, here.
constexpr standard_descriptor ccsa_2025_2_row(int index, standard_id id, bilingual title, std::string_view scope,
                                              std::string_view remarks = {}, bilingual series = {}, int part = 0) {
    return {.index = index,
            .id = id,
            .title = title,
            .kind = revision_kind::new_standard,
            .scope = scope,
            .implementation_date = ccsa_2025_2_implementation,
            .announced_in = &ccsa_2025_2_announcement,
            .remarks = remarks,
            .state = status::published,
            .status_date = ccsa_2025_2_issued,
            .status_date_precision = date_precision::day,
            .series = series,
            .part = part,
            .organisation = "中国通信标准化协会"};
}
}  // namespace detail

// clang-format off
/// The 40 standards of the announcement, in the order of its table (序号 1–40).
inline constexpr standard_descriptor ccsa_2025_2_standards[] = {
    detail::ccsa_2025_2_row(1, "T/CCSA 672-2025",
        {"5G 消息业务计费系统计费性能技术要求和测试方法", "Charging performance technical requirements and test methods for 5G message service charging systems"},
        "本文件规定了 5G 消息业务计费系统计费性能的技术要求和测试方法,以及测试要求、测试仪表要求和测试项。 本文件适用于个人用户按条计费的 5G 消息业务,包括点对点消息、群发消息、点对应用的消息和群聊消息。"),
    detail::ccsa_2025_2_row(2, "T/CCSA 673-2025",
        {"面向家具制造领域的 5G+工业互联网应用场景及技术要求", "5G + industrial internet application scenarios and technical requirements for furniture manufacturing"},
        "本文件规定了面向家具制造领域 5G+工业互联网应用场景及技术要求,明确客户管理、生产/生产计划及物料管理、设备管理、人员管理、品质管理、物流仓储管理、安全管理、智能机器人应用八类场景的技术要求。 本文件适用于 5G+家具制造领域应用设计及部署实施。"),
    detail::ccsa_2025_2_row(3, "T/CCSA 674-2025",
        {"面向家电制造领域的 5G+工业互联网应用场景及技术要求", "5G + industrial internet application scenarios and technical requirements for household appliance manufacturing"},
        "本文件规定了家电制造领域的 5G+工业互联网应用场景分类及各类场景的技术要求,具体分为前工序、部件预装、产品总装、运输配送四个大类,细分为七类典型应用场景及技术要求。 本文件适用于家电制造领域 5G+工业互联网相关场景应用设计及部署实施。"),
    detail::ccsa_2025_2_row(4, "T/CCSA 675-2025",
        {"车载时间敏感网络参考架构", "Reference architecture of in-vehicle time-sensitive networking"},
        "本文件规定了时间敏感网络在车载网络的参考架构,包括参考模型、传输架构、基于中央网关的车载网络部署架构、基于域控制器的车载网络部署架构、基于区域控制器的车载网络部署架构等。 本文件适用于车载时间敏感网络架构设计、研发部署等,车载时间敏感网络的网络设备和终端设备的设计也可参考。"),
    detail::ccsa_2025_2_row(5, "T/CCSA 676-2025",
        {"工业互联网标识解析通信行业基站设备管理应用要求", "Application requirements of industrial internet identifier resolution for base station equipment management in the telecommunications industry"},
        "本文件规定了基于工业互联网标识解析的通信行业基站设备管理业务系统总体架构,以及在基站建设环节、基站设备运维环节应用要求。 本文件适用于基站设备管理业务系统的应用设计和开发。"),
    detail::ccsa_2025_2_row(6, "T/CCSA 677-2025",
        {"工业互联网 确定性网络技术要求", "Industrial internet - Technical requirements for deterministic networks"},
        "本文件规定工业互联网确定性网络概念、组网场景、基本框架和总体技术要求。 本文件适用于对数据传输服务质量有严格要求的工业互联网的规划、设计、优化及设备研发,网络类型涵盖现场网络、企业/园区网络、广域网络。"),
    detail::ccsa_2025_2_row(7, "T/CCSA 678-2025",
        {"工业区块链 跨链服务参考框架", "Industrial blockchain - Reference framework for cross-chain services"},
        "本文件规定了工业区块链跨链服务参考框架和功能架构,并规范了跨链服务中的工作流程,以及传输消息的内容与格式等。 本文件适用于为计划应用工业区块链跨链服务的技术提供方、应用开发者、监管部门等组织提供参考和技术指导。"),
    detail::ccsa_2025_2_row(8, "T/CCSA 679-2025",
        {"工业区块链 物联网感知终端 安全芯片技术要求", "Industrial blockchain - IoT sensing terminals - Technical requirements for security chips"},
        "本文件规定了工业区块链物联网感知终端对安全芯片的技术架构、信息交互模型、基本能力要求、SDK 要求、应用要求和基本业务流程。 本文件适用于工业区块链基础服务体系中物联网感知终端安全芯片的设计、开发提供技术参考，为使用工业区块链物联网感知终端安全芯片的行业用户提供应用参考。"),
    detail::ccsa_2025_2_row(9, "T/CCSA 680-2025",
        {"工业区块链 可验证凭证交互流程和数据模型", "Industrial blockchain - Interaction flows and data model of verifiable credentials"},
        "本文件规定了可验证凭证参考框架和数据结构，包括可验证凭证业务交互逻辑、业务流程、可验证凭证数据结构、可验证表达数据结构，以及可验证凭证隐私保护要求。 本文件适用于可验证凭证发行方、可验证凭证持有方、可验证凭证验证方开展凭证验证工作。"),
    detail::ccsa_2025_2_row(10, "T/CCSA 681-2025",
        {"通信网络产品绿色包装技术要求和分级", "Technical requirements and grading of green packaging for telecommunication network products"},
        "本文件规定了通信网络产品绿色包装的设计原则、技术要求，以及分级标准。 本文件适用于通信设备运营商采购的无线网、传输网、核心网、数据通信网、IT 支撑网等通信网络设备及其配件的运输包装（发货包装）。"),
    detail::ccsa_2025_2_row(11, "T/CCSA 682-2025",
        {"数字碳手印量化评估技术指南", "Technical guide for the quantitative assessment of digital carbon handprints"},
        "本文件规定了评估数字技术赋能不同行业所取得的数字碳手印成效的技术指南，主要包括评估原则、评估方法、评估指标等。 本文件适用于数字技术赋能工业、交通、农业等各领域的数字碳手印评估。"),
    detail::ccsa_2025_2_row(12, "T/CCSA 683-2025",
        {"5G 赋能碳减排指南", "Guide to carbon emission reduction enabled by 5G"},
        "本文件指导了 5G 赋能行业碳减排体系、赋能场景、定制化技术、碳减排评估方法及效果。 本文件适用于各类行业领域开展 5G 赋能碳减排工作，为行业节能减排工作提供指引。"),
    detail::ccsa_2025_2_row(13, "T/CCSA 684-2025",
        {"深度合成人脸视频检测服务能力要求", "Capability requirements for deep-synthesis face video detection services"},
        "本文件规定了深度合成人脸视频检测服务在功能、服务能力、性能等方面的能力要求。 本文件适用于深度合成人脸视频检测服务系统研发与建设。"),
    detail::ccsa_2025_2_row(14, "T/CCSA 685-2025",
        {"个人信息违规使用行为管理平台数据接口要求", "Data interface requirements for management platforms of unlawful use of personal information"},
        "本文件规定了个人信息违规使用行为管理平台架构、接口功能要求以及相关接口定义。 本文件适用于基于多方协同的个人信息违规使用行为管理的个人信息处理者与第三方机构之间的信息共享。"),
    detail::ccsa_2025_2_row(15, "T/CCSA 686-2025",
        {"运营商数据中心存储系统技术及分级要求", "Technical and grading requirements for operator data centre storage systems"},
        "本文件规定了运营商数据中心存储系统分类分级原则、技术要求、分级要求。 本文件适用于运营商数据中心存储系统的规划设计、检测、验收、评价。"),
    detail::ccsa_2025_2_row(16, "T/CCSA 687-2025",
        {"面向服务型制造的边缘数据中心应用场景及技术要求", "Application scenarios and technical requirements of edge data centres for service-oriented manufacturing"},
        "本文件规定了面向服务型制造的边缘数据中心在设备信息数据采集和远程运维控制的通用应用场景下的数据采集、数据管理、接口部署、框架搭建、数据库、集成平台、环境条件、日志系统、边缘计算等方面的技术要求。 本文件适用于面向服务型制造边缘数据中心设计及部署实施。"),
    detail::ccsa_2025_2_row(17, "T/CCSA 688-2025",
        {"面向服务型制造的边缘数据中心与终端设备协同技术要求", "Technical requirements for collaboration between edge data centres and terminal devices for service-oriented manufacturing"},
        "本文件规定了服务型制造中工业终端设备接入边缘数据中心的接入方式、功能架构、设备连接、协议适配、数据处理、数据传输等协同技术要求。 本文件适用于工业终端设备接入边缘数据中心相关软硬件系统的研发、建设与部署设计及部署实施。"),
    detail::ccsa_2025_2_row(18, "T/CCSA 689-2025",
        {"面向服务型制造的边缘数据中心算法应用技术要求", "Technical requirements for algorithm applications in edge data centres for service-oriented manufacturing"},
        "本文件规定了面向服务型制造的边缘数据中心算法应用技术要求，包括算法系统架构、算法功能要求、边缘数据中心算力硬件要求。 本文件适用于面向服务型制造的边缘数据中心算法应用。"),
    detail::ccsa_2025_2_row(19, "T/CCSA 690-2025",
        {"数字孪生网络 基础网络资产管理总体技术要求", "Digital twin network - General technical requirements for basic network asset management"},
        "本文件规定了基于数字孪生网络的基础网络资产管理的总体技术要求，包括总体架构、技术要求、关键流程等。 本文件适用于基础网络资产管理系统及资产管理相关的接口，以及电信和企业网络的网络规划、维护等管理。基础网络资产包括但不限于网络设备、存储设备、网络安全设备、网络终端设备等。"),
    detail::ccsa_2025_2_row(20, "T/CCSA 691.1-2025",
        {"政务移动互联网应用程序 第1部分：总体框架", "Government affairs mobile internet applications - Part 1: General framework"},
        "本文件规定了政务移动互联网应用程序的总体框架，包括定义、常见分类、管理原则、管理要求和长效监督机制。 本文件适用于主管单位对政务移动互联网应用程序做统一规划和业务指导。",
        "", {"政务移动互联网应用程序", "Government affairs mobile internet applications"}, 1),
    detail::ccsa_2025_2_row(21, "T/CCSA 691.2-2025",
        {"政务移动互联网应用程序 第2部分：管理要求", "Government affairs mobile internet applications - Part 2: Management requirements"},
        "本文件规定了政务移动互联网应用程序的管理要求，包括基本原则、立项审核、开发设计、测试验证、信息备案、发布管理、运维保障和推广运营各方面的要求。 本文件适用于主管、主办单位审核管理政务移动互联网应用程序参考使用。",
        "", {"政务移动互联网应用程序", "Government affairs mobile internet applications"}, 2),
    detail::ccsa_2025_2_row(22, "T/CCSA 691.3-2025",
        {"政务移动互联网应用程序 第3部分：技术要求", "Government affairs mobile internet applications - Part 3: Technical requirements"},
        "本文件规定了政务移动互联网应用程序的应用技术要求，包含功能、性能、无障碍及适老化、安全及个人信息保护等方面具体要求。 本文件适用于建设和运维单位对政务移动互联网应用程序进行设计、开发、运维使用。",
        "", {"政务移动互联网应用程序", "Government affairs mobile internet applications"}, 3),
    detail::ccsa_2025_2_row(23, "T/CCSA 691.4-2025",
        {"政务移动互联网应用程序 第4部分：分发要求", "Government affairs mobile internet applications - Part 4: Distribution requirements"},
        "本文件规定了移动应用分发平台对政务移动互联网应用程序的分发要求，包括信息登记、全量公示、审核检测和处置措施等方面的功能要求和机制建设、能力提升等方面的管理要求。 本文件适用于分发单位对上架的政务移动互联网应用程序管理使用。",
        "", {"政务移动互联网应用程序", "Government affairs mobile internet applications"}, 4),
    detail::ccsa_2025_2_row(24, "T/CCSA 691.5-2025",
        {"政务移动互联网应用程序 第5部分：评估方法", "Government affairs mobile internet applications - Part 5: Assessment methods"},
        "本文件规定了政务移动互联网应用程序建设开发、功能性能、运营运维、无障碍与适老化、安全、分发与数据管理等方面的评估方法。 本文件适用于评估单位对政务移动互联网应用程序进行测试评估，政务移动互联网应用程序的主办单位、建设和运维单位也可参考使用。",
        "", {"政务移动互联网应用程序", "Government affairs mobile internet applications"}, 5),
    detail::ccsa_2025_2_row(25, "T/CCSA 692-2025",
        {"移动互联网+智能家居系统 家居环境中语料和噪声采集回放要求", "Mobile internet + smart home system - Requirements for capturing and replaying speech corpora and noise in home environments"},
        "本文件规定了智能家居用语音交互系统测试用语料和噪声库录制与回放的相关术语定义、语料采集播放要求、噪声库录制、回放环境定义。 本文件适用于智能家居用语音交互系统实验室级测试用语料库和噪声库的录制与回放时参考使用。"),
    detail::ccsa_2025_2_row(26, "T/CCSA 693-2025 (T/CHEAA 0047—2025)",
        {"智能家居 WLAN 终端配网用户体验评价指南及方法", "Guide and methods for evaluating the user experience of WLAN network provisioning of smart home terminals"},
        "本文件规定了智能家居 WLAN 终端配网以可用性测试方法为主的用户体验评价指南及方法。 本文件适用于评价已完成开发及部署的智能家居终端配网流程的可用性，评估规划中的智能家居终端配网流程框架和开发中的智能家居终端配网流程的可用性可参考本文件。本文件不适用于不需要用户进行任何操作的智能家居终端配网场景。",
        "与中国家用电器协会联合发布"),
    detail::ccsa_2025_2_row(27, "T/CCSA 694-2025",
        {"云上软件研发效能度量能力模型", "Capability model for measuring software R&D effectiveness on the cloud"},
        "本文件规定了云上软件研发效能度量能力模型，覆盖通用效能度量能力、效能度量模型、度量指标体系等技术规范和能力要求，覆盖项目管理域、开发域、测试域、运维/运营域等软件研发运营全生命周期能力。 本文件适用于云时代各行业企业对其组织或项目的软件研发效能进行度量，包括软件研发效能度量工具平台的提供方，以及软件研发效能度量体系建设方。针对不同的使用场景，本文件对其技术指标的要求略有不同。"),
    detail::ccsa_2025_2_row(28, "T/CCSA 695-2025",
        {"云上软件测试成熟度模型", "Maturity model for software testing on the cloud"},
        "本文件规定了云上软件测试成熟度模型分级要求，覆盖测试管理域、实施域、技术域及度量域四大核心方向上的软件测试能力领域能力要求。 本文件适用于各行业企业对其组织或项目的测试成熟度进行评估，包括云上软件测试工具平台提供方，以及云上软件测试体系建设方。"),
    detail::ccsa_2025_2_row(29, "T/CCSA 383.6-2025",
        {"开源软件治理能力评价方法 第 6 部分：项目治理能力", "Evaluation method of open-source software governance capability - Part 6: Project governance capability"},
        "本文件确立了企业内部项目组的治理能力框架，规定了项目组应关注的内容及指标。具体包括感知能力、预防能力和修复能力。 本文件适用于企业对内部项目组的开源规范性、合规性和安全性等方面进行评估，为企业考察整体开源治理落地情况提供依据。",
        "", {"开源软件治理能力评价方法", "Evaluation method of open-source software governance capability"}, 6),
    detail::ccsa_2025_2_row(30, "T/CCSA 696.3-2025",
        {"数字政务可信能力要求 第 3 部分：党建服务云应用", "Trustworthy capability requirements for digital government - Part 3: Party-building service cloud applications"},
        "本文件规定了数字政务党建服务云应用可信能力要求，包括党建应用业务架构、数字化支撑、平台化产品、数字化运维、数字化服务运营、数字信任安全服务等能力要求。 本文件适用于党建服务云应用产品及解决方案提供商，作用于数字党建平台建设和运营阶段。",
        "", {"数字政务可信能力要求", "Trustworthy capability requirements for digital government"}, 3),
    detail::ccsa_2025_2_row(31, "T/CCSA 697.1-2025",
        {"可信开源合规能力要求 第 1 部分：面向软件产品", "Trustworthy open-source compliance capability requirements - Part 1: For software products"},
        "本文件规定了面向软件产品的开源合规能力要求，具体包括感知能力、预防能力和响应能力。 本文件适用于企业对使用开源软件的产品进行合规管理，引导企业遵循对应开源许可证规定。",
        "", {"可信开源合规能力要求", "Trustworthy open-source compliance capability requirements"}, 1),
    detail::ccsa_2025_2_row(32, "T/CCSA 698-2025",
        {"基于云计算的业务组装能力成熟度模型 可组装业务组件", "Cloud-computing-based business composition capability maturity model - Composable business components"},
        "本文件给出了可组装业务组件的特性，规定了可组装业务组件模块化、自治、可编排、可发现、可运营、可分发、可扩展、云原生八个能力域的功能要求。 本文件适用于指导企业在规划设计、开发构建和运用数字化业务应用组件过程中的功能规范，也适用于提供包含可组装业务组件能力的产品或解决方案。"),
    detail::ccsa_2025_2_row(33, "T/CCSA 699-2025",
        {"基于区块链的智能服务交易 安全技术要求", "Blockchain-based intelligent service transactions - Security technical requirements"},
        "本文件规定了区块链的智能服务交易业务参考架构中各层级的安全技术要求。 本文件适用于基于区块链的智能服务交易业务平台。"),
    detail::ccsa_2025_2_row(34, "T/CCSA 700-2025",
        {"数据模型管理能力成熟度评估模型", "Maturity assessment model of data model management capability"},
        "本文件规定了数据模型管理能力成熟度评估模型以及相应的成熟度等级，以及数据模型设计、数据模型交付、数据模型运营、资源保障四个能力域在相应等级的能力要求。 本文件适用于各类已建设数据模型项目中架构设计与管理过程的评价与指导，可供各行业组织参考，也可作为衡量企业数据模型管理能力的标准依据。"),
    detail::ccsa_2025_2_row(35, "T/CCSA 701.2-2025",
        {"数据中台能力成熟度模型 第2部分：架构设计与管理", "Data middle platform capability maturity model - Part 2: Architecture design and management"},
        "本文件规定了数据中台能力中架构设计与管理能力的总体框架、成熟度等级划分以及服务架构、数据架构、数据集成架构、平台架构、安全架构五个能力域在相应等级的能力要求。 本文件适用于各类已建设数据中台项目中架构设计与管理过程的评价与指导，可供各行业组织参考，也可作为衡量企业数据中台架构管理能力的标准依据。",
        "与中国广告协会联合发布", {"数据中台能力成熟度模型", "Data middle platform capability maturity model"}, 2),
    detail::ccsa_2025_2_row(36, "T/CCSA 702-2025",
        {"大数据 全文检索产品技术要求与测试方法", "Big data - Technical requirements and test methods for full-text search products"},
        "本文件规定了全文检索产品的技术要求，包括基本功能、兼容能力、高可用能力、安全能力及扩展性七个方面能力以及配套的测试方法。 本文件适用于全文检索产品的评价与指导，可供各行业组织参考，也可作为第三方评估机构衡量全文检索产品能力的标准依据。"),
    detail::ccsa_2025_2_row(37, "T/CCSA 654.6-2025",
        {"基于可信数字身份的城市服务一码通用技术要求 第6部分：市域服务应用", "Technical requirements for one-code access to city services based on trusted digital identity - Part 6: City-wide service applications"},
        "本文件规定了在市域范围内实现城市服务码“一码通用”的码制结构和实现要求、体系框架和互认机制与对接模式、服务流程和方式、市域应用接口要求等内容。 本文件适用于市域范围内城市服务码“多码合一、一码通用”的应用服务体系设计开发和集成应用。",
        "", {"基于可信数字身份的城市服务一码通用技术要求", "Technical requirements for one-code access to city services based on trusted digital identity"}, 6),
    detail::ccsa_2025_2_row(38, "T/CCSA 654.7-2025",
        {"基于可信数字身份的城市服务一码通用技术要求 第7部分：支付服务应用", "Technical requirements for one-code access to city services based on trusted digital identity - Part 7: Payment service applications"},
        "本文件规定了支付服务领域城市码应用系统的服务模式、服务流程、服务方式、码制结构、接口要求、应用要求，并对城市服务码与支付服务应用的关联实现提出了明确的规范要求。 本文件适用于关联支付服务的城市码应用系统设计开发和集成应用。",
        "", {"基于可信数字身份的城市服务一码通用技术要求", "Technical requirements for one-code access to city services based on trusted digital identity"}, 7),
    detail::ccsa_2025_2_row(39, "T/CCSA 703-2025",
        {"人机联合会诊系统流程规范", "Process specification for human-machine joint consultation systems"},
        "本文件规定了辩论型人机联合会诊的流程规范相关术语和定义、建设目标、会诊流程、AI（机）应具备能力、安全管理等。 本文件适用于各级综合医院、部分专科医院以及区域平台、三方平台等的人机联合会诊规范需求。"),
    detail::ccsa_2025_2_row(40, "T/CCSA 704-2025",
        {"公有云自服务能力分级要求", "Grading requirements for self-service capabilities of public clouds"},
        "本文件规定了云服务提供者向云服务用户提供云服务与云资源过程中的自服务能力和要求，并对自服务能力进行分级。 本文件适用于指引云服务提供者构建公有云服务的自服务能力，也适用于云服务用户评价所使用云服务的自服务能力，并作为第三方评估机构衡量云服务自服务能力的依据。"),
};
// clang-format on

/// The catalogue of CCSA announcement 2025 No. 2.
inline constexpr catalogue ccsa_2025_2{
    .key = "ccsa-2025-2",
    .name = {"中国通信标准化协会 公告 2025 年第 2 号", "CCSA announcement 2025 No. 2"},
    .source = &ccsa_2025_2_announcement,
    .entries = ccsa_2025_2_standards,
};

}  // namespace twinspec::standards
