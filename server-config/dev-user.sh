#!/usr/bin/env bash
# The run command's development admin: created once with a random password kept in a git-ignored
# file, re-applied to the server on every run (a clean build unpacks a fresh WildFly), printed.
# A third argument names another configuration directory to add it to (a cluster node's); the
# banner's example then uses that node's URL, the fourth argument.
set -euo pipefail
home=${1:?usage: dev-user.sh <wildfly-home> <credentials-file>}
file=${2:?usage: dev-user.sh <wildfly-home> <credentials-file>}
configuration=${3:-$home/standalone/configuration}
url=${4:-http://localhost:8080/courier}
if [ ! -f "$file" ]; then
  password="$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | cut -c1-20)Aa1-"
  (umask 077 && printf 'COURIER_DEV_USER=courier-dev\nCOURIER_DEV_PASSWORD=%s\n' "$password" >"$file")
fi
# shellcheck disable=SC1090
. "$file"
"$home/bin/add-user.sh" -a -sc "$configuration" -u "$COURIER_DEV_USER" -p "$COURIER_DEV_PASSWORD" -g courier-admin >/dev/null
cat <<BANNER
[courier] ------------------------------------------------------------------
[courier] development admin (role courier-admin), kept in $file
[courier]   user:     $COURIER_DEV_USER
[courier]   password: $COURIER_DEV_PASSWORD
[courier]   try: curl -u '$COURIER_DEV_USER:$COURIER_DEV_PASSWORD' $url/api/failed/stats
[courier] ------------------------------------------------------------------
BANNER
