# Link with lld when the compiler accepts -fuse-ld=lld: GNU ld takes ~2-4 s of CPU per test
# executable that links Qt, the services and LibTorch, lld ~0.3-0.5 s, and a clean build links
# ~85 executables. Without lld (or with -DGENLAB_USE_LLD=OFF) the default linker is used.
# Included before any target is made: add_link_options() reaches every target below.
option(GENLAB_USE_LLD "Link with lld when the compiler accepts -fuse-ld=lld" ON)
if(GENLAB_USE_LLD)
  include(CheckLinkerFlag)
  get_property(_genlab_languages GLOBAL PROPERTY ENABLED_LANGUAGES)
  foreach(_lang C CXX)
    if(_lang IN_LIST _genlab_languages)
      check_linker_flag(${_lang} -fuse-ld=lld GENLAB_${_lang}_LINKER_LLD)
      if(GENLAB_${_lang}_LINKER_LLD)
        add_link_options($<$<LINK_LANGUAGE:${_lang}>:-fuse-ld=lld>)
      endif()
    endif()
  endforeach()
endif()
