#!/usr/bin/env bash
# packages_test.sh CMAKECACHE PACKAGES_TXT [EXPECT_MISSING]
# Every CMake package config the configure step read (each *_DIR entry of CMakeCache.txt that holds
# a *Config.cmake or *-config.cmake) must come from a Debian package that scripts/packages.txt
# installs: listed there, or pulled in by the Pre-Depends/Depends of a listed one. Otherwise a
# machine that happens to have the package passes and a clean one fails to configure (as
# libqt6opengl6-dev did for Qt6Charts). With EXPECT_MISSING, the check is run against the list
# without that package and must name it: the test proves it can fail.
set -uo pipefail
cache=${1:?usage: packages_test.sh CMAKECACHE PACKAGES_TXT [EXPECT_MISSING]}
list=${2:?usage: packages_test.sh CMAKECACHE PACKAGES_TXT [EXPECT_MISSING]}
drop=${3:-}

mapfile -t listed < <(grep -vE '^\s*(#|$)' "$list" | awk '{print $1}' | grep -vxF "${drop:-\$none}")
[ ${#listed[@]} -gt 0 ] || { echo "FAIL: $list lists no package"; exit 1; }

# What installing the list brings: the listed packages and their dependency closure (installed
# ones: the set-up script has installed the list before the build that made this cache).
closure=$(apt-cache depends --recurse --installed --no-recommends --no-suggests --no-conflicts \
    --no-breaks --no-replaces --no-enhances "${listed[@]}" 2>/dev/null | grep -vE '^\s' | sed 's/:.*//' | sort -u)
[ -n "$closure" ] || { echo "FAIL: apt-cache found none of the listed packages installed"; exit 1; }

checked=0
missing=()
while IFS= read -r dir; do
    [ -d "$dir" ] || continue
    config=$(ls "$dir"/*Config.cmake "$dir"/*-config.cmake 2>/dev/null | head -1)
    [ -n "$config" ] || continue
    checked=$((checked + 1))
    owner=$(dpkg -S "$(readlink -f "$config")" 2>/dev/null | head -1 | cut -d: -f1)
    if [ -z "$owner" ]; then
        missing+=("$(basename "$config") (in no Debian package: a clean machine cannot have it)")
    elif ! grep -qxF "$owner" <<<"$closure"; then
        missing+=("$owner (for $(basename "$config"))")
    fi
done < <(grep -E '^[A-Za-z0-9_]+_DIR:PATH=/' "$cache" | cut -d= -f2- | sort -u)

# The build reads Qt6 and GTest at least: finding fewer configs means this test looked in the wrong place.
if [ "$checked" -lt 2 ]; then
    echo "FAIL: only $checked package config(s) found through $cache"
    exit 1
fi
if [ -n "$drop" ]; then
    printf '%s\n' "${missing[@]}" | grep -q "^$drop " && {
        echo "without $drop the check names it: ${missing[*]}"; exit 0; }
    echo "FAIL: with $drop left out of the list, the check did not name it (found: ${missing[*]:-nothing})"
    exit 1
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "FAIL: the build reads CMake package configs that scripts/packages.txt does not install:"
    printf '  %s\n' "${missing[@]}"
    echo "Add the package to scripts/packages.txt."
    exit 1
fi
echo "all $checked CMake package configs the build read come from packages that $list installs"
