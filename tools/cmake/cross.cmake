# cross.cmake: a CMake toolchain file for Debian's cross compilers and multiarch libraries.
# tools/cross.sh passes CODEBRIDGE_CROSS_ARCH (a Debian architecture: i386, armhf, arm64).
set(CMAKE_SYSTEM_NAME Linux)
set(arch ${CODEBRIDGE_CROSS_ARCH})
if(NOT arch) # CMake's own compiler probes see only the environment
  set(arch $ENV{CODEBRIDGE_CROSS_ARCH})
endif()
set(ENV{CODEBRIDGE_CROSS_ARCH} ${arch})
if(arch STREQUAL "i386")
  set(CMAKE_SYSTEM_PROCESSOR i686)
  set(gnu i686-linux-gnu)         # the compiler's name
  set(multiarch i386-linux-gnu)   # the libraries' folder
  set(qemu qemu-i386)
elseif(arch STREQUAL "armhf")
  set(CMAKE_SYSTEM_PROCESSOR arm)
  set(gnu arm-linux-gnueabihf)
  set(multiarch arm-linux-gnueabihf)
  set(qemu qemu-arm)
elseif(arch STREQUAL "arm64")
  set(CMAKE_SYSTEM_PROCESSOR aarch64)
  set(gnu aarch64-linux-gnu)
  set(multiarch aarch64-linux-gnu)
  set(qemu qemu-aarch64)
else()
  message(FATAL_ERROR "CODEBRIDGE_CROSS_ARCH must be i386, armhf or arm64, not '${arch}'")
endif()
set(CMAKE_C_COMPILER ${gnu}-gcc)
set(PKG_CONFIG_EXECUTABLE /usr/bin/${multiarch}-pkg-config CACHE FILEPATH "")
set(CMAKE_LIBRARY_ARCHITECTURE ${multiarch})
# The tests run the programs through qemu-user (the target's libraries come from the
# multiarch folders, where qemu finds them as on the real machine).
set(CMAKE_CROSSCOMPILING_EMULATOR /usr/bin/${qemu})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
