// The seeds' catalogues, checked field by field against an independent table.
//
// `seed_rows` below holds the CCSA table as the seed text dump prints it (numbers, remarks and
// dates with their line-wrap spaces; scopes with their wrap spaces, page-break halves joined,
// <p> markup dropped; row 39 is split by a page break between its two paragraphs, which
// the table joins with a space like every other scope), the expected titles typed separately, and the number of spaces each
// reconstructed scope keeps. The header must equal the seed up to removed wrap spaces.
#include <twinspec/standards.hpp>

#include <algorithm>
#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include <range/v3/range/conversion.hpp>
#include <range/v3/view/transform.hpp>

#include "twinspec_catch.hpp"

namespace st = twinspec::standards;
using namespace std::chrono;

namespace {
struct seed_row {
    int index;
    std::string_view number_as_printed;
    std::string_view title;
    std::string_view kind;
    std::string_view scope_as_printed;
    std::size_t scope_spaces;
    std::string_view date_as_printed;
    std::string_view remarks_as_printed;
};

// clang-format off
constexpr seed_row seed_rows[] = {
    {1, "T/CCSA 672-2025", "5G 消息业务计费系统计费性能技术要求和测试方法", "制定", "本文件规定了 5G 消息业务计费系统计费性能的技术要求和测试方法,以及测试要求、测试仪表要求和测试项。 本文件适用于个人用户按条计费的 5G 消息业务,包括点对点消息、群发消息、点对应用的消息和群聊消息。", 5, "2025 年 9 月 30 日", ""},
    {2, "T/CCSA 673-2025", "面向家具制造领域的 5G+工业互联网应用场景及技术要求", "制定", "本文件规定了面向家具制造领域 5G+工业互联网应用场景及技术要求,明确客户管理、生产/生产计划及物料管理、设备管理、人员管理、品质管理、物流仓储管理、安全管理、智能机器人应用八类场景的技术要求。 本文件适用于 5G+家具制造领域应用设计及部署实施。", 3, "2025 年 9 月 30 日", ""},
    {3, "T/CCSA 674-2025", "面向家电制造领域的 5G+工业互联网应用场景及技术要求", "制定", "本文件规定了家电制造领域的 5G+工业互联网应用场景分类及各类场景的技术要求,具体分为前工序、部件预装、产品总装、运输配送四个大类,细分为七类典型应用场景及技术要求。 本文件适用于家电制造领域 5G+工业互联网相关场景应用设计及部署实施。", 3, "2025 年 9 月 30 日", ""},
    {4, "T/CCSA 675-2025", "车载时间敏感网络参考架构", "制定", "本文件规定了时间敏感网络在车载网络的参考架构,包括参考模型、传输架构、基于中央网关的车载网络部署架构、基于域控制器的车载网络部署架构、基于区域控制器的车载网络部署架构等。 本文件适用于车载时间敏感网络架构设计、研发部署等,车载时间敏感网络的网络设备和终端设备的设计也可参考。", 1, "2025 年 9 月 30 日", ""},
    {5, "T/CCSA 676-2025", "工业互联网标识解析通信行业基站设备管理应用要求", "制定", "本文件规定了基于工业互联网标识解析的通信行业基站设备管理业务系统总体架构,以及在基站建设环节、基站设备运维环节应用要求。 本文件适用于基站设备管理业务系统的应用设计和开发。", 1, "2025 年 9 月 30 日", ""},
    {6, "T/CCSA 677-2025", "工业互联网 确定性网络技术要求", "制定", "本文件规定工业互联网确定性网络概念、组网场景、基本框架和总体技术要求。 本文件适用于对数据传输服务质量有严格要求的工业互联网的规划、设计、优化及设备研发,网络类型涵盖现场网络、企业/园区网络、广域网络。", 1, "2025 年 9 月 30 日", ""},
    {7, "T/CCSA 678-2025", "工业区块链 跨链服务参考框架", "制定", "本文件规定了工业区块链跨链服务参考框架和功能架构,并规范了跨链服务中的工作流程,以及传输消息的内容与格式等。 本文件适用于为计划应用工业区块链跨链服务的技术提供方、应用开发者、监管部门等组织提供参考和技术指导。", 1, "2025 年 9 月 30 日", ""},
    {8, "T/CCSA 679-2025", "工业区块链 物联网感知终端 安全芯片技术要求", "制定", "本文件规定了工业区块链物联网感知终端对安全芯片的技术架构、信息交互模型、基本能力要求、SDK 要求、应用要求和基本业务流程。 本文件适用于工业区块链基础服务体系中物联网感知终端安全芯片的设计、开发提供技术参考，为使用工业区块链物联网感知终端安全芯片的行业用户提供应用参考。", 2, "2025 年 9 月 30 日", ""},
    {9, "T/CCSA 680-2025", "工业区块链 可验证凭证交互流程和数据模型", "制定", "本文件规定了可验证凭证参考框架和数据结构，包括可验证凭证业务交互逻辑、业务流程、可验证凭证数据结构、可验证表达数据结构，以及可验证凭证隐私保护要求。 本文件适用于可验证凭证发行方、可验证凭证持有方、可验证凭证验证方开展凭证验证工作。", 1, "2025 年 9 月 30 日", ""},
    {10, "T/CCSA 681-2025", "通信网络产品绿色包装技术要求和分级", "制定", "本文件规定了通信网络产品绿色包装的设计原则、技术要求，以及分级标准。 本文件适用于通信设备运营商采购的无线网、传输网、核心网、数据通信网、IT 支撑网等通信网络设备及其配件的运输包装（发货包装）。", 2, "2025 年 9 月 30 日", ""},
    {11, "T/CCSA 682-2025", "数字碳手印量化评估技术指南", "制定", "本文件规定了评估数字技术赋能不同行业所取得的数字碳手印成效的技术指南，主要包括评估原则、评估方法、评估指标等。 本文件适用于数字技术赋能工业、交通、农业等各领域的数字碳手印评估。", 1, "2025 年 9 月 30 日", ""},
    {12, "T/CCSA 683-2025", "5G 赋能碳减排指南", "制定", "本文件指导了 5G 赋能行业碳减排体系、赋能场景、定制化技术、碳减排评估方法及效果。 本文件适用于各类行业领域开展 5G 赋能碳减排工作，为行业节能减排工作提供指引。", 5, "2025 年 9 月 30 日", ""},
    {13, "T/CCSA 684-2025", "深度合成人脸视频检测服务能力要求", "制定", "本文件规定了深度合成人脸视频检测服务在功能、服务能力、性能等方面的能力要求。 本文件适用于深度合成人脸视频检测服务系统研发与建设。", 1, "2025 年 9 月 30 日", ""},
    {14, "T/CCSA 685-2025", "个人信息违规使用行为管理平台数据接口要求", "制定", "本文件规定了个人信息违规使用行为管理平台架构、接口功能要求以及相关接口定义。 本文件适用于基于多方协同的个人信息违规使用行为管理的个人信息处理者与第三方机构之间的信息共享。", 1, "2025 年 9 月 30 日", ""},
    {15, "T/CCSA 686-2025", "运营商数据中心存储系统技术及分级要求", "制定", "本文件规定了运营商数据中心存储系统分类分级原则、技术要求、分级要求。 本文件适用于运营商数据中心存储系统的规划设计、检测、验收、评价。", 1, "2025 年 9 月 30 日", ""},
    {16, "T/CCSA 687-2025", "面向服务型制造的边缘数据中心应用场景及技术要求", "制定", "本文件规定了面向服务型制造的边缘数据中心在设备信息数据采集和远程运维控制的通用应用场景下的数据采集、数据管理、接口部署、框架搭建、数据库、集成平台、环境条件、日志系统、边缘计算等方面的技术要求。 本文件适用于面向服务型制造边缘数据中心设计及部署实施。", 1, "2025 年 9 月 30 日", ""},
    {17, "T/CCSA 688-2025", "面向服务型制造的边缘数据中心与终端设备协同技术要求", "制定", "本文件规定了服务型制造中工业终端设备接入边缘数据中心的接入方式、功能架构、设备连接、协议适配、数据处理、数据传输等协同技术要求。 本文件适用于工业终端设备接入边缘数据中心相关软硬件系统的研发、建设与部署设计及部署实施。", 1, "2025年9月30日", ""},
    {18, "T/CCSA 689-2025", "面向服务型制造的边缘数据中心算法应用技术要求", "制定", "本文件规定了面向服务型制造的边缘数据中心算法应用技术要求，包括算法系统架构、算法功能要求、边缘数据中心算力硬件要求。 本文件适用于面向服务型制造的边缘数据中心算法应用。", 1, "2025年9月30日", ""},
    {19, "T/CCSA 690-2025", "数字孪生网络 基础网络资产管理总体技术要求", "制定", "本文件规定了基于数字孪生网络的基础网络资产管理的总体技术要求，包括总体架构、技术要求、关键流程等。 本文件适用于基础网络资产管理系统及资产管理相关的接口，以及电信和企业网络的网络规划、维护等管理。基础网络资产包括但不限于网络设备、存储设备、网络安全设备、网络终端设备等。", 1, "2025年9月30日", ""},
    {20, "T/CCSA 691.1-2025", "政务移动互联网应用程序 第1部分：总体框架", "制定", "本文件规定了政务移动互联网应用程序的总体框架，包括定义、常见分类、管理原则、管理要求和长效监督机制。 本文件适用于主管单位对政务移动互联网应用程序做统一规划和业务指导。", 1, "2025年9月30日", ""},
    {21, "T/CCSA 691.2-2025", "政务移动互联网应用程序 第2部分：管理要求", "制定", "本文件规定了政务移动互联网应用程序的管理要求，包括基本原则、立项审核、开发设计、测试验证、信息备案、发布管理、运维保障和推广运营各方面的要求。 本文件适用于主管、主办单位审核管理政务移动互联网应用程序参考使用。", 1, "2025年9月30日", ""},
    {22, "T/CCSA 691.3-2025", "政务移动互联网应用程序 第3部分：技术要求", "制定", "本文件规定了政务移动互联网应用程序的应用技术要求，包含功能、性能、无障碍及适老化、安全及个人信息保护等方面具体要求。 本文件适用于建设和运维单位对政务移动互联网应用程序进行设计、开发、运维使用。", 1, "2025年9月30日", ""},
    {23, "T/CCSA 691.4-2025", "政务移动互联网应用程序 第4部分：分发要求", "制定", "本文件规定了移动应用分发平台对政务移动互联网应用程序的分发要求，包括信息登记、全量公示、审核检测和处置措施等方面的功能要求和机制建设、能力提升等方面的管理要求。 本文件适用于分发单位对上架的政务移动互联网应用程序管理使用。", 1, "2025年9月30日", ""},
    {24, "T/CCSA 691.5-2025", "政务移动互联网应用程序 第5部分：评估方法", "制定", "本文件规定了政务移动互联网应用程序建设开发、功能性能、运营运维、无障碍与适老化、安全、分发与数据管理等方面的评估方法。 本文件适用于评估单位对政务移动互联网应用程序进行测试评估，政务移动互联网应用程序的主办单位、建设和运维单位也可参考使用。", 1, "2025年9月30日", ""},
    {25, "T/CCSA 692-2025", "移动互联网+智能家居系统 家居环境中语料和噪声采集回放要求", "制定", "本文件规定了智能家居用语音交互系统测试用语料和噪声库录制与回放的相关术语定义、语料采集播放要求、噪声库录制、回放环境定义。 本文件适用于智能家居用语音交互系统实验室级测试用语料库和噪声库的录制与回放时参考使用。", 1, "2025年9月30日", ""},
    {26, "T/CCSA 693-2025 (T/CHEA A 0047— 2025)", "智能家居 WLAN 终端配网用户体验评价指南及方法", "制定", "本文件规定了智能家居 WLAN 终端配网以可用性测试方法为主的用户体验评价指南及方法。 本文件适用于评价已完成开发及部署的智能家居终端配网流程的可用性，评估规划中的智能家居终端配网流程框架和开发中的智能家居终端配网流程的可用性可参考本文件。本文件不适用于不需要用户进行任何操作的智能家居终端配网场景。", 3, "2025 年 9 月 30 日", "与中国 家用电 器协会 联合发 布"},
    {27, "T/CCSA 694-2025", "云上软件研发效能度量能力模型", "制定", "本文件规定了云上软件研发效能度量能力模型，覆盖通用效能度量能力、效能度量模型、度量指标体系等技术规范和能力要求，覆盖项目管理域、开发域、测试域、运维/运营域等软件研发运营全生命周期能力。 本文件适用于云时代各行业企业对其组织或项目的软件研发效能进行度量，包括软件研发效能度量工具平台的提供方，以及软件研发效能度量体系建设方。针对不同的使用场景，本文件对其技术指标的要求略有不同。", 1, "2025 年 9 月 30 日", ""},
    {28, "T/CCSA 695-2025", "云上软件测试成熟度模型", "制定", "本文件规定了云上软件测试成熟度模型分级要求，覆盖测试管理域、实施域、技术域及度量域四大核心方向上的软件测试能力领域能力要求。 本文件适用于各行业企业对其组织或项目的测试成熟度进行评估，包括云上软件测试工具平台提供方，以及云上软件测试体系建设方。", 1, "2025 年 9 月 30 日", ""},
    {29, "T/CCSA 383.6-2025", "开源软件治理能力评价方法 第 6 部分：项目治理能力", "制定", "本文件确立了企业内部项目组的治理能力框架，规定了项目组应关注的内容及指标。具体包括感知能力、预防能力和修复能力。 本文件适用于企业对内部项目组的开源规范性、合规性和安全性等方面进行评估，为企业考察整体开源治理落地情况提供依据。", 1, "2025 年 9 月 30 日", ""},
    {30, "T/CCSA 696.3-2025", "数字政务可信能力要求 第 3 部分：党建服务云应用", "制定", "本文件规定了数字政务党建服务云应用可信能力要求，包括党建应用业务架构、数字化支撑、平台化产品、数字化运维、数字化服务运营、数字信任安全服务等能力要求。 本文件适用于党建服务云应用产品及解决方案提供商，作用于数字党建平台建设和运营阶段。", 1, "2025 年 9 月 30 日", ""},
    {31, "T/CCSA 697.1-2025", "可信开源合规能力要求 第 1 部分：面向软件产品", "制定", "本文件规定了面向软件产品的开源合规能力要求，具体包括感知能力、预防能力和响应能力。 本文件适用于企业对使用开源软件的产品进行合规管理，引导企业遵循对应开源许可证规定。", 1, "2025 年 9 月 30 日", ""},
    {32, "T/CCSA 698-2025", "基于云计算的业务组装能力成熟度模型 可组装业务组件", "制定", "本文件给出了可组装业务组件的特性，规定了可组装业务组件模块化、自治、可编排、可发现、可运营、可分发、可扩展、云原生八个能力域的功能要求。 本文件适用于指导企业在规划设计、开发构建和运用数字化业务应用组件过程中的功能规范，也适用于提供包含可组装业务组件能力的产品或解决方案。", 1, "2025年9月30日", ""},
    {33, "T/CCSA 699-2025", "基于区块链的智能服务交易 安全技术要求", "制定", "本文件规定了区块链的智能服务交易业务参考架构中各层级的安全技术要求。 本文件适用于基于区块链的智能服务交易业务平台。", 1, "2025年9月30日", ""},
    {34, "T/CCSA 700-2025", "数据模型管理能力成熟度评估模型", "制定", "本文件规定了数据模型管理能力成熟度评估模型以及相应的成熟度等级，以及数据模型设计、数据模型交付、数据模型运营、资源保障四个能力域在相应等级的能力要求。 本文件适用于各类已建设数据模型项目中架构设计与管理过程的评价与指导，可供各 行业组织参考，也可作为衡量企业数据模型管理能力的标准依据。", 1, "2025年9月30日", ""},
    {35, "T/CCSA 701.2-2025", "数据中台能力成熟度模型 第2部分：架构设计与管理", "制定", "本文件规定了数据中台能力中架构设计与管理能力的总体框架、成熟度等级划分以及 服务架构、数据架构、数据集成架构、平台架构、安全架构五个能力域在相应等级的能力 要求。 本文件适用于各类已建设数据中台项目中架构设计与管理过程的评价与指导，可供各 行业组织参考，也可作为衡量企业数据中台架构管理能力的标准依据。", 1, "2025年9月30日", "与中国 广告协 会联合 发布"},
    {36, "T/CCSA 702-2025", "大数据 全文检索产品技术要求与测试方法", "制定", "本文件规定了全文检索产品的技术要求，包括基本功能、兼容能力、高可用能力、安 全能力及扩展性七个方面能力以及配套的测试方法。 本文件适用于全文检索产品的评价与指导，可供各行业组织参考，也可作为第三方评 估机构衡量全文检索产品能力的标准依据。", 1, "2025年9月30日", ""},
    {37, "T/CCSA 654.6-2025", "基于可信数字身份的城市服务一码通用技术要求 第6部分：市域服务应用", "制定", "本文件规定了在市域范围内实现城市服务码“一码通用”的码制结构和实现要求、体 系框架和互认机制与对接模式、服务流程和方式、市域应用接口要求等内容。 本文件适用于市域范围内城市服务码“多码合一、一码通用”的应用服务体系设计开 发和集成应用。", 1, "2025年9月30日", ""},
    {38, "T/CCSA 654.7-2025", "基于可信数字身份的城市服务一码通用技术要求 第7部分：支付服务应用", "制定", "本文件规定了支付服务领域城市码应用系统的服务模式、服务流程、服务方式、码制 结构、接口要求、应用要求，并对城市服务码与支付服务应用的关联实现提出了明确的规 范要求。 本文件适用于关联支付服务的城市码应用系统设计开发和集成应用。", 1, "2025年9月30日", ""},
    {39, "T/CCSA 703-2025", "人机联合会诊系统流程规范", "制定", "本文件规定了辩论型人机联合会诊的流程规范相关术语和定义、建设目标、会诊流程、 AI（机）应具备能力、安全管理等。 本文件适用于各级综合医院、部分专科医院以及区域平台、三方平台等的人机联合会诊规范需求。", 1, "2025年9月30日", ""},
    {40, "T/CCSA 704-2025", "公有云自服务能力分级要求", "制定", "本文件规定了云服务提供者向云服务用户提供云服务与云资源过程中的自服务能力和要求，并对自服务能力进行分级。 本文件适用于指引云服务提供者构建公有云服务的自服务能力，也适用于云服务用户评价所使用云服务的自服务能力，并作为第三方评估机构衡量云服务自服务能力的依据。", 1, "2025年9月30日", ""},
};
// clang-format on

std::string without_spaces(std::string_view s) {
    std::string out;
    for (char c : s)
        if (c != ' ') out += c;
    return out;
}

/// True when `text` is `printed` with some ASCII spaces removed (and nothing else changed).
bool is_printed_minus_spaces(std::string_view text, std::string_view printed) {
    std::size_t i = 0;
    for (char c : printed) {
        if (i < text.size() && text[i] == c) ++i;
        else if (c != ' ') return false;
    }
    return i == text.size();
}

std::size_t count_spaces(std::string_view s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')); }

year_month_day parse_cn_date(std::string_view printed) {  // "2025 年 9 月 30 日"
    const std::string s = without_spaces(printed);
    const auto y = s.find("年"), m = s.find("月"), d = s.find("日");
    return year{std::stoi(s.substr(0, y))} / month{static_cast<unsigned>(std::stoi(s.substr(y + 3, m - y - 3)))} /
           day{static_cast<unsigned>(std::stoi(s.substr(m + 3, d - m - 3)))};
}

struct series_row {
    int index;
    std::string_view series;
    int part;
};
constexpr series_row series_rows[] = {
    {20, "政务移动互联网应用程序", 1}, {21, "政务移动互联网应用程序", 2}, {22, "政务移动互联网应用程序", 3},
    {23, "政务移动互联网应用程序", 4}, {24, "政务移动互联网应用程序", 5},
    {29, "开源软件治理能力评价方法", 6}, {30, "数字政务可信能力要求", 3}, {31, "可信开源合规能力要求", 1},
    {35, "数据中台能力成熟度模型", 2},
    {37, "基于可信数字身份的城市服务一码通用技术要求", 6}, {38, "基于可信数字身份的城市服务一码通用技术要求", 7},
};
}  // namespace

TEST_CASE("standards: CCSA 2025 No. 2 announcement metadata") {
    const auto& a = st::ccsa_2025_2_announcement;
    CHECK(a.title.zh == "中国通信标准化协会 公告 2025 年第 2 号");
    CHECK(a.issuer == "中国通信标准化协会");
    CHECK(a.office == "中国通信标准化协会办公室");
    CHECK(a.year == 2025);
    CHECK(a.number == 2);
    CHECK(a.issued == year{2025} / June / day{20});
    CHECK(a.approved_by == "技术管理委员会");
    CHECK(a.basis == "《中国通信标准化协会团体标准管理办法》");
    CHECK(a.attachment == "40 项团体标准编号、名称、主要内容等一览表");
    CHECK(a.standard_count == 40);
    CHECK(st::ccsa_2025_2.source == &a);
    CHECK(st::ccsa_2025_2.key == "ccsa-2025-2");
    STATIC_REQUIRE(st::ccsa_2025_2.entries.size() == 40);
}

TEST_CASE("standards: CCSA 2025 No. 2, every field of every row") {
    REQUIRE(st::ccsa_2025_2.entries.size() == std::size(seed_rows));
    for (std::size_t i = 0; i != std::size(seed_rows); ++i) {
        const auto& want = seed_rows[i];
        const auto& got = st::ccsa_2025_2.entries[i];
        INFO("row " << want.index);
        CHECK(got.index == want.index);
        // number: the seed's characters, wrap spaces aside; canonical spacing kept
        CHECK(without_spaces(got.id.text()) == without_spaces(want.number_as_printed));
        CHECK(st::parse_standard_id(got.id.text()).ok());
        CHECK(got.id.category() == st::category::group);
        CHECK(got.id.code() == "T/CCSA");
        CHECK(got.id.year() == 2025);
        CHECK(count_spaces(got.id.text()) == (got.id.has_joint() ? 3u : 1u));
        // title and kind
        CHECK(got.title.zh == want.title);
        CHECK(!got.title.en.empty());
        CHECK(is_printed_minus_spaces(got.title.zh, want.title));
        CHECK(st::to_chinese(got.kind) == want.kind);
        // scope: the seed's text with exactly the wrap spaces removed
        CHECK(is_printed_minus_spaces(got.scope, want.scope_as_printed));
        CHECK(count_spaces(got.scope) == want.scope_spaces);
        CHECK(got.scope.find("  ") == std::string_view::npos);
        CHECK(got.scope.starts_with("本文件"));
        // dates, status, provenance
        CHECK(got.implementation_date == parse_cn_date(want.date_as_printed));
        CHECK(got.implementation_date == year{2025} / September / day{30});
        CHECK(got.state == st::status::published);
        CHECK(got.status_date == year{2025} / June / day{20});
        CHECK(got.status_date_precision == st::date_precision::day);
        CHECK(got.announced_in == &st::ccsa_2025_2_announcement);
        CHECK(got.organisation == "中国通信标准化协会");
        CHECK(got.remarks == without_spaces(want.remarks_as_printed));
        CHECK(got.proposer.empty());
        CHECK(got.responsible.empty());
        CHECK(got.cites.empty());
        CHECK(got.scope_parts.empty());
        CHECK(got.requirements.empty());
        // series and parts agree with the number's part and with the table below
        const auto* s = std::find_if(std::begin(series_rows), std::end(series_rows),
                                     [&](const series_row& r) { return r.index == want.index; });
        if (s == std::end(series_rows)) {
            CHECK(got.series.empty());
            CHECK(got.part == 0);
            CHECK(got.id.parts().empty());
        } else {
            CHECK(got.series.zh == s->series);
            CHECK(got.part == s->part);
            REQUIRE(got.id.parts().size() == 1);
            CHECK(got.id.parts()[0] == std::to_string(s->part));
            CHECK(got.title.zh.starts_with(s->series));
            CHECK(!got.series.en.empty());
        }
    }
}

TEST_CASE("standards: CCSA rows rebuilt from page breaks and wrapped cells") {
    constexpr auto& e = st::ccsa_2025_2_standards;
    STATIC_REQUIRE(e[7].title.zh == "工业区块链 物联网感知终端 安全芯片技术要求");
    STATIC_REQUIRE(e[24].id == st::standard_id{"T/CCSA 692-2025"});
    STATIC_REQUIRE(e[25].id.text() == "T/CCSA 693-2025 (T/CHEAA 0047—2025)");
    STATIC_REQUIRE(e[25].id.joint()->text() == "T/CHEAA 0047—2025");
    STATIC_REQUIRE(e[25].remarks == "与中国家用电器协会联合发布");
    STATIC_REQUIRE(e[34].remarks == "与中国广告协会联合发布");
    STATIC_REQUIRE(st::contains(e[6].scope, "监管部门等组织提供参考和技术指导。"));
    STATIC_REQUIRE(st::contains(e[38].scope, "安全管理等。 本文件适用于各级综合医院"));
    STATIC_REQUIRE(e[39].scope.find('<') == std::string_view::npos);
    // numbers are unique and all in the catalogue
    for (const auto& a : e)
        for (const auto& b : e) CHECK(((&a == &b) == (a.id == b.id)));
}

TEST_CASE("standards: industrial internet platform series, every field") {
    constexpr std::string_view titles[] = {
        "工业互联网平台 总体框架",          "工业互联网平台 工业设备接入通用规范",   "工业互联网平台 工业大数据通用技术规范",
        "工业互联网平台 工业机理模型与组件通用要求", "工业互联网平台 工业 APP 通用技术规范", "工业互联网平台 服务与应用通用要求",
        "工业互联网平台 微服务与开发环境通用要求",
    };
    REQUIRE(st::iip_series.entries.size() == 7);
    for (std::size_t i = 0; i != 7; ++i) {
        const auto& e = st::iip_series.entries[i];
        INFO(std::string(titles[i]));
        CHECK(e.index == static_cast<int>(i + 1));
        CHECK(e.title.zh == titles[i]);
        CHECK(!e.title.en.empty());
        CHECK_FALSE(e.has_number());
        CHECK_FALSE(e.has_implementation_date());
        CHECK(e.kind == st::revision_kind::new_standard);
        CHECK(e.scope.starts_with("本标准规定了"));
        CHECK(e.state == st::status::in_drafting);
        CHECK(e.status_date == year{2023} / February / day{15});
        CHECK(e.status_date_precision == st::date_precision::day);
        CHECK(e.series.zh == "工业互联网平台");
        CHECK(e.part == static_cast<int>(i + 1));
        CHECK(e.organisation == "中国和平利用军工技术协会");
        CHECK(e.announced_in == nullptr);
        CHECK(e.remarks.empty());
        REQUIRE(e.cites.size() == 3);
        CHECK(e.cites[0].id.canonical().view() == "GB/T 42021-2022");
        CHECK(e.cites[0].title == "工业互联网 总体网络架构");
        CHECK(e.cites[1].id == st::standard_id{"GB/T 39471-2020"});
        CHECK(e.cites[1].title == "云制造服务平台制造资源接入集成规范");
        CHECK(e.cites[2].id == st::standard_id{"GB/Z 32235-2015"});
        CHECK(e.cites[2].title == "工业过程测量、控制和自动化生产设施表示用参考模型（数字工厂）");
    }
    CHECK(st::iip_standards[0].scope ==
          "本标准规定了工业互联网平台整体框架、基本功能、基本安全要求、通用技术要求等。适用于工业互联网企业建立工业互联网平台经典模式。同时为其他企业、研究单位等提供可复制、可借鉴的优秀范例, 在工业互联网平台全产业链进行推广, 达到产业示范的效果。");
    CHECK(st::iip_standards[1].scope == "本标准规定了不同行业工业设备数据的结构化描述、平台对工业设备上云的相关要求、平台的工业设备数字化管理要求等，包括但不限于基于平台的工业设备运行监控、智能调度、预测性维护、质量全过程管控等。");
    CHECK(st::iip_standards[2].scope == "本标准规定了工业互联网平台内不同系统之间数据交换要求、数据分析的流程及方法、数据管理、数据建模、数据服务等基本要求。");
    CHECK(st::iip_standards[3].scope == "本标准规定了工业机理模型、微组件、工业智能应用的通用要求，主要包括基本功能要求、开发过程要求、开发管理要求、应用要求等。");
    CHECK(st::iip_standards[4].scope == "本标准规定了工业 APP 的开发要求，主要包括参考架构、分类分级、开发方法和过程、开发环境和工具、开发语言和建模语言、接口与集成、组件封装等；规定了工业 APP 应用要求，主要包括应用需求、业务模型、应用模式等；规定了工业 APP 服务要求，主要包括实施与运维、服务能力、质量保证、流通服务、安全防护、应用商店等。");
    CHECK(st::iip_standards[5].scope == "本标准规定了工业互联网平台的选型、服务、评价等服务管理要求；应用、管理、评价等应用管理要求；数据流转、业务衔接与迁移等互通适配要求等。");
    CHECK(st::iip_standards[6].scope == "本标准规定了工业互联网平台微服务功能与接入运行要求，主要包括架构原则、管理功能、治理功能、应用接入、架构性能等；规定了平台的应用开发对接和运行管理技术要求，主要包括应用开发规范、应用开发接口、服务发布、服务管理、开发和运行资源管理、开源技术等。");
}

TEST_CASE("standards: mobile network digital twin specification, every field") {
    REQUIRE(st::mndt.entries.size() == 1);
    const auto& e = st::mndt.entries[0];
    CHECK(e.index == 1);
    CHECK(e.title.zh == "移动网络数字孪生系统技术规范");
    CHECK(!e.title.en.empty());
    CHECK_FALSE(e.has_number());
    CHECK(e.kind == st::revision_kind::new_standard);
    CHECK(e.state == st::status::draft_for_comment);
    CHECK(e.status_date.year() == year{2025});
    CHECK(e.status_date.month() == January);
    CHECK(e.status_date_precision == st::date_precision::month);
    CHECK_FALSE(e.has_implementation_date());
    CHECK(e.proposer == "西安星讯智能通信科技有限公司");
    CHECK(e.responsible == "中国联合国采购促进会");
    CHECK(e.announced_in == nullptr);
    CHECK(e.series.empty());
    CHECK(e.part == 0);
    CHECK(e.scope ==
          "本文件主要规定了移动网络数字孪生系统的技术规范及实施要求。标准的范围涵盖移动网络数字孪生系统的各个方面，包括但不限于物理实体的感知接入、决策执行、边缘端协作，虚拟实体的模型功能、描述、构建、组装、验证、运行与管理，孪生数据的表示、分类、存储、预处理、使用与维护、测试，以及物理实体、虚拟实体、服务、数据库之间的连接与集成等。");
    REQUIRE(e.cites.size() == 1);
    CHECK(e.cites[0].id.text() == "GB/T 1.1—2020");
    CHECK(e.cites[0].title == "标准化工作导则 第 1 部分：标准化文件的结构和起草规则");
    // structured scope
    REQUIRE(e.scope_parts.size() == 4);
    const auto names = [](const st::scope_part& p) {
        std::string out;
        for (const auto& t : p.topics) out += std::string(t.name.zh) + "|";
        return out;
    };
    CHECK(e.scope_parts[0].subject.zh == "物理实体");
    CHECK(names(e.scope_parts[0]) == "感知接入|决策执行|边缘端协作|");
    CHECK(e.scope_parts[1].subject.zh == "虚拟实体");
    CHECK(names(e.scope_parts[1]) == "模型功能|描述|构建|组装|验证|运行与管理|");
    CHECK(e.scope_parts[2].subject.zh == "孪生数据");
    CHECK(names(e.scope_parts[2]) == "表示|分类|存储|预处理|使用与维护|测试|");
    CHECK(e.scope_parts[3].subject.zh == "连接与集成");
    CHECK(names(e.scope_parts[3]) == "物理实体|虚拟实体|服务|数据库|");
    // every topic of the structured scope occurs in the scope text
    for (const auto& p : e.scope_parts)
        for (const auto& t : p.topics) CHECK(st::contains(e.scope, t.name.zh));
    CHECK(e.requirements.size() == 5);
}

TEST_CASE("standards: queries as range-v3 views") {
    STATIC_REQUIRE(st::find(st::ccsa_2025_2, "T/CCSA 672-2025") == &st::ccsa_2025_2_standards[0]);
    STATIC_REQUIRE(st::find(st::ccsa_2025_2, "T/CHEAA 0047-2025") == &st::ccsa_2025_2_standards[25]);
    STATIC_REQUIRE(st::find(st::ccsa_2025_2, "T/CCSA 672-2024") == nullptr);
    STATIC_REQUIRE(st::find(st::builtin_catalogues, "T/CCSA 383.6-2025") == &st::ccsa_2025_2_standards[28]);
    const auto index_of = [](const st::standard_descriptor& d) { return d.index; };
    CHECK((st::views::by_issuer(st::ccsa_2025_2, "CCSA") | ranges::views::transform(index_of) |
           ranges::to<std::vector>())
              .size() == 40);
    CHECK((st::views::by_issuer(st::ccsa_2025_2, "CHEAA") | ranges::to<std::vector>()).empty());
    CHECK((st::views::in_series(st::ccsa_2025_2, "政务移动互联网应用程序") | ranges::views::transform(index_of) |
           ranges::to<std::vector>()) == std::vector<int>{20, 21, 22, 23, 24});
    CHECK((st::views::in_series(st::iip_series, "工业互联网平台") | ranges::to<std::vector>()).size() == 7);
    CHECK((st::views::implemented_between(st::ccsa_2025_2, year{2025} / 9 / 1, year{2025} / 9 / 30) |
           ranges::to<std::vector>())
              .size() == 40);
    CHECK((st::views::implemented_between(st::ccsa_2025_2, year{2025} / 10 / 1, year{2026} / 1 / 1) |
           ranges::to<std::vector>())
              .empty());
    CHECK((st::views::matching(st::ccsa_2025_2, "区块链") | ranges::views::transform(index_of) |
           ranges::to<std::vector>()) == std::vector<int>{7, 8, 9, 33});
    CHECK((st::views::matching(st::mndt, "孪生") | ranges::to<std::vector>()).size() == 1);
    CHECK((st::views::matching(st::iip_series, "APP") | ranges::to<std::vector>()).size() == 1);
    CHECK((st::views::with_status(st::iip_series, st::status::in_drafting) | ranges::to<std::vector>()).size() == 7);
}
