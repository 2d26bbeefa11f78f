#!/usr/bin/env bash
# Runs every test of every module, from a fresh machine: PostgreSQL up, face models fetched and verified,
# then the Maven build with all unit, HTTP, database (H2 + PostgreSQL), face-model, fuzz-replay and UI tests,
# then a start of the server with the README's run class path (scripts/smoke-run.sh), then Redocly's lint of the
# served OpenAPI document, and last a bounded (30 s) Jazzer session on the image intake.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-postgres.sh
scripts/fetch-models.sh
./mvnw -B -ntp verify "$@"
scripts/smoke-run.sh
scripts/lint-openapi.sh
scripts/fuzz.sh 1
