#!/usr/bin/env bash
# Latency of the list pages against a trivial request, measured in the same run on the same server.
#
#   ./mvnw quarkus:dev            # in another terminal (or any running Otklik with the dev token issuer)
#   bench/list-pages.sh [base-url] [requests]
#
# Each figure is the median of N sequential requests (after N/5 warm-up requests), and the ratio
# to the median of the baseline, GET /q/health/live, which touches no database.
# Sequential on purpose: it measures the cost of one page, not the server's throughput.
set -euo pipefail
BASE=${1:-http://localhost:8080}
N=${2:-200}
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 2; }
curl -sf -o /dev/null "$BASE/q/health/ready" || { echo "no Otklik at $BASE (start ./mvnw quarkus:dev)" >&2; exit 2; }
MODERATOR=$(curl -sf -H 'Accept: text/plain' "$BASE/dev/tokens/moderator")

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

measure() { # name, curl arguments...
  local name=$1; shift
  for _ in $(seq 1 $((N / 5))); do curl -s -o /dev/null "$@"; done
  for _ in $(seq 1 "$N"); do curl -s -o /dev/null -w '%{time_total}\n' "$@"; done | median
}

baseline=$(measure baseline "$BASE/q/health/live")
printf '%-44s %10s %8s\n' "request (median of $N)" "ms" "ratio"
report() { # name, median seconds
  awk -v n="$1" -v t="$2" -v b="$baseline" 'BEGIN { printf "%-44s %10.2f %8.1f\n", n, t * 1000, t / b }'
}
report "GET /q/health/live (baseline)" "$baseline"
report "GET /api/v1/organisations" "$(measure a "$BASE/api/v1/organisations")"
report "GET /api/v1/organisations?q=больница" "$(measure b -G "$BASE/api/v1/organisations" --data-urlencode 'q=больница')"
report "GET /api/v1/organisations?oktmo=25701" "$(measure c "$BASE/api/v1/organisations?oktmo=25701")"
report "GET /api/v1/categories (tree)" "$(measure d "$BASE/api/v1/categories")"
report "GET /api/v1/routing" "$(measure e "$BASE/api/v1/routing?category=8&oktmo=25701000001")"
report "GET /api/v1/appeals (moderator, all)" "$(measure f -H "Authorization: Bearer $MODERATOR" "$BASE/api/v1/appeals")"
