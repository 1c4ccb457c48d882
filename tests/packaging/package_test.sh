#!/usr/bin/env bash
# The desktop integration and the .deb, checked the way a user's machine will see them.
#   package_test.sh --source DIR --build DIR --work DIR --version V --cmake CMAKE --cpack CPACK CHECK
# CHECK is one of:
#   metadata  the desktop file, AppStream metainfo, MIME type and icon validate and agree
#   install   `cmake --install` into a fresh prefix (with a space in it) gives exactly the
#             expected files, and the installed binary runs
#   deb       cpack builds the .deb; it holds the files, the Qt 6 dependencies, and a binary that runs
# A missing tool fails the check with the Debian package to install (scripts/packages.txt lists them).
set -euo pipefail

usage() {
    echo "usage: $0 --source DIR --build DIR --work DIR --version V --cmake CMAKE --cpack CPACK metadata|install|deb" >&2
    exit 2
}

SOURCE='' BUILD='' WORK='' VERSION='' CMAKE='' CPACK='' CHECK=''
while [ $# -gt 0 ]; do
    case "$1" in
        --source) SOURCE="$2"; shift 2 ;;
        --build) BUILD="$2"; shift 2 ;;
        --work) WORK="$2"; shift 2 ;;
        --version) VERSION="$2"; shift 2 ;;
        --cmake) CMAKE="$2"; shift 2 ;;
        --cpack) CPACK="$2"; shift 2 ;;
        metadata|install|deb) CHECK="$1"; shift ;;
        *) usage ;;
    esac
done
for required in "$SOURCE" "$BUILD" "$WORK" "$VERSION" "$CMAKE" "$CPACK" "$CHECK"; do
    [ -n "$required" ] || usage
done

DESKTOP_ID=spendlens.desktop
METAINFO_ID=io.github.spendlens.SpendLens.metainfo.xml
MIME_TYPE=application/x-spendlens
# Every file an install puts down, relative to the prefix.
EXPECTED_FILES="bin/spendlens
share/applications/$DESKTOP_ID
share/doc/spendlens/README.md
share/icons/hicolor/scalable/apps/spendlens.svg
share/metainfo/$METAINFO_ID
share/mime/packages/spendlens.xml"

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
ok() {
    echo "ok: $*"
}
finish() {
    if [ "$failures" -gt 0 ]; then
        echo "$CHECK: $failures check(s) failed" >&2
        exit 1
    fi
    echo "$CHECK: all checks passed"
}

# need TOOL DEBIAN-PACKAGE: stop here, naming the package, if TOOL is missing.
need() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "FAIL: '$1' is not installed: install the Debian package '$2' (apt-get install $2;" \
             "it is listed in scripts/packages.txt, which scripts/setup installs)" >&2
        exit 1
    fi
}

# The value of KEY in the [Desktop Entry] group of a desktop file.
desktop_value() {
    sed -n "/^\[Desktop Entry\]/,/^\[/{s/^$2=//p}" "$1" | head -n1
}

# runs_version BINARY: the binary starts and reports this project's version.
runs_version() {
    local out
    if ! out="$("$1" --version 2>&1)"; then
        fail "$1 --version exited with an error: $out"
    elif [ "$out" != "spendlens $VERSION" ]; then
        fail "$1 --version printed '$out', expected 'spendlens $VERSION'"
    else
        ok "$1 --version: $out"
    fi
}

check_metadata() {
    local desktop="$SOURCE/resources/desktop/$DESKTOP_ID"
    local metainfo="$SOURCE/resources/desktop/$METAINFO_ID"
    local mime="$SOURCE/resources/desktop/spendlens-mime.xml"
    local icon="$SOURCE/resources/icons/spendlens.svg"
    need desktop-file-validate desktop-file-utils
    need appstreamcli appstream
    need update-mime-database shared-mime-info
    need rsvg-convert librsvg2-bin

    # desktop-file-validate exits 0 on warnings and hints (such as "no registered main category",
    # which hides the app in a catch-all menu): any output fails.
    local out
    if ! out="$(desktop-file-validate "$desktop" 2>&1)" || [ -n "$out" ]; then
        fail "desktop-file-validate $desktop:"$'\n'"$out"
    else
        ok "desktop-file-validate $DESKTOP_ID: no errors, warnings or hints"
    fi

    # --strict: any error, warning or info fails; pedantic hints do not.
    if ! out="$(appstreamcli validate --no-net --strict "$metainfo" 2>&1)"; then
        fail "appstreamcli validate --no-net --strict $metainfo:"$'\n'"$out"
    else
        ok "appstreamcli validate $METAINFO_ID: $(tail -n1 <<<"$out")"
    fi

    # The desktop file, the metainfo and the MIME package name the same things.
    local exec icon_name mimetypes launchable
    exec="$(desktop_value "$desktop" Exec)"
    icon_name="$(desktop_value "$desktop" Icon)"
    mimetypes="$(desktop_value "$desktop" MimeType)"
    [ "${exec%% *}" = spendlens ] || fail "$DESKTOP_ID: Exec=$exec does not start the installed 'spendlens'"
    [ "$icon_name" = "$(basename "$icon" .svg)" ] ||
        fail "$DESKTOP_ID: Icon=$icon_name, but the icon installed is $(basename "$icon" .svg)"
    [[ ";$mimetypes" == *";$MIME_TYPE;"* ]] || fail "$DESKTOP_ID: MimeType=$mimetypes lacks $MIME_TYPE;"
    launchable="$(sed -n 's:.*<launchable type="desktop-id">\(.*\)</launchable>.*:\1:p' "$metainfo")"
    [ "$launchable" = "$DESKTOP_ID" ] || fail "$METAINFO_ID: launchable '$launchable' is not $DESKTOP_ID"
    grep -q "<mediatype>$MIME_TYPE</mediatype>" "$metainfo" ||
        fail "$METAINFO_ID: provides no <mediatype>$MIME_TYPE</mediatype>"
    grep -q '<binary>spendlens</binary>' "$metainfo" || fail "$METAINFO_ID: provides no <binary>spendlens</binary>"

    # The MIME package compiles, and the database it makes maps *.spendlens to our type.
    # (XDG_DATA_DIRS names the scratch tree, else update-mime-database notes that nothing reads it.)
    local mimedir="$WORK/metadata-share/mime"
    rm -rf "$WORK/metadata-share"
    mkdir -p "$mimedir/packages"
    cp "$mime" "$mimedir/packages/spendlens.xml"
    if ! out="$(XDG_DATA_DIRS="$WORK/metadata-share" update-mime-database "$mimedir" 2>&1)" || [ -n "$out" ]; then
        fail "update-mime-database on spendlens-mime.xml:"$'\n'"$out"
    elif ! grep -qx "[0-9]*:$MIME_TYPE:\*\.spendlens" "$mimedir/globs2"; then
        fail "the MIME database built from spendlens-mime.xml does not map *.spendlens to $MIME_TYPE:"$'\n'"$(cat "$mimedir/globs2")"
    else
        ok "spendlens-mime.xml maps *.spendlens to $MIME_TYPE"
    fi

    # The icon is a square SVG that renders.
    grep -q 'viewBox="0 0 256 256"' "$icon" || fail "spendlens.svg: no viewBox=\"0 0 256 256\""
    if ! out="$(rsvg-convert -w 48 -h 48 "$icon" -o "$WORK/icon-48.png" 2>&1)" || [ ! -s "$WORK/icon-48.png" ]; then
        fail "rsvg-convert could not render spendlens.svg: $out"
    else
        ok "spendlens.svg renders at 48x48"
    fi
}

# check_tree ROOT: ROOT holds exactly EXPECTED_FILES, each source file unchanged.
check_tree() {
    local root="$1" actual
    actual="$(cd "$root" && find . \( -type f -o -type l \) | sed 's:^\./::' | LC_ALL=C sort)"
    if [ "$actual" != "$EXPECTED_FILES" ]; then
        fail "files under $root differ from the expected set:"$'\n'"$(diff <(echo "$EXPECTED_FILES") <(echo "$actual") || true)"
    else
        ok "$root holds exactly: $(tr '\n' ' ' <<<"$EXPECTED_FILES")"
    fi
    [ -x "$root/bin/spendlens" ] || fail "$root/bin/spendlens is not executable"
    local pair installed source
    for pair in "share/applications/$DESKTOP_ID:resources/desktop/$DESKTOP_ID" \
                "share/metainfo/$METAINFO_ID:resources/desktop/$METAINFO_ID" \
                "share/mime/packages/spendlens.xml:resources/desktop/spendlens-mime.xml" \
                "share/icons/hicolor/scalable/apps/spendlens.svg:resources/icons/spendlens.svg" \
                "share/doc/spendlens/README.md:README.md"; do
        installed="$root/${pair%%:*}" source="$SOURCE/${pair#*:}"
        [ ! -f "$installed" ] || cmp -s "$installed" "$source" || fail "$installed differs from $source"
    done
}

check_install() {
    # A prefix with a space in it: `--prefix ANY` must work, not only /usr and /usr/local.
    local prefix="$WORK/install root/opt/spendlens"
    rm -rf "$WORK/install root"
    local out
    if ! out="$("$CMAKE" --install "$BUILD" --prefix "$prefix" 2>&1)"; then
        fail "cmake --install $BUILD --prefix '$prefix':"$'\n'"$out"
        finish
    fi
    ok "cmake --install --prefix '$prefix'"
    check_tree "$prefix"
    runs_version "$prefix/bin/spendlens"
    # As a software centre reads the tree: the metainfo finds its desktop file and icon.
    need appstreamcli appstream
    if ! out="$(appstreamcli validate-tree --no-net --strict "$prefix" 2>&1)"; then
        fail "appstreamcli validate-tree --no-net --strict '$prefix':"$'\n'"$out"
    else
        ok "appstreamcli validate-tree: $(tail -n1 <<<"$out")"
    fi
}

check_deb() {
    need dpkg-deb dpkg
    # Without these CPack still makes a .deb, silently without its library dependencies.
    need dpkg-shlibdeps dpkg-dev
    need file file
    local config="$BUILD/CPackConfig.cmake"
    if [ ! -f "$config" ]; then
        fail "$config is missing: the top-level CMakeLists.txt must include(cmake/packaging.cmake)"
        finish
    fi
    local outdir="$WORK/deb"
    rm -rf "$outdir"
    local out
    if ! out="$("$CPACK" --config "$config" -G DEB -B "$outdir" 2>&1)"; then
        fail "cpack -G DEB:"$'\n'"$out"
        finish
    fi
    local deb
    deb="$outdir/spendlens_${VERSION}_$(dpkg --print-architecture).deb"
    if [ ! -f "$deb" ]; then
        fail "cpack made no $deb; it made: $(ls "$outdir")"
        finish
    fi
    ok "cpack built $(basename "$deb")"

    # Control fields.
    local field expected value
    for field in Package Version Architecture Maintainer Section Depends Description; do
        value="$(dpkg-deb -f "$deb" "$field")"
        [ -n "$value" ] || fail "$(basename "$deb"): no $field field"
    done
    [ "$(dpkg-deb -f "$deb" Package)" = spendlens ] || fail "Package is '$(dpkg-deb -f "$deb" Package)', not spendlens"
    [ "$(dpkg-deb -f "$deb" Version)" = "$VERSION" ] || fail "Version is '$(dpkg-deb -f "$deb" Version)', not $VERSION"
    local depends
    depends="$(dpkg-deb -f "$deb" Depends)"
    # The libraries the binary links (computed by dpkg-shlibdeps) and the chart font.
    for expected in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6svg6 libstdc++6 fonts-dejavu-core; do
        [[ ", $depends," == *", $expected "* || ", $depends," == *", $expected,"* ]] ||
            fail "Depends lacks $expected: $depends"
    done
    ok "Depends: $depends"

    # Contents: the tree, under /usr, owned by root.
    local listing
    listing="$(dpkg-deb -c "$deb")"
    local rel
    while read -r rel; do
        grep -qE " \./usr/$rel\$" <<<"$listing" || fail "$(basename "$deb") does not contain /usr/$rel"
    done <<<"$EXPECTED_FILES"
    grep -qE '^-rwxr-xr-x root/root .* \./usr/bin/spendlens$' <<<"$listing" ||
        fail "/usr/bin/spendlens in the package is not an executable owned by root:"$'\n'"$(grep bin/spendlens <<<"$listing")"
    ok "$(basename "$deb") contents:"$'\n'"$listing"

    # Unpacked, the tree is exactly the install, and the (stripped) binary still starts.
    local root="$outdir/unpacked"
    dpkg-deb -x "$deb" "$root"
    check_tree "$root/usr"
    runs_version "$root/usr/bin/spendlens"
}

mkdir -p "$WORK"
case "$CHECK" in
    metadata) check_metadata ;;
    install) check_install ;;
    deb) check_deb ;;
esac
finish
