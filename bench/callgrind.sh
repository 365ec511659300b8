#!/usr/bin/env bash
# bench/callgrind.sh: instructions per request, briefbot against the bare handler.
#
# The same signed requests as bench/run.sh (/status ukraine, on Slack and on
# Discord), sent one after another over one connection to each server running
# under valgrind's callgrind. After a warm-up the counters are zeroed, the
# measured requests sent, and the counters dumped: what the server ran for
# those requests alone, in user space. Instruction counts do not depend on
# what else the machine is doing, so they tell a 1% change from noise where
# req/s on a shared machine cannot; they leave out the kernel's work (the
# same system calls for every target here) and what caches and branch
# predictors make of the instructions. See bench/README.md.
#
# Settings (environment):
#   BENCH_CG_REQUESTS=10000  measured requests per target (a garbage
#                            collection comes every 1,000 or so; runs of the
#                            same binary still differ by about 1%)
#   BENCH_CG_WARMUP=500      requests before the counters are zeroed
#   BENCH_CG_TOP=0           N: also print the N functions where briefbot's
#                            instructions differ most from the bare handler's
#   BENCH_CG_BRIEFBOT=       a briefbot binary to measure instead of this
#                            checkout's (say, one built from main, to compare)
#   BENCH_PORT=18900         loopback ports are taken from here up
set -euo pipefail
export LC_ALL=C

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
OUT=$BENCH/out
BIN=$OUT/bin
REQ=$OUT/req
CG=$OUT/callgrind
N=${BENCH_CG_REQUESTS:-10000}
WARM=${BENCH_CG_WARMUP:-500}
TOP=${BENCH_CG_TOP:-0}
PORT=${BENCH_PORT:-18900}

say() { printf 'callgrind: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

for n in N WARM TOP PORT; do
  [[ ${!n} =~ ^[0-9]+$ ]] || die "$n=${!n}: expected a whole number"
done
((N > 0)) || die "BENCH_CG_REQUESTS must be at least 1"
for c in go curl valgrind callgrind_control; do
  command -v "$c" >/dev/null || die "$c is needed and not on PATH (valgrind: apt-get install -y valgrind)"
done

PID=
SCRATCH=
cleanup() {
  if [[ -n $PID ]]; then kill -KILL "$PID" 2>/dev/null || true; fi
  if [[ -n $SCRATCH ]]; then rm -rf "$SCRATCH"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$BIN" "$REQ" "$CG"
rm -f "$CG"/*
say "building the Go pieces"
(cd "$ROOT" && go build -o "$BIN/sign" ./bench/cmd/sign && go build -o "$BIN/bare" ./bench/bare &&
  go build -o "$BIN/briefbot" . && go build -o "$BIN/cgflat" ./bench/cmd/cgflat)
BRIEFBOT=${BENCH_CG_BRIEFBOT:-$BIN/briefbot}
[[ -x $BRIEFBOT ]] || die "BENCH_CG_BRIEFBOT=$BRIEFBOT is not an executable"
"$BIN/sign" -dir "$REQ"
SLACK_SIGNING_SECRET=$(sed -n 's/^SLACK_SIGNING_SECRET=//p' "$REQ/keys.env")
DISCORD_PUBLIC_KEY=$(sed -n 's/^DISCORD_PUBLIC_KEY=//p' "$REQ/keys.env")
DISCORD_APP_ID=$(sed -n 's/^DISCORD_APP_ID=//p' "$REQ/keys.env")
declare -A ROUTE=([slack]=/slack/commands [discord]=/discord/interactions)

# send COUNT ENDPOINT: COUNT signed requests over one connection; fails unless all get 200.
send() {
  local i urls=() codes
  for ((i = 0; i < $1; i++)); do urls+=("http://127.0.0.1:$PORT${ROUTE[$2]}"); done
  codes=$(curl -s -w '%{stderr}%{http_code}\n' -H @"$REQ/$2.headers" --data-binary @"$REQ/$2.body" "${urls[@]}" 2>&1 >/dev/null | sort | uniq -c)
  [[ $(awk '{ print $2 }' <<<"$codes") == 200 ]] || die "status codes other than 200: $(tr '\n' ' ' <<<"$codes")"
}

# measure TARGET ENDPOINT: prints instructions per request; leaves the profile in $CG.
measure() {
  local target=$1 ep=$2 out=$CG/$1-$2.out i
  PORT=$((PORT + 1))
  SCRATCH=$(mktemp -d)
  local env=(SLACK_SIGNING_SECRET="$SLACK_SIGNING_SECRET" DISCORD_PUBLIC_KEY="$DISCORD_PUBLIC_KEY") cmd=()
  case $target in
  bare) cmd=("$BIN/bare" -addr "127.0.0.1:$PORT" -slack-reply "$BENCH/replies/slack.json" -discord-reply "$BENCH/replies/discord.json") ;;
  briefbot)
    env+=(DISCORD_APP_ID="$DISCORD_APP_ID" HTTP_ADDR="127.0.0.1:$PORT" DATABASE_URL="sqlite:$SCRATCH/bench.db" LOG_FORMAT=json)
    cmd=("$BRIEFBOT") ;;
  esac
  # One P, as in bench/run.sh; no asynchronous preemption, whose signals callgrind handles badly.
  (cd "$SCRATCH" && exec env -i PATH="$PATH" HOME="${HOME:-/tmp}" GOMAXPROCS=1 GODEBUG=asyncpreemptoff=1 "${env[@]}" \
    valgrind --tool=callgrind --dump-instr=yes --callgrind-out-file="$out" "${cmd[@]}") >"$CG/$target-$ep.log" 2>&1 &
  PID=$!
  for ((i = 0; i < 600; i++)); do
    kill -0 "$PID" 2>/dev/null || die "$target did not start: see $CG/$target-$ep.log"
    curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/" && break
    sleep 0.2
  done
  send "$WARM" "$ep"
  callgrind_control -z "$PID" >/dev/null 2>&1
  send "$N" "$ep"
  callgrind_control -d "$PID" >/dev/null 2>&1
  kill -KILL "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  PID=
  rm -rf "$SCRATCH"
  SCRATCH=
  local dump
  dump=$(ls "$out".[0-9]* 2>/dev/null | head -n1)
  [[ -n $dump ]] || die "no profile from $target (see $CG/$target-$ep.log)"
  mv "$dump" "$out"
  awk -v n="$N" '/^summary:/ { printf "%.0f\n", $2 / n; exit }' "$out"
}

say "$N requests per target after $WARM of warm-up, GOMAXPROCS=1"
printf '%-9s %-9s %14s %9s\n' endpoint target "instr/request" "vs bare"
for ep in slack discord; do
  "$BIN/sign" -dir "$REQ" # fresh timestamps: Slack's window is 5 minutes
  bare=$(measure bare "$ep")
  printf '%-9s %-9s %14s %9s\n' "$ep" bare "$bare" 1.000x
  bb=$(measure briefbot "$ep")
  printf '%-9s %-9s %14s %9s\n' "$ep" briefbot "$bb" "$(awk -v a="$bb" -v b="$bare" 'BEGIN { printf "%.3fx", a / b }')"
  if ((TOP > 0)); then
    "$BIN/cgflat" -n "$N" -top "$TOP" -base "$CG/bare-$ep.out,$BIN/bare" "$CG/briefbot-$ep.out" "$BRIEFBOT" | sed 's/^/    /'
  fi
done
