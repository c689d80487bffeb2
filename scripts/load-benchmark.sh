#!/usr/bin/env bash
# Sustained-load benchmark (README, "Benchmarks"): one node at -Xmx768m on MariaDB with screening on, RATE
# submissions of 300-word posts per second for MINUTES after a minute of warm-up; prints submit -> review task
# visible p50/p95, throughput, CPU and live heap after a full GC (io.postgate.load.SustainedLoadBenchmark).
#
#   scripts/load-benchmark.sh RATE MINUTES [database]     e.g. scripts/load-benchmark.sh 2 10
#
# Same requirements and switches as scripts/crash-test.sh (CRASH_SKIP_BUILD, MAVEN_OFFLINE, CRASH_DB_USER); the
# database (default postgate_cluster) is dropped and created again; the node listens on 18091.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC

rate="${1:?usage: scripts/load-benchmark.sh RATE MINUTES [database]}"
minutes="${2:?usage: scripts/load-benchmark.sh RATE MINUTES [database]}"
database="${3:-postgate_cluster}"
user="${CRASH_DB_USER:-root}"
work="backend/target/load-benchmark"

. scripts/lib/prepare-run.sh

java -Xmx512m -cp "$classpath" io.postgate.load.SustainedLoadBenchmark "$rate" "$minutes" "$work/postgate.jar" \
  "jdbc:mysql://127.0.0.1:3306/$database" "$user" "$work"
