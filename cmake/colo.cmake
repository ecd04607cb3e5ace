# colo_module(NAME SOURCES a.cpp b.cpp DEPS colo_core ...)
#   One static library per module, so a change rebuilds and relinks little.
function(colo_module name)
  cmake_parse_arguments(M "" "" "SOURCES;DEPS" ${ARGN})
  add_library(${name} STATIC ${M_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${name} PUBLIC ${M_DEPS})
endfunction()

# colo_test(NAME SOURCES a_test.cpp DEPS colo_x [LABELS l])
#   One test binary per module, registered with CTest as one entry. Nothing when COLO_BUILD_TESTS
#   is off, so that modules declare their tests unconditionally.
function(colo_test name)
  if(NOT COLO_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(T "" "" "SOURCES;DEPS;LABELS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE ${T_DEPS} GTest::gtest GTest::gtest_main)
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "COLO_SOURCE_DIR=${PROJECT_SOURCE_DIR};COLO_BINARY=$<TARGET_FILE:colo>"
    LABELS "${T_LABELS}")
endfunction()
