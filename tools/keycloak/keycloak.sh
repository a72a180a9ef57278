#!/usr/bin/env bash
# A local Keycloak with the ESIA-like realm of src/main/keycloak/otklik-realm.json, without Docker: for dev mode and
# for the end-to-end tests.
#
#   tools/keycloak/keycloak.sh start    unpack Keycloak (once, from Maven Central through ./mvnw), start it in the
#                                       background with a fresh import of the realm, wait until it is ready and print
#                                       the issuer URL (already running: just print it)
#   tools/keycloak/keycloak.sh stop     stop it
#   tools/keycloak/keycloak.sh status   print the issuer and exit 0 when it is running, exit 1 when not
#
# Environment: KEYCLOAK_PORT (8180), KEYCLOAK_MANAGEMENT_PORT (9180, health), KEYCLOAK_JAVA_HOME (a JDK 21 or newer;
# otherwise the first one found in JAVA_HOME or /usr/lib/jvm), KEYCLOAK_START_TIMEOUT (seconds, 600).
# Nothing survives a restart: every start imports the realm anew into an empty development database.
# Dev-only credentials: master realm admin admin/admin; every sample user's password is "otklik".
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VERSION=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$ROOT/pom.xml")
KC_HOME=$ROOT/target/keycloak/keycloak-$VERSION
RUN=$ROOT/target/keycloak/run
REALM_FILE=$ROOT/src/main/keycloak/otklik-realm.json
REALM=otklik

say() { echo "keycloak: $*" >&2; }

running_pid() {
  [ -f "$RUN/pid" ] || return 1
  local pid
  pid=$(cat "$RUN/pid")
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

issuer() { echo "http://localhost:$(cat "$RUN/port")/realms/$REALM"; }

ready() {
  curl -fsS -o /dev/null "http://localhost:$(cat "$RUN/management-port")/health/ready" 2>/dev/null \
    && curl -fsS -o /dev/null "$(issuer)/.well-known/openid-configuration" 2>/dev/null
}

# Keycloak 26 needs Java 21+, while the project builds on 17: take the first JDK that is new enough.
java_home() {
  local candidate major
  for candidate in "${KEYCLOAK_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$candidate"
      return 0
    fi
  done
  say "no JDK 21 or newer found: set KEYCLOAK_JAVA_HOME"
  return 1
}

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
  if running_pid >/dev/null && ready; then
    issuer
    return 0
  fi
  local port=${KEYCLOAK_PORT:-8180} management_port=${KEYCLOAK_MANAGEMENT_PORT:-9180}
  local timeout=${KEYCLOAK_START_TIMEOUT:-600} jdk
  if running_pid >/dev/null; then
    say "a previous start is still running: stopping it first"
    stop
  fi
  for p in "$port" "$management_port"; do
    if port_taken "$p"; then
      say "port $p is already in use: set KEYCLOAK_PORT / KEYCLOAK_MANAGEMENT_PORT"
      return 1
    fi
  done
  if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
    say "unpacking Keycloak $VERSION (org.keycloak:keycloak-quarkus-dist, ~180 MB on the first download)"
    (cd "$ROOT" && ./mvnw -B -q dependency:unpack@keycloak -DskipITs=false) >&2
  fi
  jdk=$(java_home)
  mkdir -p "$RUN"
  rm -rf "$KC_HOME/data"
  mkdir -p "$KC_HOME/data/import"
  cp "$REALM_FILE" "$KC_HOME/data/import/"
  echo "$port" >"$RUN/port"
  echo "$management_port" >"$RUN/management-port"
  say "starting Keycloak $VERSION on port $port (log: $RUN/keycloak.log)"
  # its own session, so that stop ends Keycloak and any helper process of kc.sh together
  JAVA_HOME=$jdk KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx768m" \
    setsid "$KC_HOME/bin/kc.sh" start-dev \
    --http-port="$port" --http-management-port="$management_port" \
    --hostname="http://localhost:$port" --health-enabled=true --import-realm \
    </dev/null >"$RUN/keycloak.log" 2>&1 &
  echo $! >"$RUN/pid"
  local waited=0
  until ready; do
    if ! running_pid >/dev/null; then
      say "Keycloak stopped while starting; the end of its log:"
      tail -n 40 "$RUN/keycloak.log" >&2
      return 1
    fi
    if [ "$waited" -ge "$timeout" ]; then
      say "not ready after ${timeout}s; the end of its log:"
      tail -n 40 "$RUN/keycloak.log" >&2
      stop
      return 1
    fi
    sleep 2
    waited=$((waited + 2))
  done
  say "ready after ${waited}s"
  issuer
}

stop() {
  local pid waited=0
  if ! pid=$(running_pid); then
    rm -f "$RUN/pid"
    say "not running"
    return 0
  fi
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$waited" -ge 30 ]; then
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
      break
    fi
    sleep 1
    waited=$((waited + 1))
  done
  rm -f "$RUN/pid"
  say "stopped"
}

status() {
  if running_pid >/dev/null && ready; then
    issuer
  else
    say "not running"
    return 1
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
