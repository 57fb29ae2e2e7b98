#!/usr/bin/env bash
# A standalone ActiveMQ Artemis primary/backup pair on this machine, sharing one store
# (docs/scale-out.md says why shared store): the Courier nodes of a scale-out connect to it.
#
#   pair.sh start [primary|backup]   create what is missing, start (both by default), wait until ready
#   pair.sh stop  [primary|backup]   stop (both by default)
#   pair.sh kill  primary|backup     kill -9, for the failover tests
#   pair.sh status                   which broker runs, with its pid and ports
#   pair.sh port  primary|backup core|amqp   the port a broker listens on
#
# The distribution comes from Maven Central (org.apache.activemq:apache-artemis:<version>:tar.gz:bin)
# into server-config/target/artemis; the instances, their shared store and their logs live in
# COURIER_PAIR_DIR (server-config/target/broker-pair unless set). Ports: primary core
# COURIER_BROKER_PORT (61716) and AMQP COURIER_BROKER_AMQP_PORT (5690); the backup's are each 100
# higher. The nodes' user is courier-node; its password is COURIER_BROKER_PASSWORD, else one made on
# the first start and kept in $COURIER_PAIR_DIR/node-password.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../processes.sh
. "$here/../processes.sh"
version=${COURIER_ARTEMIS_VERSION:-2.40.0}
dist_root=$here/../target/artemis
dist=$dist_root/apache-artemis-$version
pair=${COURIER_PAIR_DIR:-$here/../target/broker-pair}
core_port=${COURIER_BROKER_PORT:-61716}
amqp_port=${COURIER_BROKER_AMQP_PORT:-5690}

port_of() { # role kind
  local base=$core_port
  [ "$2" = amqp ] && base=$amqp_port
  [ "$1" = backup ] && base=$((base + 100))
  echo "$base"
}

fetch_distribution() {
  [ -x "$dist/bin/artemis" ] && return
  mkdir -p "$dist_root"
  mvn -q dependency:copy -Dartifact="org.apache.activemq:apache-artemis:$version:tar.gz:bin" \
    -DoutputDirectory="$dist_root"
  tar xzf "$dist_root/apache-artemis-$version-bin.tar.gz" -C "$dist_root"
}

node_password() {
  if [ -n "${COURIER_BROKER_PASSWORD:-}" ]; then
    echo "$COURIER_BROKER_PASSWORD"
    return
  fi
  if [ ! -s "$pair/node-password" ]; then
    mkdir -p "$pair"
    head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$pair/node-password"
  fi
  cat "$pair/node-password"
}

create() { # role
  local role=$1 other=primary
  [ "$role" = primary ] && other=backup
  [ -f "$pair/$role/etc/broker.xml" ] && return
  local ha=()
  [ "$role" = backup ] && ha=(--backup)
  local offset=$(($(port_of "$role" core) - 61616))
  "$dist/bin/artemis" create "$pair/$role" --silent --name "courier-$role" --host 127.0.0.1 \
    --port-offset "$offset" --user courier-node --password "$(node_password)" --role courier-node \
    --require-login --shared-store "${ha[@]}" --failover-on-shutdown --data "$pair/shared" \
    --clustered --cluster-user courier-cluster --cluster-password "$(node_password)" \
    --static-cluster "tcp://127.0.0.1:$(port_of "$other" core)" \
    --no-web --no-stomp-acceptor --no-hornetq-acceptor --no-mqtt-acceptor >"$pair/$role.create.log"
  # The AMQP acceptor takes its port from the offset too; Courier's is set apart from Artemis's
  # 5672 (+offset) so that it never meets another AMQP broker on this machine.
  sed -i "s#tcp://127.0.0.1:$((5672 + offset))?#tcp://127.0.0.1:$(port_of "$role" amqp)?#" \
    "$pair/$role/etc/broker.xml"
  cp "$here/courier.properties" "$pair/$role/etc/broker.properties"
}

pid_of() { # role -> pid if running
  running_pid "$pair" "$1"
}

start_one() { # role
  local role=$1
  if [ -n "$(pid_of "$role")" ]; then
    echo "[pair] $role already runs (pid $(pid_of "$role"))"
    return
  fi
  create "$role"
  : >"$pair/$role.log"
  nohup "$pair/$role/bin/artemis" run >"$pair/$role.log" 2>&1 &
  echo $! >"$pair/$role.pid"
}

# Ready: the broker that holds the store is active; the other waits for it as a backup.
wait_ready() { # role
  await_ready pair "$pair" "$1" 120 grep -qE 'AMQ221007|AMQ221109' "$pair/$1.log"
}

# One broker active, the other (when it runs) its backup: after a failback the broker that had
# taken over steps back, a moment after the primary is active again.
wait_settled() {
  local deadline=$((SECONDS + 60))
  while [ "$(role_now primary)" = active ] && [ -n "$(pid_of backup)" ] \
    && [ "$(role_now backup)" = active ]; do
    if [ $SECONDS -gt $deadline ]; then
      echo "[pair] both brokers say they are active; see $pair/*.log" >&2
      exit 1
    fi
    sleep 1
  done
}

roles() { # [role] -> the roles asked for
  if [ -n "${1:-}" ]; then echo "$1"; else echo primary backup; fi
}

# What a running broker is now, from the last role line of its log: active (it holds the store and
# serves clients) or backup (it waits for the store).
role_now() { # role
  local last
  last=$(grep -oE 'AMQ221007|AMQ221010|AMQ221109' "$pair/$1.log" | tail -1)
  case "$last" in
    AMQ221007 | AMQ221010) echo active ;;
    AMQ221109) echo backup ;;
    *) echo starting ;;
  esac
}

status() {
  for role in primary backup; do
    local pid state=stopped
    pid=$(pid_of "$role")
    [ -n "$pid" ] && state="$(role_now "$role") (pid $pid)"
    echo "[pair] $role: $state; core tcp://127.0.0.1:$(port_of "$role" core)," \
      "AMQP amqp://127.0.0.1:$(port_of "$role" amqp)"
  done
}

case "${1:-}" in
  start)
    fetch_distribution
    mkdir -p "$pair"
    for role in $(roles "${2:-}"); do
      start_one "$role"
      wait_ready "$role"
    done
    wait_settled
    status
    ;;
  stop)
    for role in $(roles "${2:-}"); do
      pid=$(pid_of "$role")
      [ -n "$pid" ] || continue
      kill "$pid"
      while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
      rm -f "$pair/$role.pid"
    done
    status
    ;;
  kill)
    pid=$(pid_of "${2:?kill primary|backup}")
    [ -n "$pid" ] && kill -9 "$pid"
    rm -f "$pair/$2.pid"
    ;;
  status) status ;;
  port) port_of "${2:?port primary|backup core|amqp}" "${3:?port primary|backup core|amqp}" ;;
  *)
    sed -n '2,17p' "$0" >&2
    exit 2
    ;;
esac
