# CPU seconds (user + system) a process, and its JIT compiler threads, have used so far; sourced by the
# benchmark scripts. On a machine shared with other work the wall clock says little on its own, and a
# Payara started minutes ago is still compiling: its compiler competes with the measured work for the
# cores ("0" without a pid).
cpu_seconds() {
  [[ -n ${1:-} ]] && awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat" 2>/dev/null \
    || echo 0
}

# The threads "C1 CompilerThread0", "C2 CompilerThread0", … of a JVM.
jit_seconds() {
  [[ -n ${1:-} ]] || { echo 0; return; }
  cat /proc/"$1"/task/*/stat 2>/dev/null | awk -v hz="$(getconf CLK_TCK)" '
    /\((C1|C2) Compiler/ { sub(/^.*\) /, ""); split($0, f, " "); t += f[12] + f[13] }
    END { printf "%.2f", t / hz }'
}
