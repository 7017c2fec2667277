# Sourced by bench/run and bench/boot-ab after they set BENCH, WORK and LOG_TAG: what both need alike.

log() { printf '[%s %s] %s\n' "$LOG_TAG" "$(date +%H:%M:%S)" "$*" >&2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
http_code() { curl -s -o /dev/null -m 2 -w '%{http_code}' "$@" 2>/dev/null || true; }

# wait_until TIMEOUT-SECONDS CMD...: polls CMD every 50 ms.
wait_until() {
  local deadline=$(( $(now_ms) + $1 * 1000 )); shift
  until "$@"; do
    [ "$(now_ms)" -lt "$deadline" ] || return 1
    sleep 0.05
  done
}

# ours_ready BASE: xuncha is up when /api/health says UP and every module it lists answers its probe
# (bench/probes.txt) with 200 or 401.
ours_ready() {
  local base=$1 health id path code
  health=$(curl -s -m 2 "$base/api/health" 2>/dev/null) || return 1
  [ "$(jq -r '.status // empty' <<<"$health" 2>/dev/null)" = "UP" ] || return 1
  for id in $(jq -r '.modules[].id' <<<"$health"); do
    path=$(awk -v m="$id" '$1 == m { print $2 }' "$BENCH/probes.txt")
    [ -z "$path" ] && continue
    code=$(http_code "$base$path")
    [ "$code" = 401 ] || [ "$code" = 200 ] || return 1
  done
  return 0
}

# free_port prints a TCP port nothing listens on at 127.0.0.1, never handed out before in this run (a boot
# asks for four before its server binds any).
# Below Linux's ephemeral range (32768-60999), where outgoing connections (curl, wrk, JDBC) take their local
# ports: a port found free there could be taken before the server binds it.
touch "$WORK/ports"
free_port() {
  local p
  while true; do
    p=$(( 20000 + RANDOM % 12000 ))
    grep -qx "$p" "$WORK/ports" && continue
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p" >> "$WORK/ports"
      echo "$p"
      return
    fi
  done
}
