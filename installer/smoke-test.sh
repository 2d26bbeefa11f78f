#!/usr/bin/env bash
# Starts what installer/package.sh produced and checks that it really runs:
#   - the server tarball, unpacked into a temporary directory: bin/smavs-server on a free port with an
#     empty SMAVS_DATA_DIR until GET /health answers 200, then stopped with SIGTERM;
#   - the shipped etc/smavs.env as it is: the server must refuse to start (exit 2, weak SECRET_KEY);
#   - each app-image under xvfb-run for a few seconds: still running, no stack trace in its output,
#     one screenshot (installer/target/smoke/<app>.png) when ImageMagick's `import` exists.
# Usage: installer/smoke-test.sh [server|kiosk|desktop|all]   (default: all)
# Needs curl and python3 (free port); xvfb-run for the apps. Face models: the server uses
# SMAVS_MODELS_DIR if set, else the default cache; with no models there it runs with SMAVS_FACE_ENABLED=false.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$ROOT/installer/target
SMOKE=$OUT/smoke
APP_SECONDS=${APP_SECONDS:-12}
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)
failures=0
mkdir -p "$SMOKE"

ok() { printf '[smoke] OK   %s\n' "$*"; }
fail() { printf '[smoke] FAIL %s\n' "$*"; failures=$((failures + 1)); }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

smoke_server() {
    local tarball=$OUT/smavs-server-$VERSION.tar.gz
    [[ -f "$tarball" ]] || { fail "server: $tarball missing (run installer/package.sh server)"; return; }
    local dir; dir=$(mktemp -d)
    tar -xzf "$tarball" -C "$dir"
    local home=$dir/smavs-server-$VERSION port data pid start
    port=$(free_port)
    data=$(mktemp -d)
    local models=${SMAVS_MODELS_DIR:-$HOME/.cache/smavs/models} face=true
    [[ -f "$models/fr_detect.onnx" ]] || face=false
    start=$(date +%s.%N)
    env PORT="$port" SMAVS_DATA_DIR="$data" SMAVS_MODELS_DIR="$models" SMAVS_FACE_ENABLED="$face" \
        "$home/bin/smavs-server" >"$SMOKE/server.log" 2>&1 &
    pid=$!
    local health=""
    for _ in $(seq 1 180); do
        if health=$(curl -sf "http://127.0.0.1:$port/health"); then
            break
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    local took; took=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
    if [[ -n "$health" ]]; then
        ok "server: /health after ${took}s: $health"
    else
        fail "server: no /health answer (log: $SMOKE/server.log)"
    fi
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true

    # The shipped sample configuration must not be startable as it is.
    local rc=0
    env -i PATH="$PATH" HOME="$HOME" SMAVS_ENV_FILE="$home/etc/smavs.env" timeout 120 "$home/bin/smavs-server" \
        >"$SMOKE/server-sample-env.log" 2>&1 || rc=$?
    if [[ $rc == 2 ]] && grep -q 'refuses to start in production' "$SMOKE/server-sample-env.log"; then
        ok "server: the sample smavs.env is refused as shipped (exit 2)"
    else
        fail "server: the sample smavs.env exited $rc (expected 2; log: $SMOKE/server-sample-env.log)"
    fi
    rm -rf "$dir" "$data"
}

# smoke_app NAME [app arguments...]
smoke_app() {
    local name=$1; shift
    local launcher=$OUT/app-image/smavs-$name/bin/smavs-$name
    [[ -x "$launcher" ]] || { fail "$name: $launcher missing (run installer/package.sh $name)"; return; }
    command -v xvfb-run >/dev/null || { fail "$name: xvfb-run missing (apt-get install xvfb)"; return; }
    # The apps keep settings and data under the home directory. Java takes user.home from the password
    # database, not from $HOME, so it is overridden through JAVA_TOOL_OPTIONS (honoured by any launcher).
    local home; home=$(mktemp -d)
    local rc=0
    # shellcheck disable=SC2016 # expanded by the inner shell
    HOME=$home XDG_CONFIG_HOME=$home/.config JAVA_TOOL_OPTIONS="-Duser.home=$home" xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
        "$1" "${@:4}" >"$2/$3.log" 2>&1 &
        pid=$!
        sleep "'"$APP_SECONDS"'"
        if ! kill -0 "$pid" 2>/dev/null; then wait "$pid"; exit 10; fi
        if command -v import >/dev/null; then import -window root "$2/$3.png"; fi
        kill "$pid"; wait "$pid" 2>/dev/null || true
    ' smoke "$launcher" "$SMOKE" "$name" "$@" || rc=$?
    if [[ $rc == 10 ]]; then
        fail "$name: exited within ${APP_SECONDS}s (log: $SMOKE/$name.log)"
    elif [[ $rc != 0 ]]; then
        fail "$name: xvfb-run failed with $rc"
    elif grep -qE 'Exception|^\s+at [a-z]' "$SMOKE/$name.log"; then
        fail "$name: stack trace in $SMOKE/$name.log"
    else
        ok "$name: ran ${APP_SECONDS}s without a stack trace; screenshot $SMOKE/$name.png"
    fi
    rm -rf "$home"
}

[[ $# -eq 0 ]] && set -- all
for target in "$@"; do
    case "$target" in
        server) smoke_server ;;
        kiosk) smoke_app kiosk ;;
        desktop) smoke_app desktop ;;
        all) smoke_server; smoke_app kiosk; smoke_app desktop ;;
        *) echo "usage: $0 [server|kiosk|desktop|all]" >&2; exit 2 ;;
    esac
done
if ((failures)); then
    echo "[smoke] $failures check(s) failed" >&2
    exit 1
fi
