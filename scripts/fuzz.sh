#!/usr/bin/env bash
# Fuzzes the image intake with Jazzer: N sessions of 30 s each (default 10), growing the corpus in
# server/.cifuzz-corpus. A finding fails the run and leaves the input under server/src/test/resources/...Inputs.
# Run after a build (./mvnw install -DskipTests or the test command).
set -euo pipefail
cd "$(dirname "$0")/.."
sessions="${1:-10}"
for session in $(seq 1 "$sessions"); do
  echo "fuzz: Jazzer session $session of $sessions (30 s)" >&2
  JAZZER_FUZZ=1 ./mvnw -B -ntp -q -o test -pl server -am -Dtest=ImageIntakeFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
done
