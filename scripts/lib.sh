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

# The sanitizer build (scripts/test --sanitize): clang-14, AddressSanitizer with LeakSanitizer,
# UndefinedBehaviorSanitizer, and the libFuzzer targets, in a directory of its own.
SANITIZE_BUILD_DIR="${SPENDLENS_SANITIZE_BUILD_DIR:-$ROOT/build-sanitize}"
LLVM_BIN=/usr/lib/llvm-14/bin

spendlens_build_sanitize() {
    local dir="$1"
    # Configured once; later runs let ninja (and ccache) redo only what changed. The options
    # are recorded, so a change to them here reconfigures the directory.
    local args=(-G Ninja -DCMAKE_BUILD_TYPE=Debug
        -DCMAKE_CXX_COMPILER="$LLVM_BIN/clang++"
        -DSPENDLENS_SANITIZE=ON -DSPENDLENS_FUZZ=ON)
    if [ ! -f "$dir/build.ninja" ] || [ "$(cat "$dir/.spendlens-configure" 2>/dev/null)" != "${args[*]}" ]; then
        rm -f "$dir/CMakeCache.txt"
        cmake -S "$ROOT" -B "$dir" "${args[@]}" >/dev/null
        echo "${args[*]}" >"$dir/.spendlens-configure"
    fi
    cmake --build "$dir"
}

# Run-time options of the sanitizers: any report fails the test, leaks included; leaks inside
# third-party libraries are suppressed by tests/sanitizers/lsan.supp.
spendlens_sanitizer_env() {
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:symbolize=1:external_symbolizer_path=$LLVM_BIN/llvm-symbolizer"
    export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:report_error_type=1:suppressions=$ROOT/tests/sanitizers/ubsan.supp"
    export ASAN_SYMBOLIZER_PATH="$LLVM_BIN/llvm-symbolizer"
}
