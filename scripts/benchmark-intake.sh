#!/usr/bin/env bash
# Intake throughput benchmark (not a test): REST API on loopback + embedded PostgreSQL + pgbench ceiling.
# Usage: scripts/benchmark-intake.sh            (options: BENCH_SECONDS=20 BENCH_CLIENTS=1,16,64)
# Results are printed and written to target/benchmark-intake.md. See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
JAVA=java
for candidate in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/*/bin/java; do
  if [ -x "$candidate" ] && "$candidate" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then JAVA="$candidate"; break; fi
done
exec "$JAVA" -Xmx2g ${BENCH_JVM_OPTS:-} -Dbench.seconds="${BENCH_SECONDS:-20}" -Dbench.clients="${BENCH_CLIENTS:-1,16,64}" -Dbench.app-arg="${BENCH_APP_ARG:---meldpunt.bench=true}" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" nl.meldpunt.bench.IntakeLoadBenchmark
