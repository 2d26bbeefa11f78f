#!/usr/bin/env bash
# Runs every test of every module, from a fresh machine: PostgreSQL up, face models fetched and verified,
# then the Maven build with all unit, HTTP, database (H2 + PostgreSQL), face-model and UI tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-postgres.sh
scripts/fetch-models.sh
exec ./mvnw -B -ntp verify "$@"
