// twinspec/io.hpp — interchange: JSON instances of entities and models (write and read).
// Reading needs Boost.JSON: link `twinspec::json`.
#pragma once

#include <twinspec/io/json_read.hpp>
#include <twinspec/io/json_write.hpp>
