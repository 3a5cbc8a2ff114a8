#!/usr/bin/env bash
# Speed of search, statistics and open data against a RUNNING portal (it starts nothing): warms each
# endpoint up, then measures it with wrk and prints req/s, p50 and p99. It reports; it gates nothing.
#
#   src/bench/discovery.sh [BASE_URL]        # default http://127.0.0.1:8080 (e.g. after mvn -Prun)
#
# Environment: WARMUP_SECONDS [60] (spread over the endpoints), WRK_DURATION [15s], WRK_THREADS [2],
# WRK_CONNECTIONS [20], QUERY [anticorrupcion].
set -euo pipefail

BASE=${1:-http://127.0.0.1:8080}
BASE=${BASE%/}
WARMUP_SECONDS=${WARMUP_SECONDS:-60}
WRK_DURATION=${WRK_DURATION:-15s}
WRK_THREADS=${WRK_THREADS:-2}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-20}
QUERY=${QUERY:-anticorrupcion}

command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }
curl -fsS -o /dev/null "$BASE/api/v1/ping" || { echo "no portal answering at $BASE" >&2; exit 1; }

ENDPOINTS=(
  "/api/v1/ping"
  "/api/v1/search?q=$QUERY"
  "/api/v1/search?q=gestion%20riesgo%20corrupcion&page=2&size=50"
  "/buscar?q=$QUERY"
  "/api/v1/statistics"
  "/api/v1/statistics?year=2020&type=PAAC"
  "/estadisticas"
  "/api/v1/answers?size=100"
  "/api/v1/datasets/parts.csv"
  "/datos-abiertos"
)

echo "Participa ICETEX — search, statistics and open data at $BASE"
echo "Data: $(curl -fsS "$BASE/api/v1/datasets/consultations.json" | grep -o '"total":[0-9]*' | tail -1) consultations," \
  "$(curl -fsS "$BASE/api/v1/datasets/parts.json" | grep -o '"total":[0-9]*' | tail -1) parts," \
  "$(curl -fsS "$BASE/api/v1/answers?size=1" | grep -o '"total":[0-9]*' | head -1) published answers"

per=$(( WARMUP_SECONDS / ${#ENDPOINTS[@]} ))
(( per < 1 )) && per=1
echo "Warm-up: ${WARMUP_SECONDS}s in all (${per}s per endpoint, not measured)"
for path in "${ENDPOINTS[@]}"; do
  wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${per}s" "$BASE$path" >/dev/null 2>&1 || true
done

printf '\n%-62s %10s %9s %9s %8s\n' "endpoint (wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION)" "req/s" "p50" "p99" "non-2xx"
for path in "${ENDPOINTS[@]}"; do
  out=$(wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" --latency "$BASE$path" 2>&1)
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  bad=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  printf '%-62s %10s %9s %9s %8s\n' "$path" "${rps:-?}" "${p50:-?}" "${p99:-?}" "${bad:-0}"
done
