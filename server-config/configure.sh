#!/usr/bin/env bash
# Applies every CLI script of src/main/cli, in name order, to an unpacked WildFly, offline.
# Each script guards its own changes, so running this twice leaves the server as it was.
# The database driver follows COURIER_DB_URL at the time this runs (see 30-datasource.cli).
set -euo pipefail
home=${1:?usage: configure.sh <wildfly-home>}
here=$(cd "$(dirname "$0")" && pwd)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for script in "$here"/src/main/cli/*.cli; do
  echo "[courier] applying $(basename "$script")"
  if ! "$home/bin/jboss-cli.sh" --file="$script" >"$log" 2>&1; then
    cat "$log"
    echo "[courier] $(basename "$script") failed" >&2
    exit 1
  fi
done
