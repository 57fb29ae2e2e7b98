#!/usr/bin/env bash
# The AMQP tests drive a real Python client (Qpid Proton). Installs Debian's python3-qpid-proton
# for the system's /usr/bin/python3 when it is missing and this runs as root with apt; otherwise
# says what to install. (The Python package index is not reachable from the build machines.)
set -euo pipefail
if /usr/bin/python3 -c 'import proton' 2>/dev/null; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-qpid-proton >/dev/null
  /usr/bin/python3 -c 'import proton'
  exit 0
fi
echo "The AMQP tests need Qpid Proton for /usr/bin/python3: apt-get install python3-qpid-proton" >&2
exit 1
