#!/usr/bin/env bash
# The OpenAPI contract as partners meet it, checked after `./mvnw verify` (which writes the document to target/openapi,
# generates a Java and a TypeScript client from it into target/generated-clients, and runs GeneratedClientIT with the
# Java one): the document lints with Redocly's recommended rules without an error, and the TypeScript client compiles
# as generated. Needs Node.js 20.19+ and npm; both tools are pinned and fetched by npx (into the npm cache).
set -euo pipefail
cd "$(dirname "$0")/../.."

REDOCLY=@redocly/cli@2.77.0
TYPESCRIPT=typescript@5.9.3
SPEC=target/openapi/openapi.yaml
CLIENT=target/generated-clients/typescript

for required in "$SPEC" "$CLIENT/tsconfig.json"; do
  if [ ! -e "$required" ]; then
    echo "$required is missing: run ./mvnw verify first (without -DskipITs)" >&2
    exit 1
  fi
done
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false

echo "== Redocly lint (recommended): errors fail, warnings are listed in the README"
npx --yes "$REDOCLY" lint --extends recommended --format stylish "$SPEC"

echo "== TypeScript client (typescript-fetch) compiles with $TYPESCRIPT"
npx --yes -p "$TYPESCRIPT" tsc -p "$CLIENT/tsconfig.json"
npx --yes -p "$TYPESCRIPT" tsc -p "$CLIENT/tsconfig.esm.json"
echo "OpenAPI contract: OK"
