#!/usr/bin/env bash
# Polls at volume: a poll with 200 000 ballots, its results latency and the ballot throughput, each as a ratio to a
# request that touches no database (GET /q/health/live) in the same run; and the two ways of counting compared in SQL.
#
#   ./mvnw quarkus:dev            # in another terminal; its log says "Database: jdbc:postgresql://localhost:<port>/postgres"
#   PGURL=postgresql://postgres:postgres@localhost:<port>/postgres bench/polls.sh [base-url] [requests] [ballots] [clients]
#
# 1. creates and publishes a poll through the API (SINGLE, MULTIPLE, SCALE, TEXT), then loads 200 000 ballots into it
#    with set-based SQL, stored exactly as the API stores them (participation, counters, sealed text answers);
# 2. results latency: the median of N sequential requests (after N/5 warm-up), anonymous and as the owner (with a random
#    sample of 1000 text answers), against the median of /q/health/live;
# 3. ballot throughput: B ballots of B different residents sent C at a time (curl --parallel) to that one poll,
#    against B health requests sent the same way; every ballot must be answered 201;
# 4. the design decision, in SQL (psql, pgbench): reading results from the counters vs aggregating 200 000 ballots'
#    answer rows, and writing a ballot with counters (the poll row locked, every counter rewritten) vs inserting answer
#    rows. The answer-row variant uses scratch tables that are dropped at the end.
# The poll stays in the dev database (its title says "bench"). Needs curl, psql and pgbench.
set -euo pipefail
BASE=${1:-http://localhost:8080}
N=${2:-200}
BALLOTS=${3:-1000}
CLIENTS=${4:-8}
TOTAL=200000
: "${PGURL:?set PGURL=postgresql://postgres:postgres@localhost:<port>/postgres (the port is in the dev-mode log line Database: jdbc:postgresql://localhost:<port>/postgres)}"
for tool in curl psql pgbench; do command -v $tool >/dev/null || { echo "$tool is needed" >&2; exit 2; }; done
curl -sf -o /dev/null "$BASE/q/health/ready" || { echo "no Otklik at $BASE (start ./mvnw quarkus:dev)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; psql -q "$PGURL" -c "drop table if exists bench_participation, bench_answer" >/dev/null 2>&1 || true' EXIT
sql() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$PGURL" "$@"; }

OFFICIAL=$(curl -sf -H 'Accept: text/plain' "$BASE/dev/tokens/official")
START=$(date -u +%Y-%m-%dT%H:%M:%SZ)
END=$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ 2>/dev/null || date -u -v+30d +%Y-%m-%dT%H:%M:%SZ)
ID=$(curl -sf -H "Authorization: Bearer $OFFICIAL" -H 'Content-Type: application/json' "$BASE/api/v1/polls" -d '{
  "title": "Какой сквер благоустроить (bench)", "startsAt": "'"$START"'", "endsAt": "'"$END"'",
  "audience": {"kind": "OKTMO", "oktmoPrefixes": ["25701"]}, "resultsVisibility": "ALWAYS",
  "questions": [
    {"kind": "SINGLE", "text": "Какой сквер?", "options": ["Кирова", "У драмтеатра", "Сурикова", "Университетский"]},
    {"kind": "MULTIPLE", "text": "Что нужнее?", "required": false, "options": ["Свет", "Скамейки", "Площадка", "Дорожки", "Деревья"], "maxChoices": 3},
    {"kind": "SCALE", "text": "Довольны ли вы?", "required": false, "scaleMin": 1, "scaleMax": 5},
    {"kind": "TEXT", "text": "Предложения", "required": false}]}' | sed 's/^{"id":\([0-9]*\).*/\1/')
curl -sf -o /dev/null -X POST -H "Authorization: Bearer $OFFICIAL" "$BASE/api/v1/polls/$ID/publish"
echo "poll $ID: loading $TOTAL ballots..."

# Every ballot: question 1 always; 2 by 70% (1..3 of its first three options); 3 by 80%; a text by 5%. The same marks feed the counters
# of the real poll and the answer rows of the scratch variant.
sql -v id="$ID" -v total="$TOTAL" <<'SQL'
begin;
create temp table ballot on commit drop as
select n, 1 + floor(random() * 4)::int as square, random() < 0.7 as needs, 1 + floor(random() * 7)::int as need_bits,
       case when random() < 0.8 then 1 + floor(random() * 5)::int end as scale, random() < 0.05 as proposes
from generate_series(1, :total) n;
create temp table mark on commit drop as
select 0 as q, -1 as c from ballot
union all select 1, -1 from ballot
union all select 1, square from ballot
union all select 2, -1 from ballot where needs
union all select 2, o from ballot, generate_series(1, 3) o where needs and need_bits & (1 << (o - 1)) <> 0
union all select 3, -1 from ballot where scale is not null
union all select 3, scale from ballot where scale is not null
union all select 4, -1 from ballot where proposes;
insert into poll_participation (poll_id, voter_oid) select :id, 'bench-' || :id || '-' || n from ballot;
update poll_tally t set votes = m.votes
from (select q, c, count(*) as votes from mark group by q, c) m
where t.poll_id = :id and t.question_id = m.q and t.choice = m.c;
insert into poll_text_answer (poll_id, question_id, answer)
select :id, 4, 'Предложение номер ' || n from ballot where proposes order by random();
-- the other way of counting, for comparison: one row per answer, aggregated when results are read
create table bench_participation (poll_id bigint, voter_oid varchar(64), primary key (poll_id, voter_oid));
create table bench_answer (poll_id bigint not null, question_id integer not null, choice integer not null);
insert into bench_participation select :id, 'bench-' || n from ballot;
insert into bench_answer select :id, q, c from mark where q > 0 and c >= 0;
create index on bench_answer (poll_id, question_id, choice);
commit;
vacuum analyze poll_tally;
vacuum analyze poll_participation;
vacuum analyze bench_answer;
SQL
echo "poll $ID: $(sql -c "select votes from poll_tally where poll_id = $ID and question_id = 0") participants," \
  "$(sql -c "select count(*) from bench_answer where poll_id = $ID") answer rows in the scratch variant"

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
measure() { # curl arguments...
  for _ in $(seq 1 $((N / 5))); do curl -s -o /dev/null "$@"; done
  for _ in $(seq 1 "$N"); do curl -s -o /dev/null -w '%{time_total}\n' "$@"; done | median
}
baseline=$(measure "$BASE/q/health/live")
report() { awk -v n="$1" -v t="$2" -v b="$baseline" 'BEGIN { printf "%-58s %10.2f %8.1f\n", n, t * 1000, t / b }'; }
echo
printf '%-58s %10s %8s\n' "request (median of $N)" "ms" "ratio"
report "GET /q/health/live (baseline)" "$baseline"
report "GET /api/v1/polls/$ID/results (anonymous, $TOTAL ballots)" "$(measure "$BASE/api/v1/polls/$ID/results")"
report "GET …/results (owner: + 1000 random text answers)" "$(measure -H "Authorization: Bearer $OFFICIAL" "$BASE/api/v1/polls/$ID/results")"
report "GET /api/v1/polls/$ID" "$(measure "$BASE/api/v1/polls/$ID")"

# ballot throughput: B residents, each with a token of their own, C ballots at a time
echo
echo "minting $BALLOTS tokens..."
EACH='silent
output = "/dev/null"
write-out = "%{http_code}\n"
'
for i in $(seq 1 "$BALLOTS"); do
  oid=$((3000000000 + RANDOM * 32768 + RANDOM))
  token=$(curl -sf "$BASE/dev/tokens" -H 'Content-Type: application/json' \
    -d '{"urn:esia:sbj_id": "'"$oid$i"'", "trusted": true, "oktmo": "25701000001"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
  # one section per request ("next" between them: options of a curl config otherwise add up)
  [ "$i" -gt 1 ] && echo next | tee -a "$WORK/health.cfg" >> "$WORK/ballots.cfg"
  printf 'url = "%s/api/v1/polls/%s/ballots"\nheader = "Authorization: Bearer %s"\nheader = "Content-Type: application/json"\ndata = "{\\"answers\\": [{\\"questionId\\": 1, \\"optionIds\\": [%d]}, {\\"questionId\\": 3, \\"value\\": %d}]}"\n%s' \
    "$BASE" "$ID" "$token" $((1 + i % 4)) $((1 + i % 5)) "$EACH" >> "$WORK/ballots.cfg"
  printf 'url = "%s/q/health/live"\n%s' "$BASE" "$EACH" >> "$WORK/health.cfg"
done
rate() { # config file → requests per second, and the status codes seen
  local started ended
  started=$(date +%s.%N)
  curl -s --parallel --parallel-max "$CLIENTS" -K "$1" > "$WORK/codes" 2>/dev/null
  ended=$(date +%s.%N)
  awk -v n="$BALLOTS" -v s="$started" -v e="$ended" 'BEGIN { printf "%.1f", n / (e - s) }'
}
health_rate=$(rate "$WORK/health.cfg")
ballot_rate=$(rate "$WORK/ballots.cfg")
codes=$(sort "$WORK/codes" | uniq -c | tr -s ' ' | tr '\n' ';')
printf '%-58s %10s %8s\n' "$BALLOTS requests, $CLIENTS at a time" "per s" "ratio"
printf '%-58s %10s %8s\n' "GET /q/health/live (baseline)" "$health_rate" "1.0"
awk -v r="$ballot_rate" -v b="$health_rate" -v c="$codes" \
  'BEGIN { printf "%-58s %10s %8.2f   (%s)\n", "POST …/ballots (one poll)", r, r / b, c }'

# the design decision in SQL: counters read and written in the ballot's transaction vs answer rows aggregated
echo
echo "counting in SQL (pgbench, 10 s each; $TOTAL ballots in the poll):"
cat > "$WORK/read_counters.sql" <<SQL
select question_id, choice, votes from poll_tally where poll_id = $ID;
SQL
cat > "$WORK/read_rows.sql" <<SQL
select question_id, choice, count(*) from bench_answer where poll_id = $ID group by question_id, choice;
SQL
cat > "$WORK/write_counters.sql" <<SQL
\set voter random(1, 2000000000)
\set square random(1, 4)
begin;
select id from poll where id = $ID for no key update;
insert into poll_participation values ($ID, 'pgbench-' || :client_id || '-' || :voter) on conflict do nothing;
update poll_tally t set votes = t.votes + (select count(*) from unnest(array[0, 1, 1], array[-1, -1, :square]) m(q, c)
                                           where m.q = t.question_id and m.c = t.choice) where t.poll_id = $ID;
commit;
SQL
cat > "$WORK/write_rows.sql" <<SQL
\set voter random(1, 2000000000)
\set square random(1, 4)
begin;
insert into bench_participation values ($ID, 'pgbench-' || :client_id || '-' || :voter) on conflict do nothing;
insert into bench_answer values ($ID, 1, :square);
commit;
SQL
pg() { # script, clients → "tps latency-ms"
  pgbench -n -T 10 -c "$2" -j "$2" -f "$1" "$PGURL" 2>/dev/null \
    | awk '/latency average/ { l = $4 } /^tps/ { t = $3 } END { printf "%8.0f tps %9.2f ms", t, l }'
}
printf '  %-52s %s\n' "results from the counters (1 client)" "$(pg "$WORK/read_counters.sql" 1)"
printf '  %-52s %s\n' "results by aggregating answer rows (1 client)" "$(pg "$WORK/read_rows.sql" 1)"
printf '  %-52s %s\n' "ballot with counters ($CLIENTS clients, one poll)" "$(pg "$WORK/write_counters.sql" "$CLIENTS")"
printf '  %-52s %s\n' "ballot as answer rows ($CLIENTS clients, one poll)" "$(pg "$WORK/write_rows.sql" "$CLIENTS")"
