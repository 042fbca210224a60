# Unity builds: a library's sources compiled in a few combined translation units.
#
# Why: on the 2-core CI machine a clean build was ~30 minutes, most of it in the engine's torch
# sources. Each of them spends ~10 s loading the 600 MB precompiled torch header and then
# instantiates and optimises the same torch templates again; four of them combined compile in about
# the time of one (measured: 29 s for four GAN sources that took 147 s one by one).
#
# What it asks of the code: a source compiled together with its neighbours sees their file-local
# names, so helpers in anonymous namespaces must not share a name with another source's in the same
# library (give them a name that says what they do), and no source may `using namespace` at file
# scope in a way that makes a neighbour's name ambiguous. -DGENLAB_UNITY_BUILD=OFF builds each
# source alone (quicker edit-compile cycles); CI builds with it ON, so a collision fails there.

# genlab_unity(TARGET [BATCH n]): combine TARGET's sources, n per translation unit.
function(genlab_unity target)
  cmake_parse_arguments(U "" "BATCH" "" ${ARGN})
  if(NOT GENLAB_UNITY_BUILD)
    return()
  endif()
  if(NOT U_BATCH)
    set(U_BATCH 8)
  endif()
  set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE ${U_BATCH})
endfunction()
