# Conan 2 profile for Debian 12: the compiler `conan profile detect` found (the `default`
# profile), C++20, and Boost / range-v3 from the Debian packages (libboost1.81-dev,
# librange-v3-dev) instead of Conan Center, so `conan create` downloads nothing.
include(default)

[settings]
compiler.cppstd=20

[platform_requires]
boost/1.81.0
range-v3/0.12.0

[conf]
tools.cmake.cmaketoolchain:generator=Ninja
