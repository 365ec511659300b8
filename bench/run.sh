#!/usr/bin/env bash
# bench/run.sh: briefbot's load benchmark, from a fresh clone to one table.
#
# Replays a signed Slack slash command and a signed Discord interaction
# (/status ukraine) with wrk on loopback against briefbot, a bare Go handler
# that only verifies and answers fixed JSON (the ceiling), Bolt for
# JavaScript (Slack) and express + discord-interactions (Discord). Each
# server runs alone, pinned to one CPU, with wrk pinned to another. briefbot
# and the bare handler are measured in several rounds, alternating, and the
# table gives the medians. See bench/README.md for what is measured and why.
#
# Settings (environment):
#   BENCH_ROUNDS=5        rounds of briefbot and the bare handler, alternating
#   BENCH_WARMUP=3        seconds of load before measuring
#   BENCH_DURATION=10     seconds measured
#   BENCH_CONNECTIONS=32  open connections
#   BENCH_SERVER_CPU=0    the CPU every server is pinned to
#   BENCH_LOAD_CPU=1      the CPU wrk is pinned to
#   BENCH_PORT=18700      loopback ports are taken from here up
#   BENCH_TARGETS="bare bolt discord-interactions briefbot"  which to run
#   BENCH_QUIET=0         1: before each target, wait (up to 5 minutes) for the
#                         machine to be idle, for shared machines
set -euo pipefail
export LC_ALL=C

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
OUT=$BENCH/out
BIN=$OUT/bin
REQ=$OUT/req
LOGS=$OUT/logs

ROUNDS=${BENCH_ROUNDS:-5}
WARMUP=${BENCH_WARMUP:-3}
DURATION=${BENCH_DURATION:-10}
CONNS=${BENCH_CONNECTIONS:-32}
SERVER_CPU=${BENCH_SERVER_CPU:-0}
LOAD_CPU=${BENCH_LOAD_CPU:-1}
PORT=${BENCH_PORT:-18700}
TARGETS=${BENCH_TARGETS:-bare bolt discord-interactions briefbot}
QUIET=${BENCH_QUIET:-0}

say() { printf 'bench: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

# --- cleanup: every server this script started, whatever happens ----------

SERVER_PID=
SCRATCH=
SNAP=
cleanup() {
  if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    sleep 0.5
    kill -KILL "$SERVER_PID" 2>/dev/null || true
  fi
  if [[ -n $SCRATCH ]]; then rm -rf "$SCRATCH"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- prerequisites --------------------------------------------------------

for n in ROUNDS WARMUP DURATION CONNS SERVER_CPU LOAD_CPU PORT QUIET; do
  [[ ${!n} =~ ^[0-9]+$ ]] || die "BENCH_$n=${!n}: expected a whole number"
done
(( DURATION > 0 )) || die "BENCH_DURATION must be at least 1 second"
(( ROUNDS > 0 )) || die "BENCH_ROUNDS must be at least 1"
for t in $TARGETS; do
  [[ $t =~ ^(bare|bolt|discord-interactions|briefbot)$ ]] || die "BENCH_TARGETS: unknown target $t (known: bare bolt discord-interactions briefbot)"
done
# Requests are signed right before each target; Slack's window is 5 minutes.
(( WARMUP + DURATION <= 240 )) || die "BENCH_WARMUP + BENCH_DURATION must stay within 240 s (Slack signatures expire after 300 s)"
wants() { [[ " $TARGETS " == *" $1 "* ]]; }
PEERS=0
if wants bolt || wants discord-interactions; then PEERS=1; fi
for c in go curl taskset awk; do
  command -v "$c" >/dev/null || die "$c is needed and not on PATH"
done
if ((PEERS)); then
  for c in node npm; do
    command -v "$c" >/dev/null || die "$c is needed for the peers and not on PATH (or leave them out: BENCH_TARGETS=\"bare briefbot\")"
  done
  node_major=$(node -p 'process.versions.node.split(".")[0]')
  (( node_major >= 20 )) || die "Node.js 20 or newer is needed (found $(node --version))"
fi
(( $(nproc) >= 2 )) || die "needs 2 CPUs: one for the server, one for the load (nproc says $(nproc))"
taskset -c "$SERVER_CPU" true 2>/dev/null || die "cannot pin to CPU $SERVER_CPU (BENCH_SERVER_CPU)"
taskset -c "$LOAD_CPU" true 2>/dev/null || die "cannot pin to CPU $LOAD_CPU (BENCH_LOAD_CPU)"

if ! command -v wrk >/dev/null; then
  say "installing wrk (apt-get install -y wrk)"
  sudo=()
  if (( EUID != 0 )); then
    command -v sudo >/dev/null || die "wrk is missing; install it (apt-get install -y wrk) or run as root"
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get install -y wrk >/dev/null 2>&1 ||
    { "${sudo[@]}" apt-get update >/dev/null && "${sudo[@]}" apt-get install -y wrk >/dev/null; } ||
    die "could not install wrk with apt-get"
fi

mkdir -p "$BIN" "$REQ" "$LOGS"
rm -f "$LOGS"/* "$REQ"/*

# The npm peers, exactly as pinned in peers/package-lock.json.
lock_sum=$(sha256sum "$BENCH/peers/package-lock.json" | cut -d' ' -f1)
stamp=$BENCH/peers/node_modules/.bench-lock-sha256
if ((PEERS)) && [[ ! -f $stamp || $(cat "$stamp") != "$lock_sum" ]]; then
  say "installing the npm peers (npm ci in bench/peers)"
  npm ci --prefix "$BENCH/peers" --no-audit --no-fund --loglevel=error >&2
  echo "$lock_sum" >"$stamp"
fi

say "building the Go pieces"
(cd "$ROOT" && go build -o "$BIN/sign" ./bench/cmd/sign && go build -o "$BIN/bare" ./bench/bare)
BRIEFBOT_BUILD=
if ! (cd "$ROOT" && go build -o "$BIN/briefbot" .) >"$LOGS/briefbot-build.log" 2>&1; then
  BRIEFBOT_BUILD="build failed: $(grep -m1 . "$LOGS/briefbot-build.log" || echo 'see bench/out/logs/briefbot-build.log')"
fi

# One run's keys; every server gets the same ones.
"$BIN/sign" -dir "$REQ"
SLACK_SIGNING_SECRET=$(sed -n 's/^SLACK_SIGNING_SECRET=//p' "$REQ/keys.env")
DISCORD_PUBLIC_KEY=$(sed -n 's/^DISCORD_PUBLIC_KEY=//p' "$REQ/keys.env")
DISCORD_APP_ID=$(sed -n 's/^DISCORD_APP_ID=//p' "$REQ/keys.env")

declare -A ROUTE=([slack]=/slack/commands [discord]=/discord/interactions)
declare -A NAME=([bare]="bare Go (ceiling)" [bolt]="Bolt for JavaScript"
  [discord-interactions]="discord-interactions" [briefbot]="briefbot")
RESULTS=$OUT/results.tsv
: >"$RESULTS"

# --- one target -----------------------------------------------------------

# record TARGET ENDPOINT RPS P50_MS P99_MS RSS_MB ERRORS REQUESTS REPLY_BYTES NOTE OTHER_CPU SERVER_CPU CPU_US
# (ROUND, the current round, is added as the 14th field)
record() {
  local f=("$@")
  while ((${#f[@]} < 13)); do f+=(""); done
  local IFS=$'\t'
  echo "${f[*]}"$'\t'"$ROUND" >>"$RESULTS"
}

# first_error LOG: the line of a log that best says why a server stopped.
first_error() {
  local line
  line=$(grep -m1 -E '^(briefbot|bare|bolt|discord-interactions):' "$1" | grep -v 'listening' || true)
  [[ -n $line ]] || line=$(grep -m1 -E '(Error|error)' "$1" | grep -v '^{' || true)
  [[ -n $line ]] || line=$(grep -m1 '"level":"ERROR"' "$1" | sed -E 's/.*"msg":"([^"]*)".*/\1/' || true)
  [[ -n $line ]] || line=$(grep -m1 -v -e '^{' -e '^[[:space:]]*$' "$1" || true)
  [[ -n $line ]] || line=$(tail -n1 "$1")
  [[ -n $line ]] || line="exited with no output"
  echo "${line:0:120}"
}

# next_port: moves PORT on to the next loopback port nothing answers on.
next_port() {
  PORT=$((PORT + 1))
  while [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$PORT/" || true) != 000 ]]; do
    PORT=$((PORT + 1))
  done
}

# start_server LOG CWD ENV... -- CMD...: run CMD pinned to SERVER_CPU with
# only the given environment; sets SERVER_PID.
start_server() {
  local log=$1 cwd=$2 env=()
  shift 2
  while [[ $1 != -- ]]; do env+=("$1"); shift; done
  shift
  (cd "$cwd" && exec env -i PATH="$PATH" HOME="${HOME:-/tmp}" "${env[@]}" taskset -c "$SERVER_CPU" "$@") >"$log" 2>&1 &
  SERVER_PID=$!
}

# wait_ready PORT: 0 once the server answers HTTP, 1 if it exited, 2 after 20 s.
wait_ready() {
  local i
  for ((i = 0; i < 200; i++)); do
    kill -0 "$SERVER_PID" 2>/dev/null || return 1
    [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$1/" || true) != 000 ]] && return 0
    sleep 0.1
  done
  return 2
}

stop_server() {
  [[ -n $SERVER_PID ]] || return 0
  kill -TERM "$SERVER_PID" 2>/dev/null || true
  local i
  for ((i = 0; i < 100; i++)); do
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=
}

# bench_one TARGET ENDPOINT: start, check, load, measure and stop one server,
# in round ROUND.
bench_one() {
  local target=$1 ep=$2 port log url
  next_port
  port=$PORT
  log=$LOGS/$target-$ep-$ROUND.log
  url=http://127.0.0.1:$port
  wait_quiet
  say "${NAME[$target]} / $ep on $url (round $ROUND)"
  "$BIN/sign" -dir "$REQ" # a fresh timestamp for this target

  SCRATCH=$(mktemp -d)
  case $target in
  bare)
    start_server "$log" "$ROOT" SLACK_SIGNING_SECRET="$SLACK_SIGNING_SECRET" DISCORD_PUBLIC_KEY="$DISCORD_PUBLIC_KEY" -- \
      "$BIN/bare" -addr "127.0.0.1:$port" -slack-reply "$BENCH/replies/slack.json" -discord-reply "$BENCH/replies/discord.json" ;;
  bolt)
    start_server "$log" "$BENCH/peers" NODE_ENV=production PORT="$port" REPLY="$BENCH/replies/slack.json" \
      SLACK_SIGNING_SECRET="$SLACK_SIGNING_SECRET" -- node bolt.js ;;
  discord-interactions)
    start_server "$log" "$BENCH/peers" NODE_ENV=production PORT="$port" REPLY="$BENCH/replies/discord.json" \
      DISCORD_PUBLIC_KEY="$DISCORD_PUBLIC_KEY" -- node discord.js ;;
  briefbot)
    if [[ -n $BRIEFBOT_BUILD ]]; then
      record "$target" "$ep" - - - - - - - "$BRIEFBOT_BUILD"
      return
    fi
    # Its own empty folder, so no .env is read; the built-in seed corpus.
    start_server "$log" "$SCRATCH" SLACK_SIGNING_SECRET="$SLACK_SIGNING_SECRET" DISCORD_PUBLIC_KEY="$DISCORD_PUBLIC_KEY" \
      DISCORD_APP_ID="$DISCORD_APP_ID" HTTP_ADDR="127.0.0.1:$port" DATABASE_URL="sqlite:$SCRATCH/bench.db" \
      LOG_FORMAT=json -- "$BIN/briefbot" ;;
  *) die "unknown target $target" ;;
  esac

  local rc=0
  wait_ready "$port" || rc=$?
  if ((rc != 0)); then
    local why
    if ((rc == 1)); then why="failed to start: $(first_error "$log")"; else why="failed to start: no HTTP answer within 20 s"; fi
    say "  $why"
    record "$target" "$ep" - - - - - - - "$why"
    stop_server
    rm -rf "$SCRATCH"; SCRATCH=
    return
  fi

  # Correctness first: the signed request gets 200, a tampered one 401.
  local good bad size
  read -r good size < <(curl -s -o "$LOGS/$target-$ep-$ROUND.reply" -w '%{http_code} %{size_download}\n' --max-time 5 \
    -H @"$REQ/$ep.headers" --data-binary @"$REQ/$ep.body" "$url${ROUTE[$ep]}" || echo "000 0")
  bad=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 \
    -H @"$REQ/$ep.headers" --data-binary @"$REQ/$ep.tampered.body" "$url${ROUTE[$ep]}" || true)
  if [[ $good != 200 || $bad != 401 ]]; then
    local why="check failed: signed request got $good (want 200), tampered got $bad (want 401)"
    say "  $why"
    record "$target" "$ep" - - - - - - "$size" "$why"
    stop_server
    rm -rf "$SCRATCH"; SCRATCH=
    return
  fi

  local wrkout=$LOGS/$target-$ep-$ROUND.wrk
  if ((WARMUP > 0)); then
    taskset -c "$LOAD_CPU" wrk -t1 -c"$CONNS" -d"${WARMUP}s" --timeout 2s -s "$REQ/$ep.lua" "$url" >"$wrkout.warmup" 2>&1 || true
  fi
  local before after srvcpu other srvsec
  cpu_snapshot
  before=$SNAP
  taskset -c "$LOAD_CPU" wrk -t1 -c"$CONNS" -d"${DURATION}s" --timeout 2s -s "$REQ/$ep.lua" "$url" >"$wrkout" 2>&1 || true
  cpu_snapshot
  after=$SNAP
  read -r srvcpu other srvsec < <(awk -v a="$before" -v b="$after" 'BEGIN {
    split(a, x); split(b, y)
    wall = y[4] - x[4]
    o = ((y[1] - x[1]) - (y[2] - x[2]) - (y[3] - x[3])) / wall * 100
    c = (y[5] - x[5]) / wall * 100 # counted in clock ticks: may round past 100
    printf "%.0f %.0f %.2f\n", (c > 100 ? 100 : c), (o < 0 ? 0 : o), y[2] - x[2] }')

  local line rps=- p50=- p99=- errs=- reqs=- rss=- cpuus=- note=
  line=$(grep -m1 '^BENCH ' "$wrkout" || true)
  if [[ -z $line ]]; then
    note="wrk gave no result: $(grep -m1 . "$wrkout" || echo 'no output')"
  else
    local kv status=0 sock=0
    for kv in $line; do
      case $kv in
      rps=*) rps=${kv#rps=} ;;
      requests=*) reqs=${kv#requests=} ;;
      p50_us=*) p50=$(awk -v u="${kv#p50_us=}" 'BEGIN { printf "%.2f", u / 1000 }') ;;
      p99_us=*) p99=$(awk -v u="${kv#p99_us=}" 'BEGIN { printf "%.2f", u / 1000 }') ;;
      status_errors=*) status=${kv#status_errors=} ;;
      socket_errors=*) sock=${kv#socket_errors=} ;;
      esac
    done
    errs=$((status + sock))
    # The server's own CPU time (user and system) per answered request: what
    # other work on the machine changes least.
    cpuus=$(awk -v s="$srvsec" -v n="$reqs" 'BEGIN { printf "%.1f", (n > 0 ? s * 1e6 / n : 0) }')
    ((errs == 0)) || note="$status responses >= 400, $sock socket errors"
  fi
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    rss=$(awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$SERVER_PID/status")
  else
    note="${note:+$note; }died under load: $(first_error "$log")"
  fi
  say "  $rps req/s, p50 $p50 ms, p99 $p99 ms, RSS $rss MB, $cpuus µs of CPU a request, CPU $SERVER_CPU ${srvcpu}% busy, others ${other}% of a CPU${note:+, $note}"
  record "$target" "$ep" "$rps" "$p50" "$p99" "$rss" "$errs" "$reqs" "$size" "$note" "$other" "$srvcpu" "$cpuus"
  stop_server
  rm -rf "$SCRATCH"; SCRATCH=
}

# CPU accounting, to show how much of the machine something else used while a
# target was measured: time in processes (user, nice, system) plus time the
# hypervisor took (steal), less the server's and wrk's. Interrupt time is left
# out: that is mostly loopback TCP, the benchmark's own traffic.
HZ=$(getconf CLK_TCK)
busy_seconds() { awk -v hz="$HZ" '/^cpu / { printf "%.2f", ($2 + $3 + $4 + $9) / hz }' /proc/stat; }
# cpu_busy_seconds N: all time CPU N was not idle, interrupts included.
cpu_busy_seconds() { awk -v hz="$HZ" -v cpu="cpu$1" '$1 == cpu { printf "%.2f", ($2 + $3 + $4 + $7 + $8 + $9) / hz }' /proc/stat; }
proc_seconds() { awk -v hz="$HZ" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat" 2>/dev/null || echo 0; }
# cpu_snapshot sets SNAP to "BUSY SERVER CHILDREN WALL SERVERCPU" in seconds:
# the machine's busy time, the server's, that of this shell's finished
# children (wrk among them), the clock, and the server's CPU's busy time.
# `times` must run in this shell, not in a $(...) subshell, to see the children.
cpu_snapshot() {
  times >"$OUT/times"
  SNAP="$(busy_seconds) $(proc_seconds "$SERVER_PID") $(awk 'NR == 2 {
    split($1 " " $2, t, /[ ms]+/); printf "%.2f", t[1] * 60 + t[2] + t[3] * 60 + t[4] }' "$OUT/times") $EPOCHREALTIME $(cpu_busy_seconds "$SERVER_CPU")"
}

# wait_quiet: with BENCH_QUIET=1, wait until the whole machine has been under
# 5% busy for 3 s, so that other work does not disturb the next target.
wait_quiet() {
  ((QUIET)) || return 0
  local deadline=$((SECONDS + 300)) a b
  while ((SECONDS < deadline)); do
    a=$(busy_seconds)
    sleep 3
    b=$(busy_seconds)
    awk -v a="$a" -v b="$b" -v n="$(nproc)" 'BEGIN { exit !((b - a) / 3 / n < 0.05) }' && return 0
  done
  say "the machine did not go quiet within 5 minutes; measuring anyway"
}

say "each server on CPU $SERVER_CPU, wrk on CPU $LOAD_CPU, $CONNS connections, ${WARMUP} s warm-up, ${DURATION} s measured, $ROUNDS rounds"
# The peers once each; briefbot and the bare handler in ROUNDS rounds, in
# turn, the order swapped every other round (briefbot, bare, bare, briefbot,
# …), so a machine that slows down or speeds up over the run weighs on both
# alike. Each round's ratio compares two runs made one after the other.
declare -A PEER=([slack]=bolt [discord]=discord-interactions)
for ep in slack discord; do
  ROUND=1
  wants "${PEER[$ep]}" && bench_one "${PEER[$ep]}" "$ep"
  for ((ROUND = 1; ROUND <= ROUNDS; ROUND++)); do
    if ((ROUND % 2)); then order="briefbot bare"; else order="bare briefbot"; fi
    for target in $order; do
      if wants "$target"; then bench_one "$target" "$ep"; fi
    done
  done
done

# --- the table ------------------------------------------------------------

{
  printf '%s, %s CPUs (%s), %s, Node %s, %s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" "$(nproc)" \
    "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)" "$(go env GOVERSION)" \
    "$( ((PEERS)) && node --version || echo -)" "$(wrk --version 2>&1 | awk 'NR == 1 { print $1, $2 }')"
  printf 'server on CPU %s, wrk -t1 -c%s on CPU %s, %s s warm-up, %s s measured; /status ukraine\n' \
    "$SERVER_CPU" "$CONNS" "$LOAD_CPU" "$WARMUP" "$DURATION"
  printf 'briefbot and bare Go: medians of %s alternating rounds, [lowest-highest]; the peers: one run\n\n' "$ROUNDS"
  awk -F'\t' -v names="bare=bare Go (ceiling);bolt=Bolt for JavaScript;discord-interactions=discord-interactions;briefbot=briefbot" '
    BEGIN {
      n = split(names, pairs, ";")
      for (i = 1; i <= n; i++) { split(pairs[i], kv, "="); name[kv[1]] = kv[2] }
      peer["slack"] = "bolt"; peer["discord"] = "discord-interactions"
    }
    # median of v[1..n], which it sorts
    function median(v, n,   i, j, x) {
      for (i = 2; i <= n; i++) { x = v[i]; for (j = i - 1; j >= 1 && v[j] > x; j--) v[j + 1] = v[j]; v[j + 1] = x }
      return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    }
    # med(k, col): the median of column col over the measured runs of k
    function med(k, col,   v, i) {
      for (i = 1; i <= runs[k]; i++) v[i] = cell[k, i, col] + 0
      return median(v, runs[k])
    }
    {
      k = $1 "/" $2
      if (!(k in seen)) { seen[k] = 1; order[++nk] = k; tgt[k] = $1; ep[k] = $2; other[k] = 0 }
      if ($3 == "-") { failed[k] = failed[k] (failed[k] != "" ? "; " : "") "round " $14 ": " $10; next }
      r = ++runs[k]
      for (c = 3; c <= 13; c++) cell[k, r, c] = $c
      byround[k, $14] = $3 + 0
      cpuround[k, $14] = $13 + 0
      errs[k] += $7; size[k] = $9
      if ($10 != "") notes[k] = notes[k] (notes[k] != "" ? "; " : "") "round " $14 ": " $10
      if ($11 + 0 > other[k] + 0) other[k] = $11 + 0
      if ($11 + 0 > worst) worst = $11 + 0
      if (!(k in lo) || $3 + 0 < lo[k]) lo[k] = $3 + 0
      if (!(k in hi) || $3 + 0 > hi[k]) hi[k] = $3 + 0
      if ($14 + 0 > maxround) maxround = $14 + 0
    }
    function verdict(e, want,   k, out) {
      k = "briefbot/" e
      if (!(k in seen)) return
      if (!runs[k]) { printf "briefbot %s: targets not measured (%s)\n", e, failed[k]; return }
      if (!(k in ratio)) { printf "briefbot %s: targets not checked (no bare Go figure on %s)\n", e, e; return }
      out = sprintf("req/s %.0f%% of bare Go (want >= %d%%) %s", 100 * ratio[k], 100 * want, ratio[k] >= want ? "ok" : "MISSED")
      if (e == "slack") out = out sprintf("; p99 %.2f ms (want < 6) %s", p99[k], p99[k] < 6 ? "ok" : "MISSED")
      out = out sprintf("; RSS %.1f MB (want < 30) %s", rss[k], rss[k] < 30 ? "ok" : "MISSED")
      if (errs[k] != 0) out = out sprintf("; %d errors MISSED", errs[k])
      printf "briefbot %s: %s\n", e, out
    }
    # rratio(k, bk, v): the median over the rounds of v[k, round] / v[bk, round],
    # each run of a target against the bare run of the same round, formatted
    # with its range; RMED is set to the median.
    function rratio(k, bk, v,   q, n, r) {
      n = 0
      for (r = 1; r <= maxround; r++)
        if ((k, r) in v && (bk, r) in v && v[bk, r] > 0) q[++n] = v[k, r] / v[bk, r]
      RMED = ""
      if (n == 0) return "-"
      RMED = median(q, n)
      return n > 1 ? sprintf("%.2fx [%.2f-%.2f]", RMED, q[1], q[n]) : sprintf("%.2fx", RMED)
    }
    END {
      for (i = 1; i <= nk; i++) { k = order[i]; if (runs[k]) rps[k] = med(k, 3) }
      fmt = "%-21s %-8s %7s %-13s %6s %6s %6s %6s %7s %7s %-13s %7s %-18s %-18s %5s %6s\n"
      printf fmt, "target", "endpoint", "req/s", "[range]", "p50 ms", "p99 ms", "RSS MB", "errors", "reply B",
        "µs/req", "[range]", "vs peer", "req/s vs bare", "µs/req vs bare", "cpu %", "other%"
      for (i = 1; i <= nk; i++) {
        k = order[i]
        if (!runs[k]) { printf "%-21s %-8s %s\n", name[tgt[k]], ep[k], failed[k]; continue }
        pk = peer[ep[k]] "/" ep[k]; bk = "bare/" ep[k]
        vp = (pk in rps && rps[pk] > 0) ? sprintf("%.2fx", rps[k] / rps[pk]) : "-"
        vb = "-"; vc = "-"
        if (tgt[k] == "bare") { vb = "1.00x"; vc = "1.00x" }
        else if (bk in rps) {
          vb = rratio(k, bk, byround); if (RMED != "") ratio[k] = RMED
          vc = rratio(k, bk, cpuround)
        }
        rng = runs[k] > 1 ? sprintf("[%.0f-%.0f]", lo[k], hi[k]) : ""
        crng = ""
        if (runs[k] > 1) {
          split("", cv); for (r = 1; r <= runs[k]; r++) cv[r] = cell[k, r, 13] + 0
          median(cv, runs[k]); crng = sprintf("[%.1f-%.1f]", cv[1], cv[runs[k]])
        }
        p99[k] = med(k, 5); rss[k] = med(k, 6)
        printf fmt, name[tgt[k]], ep[k], sprintf("%.0f", rps[k]), rng, sprintf("%.2f", med(k, 4)), sprintf("%.2f", p99[k]),
          sprintf("%.1f", rss[k]), errs[k], size[k], sprintf("%.1f", med(k, 13)), crng, vp, vb, vc, sprintf("%.0f", med(k, 12)), other[k]
        if (notes[k] != "") printf "%-21s %-8s ! %s\n", "", "", notes[k]
        if (failed[k] != "") printf "%-21s %-8s ! %s\n", "", "", failed[k]
      }
      if (worst > 10) printf "\nwarning: other processes used up to %d%% of a CPU while a target was measured; these figures are disturbed, run again on a quiet machine\n", worst
      printf "\n"
      verdict("slack", 0.85); verdict("discord", 0.90)
    }' "$RESULTS"
} | tee "$OUT/results.txt"
