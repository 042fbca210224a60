# AUTOMOC without the compiler's system include directories.
#
# AUTOMOC hands moc the target's include directories plus every directory the compiler searches
# implicitly (/usr/include, /usr/include/c++/12, ...), and a target that links torch adds torch's.
# moc then preprocesses the standard library (and torch) for every file it reads: 2-5 s of CPU
# per test source instead of ~0.3 s, with byte-identical output, ~170 times in a clean build.
# moc only needs our own headers and Qt's (Qt's macros, our declarations); all 168 moc outputs
# of the tree were byte-identical both ways when this was written.
#
# So AUTOMOC stays (it finds Q_OBJECT at build time, handles `#include "x.moc"`, tracks header
# dependencies, and lupdate sees the same sources) and only its moc executable changes: a small
# generated script that drops every -I outside the source tree, the build tree and Qt's include
# and mkspecs folders, then runs the real moc. Not on Windows (no POSIX shell): plain AUTOMOC.
#
# genlab_fast_moc_setup(): after find_package(Qt6); writes ${PROJECT_BINARY_DIR}/genlab-moc.
# genlab_fast_moc_apply(DIR): at the end of the top-level CMakeLists.txt; gives every target under
#   DIR that has AUTOMOC on that moc (AUTOMOC_EXECUTABLE), so targets added later need nothing.
option(GENLAB_FAST_MOC "Run AUTOMOC's moc with only the project's and Qt's include directories" ON)

function(genlab_fast_moc_setup)
  set(GENLAB_FAST_MOC_SCRIPT "" CACHE INTERNAL "")
  if(NOT GENLAB_FAST_MOC OR NOT CMAKE_HOST_UNIX OR NOT TARGET Qt6::moc)
    return()
  endif()
  # The moc AUTOMOC would run: Qt6::moc's location, for whichever configuration Qt recorded.
  set(_moc "")
  get_target_property(_configs Qt6::moc IMPORTED_CONFIGURATIONS)
  foreach(_suffix "" ${_configs})
    if(_suffix)
      set(_suffix "_${_suffix}")
    endif()
    get_target_property(_location Qt6::moc IMPORTED_LOCATION${_suffix})
    if(_location AND EXISTS "${_location}")
      set(_moc "${_location}")
      break()
    endif()
  endforeach()
  if(NOT _moc)
    message(STATUS "genlab: moc not found through Qt6::moc; AUTOMOC keeps its own include paths")
    return()
  endif()
  # Qt's header root (QtCore, QtWidgets, ... below it) and its mkspec folder (qplatformdefs.h).
  set(_keep "${PROJECT_SOURCE_DIR}" "${PROJECT_BINARY_DIR}")
  foreach(_qt Qt6::Platform Qt6::Core)
    if(TARGET ${_qt})
      get_target_property(_dirs ${_qt} INTERFACE_INCLUDE_DIRECTORIES)
      if(_dirs)
        list(APPEND _keep ${_dirs})
      endif()
    endif()
  endforeach()
  list(REMOVE_DUPLICATES _keep)
  # Shell case patterns: the folder itself or anything below it; quoted, so only * is special.
  set(_patterns "")
  foreach(_dir ${_keep})
    string(REPLACE "'" "'\\''" _dir "${_dir}")
    list(APPEND _patterns "'${_dir}'" "'${_dir}'/*")
  endforeach()
  list(JOIN _patterns "|" GENLAB_MOC_KEEP_PATTERNS)
  string(REPLACE "'" "'\\''" GENLAB_MOC_REAL_QUOTED "${_moc}")
  set(GENLAB_MOC_REAL_QUOTED "'${GENLAB_MOC_REAL_QUOTED}'")
  set(_script "${PROJECT_BINARY_DIR}/genlab-moc")
  configure_file("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/genlab-moc.in" "${_script}" @ONLY
    FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
  set(GENLAB_FAST_MOC_SCRIPT "${_script}" CACHE INTERNAL "")
endfunction()

function(genlab_fast_moc_apply dir)
  if(NOT GENLAB_FAST_MOC_SCRIPT)
    return()
  endif()
  get_property(_targets DIRECTORY "${dir}" PROPERTY BUILDSYSTEM_TARGETS)
  foreach(_target ${_targets})
    get_target_property(_type ${_target} TYPE)
    if(_type STREQUAL "INTERFACE_LIBRARY" OR _type STREQUAL "UTILITY")
      continue()
    endif()
    get_target_property(_automoc ${_target} AUTOMOC)
    if(_automoc)
      set_property(TARGET ${_target} PROPERTY AUTOMOC_EXECUTABLE "${GENLAB_FAST_MOC_SCRIPT}")
    endif()
  endforeach()
  get_property(_subdirs DIRECTORY "${dir}" PROPERTY SUBDIRECTORIES)
  foreach(_subdir ${_subdirs})
    genlab_fast_moc_apply("${_subdir}")
  endforeach()
endfunction()
