# install.cmake: what `cmake --install` puts where (GNUInstallDirs), so that a program in
# <prefix>/bin finds its data in <prefix>/share/codebridge (see engine/core/paths.h).
#   bin/codebridge
#   share/codebridge/{levels,scripts,assets}
#   share/applications/io.github.codebridge.Codebridge.desktop
#   share/metainfo/io.github.codebridge.Codebridge.metainfo.xml
#   share/icons/hicolor/{scalable,256x256}/apps/io.github.codebridge.Codebridge.{svg,png}
#   share/man/man1/codebridge.1.gz
#   share/doc/codebridge/{README.md,levels.md,progress-format.md,LICENSE}
# CODEBRIDGE_DEB=ON (./build.sh deb) lays the files out as Debian wants: links to Debian's
# byte-identical font files (fonts-sil-andika, fonts-dejavu-core) instead of our copies, and
# doc/codebridge/{copyright,changelog.gz} instead of LICENSE.
option(CODEBRIDGE_DEB "Install as the .deb wants (system fonts, Debian copyright and changelog)" OFF)

set(CODEBRIDGE_APP_ID io.github.codebridge.Codebridge)
set(CODEBRIDGE_SHARE ${CMAKE_INSTALL_DATADIR}/codebridge)

install(TARGETS codebridge RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY levels scripts DESTINATION ${CODEBRIDGE_SHARE})

if(CODEBRIDGE_DEB)
  # Links made at configure time in the build tree; install() copies a link as a link.
  set(links ${CMAKE_BINARY_DIR}/system-fonts)
  file(MAKE_DIRECTORY ${links})
  foreach(pair "Andika-Regular.ttf:andika" "Andika-Bold.ttf:andika" "DejaVuSansMono.ttf:dejavu")
    string(REPLACE ":" ";" pair ${pair})
    list(GET pair 0 font)
    list(GET pair 1 family)
    # Relative, as Debian wants: from share/codebridge/assets/fonts up to share/.
    file(CREATE_LINK ../../../fonts/truetype/${family}/${font} ${links}/${font} SYMBOLIC)
    install(FILES ${links}/${font} DESTINATION ${CODEBRIDGE_SHARE}/assets/fonts)
  endforeach()
else()
  install(DIRECTORY assets/fonts DESTINATION ${CODEBRIDGE_SHARE}/assets)
endif()

if(UNIX AND NOT APPLE)
  install(FILES assets/linux/${CODEBRIDGE_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES assets/linux/${CODEBRIDGE_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES assets/icons/codebridge.svg RENAME ${CODEBRIDGE_APP_ID}.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  install(FILES assets/icons/codebridge-256.png RENAME ${CODEBRIDGE_APP_ID}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/256x256/apps)
  # Man pages are installed compressed (gzip -n: no time stamp, the same bytes every build).
  find_program(GZIP gzip)
  if(GZIP)
    add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/codebridge.1.gz
                       COMMAND ${GZIP} -9 -n -c ${CMAKE_SOURCE_DIR}/docs/codebridge.1 > ${CMAKE_BINARY_DIR}/codebridge.1.gz
                       DEPENDS ${CMAKE_SOURCE_DIR}/docs/codebridge.1)
    add_custom_target(manpage ALL DEPENDS ${CMAKE_BINARY_DIR}/codebridge.1.gz)
    install(FILES ${CMAKE_BINARY_DIR}/codebridge.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  else()
    install(FILES docs/codebridge.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  endif()
endif()

if(CODEBRIDGE_DEB)
  add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/changelog.gz
                     COMMAND gzip -9 -n -c ${CMAKE_SOURCE_DIR}/tools/debian/changelog > ${CMAKE_BINARY_DIR}/changelog.gz
                     DEPENDS ${CMAKE_SOURCE_DIR}/tools/debian/changelog)
  add_custom_target(debian_changelog ALL DEPENDS ${CMAKE_BINARY_DIR}/changelog.gz)
  install(FILES tools/debian/copyright ${CMAKE_BINARY_DIR}/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR})
else()
  install(FILES LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})
endif()
install(FILES README.md docs/levels.md docs/progress-format.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
