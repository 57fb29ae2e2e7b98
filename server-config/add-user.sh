#!/usr/bin/env bash
# Adds (or updates) a Courier user of the server's application realm; asks for the password.
#   server-config/add-user.sh <wildfly-home> <user> courier-admin|courier-dispatch
set -euo pipefail
home=${1:?usage: add-user.sh <wildfly-home> <user> courier-admin|courier-dispatch}
user=${2:?usage: add-user.sh <wildfly-home> <user> courier-admin|courier-dispatch}
role=${3:?usage: add-user.sh <wildfly-home> <user> courier-admin|courier-dispatch}
case "$role" in
  courier-admin | courier-dispatch) ;;
  *) echo "role must be courier-admin or courier-dispatch, not $role" >&2; exit 2 ;;
esac
read -r -s -p "Password for $user: " password
echo
exec "$home/bin/add-user.sh" -a -u "$user" -p "$password" -g "$role"
