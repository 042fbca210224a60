#!/usr/bin/env bash
# The Debian package as a user gets it: CPack writes it from the build tree (into a temporary
# folder, so the build's own package is left alone), dpkg-deb -x unpacks it into a temporary
# root (no root rights, nothing installed), and the unpacked genlab runs headless against the
# unpacked data: --version, then the demo's steps (its GAN training left out, see below). The
# demo's outputs must name the unpacked share/genlab and never the source tree, so a binary that
# silently fell back to resources/ of the checkout fails here.
# Usage: tst_package.sh CPACK BUILD_DIR SOURCE_DIR widgets|headless
# Exit 77 (ctest: skipped) where dpkg-deb is missing (not a Debian system).
set -euo pipefail

cpack=$1
build=$2
source=$3
flavour=$4

fail() {
    echo "tst_package: FAIL: $*" >&2
    exit 1
}

command -v dpkg-deb >/dev/null || { echo "tst_package: dpkg-deb not found; skipped"; exit 77; }

work=$(mktemp -d "${TMPDIR:-/tmp}/genlab-package.XXXXXX")
work=$(cd "$work" && pwd -P)
trap 'rm -rf "$work"' EXIT
started=$SECONDS

# 1. The package.
if ! "$cpack" --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack could not write the package (log above)"
fi
debs=("$work"/out/*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || fail "cpack wrote ${#debs[@]} .deb files in $work/out, expected one"
deb=${debs[0]}
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes (cpack took $((SECONDS - started)) s)"

version=$(dpkg-deb -f "$deb" Version)
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libtorch libopencv-core; do
    [[ $depends == *"$lib"* ]] || fail "Depends does not name $lib: $depends"
done

# 2. Unpacked into a temporary root.
root=$work/root
dpkg-deb -x "$deb" "$root"
expect=(usr/bin/genlab
        usr/share/genlab/help/index.md
        usr/share/doc/genlab-studio/copyright
        usr/share/doc/genlab-studio/changelog.gz
        usr/share/man/man1/genlab.1.gz)
for model in "$source"/resources/models/*/; do
    expect+=("usr/share/genlab/models/$(basename "$model")/config.json")
done
if [[ $flavour == widgets ]]; then
    expect+=(usr/share/applications/genlab.desktop
             usr/share/metainfo/io.genlab.Studio.metainfo.xml
             usr/share/icons/hicolor/scalable/apps/genlab.svg
             usr/share/icons/hicolor/48x48/apps/genlab.png
             usr/share/icons/hicolor/256x256/apps/genlab.png)
fi
for f in "${expect[@]}"; do
    [[ -f $root/$f ]] || fail "the package has no $f"
done
# The binary's private libraries (the window; the engine and the labs), outside ldconfig's folders.
libdir=$(cd "$root" && ls -d usr/lib/*/genlab usr/lib/genlab 2>/dev/null | head -n 1 || true)
for lib in libgenlab_shell.so libgenlab_core.so; do
    [[ -n $libdir && -f $root/$libdir/$lib ]] || fail "the package has no $lib in usr/lib/<arch>/genlab"
done
! dpkg-deb -I "$deb" postinst >/dev/null 2>&1 || fail "the package has a postinst (private libraries need no ldconfig)"

# Debian's and freedesktop's own checkers where they are installed (they are not build
# dependencies: `apt-get install lintian appstream desktop-file-utils` to run them here too).
if command -v lintian >/dev/null; then
    lintian --fail-on error "$deb" >"$work/lintian.log" 2>&1 || { cat "$work/lintian.log" >&2; fail "lintian reports errors (above)"; }
    echo "lintian: no errors ($(grep -c '^W:' "$work/lintian.log" || true) warnings)"
else
    echo "lintian: not installed, skipped"
fi
if [[ $flavour == widgets ]]; then
    if command -v appstreamcli >/dev/null; then
        appstreamcli validate --no-net "$root/usr/share/metainfo/io.genlab.Studio.metainfo.xml" >"$work/appstream.log" 2>&1 ||
            { cat "$work/appstream.log" >&2; fail "appstreamcli does not validate the metainfo (above)"; }
        echo "appstreamcli validate: passed"
    else
        echo "appstreamcli: not installed, skipped"
    fi
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$root/usr/share/applications/genlab.desktop" >"$work/desktop.log" 2>&1 ||
            { cat "$work/desktop.log" >&2; fail "desktop-file-validate rejects the desktop entry (above)"; }
        echo "desktop-file-validate: passed"
    fi
fi

# 3. The unpacked binary, headless, with a home of its own (no settings or caches of the user's)
# and none of the variables that point it elsewhere.
run_genlab() {
    env -u GENLAB_MODELS_DIR -u GENLAB_HELP_DIR -u GENLAB_RETRIEVAL_CORPUS \
        HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache" \
        XDG_DATA_HOME="$work/home/.local/share" QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='qt.qpa.*=false' \
        OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}" "$root/usr/bin/genlab" "$@"
}
mkdir -p "$work/home"
cd "$work"

out=$(run_genlab --version) || fail "genlab --version exited with $?"
[[ $out == "genlab $version" ]] || fail "genlab --version printed \"$out\", expected \"genlab $version\""
echo "genlab --version: $out"

# A manual page for every command the binary lists, written from the command's own --help
# (packaging/genmanpages.cmake), so it names the options the binary takes.
commands=$(run_genlab --help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z0-9-]*\) .*/\1/p')
[[ -n $commands ]] || fail "genlab --help listed no commands"
for cmd in $commands; do
    page=$root/usr/share/man/man1/genlab-$cmd.1.gz
    [[ -f $page ]] || fail "the package has no manual page for genlab $cmd"
    zgrep -q '^\.B \\-\\-json' "$page" || fail "the manual page of genlab $cmd does not list --json"
done
zgrep -q 'genlab\\-train (1)' "$root/usr/share/man/man1/genlab.1.gz" || fail "genlab(1) does not refer to genlab-train(1)"
echo "manual pages: genlab(1) and $(wc -w <<<"$commands") commands"

# The demo, step by step, all but its "gan" step: that one trains a DCGAN from nothing (8 s of
# the demo's 10 s on an idle 2-core machine, over a minute when the cores are shared), which says
# nothing about the package; the shipped GAN is sampled instead. A lab that adds a demo step adds
# its name here.
demo_started=$SECONDS
for step in compute data latent text diffusion masked retrieval; do
    if ! run_genlab demo --only "$step" --out "$work/demo" >"$work/demo.log" 2>&1; then
        cat "$work/demo.log" >&2
        fail "genlab demo --only $step failed (log above)"
    fi
    [[ -f $work/demo/summary.txt ]] || fail "genlab demo --only $step wrote no summary.txt"
    grep -q '^\[ok\]' "$work/demo/summary.txt" || fail "genlab demo --only $step ran no step (was it renamed?)"
    if grep -q '^\[failed\]' "$work/demo/summary.txt"; then
        cat "$work/demo/summary.txt" >&2
        fail "the demo step $step failed"
    fi
done
run_genlab sample --model gan-digits --out "$work/demo/gan-samples.png" >"$work/sample.log" 2>&1 ||
    { cat "$work/sample.log" >&2; fail "genlab sample --model gan-digits failed (log above)"; }
echo "genlab demo (every step but gan) and sample --model gan-digits: $((SECONDS - demo_started)) s"

# The studio as the menu starts it (no command), told to render one lab and exit (about 3 s).
if [[ $flavour == widgets ]]; then
    run_genlab --lab latent --screenshot "$work/latent.png" >"$work/studio.log" 2>&1 ||
        { cat "$work/studio.log" >&2; fail "the unpacked studio did not render the Latent lab (log above)"; }
    [[ -s $work/latent.png ]] || fail "the unpacked studio wrote no screenshot"
    echo "genlab --lab latent --screenshot: rendered"
fi

# The shipped models and help pages came from the unpacked root, not from the checkout.
if leaks=$(grep -rlF "$source/resources" "$work/demo"); then
    fail "demo outputs name the source tree's resources/ instead of the package's share/genlab: $leaks"
fi
grep -qF "$root/usr/share/genlab/help/" "$work/demo/retrieval-search.json" ||
    fail "the retrieval demo did not index the unpacked help pages ($root/usr/share/genlab/help)"
grep -qF "$root/usr/share/genlab/models/" "$work/demo/masked-fill-mask.json" ||
    fail "the masked demo did not load the unpacked model ($root/usr/share/genlab/models)"

echo "tst_package: PASS in $((SECONDS - started)) s"
