// twinspec/data/views.hpp — every preprocessing view adaptor of the data layer.
#pragma once

#include <twinspec/data/views/aggregate.hpp>
#include <twinspec/data/views/clean.hpp>
#include <twinspec/data/views/convert.hpp>
#include <twinspec/data/views/dedup.hpp>
#include <twinspec/data/views/fill.hpp>
#include <twinspec/data/views/fuse.hpp>
#include <twinspec/data/views/order.hpp>
#include <twinspec/data/views/resample.hpp>
#include <twinspec/data/views/window.hpp>
