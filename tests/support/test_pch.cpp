// The precompiled test header needs one source to be built with (see tests/CMakeLists.txt).
