# web.cmake: the browser build (./build.sh web, emscripten from Debian): one page,
# codebridge.html, with the engine, the bundled levels, scripts and fonts inside, so it opens
# from file://, a USB stick or any static web server with no internet. Its libraries come from
# tools/web-deps.sh (Debian's sources); emscripten's downloading ports are never used.
set(CMAKE_EXECUTABLE_SUFFIX ".html")
set(WEB_DIR ${CMAKE_SOURCE_DIR}/tools/web)
set(WEB_LINK_OPTIONS
  -sSINGLE_FILE=1             # the wasm inside the page: file:// pages cannot fetch files
  -sALLOW_MEMORY_GROWTH=1
  -sENVIRONMENT=web
  -sEXIT_RUNTIME=0
  -sMINIFY_HTML=0             # Debian's emscripten 3.1.6 calls htmlmin wrongly
  -lidbfs.js                  # progress kept in the browser's IndexedDB (tools/web/pre.js)
  "-sEXPORTED_FUNCTIONS=['_main','_web_text','_web_key','_web_probe','_web_picked','_web_status']"
  "-sEXPORTED_RUNTIME_METHODS=['ccall','UTF8ToString']"
  # what SDL's audio and main loop call from JavaScript (the ports add these themselves)
  "-sDEFAULT_LIBRARY_FUNCS_TO_INCLUDE=@${WEB_DIR}/library-funcs.json"
  # SHELL: keeps each pair together (CMake drops repeated options otherwise)
  "SHELL:--pre-js ${WEB_DIR}/pre.js"
  "SHELL:--shell-file ${WEB_DIR}/shell.html"
  "SHELL:--embed-file ${CMAKE_SOURCE_DIR}/scripts@/app/scripts"
  "SHELL:--embed-file ${CMAKE_SOURCE_DIR}/levels@/app/levels"
  "SHELL:--embed-file ${CMAKE_SOURCE_DIR}/assets@/app/assets")
target_link_options(codebridge PRIVATE ${WEB_LINK_OPTIONS})
set_property(TARGET codebridge APPEND PROPERTY LINK_DEPENDS
  ${WEB_DIR}/pre.js ${WEB_DIR}/shell.html)
file(GLOB_RECURSE WEB_DATA CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/scripts/* ${CMAKE_SOURCE_DIR}/levels/*
  ${CMAKE_SOURCE_DIR}/assets/*)
set_property(TARGET codebridge APPEND PROPERTY LINK_DEPENDS ${WEB_DATA})
# EM_ASM (JavaScript inside C) needs the GNU dialect; only the web_*.c files use it.
set_source_files_properties(${CMAKE_SOURCE_DIR}/engine/ui/web.c ${CMAKE_SOURCE_DIR}/engine/ui/web_teacher.c
  PROPERTIES COMPILE_OPTIONS -std=gnu11)
