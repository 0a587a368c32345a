// twinspec/standards/catalogs.hpp — the catalogues twinspec ships, as one list.
#pragma once

#include <twinspec/standards/catalog_ccsa_2025_2.hpp>
#include <twinspec/standards/catalog_iip.hpp>
#include <twinspec/standards/catalog_mndt.hpp>
#include <twinspec/standards/descriptor.hpp>

namespace twinspec::standards {

/// Every catalogue twinspec ships: CCSA announcement 2025 No. 2, the 工业互联网平台 series and
/// the mobile network digital twin specification draft.
inline constexpr const catalogue* builtin_catalogues[] = {&ccsa_2025_2, &iip_series, &mndt};

}  // namespace twinspec::standards
