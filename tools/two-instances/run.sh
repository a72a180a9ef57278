#!/usr/bin/env bash
# Two instances of the packaged application (prod profile) on one embedded PostgreSQL, with load split across them:
# 200 filings with one Idempotency-Key -> one appeal; 50 parallel ballots of one person -> one ballot; every webhook
# delivery once; a live stream on instance A sees what instance B wrote; SIGTERM to B under load: its readiness goes
# down first, and every filing it accepted is kept (the rest filed again on A with their keys: none lost or doubled). Prints the figures; exits non-zero on any
# violation. Run by .ci/run after ./mvnw -B verify, whose target/quarkus-app it starts (built here if missing).
# Logs of both instances: target/two-instances/instance-{A,B}.log.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  ./mvnw -B -q package -DskipTests
fi
mkdir -p target/two-instances
# the test classpath: the embedded PostgreSQL (zonky), the JDBC driver and Jackson
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/two-instances/classpath.txt
exec java -cp "$(cat target/two-instances/classpath.txt)" tools/two-instances/TwoInstances.java target/quarkus-app/quarkus-run.jar
