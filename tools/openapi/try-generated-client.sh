#!/usr/bin/env bash
# By hand, as a new partner would: generate a Java client from a running server's /q/openapi with OpenAPI Generator
# 7.25.0, build it with the pom it comes with, and run tools/openapi/Partner.java with it (searchOrganisations, a dev
# token, fileAppeal). Start the server in dev mode first (./mvnw quarkus:dev); the argument is its base URL.
# Everything is written under target/partner-try; Maven Central is reached through the wrapper.
set -euo pipefail
BASE=${1:-http://localhost:8080}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$ROOT/target/partner-try
GENERATOR=7.25.0
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK"

"$ROOT/mvnw" -B -q -f "$ROOT/pom.xml" dependency:copy -Dartifact=org.openapitools:openapi-generator-cli:$GENERATOR \
  -DoutputDirectory="$WORK" -Dmdep.stripVersion=true
curl -sf "$BASE/q/openapi?format=json" -o otklik-openapi.json
java -jar openapi-generator-cli.jar generate -i otklik-openapi.json -g java --library native -o otklik-client-java \
  --additional-properties=invokerPackage=ru.otklik.client,apiPackage=ru.otklik.client.api,modelPackage=ru.otklik.client.model,useJakartaEe=true \
  > generate.log
"$ROOT/mvnw" -B -q -f otklik-client-java/pom.xml package -DskipTests -Dmaven.javadoc.skip=true
"$ROOT/mvnw" -B -q -f otklik-client-java/pom.xml dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" \
  -Dmdep.includeScope=runtime
java -cp "$(ls otklik-client-java/target/*-1.0.jar | grep -v -e sources -e tests):$(cat classpath.txt)" "$ROOT/tools/openapi/Partner.java" "$BASE"
