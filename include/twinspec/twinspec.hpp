// twinspec/twinspec.hpp — the umbrella header: everything twinspec offers.
// For compile time, include the layer headers (<twinspec/core.hpp> …) or single headers.
#pragma once

#include <twinspec/core.hpp>
#include <twinspec/core/hana.hpp>
#include <twinspec/data.hpp>
#include <twinspec/standards.hpp>
#include <twinspec/twin.hpp>
#include <twinspec/platform.hpp>  // platform: components, device access, mechanism models
