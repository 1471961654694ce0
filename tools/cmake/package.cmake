# package.cmake: the .deb made by CPack (./build.sh deb, which configures with CODEBRIDGE_DEB=ON
# and Debian's hardening flags). The fields are what lintian and apt show to a technician.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME codebridge)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Whoever builds the .deb for a school or a distribution puts their own contact here.
set(CODEBRIDGE_MAINTAINER "Codebridge maintainers <codebridge@example.org>" CACHE STRING "Maintainer field of the .deb")
set(CPACK_PACKAGE_CONTACT "${CODEBRIDGE_MAINTAINER}")
set(CPACK_PACKAGE_VENDOR "Codebridge")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-sil-andika, fonts-dejavu-core")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline coding kit for primary schools")
# CPack indents each line by one space and turns an empty line into " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Codebridge teaches children aged 5 to 11 to program by guiding Robo, a
small robot, through levels set in London. Pupils build programs from
blocks or write them in Lua, switch between the two views at any time,
and earn stars for short programs.

It runs offline on old laptops, keeps each pupil's progress in plain
text files (on the laptop, a USB stick or a school network share), makes
a class report for the teacher, and lets teachers write their own
levels.")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
