# Shared by scripts/run and scripts/test: install what is missing, configure, build.
# Sourced, not run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${SPENDLENS_BUILD_DIR:-$ROOT/build}"

spendlens_setup() {
    "$ROOT/scripts/setup"
}

spendlens_build() {
    local dir="$1"; shift
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
    fi
    # Two cores: ninja's default parallelism (cores + 2) is right here.
    cmake --build "$dir"
}
