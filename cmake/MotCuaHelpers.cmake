# SPDX-License-Identifier: GPL-3.0-or-later
# Shared helpers for Một Cửa Desk targets.

# motcua_add_library(NAME SOURCES src... [PUBLIC lib...] [PRIVATE lib...] LAYER rule...):
# one static library of the client (see the function).
# motcua_add_test(NAME SOURCES src.cpp... LIBS lib...): one Qt Test executable = one ctest.
# Tests run with QT_QPA_PLATFORM=offscreen and QStandardPaths test mode
# (the test calls QStandardPaths::setTestModeEnabled(true) itself).
function(motcua_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        MOTCUA_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        MOTCUA_BIN_DIR="${CMAKE_BINARY_DIR}/bin"
        MOTCUA_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_QUICK_BACKEND=software;${ARG_ENV}")
endfunction()

# motcua_check_layering(TARGET ALLOWED_QT_MODULES...): records a rule that the
# test `layering` checks against the generated link line of TARGET.
set_property(GLOBAL PROPERTY MOTCUA_LAYER_RULES "")
function(motcua_layer_rule target)
    list(JOIN ARGN " " rule)
    set_property(GLOBAL APPEND PROPERTY MOTCUA_LAYER_RULES "${target}=${rule}")
endfunction()

# motcua_add_library(NAME SOURCES src... [PUBLIC lib...] [PRIVATE lib...] LAYER rule...):
# what every library of client/ is: static, included as "dir/file.h" from client/,
# position-independent (the QML plugins are shared objects that may link it), and
# checked by the `layering` test against LAYER (e.g. `ONLY Core`, `NOT Gui Quick`).
function(motcua_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC;PRIVATE;LAYER" ${ARGN})
    qt_add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
    target_link_libraries(${name} PUBLIC ${ARG_PUBLIC})
    if(ARG_PRIVATE)
        target_link_libraries(${name} PRIVATE ${ARG_PRIVATE})
    endif()
    set_target_properties(${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
    motcua_layer_rule(${name} ${ARG_LAYER})
endfunction()
