# Installing SpendLens (`cmake --install build --prefix DIR`) and packaging it as a Debian .deb
# (`cpack --config build/CPackConfig.cmake`). Include this file once, from the top-level
# CMakeLists.txt:
#   include(cmake/packaging.cmake)
# or inject it with -DCMAKE_PROJECT_INCLUDE=<this file>. Either way the rules are added at the end
# of the top-level directory (a deferred call), once the `spendlens` target exists; the include
# guard keeps them from being added twice.
include_guard(GLOBAL)
include(GNUInstallDirs)

set(SPENDLENS_PACKAGE_MAINTAINER "SpendLens developers <spendlens@example.org>"
    CACHE STRING "Maintainer field of the .deb (Name <address>)")

# A macro, not a function: CPack reads the CPACK_* variables from the scope it is included in.
macro(spendlens_packaging)
  set(_spendlens_resources "${CMAKE_SOURCE_DIR}/resources")
  # The app links its own libraries statically and Qt from the system: no run path to carry
  # (qt_standard_project_setup would give it $ORIGIN/../lib, which Debian's policy frowns on).
  set_property(TARGET spendlens PROPERTY INSTALL_RPATH "")
  install(TARGETS spendlens RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
  install(FILES "${_spendlens_resources}/desktop/spendlens.desktop"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
  install(FILES "${_spendlens_resources}/desktop/io.github.spendlens.SpendLens.metainfo.xml"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
  install(FILES "${_spendlens_resources}/desktop/spendlens-mime.xml"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages" RENAME spendlens.xml)
  install(FILES "${_spendlens_resources}/icons/spendlens.svg"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
  # Not CMAKE_INSTALL_DOCDIR, which is named after the project ("SpendLens"): Debian and the
  # FHS name the directory after the package.
  install(FILES "${CMAKE_SOURCE_DIR}/README.md" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/spendlens")

  set(CPACK_GENERATOR DEB)
  set(CPACK_PACKAGE_NAME spendlens)
  set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
  set(CPACK_PACKAGE_VENDOR "SpendLens developers")
  set(CPACK_PACKAGE_CONTACT "${SPENDLENS_PACKAGE_MAINTAINER}")
  set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
      "dashboard for AI-spending figures and publication-ready charts")
  # One line per line of the control file's extended description (CPack indents them).
  string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "SpendLens is a desktop dashboard in which a journalist explores AI-spending"
    "figures (company capital expenditure, the cost of a model's training run) and"
    "exports publication-ready charts. Every figure carries its source, basis and"
    "caveat; derived numbers such as ratios and year-on-year growth carry low-high"
    "ranges through every calculation. Charts export as PNG, SVG, PDF or CSV, from"
    "the window or from the command line, which needs no display.")
  set(CPACK_STRIP_FILES ON)

  set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SPENDLENS_PACKAGE_MAINTAINER}")
  set(CPACK_DEBIAN_PACKAGE_SECTION graphics)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  # dpkg-shlibdeps computes the Qt 6 (and C++ runtime) dependencies from the binary; the chart
  # theme draws in DejaVu Sans, which no library pulls in.
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk")
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  # No maintainer scripts: dpkg's file triggers (desktop-file-utils, shared-mime-info,
  # hicolor-icon-theme) refresh the desktop, MIME and icon caches on install and removal.

  set(CPACK_SOURCE_GENERATOR TGZ)
  set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/out/" "\\.user$")
  include(CPack)
endmacro()

cmake_language(DEFER DIRECTORY "${CMAKE_SOURCE_DIR}" CALL spendlens_packaging)
