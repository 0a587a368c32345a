// twinspec/platform.hpp — the industrial internet platform layer (工业互联网平台): component
// descriptors and `platform<Components…>` with its compile-time wiring checks, device-access
// point maps and their decoder, and mechanism models with checked composition. Depends on core
// and standards.
#pragma once

#include <twinspec/platform/component.hpp>
#include <twinspec/platform/decode_report.hpp>
#include <twinspec/platform/device_access.hpp>
#include <twinspec/platform/interface.hpp>
#include <twinspec/platform/mechanism_model.hpp>
#include <twinspec/platform/platform.hpp>
#include <twinspec/platform/point_map.hpp>
#include <twinspec/platform/semver.hpp>
