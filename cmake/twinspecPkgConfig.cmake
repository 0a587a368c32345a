# Generates and installs twinspec.pc (pkg-config) from cmake/twinspec.pc.in.
# Included by the top-level CMakeLists.txt inside its install block (TWINSPEC_INSTALL).
#
# Header-only and architecture independent: the file goes to <datadir>/pkgconfig
# (share/pkgconfig), which pkg-config and pkgconf search on every platform. Its prefix is
# ${pcfiledir}/<relative path back>, so the same file is right wherever the install lands.

set(TWINSPEC_PC_INSTALL_DIR "${CMAKE_INSTALL_DATADIR}/pkgconfig")
if(IS_ABSOLUTE "${TWINSPEC_PC_INSTALL_DIR}" OR IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
    message(FATAL_ERROR
        "twinspec: twinspec.pc needs relative CMAKE_INSTALL_DATADIR and CMAKE_INSTALL_INCLUDEDIR "
        "(got '${CMAKE_INSTALL_DATADIR}', '${CMAKE_INSTALL_INCLUDEDIR}')")
endif()

# share/pkgconfig -> ../..
set(TWINSPEC_PC_PREFIX_FROM_PCDIR "")
set(pc_dir "${TWINSPEC_PC_INSTALL_DIR}")
while(NOT pc_dir STREQUAL "" AND NOT pc_dir STREQUAL ".")
    get_filename_component(pc_dir "${pc_dir}" DIRECTORY)
    string(APPEND TWINSPEC_PC_PREFIX_FROM_PCDIR "../")
endwhile()
string(REGEX REPLACE "/$" "" TWINSPEC_PC_PREFIX_FROM_PCDIR "${TWINSPEC_PC_PREFIX_FROM_PCDIR}")

# The dependencies' include directories, as this configure found them (Boost and range-v3
# have no .pc files to name in Requires:). The compiler's implicit directories (/usr/include on
# Debian) are left out: -I/usr/include would reorder the system include path.
set(TWINSPEC_PC_DEPENDENCY_CFLAGS "")
set(pc_seen "")
set(pc_deps Boost::headers range-v3::range-v3)
if(TWINSPEC_HAS_DRAGONBOX)
    list(APPEND pc_deps dragonbox::dragonbox)
endif()
foreach(dep IN LISTS pc_deps)
    get_target_property(dirs ${dep} INTERFACE_INCLUDE_DIRECTORIES)
    if(NOT dirs)
        continue()
    endif()
    foreach(dir IN LISTS dirs)
        if(dir MATCHES "^\\$<" OR dir IN_LIST pc_seen)
            continue()
        endif()
        list(APPEND pc_seen "${dir}")
        file(REAL_PATH "${dir}" real_dir)
        set(implicit OFF)
        foreach(sys IN LISTS CMAKE_CXX_IMPLICIT_INCLUDE_DIRECTORIES)
            file(REAL_PATH "${sys}" real_sys)
            if(real_dir STREQUAL real_sys)
                set(implicit ON)
            endif()
        endforeach()
        if(NOT implicit)
            string(APPEND TWINSPEC_PC_DEPENDENCY_CFLAGS " -I${dir}")
        endif()
    endforeach()
endforeach()
if(TWINSPEC_HAS_DRAGONBOX)  # the same text as without it, written faster (see CMakeLists.txt)
    string(APPEND TWINSPEC_PC_DEPENDENCY_CFLAGS " -DTWINSPEC_HAS_DRAGONBOX=1")
endif()

configure_file(
    "${CMAKE_CURRENT_LIST_DIR}/twinspec.pc.in"
    "${PROJECT_BINARY_DIR}/twinspec.pc"
    @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/twinspec.pc" DESTINATION "${TWINSPEC_PC_INSTALL_DIR}")
