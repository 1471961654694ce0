# mingw-w64-x86_64.cmake: CMake toolchain for 64-bit Windows with Debian's gcc-mingw-w64.
# Used by tools/windows-deps.sh (SDL2, FreeType, SDL2_ttf) and ./build.sh windows.
# CODEBRIDGE_WIN_PREFIX (from the environment) is where the built libraries live.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 $ENV{CODEBRIDGE_WIN_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# Tests and CLI scripts run the .exe through wine when ctest needs to.
find_program(CODEBRIDGE_WINE wine)
if(CODEBRIDGE_WINE)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${CODEBRIDGE_WINE})
endif()
