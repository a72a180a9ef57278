#!/usr/bin/env bash
# Latency of statistics over a generated year of appeals, against a trivial request, measured in the same run on the
# same server.
#
#   ./mvnw quarkus:dev            # in another terminal (dev mode: the generator and the token issuer exist there only)
#   bench/stats.sh [base-url] [requests] [year]
#
# Loads the year of synthetic appeals first (POST /dev/generated-appeals; a year already loaded is kept). Each figure
# is the median of N sequential requests (after N/5 warm-up requests), and its ratio to the median of the baseline,
# GET /q/health/live, which touches no database. Sequential on purpose: it measures the cost of one request.
set -euo pipefail
BASE=${1:-http://localhost:8080}
N=${2:-50}
YEAR=${3:-$(($(date +%Y) - 1))}
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 2; }
curl -sf -o /dev/null "$BASE/q/health/ready" || { echo "no Otklik at $BASE (start ./mvnw quarkus:dev)" >&2; exit 2; }
loaded=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/dev/generated-appeals?year=$YEAR")
case $loaded in
  200) echo "generated a year of appeals for $YEAR" ;;
  409) echo "the appeals of $YEAR were generated before" ;;
  *) echo "could not generate the appeals of $YEAR (HTTP $loaded)" >&2; exit 2 ;;
esac
MODERATOR=$(curl -sf -H 'Accept: text/plain' "$BASE/dev/tokens/moderator")
OFFICIAL=$(curl -sf -H 'Accept: text/plain' "$BASE/dev/tokens/official")
PERIOD="from=$YEAR-01-01&to=$YEAR-12-31"

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

measure() { # curl arguments...
  for _ in $(seq 1 $((N / 5))); do curl -s -o /dev/null "$@"; done
  for _ in $(seq 1 "$N"); do curl -s -o /dev/null -w '%{time_total}\n' "$@"; done | median
}

baseline=$(measure "$BASE/q/health/live")
printf '%-62s %10s %8s\n' "request (median of $N)" "ms" "ratio"
report() { # name, median seconds
  awk -v n="$1" -v t="$2" -v b="$baseline" 'BEGIN { printf "%-62s %10.2f %8.1f\n", n, t * 1000, t / b }'
}
report "GET /q/health/live (baseline)" "$baseline"
report "summary?year=$YEAR (public)" "$(measure "$BASE/api/v1/stats/appeals/summary?year=$YEAR")"
report "appeals, region, groupBy=topCategory,month (moderator)" \
  "$(measure -H "Authorization: Bearer $MODERATOR" "$BASE/api/v1/stats/appeals?$PERIOD&groupBy=topCategory,month")"
report "appeals, region, groupBy=organisation (public, suppression)" \
  "$(measure "$BASE/api/v1/stats/appeals?$PERIOD&groupBy=organisation")"
report "appeals, own subtree, groupBy=month, CSV (official)" \
  "$(measure -H "Authorization: Bearer $OFFICIAL" -H 'Accept: text/csv' "$BASE/api/v1/stats/appeals?$PERIOD&groupBy=month")"
report "appeals, priority, groupBy=channel (public)" \
  "$(measure "$BASE/api/v1/stats/appeals?$PERIOD&priority=true&groupBy=channel")"
