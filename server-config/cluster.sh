#!/usr/bin/env bash
# Courier scaled out on one machine: the broker pair of broker/pair.sh and two WildFly nodes on it,
# sharing one PostgreSQL database (docs/scale-out.md).
#
#   cluster.sh start            build what is missing, start the pair and both nodes, wait, print
#   cluster.sh stop             stop the nodes, then the pair
#   cluster.sh status           what runs, and where it listens
#   cluster.sh kill  node-a|node-b|primary|backup    kill -9 one node or broker (the kill tests)
#   cluster.sh start node-a|node-b|primary|backup    start it again
#
# The nodes are the run command's server (server-config/target/wildfly-*, prepared by
# `mvn package -DskipTests`) on base directories of their own under COURIER_CLUSTER_DIR
# (server-config/target/cluster unless set), configured by broker/node.cli, with the built EAR.
# Port offsets: node-a COURIER_CLUSTER_PORT_OFFSET (500: HTTP 8580, management 10490), node-b 100
# more (8680, 10590); the pair's ports are pair.sh's (COURIER_BROKER_PORT, COURIER_BROKER_AMQP_PORT).
# COURIER_CLUSTER_ROLES gives a node a role: "node-a=api node-b=worker" makes node-a serve the API
# without consuming (-Dcourier.node.workers=false) and node-b consume without an API
# (-Dcourier.node.api=false); a node not named does both.
# Both nodes get the run command's kind of admin user (server-config/dev-user.sh), its password
# kept in COURIER_CLUSTER_DIR/dev-user.properties and printed by start and status.
# Database: COURIER_DB_URL, else jdbc:postgresql://127.0.0.1:5432/courier_cluster (created when
# psql is there), user COURIER_DB_USER (postgres), password COURIER_DB_PASSWORD (postgres).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=processes.sh
. "$here/processes.sh"
root=$here/..
cluster=${COURIER_CLUSTER_DIR:-$here/target/cluster}
export COURIER_PAIR_DIR=${COURIER_PAIR_DIR:-$cluster/broker-pair}
db_url=${COURIER_DB_URL:-jdbc:postgresql://127.0.0.1:5432/courier_cluster}
nodes=(node-a node-b)

offset_of() {
  local first=${COURIER_CLUSTER_PORT_OFFSET:-500}
  case "$1" in
    node-a) echo "$first" ;;
    node-b) echo $((first + 100)) ;;
    *) echo "unknown node $1" >&2; exit 2 ;;
  esac
}

wildfly_home() {
  local home
  home=$(ls -d "$here"/target/wildfly-*/ 2>/dev/null | head -1)
  echo "${home%/}"
}

build_if_missing() {
  if [ -z "$(wildfly_home)" ] || [ ! -f "$root/ear/target/courier.ear" ]; then
    echo "[cluster] building the server and the EAR (mvn package -DskipTests)"
    (cd "$root" && mvn -q package -DskipTests)
  fi
}

create_database() {
  [ -n "${COURIER_DB_URL:-}" ] && return
  command -v psql >/dev/null || return 0
  psql -h 127.0.0.1 -U postgres -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname='courier_cluster'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE courier_cluster"
}

pid_of() { # node
  running_pid "$cluster" "$1"
}

prepare() { # node: its base directory, once
  local node=$1 home base=$cluster/$1
  home=$(wildfly_home)
  [ -f "$base/configuration/standalone-full.xml" ] && return
  mkdir -p "$base/deployments"
  cp -r "$home/standalone/configuration" "$base/"
  rm -rf "$base/configuration/standalone_xml_history"
  JAVA_OPTS="-Djboss.server.base.dir=$base" "$home/bin/jboss-cli.sh" --file="$here/broker/node.cli" \
    >"$cluster/$node.configure.log"
}

start_node() { # node
  local node=$1 home base=$cluster/$1
  if [ -n "$(pid_of "$node")" ]; then
    echo "[cluster] $node already runs (pid $(pid_of "$node"))"
    return
  fi
  home=$(wildfly_home)
  prepare "$node"
  cp "$root/ear/target/courier.ear" "$base/deployments/"
  "$here/dev-user.sh" "$home" "$cluster/dev-user.properties" "$base/configuration" \
    "http://127.0.0.1:$((8080 + $(offset_of "$node")))/courier" >"$cluster/$node.user.log"
  COURIER_DB_URL=$db_url COURIER_DB_USER=${COURIER_DB_USER:-postgres} \
    COURIER_DB_PASSWORD=${COURIER_DB_PASSWORD:-postgres} \
    COURIER_BROKER_PASSWORD=$(broker_password) \
    nohup "$home/bin/standalone.sh" --server-config=standalone-full.xml \
    -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset="$(offset_of "$node")" \
    -Djboss.node.name="$node" -Djboss.tx.node.id="$node" "$(role_options "$node")" \
    -Dcourier.broker.primary-port="$("$here/broker/pair.sh" port primary core)" \
    -Dcourier.broker.backup-port="$("$here/broker/pair.sh" port backup core)" \
    >"$cluster/$node.log" 2>&1 &
  echo $! >"$cluster/$node.pid"
}

role_options() { # node -> the system properties of its role
  local role
  role=$(tr ' ' '\n' <<<"${COURIER_CLUSTER_ROLES:-}" | sed -n "s/^$1=//p")
  case "$role" in
    api) echo "-Dcourier.node.workers=false" ;;
    worker) echo "-Dcourier.node.api=false" ;;
    "" | both) echo "-Dcourier.node.workers=true" ;;
    *) echo "[cluster] unknown role '$role' for $1 (api, worker or both)" >&2; exit 2 ;;
  esac
}

broker_password() {
  if [ -n "${COURIER_BROKER_PASSWORD:-}" ]; then echo "$COURIER_BROKER_PASSWORD"; else cat "$COURIER_PAIR_DIR/node-password"; fi
}

# Ready: Courier deployed and every readiness check UP (the management interface's /health/ready).
wait_ready() { # node
  await_ready cluster "$cluster" "$1" 240 answers_ready $((9990 + $(offset_of "$1")))
}

answers_ready() { # management port
  curl -sf "http://127.0.0.1:$1/health/ready" 2>/dev/null | grep -q courier-database
}

status() {
  "$here/broker/pair.sh" status
  for node in "${nodes[@]}"; do
    local pid state=stopped offset
    offset=$(offset_of "$node")
    pid=$(pid_of "$node")
    [ -n "$pid" ] && state="running (pid $pid)"
    echo "[cluster] $node: $state; http://127.0.0.1:$((8080 + offset))/courier," \
      "management http://127.0.0.1:$((9990 + offset))"
  done
  echo "[cluster] database $db_url"
  [ -f "$cluster/dev-user.properties" ] && sed -n 's/^/[cluster] /p' "$cluster/dev-user.properties"
  return 0
}

case "${1:-}" in
  start)
    build_if_missing
    mkdir -p "$cluster"
    if [ "${2:-}" = primary ] || [ "${2:-}" = backup ]; then
      exec "$here/broker/pair.sh" start "$2"
    elif [ -n "${2:-}" ]; then
      offset_of "$2" >/dev/null
      targets=("$2")
    else
      targets=("${nodes[@]}")
      create_database
      "$here/broker/pair.sh" start >/dev/null
    fi
    for node in "${targets[@]}"; do start_node "$node"; done
    for node in "${targets[@]}"; do wait_ready "$node"; done
    status
    ;;
  stop)
    for node in "${nodes[@]}"; do
      pid=$(pid_of "$node")
      [ -n "$pid" ] || continue
      "$(wildfly_home)/bin/jboss-cli.sh" -c --controller=127.0.0.1:$((9990 + $(offset_of "$node"))) \
        --command=:shutdown >/dev/null || kill "$pid"
      while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
      rm -f "$cluster/$node.pid"
    done
    "$here/broker/pair.sh" stop >/dev/null
    status
    ;;
  kill)
    node=${2:?kill node-a|node-b|primary|backup}
    if [ "$node" = primary ] || [ "$node" = backup ]; then
      exec "$here/broker/pair.sh" kill "$node"
    fi
    pid=$(pid_of "$node")
    if [ -n "$pid" ]; then
      pkill -9 -P "$pid" || true
      kill -9 "$pid"
    fi
    rm -f "$cluster/$node.pid"
    ;;
  status) status ;;
  *)
    sed -n '2,23p' "$0" >&2
    exit 2
    ;;
esac
