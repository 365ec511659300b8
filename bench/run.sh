#!/usr/bin/env bash
# bench/run.sh: briefbot's load benchmark, from a fresh clone to one table.
#
# Replays a signed Slack slash command and a signed Discord interaction
# (/status ukraine) with wrk on loopback against briefbot, a bare Go handler
# that only verifies and answers fixed JSON (the ceiling), Bolt for
# JavaScript (Slack) and express + discord-interactions (Discord). Each
# server runs alone, pinned to one CPU, with wrk pinned to another. See
# bench/README.md for what is measured and why.
#
# Settings (environment):
#   BENCH_WARMUP=5        seconds of load before measuring
#   BENCH_DURATION=20     seconds measured
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

WARMUP=${BENCH_WARMUP:-5}
DURATION=${BENCH_DURATION:-20}
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

for n in WARMUP DURATION CONNS SERVER_CPU LOAD_CPU PORT QUIET; do
  [[ ${!n} =~ ^[0-9]+$ ]] || die "BENCH_$n=${!n}: expected a whole number"
done
(( DURATION > 0 )) || die "BENCH_DURATION must be at least 1 second"
for t in $TARGETS; do
  [[ $t =~ ^(bare|bolt|discord-interactions|briefbot)$ ]] || die "BENCH_TARGETS: unknown target $t (known: bare bolt discord-interactions briefbot)"
done
# Requests are signed right before each target; Slack's window is 5 minutes.
(( WARMUP + DURATION <= 240 )) || die "BENCH_WARMUP + BENCH_DURATION must stay within 240 s (Slack signatures expire after 300 s)"
for c in go node npm curl taskset awk; do
  command -v "$c" >/dev/null || die "$c is needed and not on PATH"
done
node_major=$(node -p 'process.versions.node.split(".")[0]')
(( node_major >= 20 )) || die "Node.js 20 or newer is needed (found $(node --version))"
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
if [[ ! -f $stamp || $(cat "$stamp") != "$lock_sum" ]]; then
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

# record TARGET ENDPOINT RPS P50_MS P99_MS RSS_MB ERRORS REQUESTS REPLY_BYTES NOTE OTHER_CPU SERVER_CPU
record() { local IFS=$'\t'; echo "$*" >>"$RESULTS"; }

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

# bench TARGET ENDPOINT: start, check, load, measure and stop one server.
bench_one() {
  local target=$1 ep=$2 port log url
  next_port
  port=$PORT
  log=$LOGS/$target-$ep.log
  url=http://127.0.0.1:$port
  wait_quiet
  say "${NAME[$target]} / $ep on $url"
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
  read -r good size < <(curl -s -o "$LOGS/$target-$ep.reply" -w '%{http_code} %{size_download}\n' --max-time 5 \
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

  local wrkout=$LOGS/$target-$ep.wrk
  if ((WARMUP > 0)); then
    taskset -c "$LOAD_CPU" wrk -t1 -c"$CONNS" -d"${WARMUP}s" --timeout 2s -s "$REQ/$ep.lua" "$url" >"$wrkout.warmup" 2>&1 || true
  fi
  local before after srvcpu other
  cpu_snapshot
  before=$SNAP
  taskset -c "$LOAD_CPU" wrk -t1 -c"$CONNS" -d"${DURATION}s" --timeout 2s -s "$REQ/$ep.lua" "$url" >"$wrkout" 2>&1 || true
  cpu_snapshot
  after=$SNAP
  read -r srvcpu other < <(awk -v a="$before" -v b="$after" 'BEGIN {
    split(a, x); split(b, y)
    wall = y[4] - x[4]
    o = ((y[1] - x[1]) - (y[2] - x[2]) - (y[3] - x[3])) / wall * 100
    c = (y[5] - x[5]) / wall * 100 # counted in clock ticks: may round past 100
    printf "%.0f %.0f\n", (c > 100 ? 100 : c), (o < 0 ? 0 : o) }')

  local line rps=- p50=- p99=- errs=- reqs=- rss=- note=
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
    ((errs == 0)) || note="$status responses >= 400, $sock socket errors"
  fi
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    rss=$(awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$SERVER_PID/status")
  else
    note="${note:+$note; }died under load: $(first_error "$log")"
  fi
  say "  $rps req/s, p50 $p50 ms, p99 $p99 ms, RSS $rss MB, CPU $SERVER_CPU ${srvcpu}% busy, others ${other}% of a CPU${note:+, $note}"
  record "$target" "$ep" "$rps" "$p50" "$p99" "$rss" "$errs" "$reqs" "$size" "$note" "$other" "$srvcpu"
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

wants() { [[ " $TARGETS " == *" $1 "* ]]; }

say "each server on CPU $SERVER_CPU, wrk on CPU $LOAD_CPU, $CONNS connections, ${WARMUP} s warm-up, ${DURATION} s measured"
wants bare && bench_one bare slack
wants bolt && bench_one bolt slack
wants briefbot && bench_one briefbot slack
wants bare && bench_one bare discord
wants discord-interactions && bench_one discord-interactions discord
wants briefbot && bench_one briefbot discord

# --- the table ------------------------------------------------------------

{
  printf '%s, %s CPUs (%s), %s, Node %s, %s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" "$(nproc)" \
    "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)" "$(go env GOVERSION)" \
    "$(node --version)" "$(wrk --version 2>&1 | awk 'NR == 1 { print $1, $2 }')"
  printf 'server on CPU %s, wrk -t1 -c%s on CPU %s, %s s warm-up, %s s measured; /status ukraine\n\n' \
    "$SERVER_CPU" "$CONNS" "$LOAD_CPU" "$WARMUP" "$DURATION"
  awk -F'\t' -v names="bare=bare Go (ceiling);bolt=Bolt for JavaScript;discord-interactions=discord-interactions;briefbot=briefbot" '
    BEGIN {
      n = split(names, pairs, ";")
      for (i = 1; i <= n; i++) { split(pairs[i], kv, "="); name[kv[1]] = kv[2] }
      peer["slack"] = "bolt"; peer["discord"] = "discord-interactions"
    }
    { row[NR] = $0; if ($3 != "-") rps[$1 "/" $2] = $3 }
    function ratio(a, b) { return (a == "-" || b == "" || b == 0) ? "-" : sprintf("%.2fx", a / b) }
    END {
      fmt = "%-21s %-8s %7s %7s %7s %7s %7s %8s %8s %8s %6s %6s\n"
      printf fmt, "target", "endpoint", "req/s", "p50 ms", "p99 ms", "RSS MB", "errors", "reply B", "vs peer", "vs bare", "cpu %", "other%"
      for (i = 1; i <= NR; i++) {
        split(row[i], f, "\t")
        if (f[3] == "-") {
          printf "%-21s %-8s %s\n", name[f[1]], f[2], f[10]
          continue
        }
        printf fmt, name[f[1]], f[2], sprintf("%.0f", f[3]), f[4], f[5], f[6], f[7], f[9],
          ratio(f[3], rps[peer[f[2]] "/" f[2]]), ratio(f[3], rps["bare/" f[2]]), f[12], f[11]
        if (f[10] != "") printf "%-21s %-8s ! %s\n", "", "", f[10]
        if (f[11] + 0 > worst) worst = f[11] + 0
      }
      if (worst > 10) printf "\nwarning: other processes used up to %d%% of a CPU while a target was measured; these figures are disturbed, run again on a quiet machine\n", worst
    }' "$RESULTS"
  # briefbot against the targets in the issue.
  awk -F'\t' '
    $1 == "bare" && $3 != "-" { bare[$2] = $3 }
    $1 == "briefbot" { bb[$2] = $0 }
    function verdict(ep, want,   f, r, out) {
      if (!(ep in bb)) return
      split(bb[ep], f, "\t")
      if (f[3] == "-") { printf "briefbot %s: targets not measured (%s)\n", ep, f[10]; return }
      if (!(ep in bare)) { printf "briefbot %s: targets not checked (no bare Go figure on %s)\n", ep, ep; return }
      r = f[3] / bare[ep]
      out = sprintf("req/s %.0f%% of bare Go (want >= %d%%) %s", 100 * r, 100 * want, r >= want ? "ok" : "MISSED")
      if (ep == "slack") out = out sprintf("; p99 %.2f ms (want < 6) %s", f[5], f[5] < 6 ? "ok" : "MISSED")
      out = out sprintf("; RSS %.1f MB (want < 30) %s", f[6], f[6] < 30 ? "ok" : "MISSED")
      if (f[7] != 0) out = out sprintf("; %d errors MISSED", f[7])
      printf "briefbot %s: %s\n", ep, out
    }
    END { verdict("slack", 0.85); verdict("discord", 0.90) }' "$RESULTS" | sed '1s/^/\n/'
} | tee "$OUT/results.txt"
