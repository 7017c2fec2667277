# Sourced by bench/run and bench/boot-ab (after they set WORK): free_port prints a TCP port nothing listens on
# at 127.0.0.1, never handed out before in this run (a boot asks for four before its server binds any).
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
