# Shared by broker/pair.sh and cluster.sh (sourced): processes started in the background, each with
# a pid file and a log in one directory.

# The pid of <dir>/<name>.pid if that process runs, else nothing.
running_pid() { # dir name
  local file=$1/$2.pid
  [ -f "$file" ] && kill -0 "$(cat "$file")" 2>/dev/null && cat "$file"
  return 0
}

# Waits until <command...> succeeds; fails with the end of <dir>/<name>.log when the process has
# died or <seconds> have passed.
await_ready() { # label dir name seconds command...
  local label=$1 dir=$2 name=$3 deadline=$((SECONDS + $4))
  shift 4
  until "$@"; do
    if [ -z "$(running_pid "$dir" "$name")" ] || [ $SECONDS -gt $deadline ]; then
      tail -40 "$dir/$name.log" >&2 || true
      echo "[$label] $name is not ready; its log: $dir/$name.log" >&2
      exit 1
    fi
    sleep 1
  done
}
