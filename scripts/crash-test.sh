#!/usr/bin/env bash
# Crash test of a two-node cluster (docs/operations.md): builds the boot jar, creates an empty MariaDB database,
# and runs io.postgate.load.CrashTest: two nodes, a webhook receiver and the load driver with N posts; one node is
# killed with SIGKILL during screening, the other during publishing; then the invariants are checked.
#
#   scripts/crash-test.sh N [database]        e.g. scripts/crash-test.sh 500
#
# Needs MariaDB/MySQL on 127.0.0.1:3306 (user root, no password, or CRASH_DB_USER). The database (default
# postgate_cluster) is dropped and created again. CRASH_KILLS=screening,publishing (default) chooses the kills;
# CRASH_SCREENING=external hands screening to a third process, a screening worker (killed instead of node 1);
# CRASH_SKIP_BUILD=true reuses the jar and test classes already in backend/target (e.g. after ./mvnw verify).
# Exit code 0 when every invariant holds.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC

n="${1:?usage: scripts/crash-test.sh N [database]}"
database="${2:-postgate_cluster}"
user="${CRASH_DB_USER:-root}"
work="backend/target/crash"

. scripts/lib/prepare-run.sh

java -Xmx512m -cp "$classpath" \
  -Dcrash.kills="${CRASH_KILLS:-screening,publishing}" -Dcrash.screening="${CRASH_SCREENING:-embedded}" \
  io.postgate.load.CrashTest "$n" "$work/postgate.jar" "jdbc:mysql://127.0.0.1:3306/$database" "$user" "$work"
