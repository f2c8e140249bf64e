#!/usr/bin/env bash
# Times the README's first command on a first start (no ./data yet, Maven warm): how long until the sign-in page
# answers, and until the demo sign-ins are printed (the demo's past played). Run from the project's root:
#   bash src/bench/quick-start-timing.sh
set -euo pipefail
[ ! -e data ] || { echo "./data exists: this times a first start; move or delete ./data first"; exit 1; }
log=$(mktemp)
start=$(date +%s%N)
mvn -B -o -q -Dstyle.color=never spring-boot:test-run > "$log" 2>&1 &
maven=$!
trap 'pkill -f io.steward.QuickStart || true; wait $maven 2>/dev/null || true; rm -f "$log"' EXIT
login="" printed=""
for _ in $(seq 1 1200); do
  sleep 0.1
  if [ -z "$login" ] && curl -fs -o /dev/null http://localhost:8080/login; then login=$(( ($(date +%s%N) - start) / 1000000 )); fi
  if grep -q "Steward is running at" "$log"; then printed=$(( ($(date +%s%N) - start) / 1000000 )); break; fi
  kill -0 $maven 2>/dev/null || { cat "$log"; echo "the quick start stopped"; exit 1; }
done
[ -n "$printed" ] || { echo "no sign-ins after 120 s"; exit 1; }
echo "sign-in page answered after ${login} ms; sign-ins printed after ${printed} ms"
grep -o "Started StewardApplication in [0-9.]* seconds" "$log" || true
grep -o "Played the demo.*" "$log" || true
