#!/usr/bin/env bash
# Runs SMAVS for trying it out: the server on the embedded H2 database in ./data, with demo accounts,
# a demo course and room. Face models are fetched (and checksum-verified) into ~/.cache/smavs/models.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/fetch-models.sh
./mvnw -B -ntp -q -DskipTests -pl server -am install
export SMAVS_DATA_DIR="${SMAVS_DATA_DIR:-./data}"
export PORT="${PORT:-8000}"
exec java -cp "server/target/classes:server/target/lib/*" org.smavs.server.ServerMain
