# The Debian package, written by CPack's DEB generator:
#   cmake --build build --target package     -> build/genlab-studio_<version>_<arch>.deb
# (or `cpack --config build/CPackConfig.cmake -B DIR` to write it elsewhere without touching the
# build). What goes in is what the install() rules say (app/, packaging/); this file only describes
# the package. The package target is never part of `all`; it needs `all` built first.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ${GENLAB_PACKAGE_NAME})
set(CPACK_PACKAGE_VENDOR "GenLab Studio")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Release binaries keep their symbols in the build tree only.
set(CPACK_STRIP_FILES ON)
# Folders CPack makes itself get the usual 0755, whatever the umask of whoever builds.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(GENLAB_PACKAGE_MAINTAINER "GenLab Studio team <genlab-studio@users.noreply.github.com>"
    CACHE STRING "The Maintainer field of the Debian package (name <email>)")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${GENLAB_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The extended description: what `apt show` prints under the summary (CPack puts the summary above).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "A desktop studio for students, artists and instructors to learn how generative
AI works by trying it: small GPT-style models under a sampling microscope, the
latent space of a variational autoencoder, a GAN and a diffusion model learning
to draw digits, masked language models, and questions asked of your own
documents. Small pretrained models ship with it, so every lab works offline.")
# Depends: dpkg-shlibdeps reads the libraries the binary links (Qt, LibTorch, OpenCV, ...). It
# knows only what Debian packages ship, so the package is for builds against Debian's LibTorch.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The binary's own libraries (libgenlab_shell, libgenlab_core) are private, in
# /usr/GENLAB_PRIVATE_LIBDIR (app/CMakeLists.txt): dpkg-shlibdeps reads them from the staged package.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS usr/${GENLAB_PRIVATE_LIBDIR})
if(NOT TORCH_LIBRARY MATCHES "^/usr/lib/")
  message(STATUS "packaging: LibTorch is ${TORCH_LIBRARY}, not Debian's: the package target will fail in dpkg-shlibdeps")
endif()
# OpenMP OpenBLAS makes LibTorch's CPU matmuls several times faster than the reference BLAS;
# opencv-doc carries the handwritten digits the image labs open with.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libopenblas0-openmp, opencv-doc, qt6-translations-l10n, fonts-noto-cjk")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
