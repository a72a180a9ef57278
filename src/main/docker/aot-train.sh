#!/usr/bin/env sh
# The training run of the Java 25 AOT cache (JEP 483/514/515): starts the packaged application with
# -XX:AOTCacheOutput, waits until it has started, lets it serve a few requests, and stops it; the JVM writes the cache
# as it exits. Used by src/main/docker/Dockerfile.jvm at image build, against a scratch database (the application
# needs one at start). The cache fits only the JVM build and the class path it was made with: make it with the JVM of
# the image, from the same quarkus-app directory.
#
#   aot-train.sh <quarkus-app directory> <cache file> [java options...]
set -eu
app=$1
cache=$2
shift 2
port=${AOT_TRAINING_PORT:-8099}
# Without an identity provider at image build, the OIDC resource server is given a public key nobody can sign for
# (its private half was thrown away when it was made), unless the environment names one.
if [ -z "${QUARKUS_OIDC_AUTH_SERVER_URL:-}${QUARKUS_OIDC_PUBLIC_KEY:-}" ]; then
  export QUARKUS_OIDC_PUBLIC_KEY=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA1G76JrPSaI2PUsBiQp71QDMhMcpZ6FSn07hbKZwObW+V3/3nE29D33u/UY8Au870+C/G7fSWWxoqhFxjwB20lOnSZ34bzdObKWvB0XHWuKFG1OGSuwV0pp739o6xf7dYQ+CfTEHvXug+P2xVgnPqRakh+Q59/YDC22tCwvGRYBSnFEHp8u+8Oim/XNOOPzonvHIPBfgvAWEqm63sGB4ae2Yfq8S0YUeqMrR4xTQlif6798QISTQY4PjLApLBwT+fr8JPK50ilay9699wVadMX9Hp9E/r8m/LcTjUlIbqVtEd/HdfEirYiX834QPth5ZhqEBG3TWnTPyLn8wkN9RnSwIDAQAB
  export QUARKUS_OIDC_TOKEN_ISSUER=https://aot-training.invalid
fi
log=${AOT_TRAINING_LOG:-/tmp/aot-training.log}
"${JAVA:-java}" -XX:AOTCacheOutput="$cache" "$@" -Dquarkus.http.port="$port" -jar "$app/quarkus-run.jar" > "$log" 2>&1 &
pid=$!
tries=0
until grep -q 'started in' "$log"; do
  tries=$((tries + 1))
  if [ "$tries" -gt 600 ] || ! kill -0 "$pid" 2>/dev/null; then
    cat "$log" >&2
    echo "the training run did not start" >&2
    exit 1
  fi
  sleep 0.2
done
# requests that need no database (the image is built without one): the HTTP, JSON and problem paths
if command -v curl >/dev/null 2>&1; then
  for path in /q/health/live /q/health/ready /api/v1/categories /api/v1/me /q/openapi; do
    curl -s -o /dev/null "http://localhost:$port$path" || true
  done
fi
kill -TERM "$pid"
wait "$pid" || true
test -s "$cache"
