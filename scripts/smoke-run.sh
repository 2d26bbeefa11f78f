#!/usr/bin/env bash
# Starts the server exactly as the README's run command does (scripts/run-dev.sh: the shipped class path
# server/target/classes + server/target/lib, H2, demo data) in a throwaway data folder, waits for /health to answer
# "ok" and stops it. Catches what unit tests cannot: a dependency missing from the shipped class path.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
log="$data/server.log"
SMAVS_DATA_DIR="$data" PORT="$port" java -cp "server/target/classes:server/target/lib/*" org.smavs.server.ServerMain \
  > "$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/health" 2>/dev/null | grep -q '"status":"ok"'; then
    echo "smoke-run: the server started with the README's class path and answers /health on port $port"
    exit 0
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    break
  fi
  sleep 1
done
echo "smoke-run: the server did not become healthy; its log:" >&2
tail -40 "$log" >&2
exit 1
