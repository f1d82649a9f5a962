#!/usr/bin/env bash
# Probes the security of `workshop serve --collect` from outside, as a
# hostile page or device on the room's network would: starts the server on
# a temporary copy of Content/ (loopback only), then checks each point of
# docs/serve.md "Who sees what" and "Limits and timeouts" with curl and
# python, clients bound to other loopback addresses (127.0.0.2, …) playing
# the other machines. Bounded: at most a few hundred requests and about a
# minute; the server is stopped at the end (and killed if it does not stop).
#
# Prints PASS/FAIL per expectation and "N passed, M failed"; exits non-zero
# on any failure.
#
# Usage: scripts/serve-probe.sh                 (builds .build/debug/workshop)
#        WORKSHOP=path/to/workshop scripts/serve-probe.sh
#        KEEP_PROBE=1 keeps the temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/binary.sh

WORK=$(mktemp -d "${TMPDIR:-/tmp}/workshop-probe.XXXXXX")
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -INT "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$server_pid" 2>/dev/null || true
  fi
  if [[ "${KEEP_PROBE:-}" == 1 ]]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

passed=0
failed=0
expect() { # description, then the command that must succeed
  local what=$1; shift
  if "$@"; then echo "PASS $what"; passed=$((passed + 1)); else echo "FAIL $what"; failed=$((failed + 1)); fi
}
finish() {
  echo
  echo "$passed passed, $failed failed"
  [[ $failed -eq 0 ]]
  exit $?
}

echo "-- --join-code and --facilitator-key"
for bad in "--join-code AB23" "--join-code ABC10O" "--facilitator-key SHORT2345"; do
  code=0; "$BIN" serve --collect --root "$REPO/Content" --output "$WORK/unused" $bad >"$WORK/bad-option.log" 2>&1 || code=$?
  expect "serve $bad is refused with exit status 2 and says why" bash -c "[[ $code == 2 ]] && grep -q -- '${bad%% *}' '$WORK/bad-option.log'"
done

JOIN=PRBE7K
KEY=PRBKEY234567
cp -r "$REPO/Content" "$WORK/Content"
SLUG=$(ls "$WORK/Content/events" | sort | head -n 1)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
BASE=http://127.0.0.1:$PORT
"$BIN" serve --collect --root "$WORK/Content" --output "$WORK/Output" --state "$WORK/state" --host 127.0.0.1 --port "$PORT" \
  --join-code "$JOIN" --facilitator-key "$KEY" >"$WORK/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do
  curl -s -o /dev/null --max-time 1 "$BASE/assets/site.css" && break
  if ! kill -0 "$server_pid" 2>/dev/null; then echo "FAIL workshop serve exited at start"; tail -n 20 "$WORK/serve.log"; failed=1; finish; fi
  sleep 0.1
done

# Every answer the probe gets is kept, to look for absolute paths at the end.
ANSWERS=$WORK/answers
mkdir -p "$ANSWERS"
# The status of one curl (args: curl's); the body is kept in the answers folder, its name in $WORK/last
# (status runs in a subshell: $(status …)).
status() {
  local body
  body=$(mktemp "$ANSWERS/answer.XXXXXX")
  echo "$body" >"$WORK/last"
  curl -sS -o "$body" -w '%{http_code}' --max-time 10 "$@" || echo 000
}
last() { cat "$WORK/last"; }
json_token() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("editToken") or "")' "$(last)"; }
is() { [[ "$1" == "$2" ]]; }

worksheet() { # participant [reason]
  cat <<EOF
---
participant: $1
group: A
industry: 卸売業
---

## ① 事業影響の認識

### 脅威 3
- 事業内容: 電子部品の卸売
- 影響: 取引先情報が漏れると、顧客と仕入先が直接取引を始めるおそれがある。
- 影響度: 高

## ② 有効な実施手順

### 6-1
- 脅威: 3
- 理由: ${2:-人的対策が最も効果的だと考えたため。}

## ③ 課題と解決手段

### 6-1
- 課題: 社内に教育できる人材がいない。
  - 解決手段: 外部研修を活用する。
EOF
}
post() { # source-address participant [curl args…]
  local from=$1 who=$2; shift 2
  worksheet "$who" | status --interface "$from" -X POST -H 'Content-Type: text/markdown; charset=utf-8' -H "X-Join-Code: $JOIN" \
    "$@" --data-binary @- "$BASE/api/events/$SLUG/worksheets"
}

echo "-- Host allowlist (DNS rebinding)"
expect "a page for Host attacker.example is 421" is "$(status -H "Host: attacker.example:$PORT" -H "X-Facilitator-Key: $KEY" "$BASE/")" 421
expect "the submissions page for Host attacker.example is 421" \
  is "$(status -H "Host: attacker.example:$PORT" -H "X-Facilitator-Key: $KEY" "$BASE/__workshop/submissions")" 421
expect "live reload for Host attacker.example is 421" is "$(status -H "Host: attacker.example:$PORT" "$BASE/__workshop/events")" 421
expect "a POST for Host attacker.example is 421" is "$(post 127.0.0.2 R-01 -H "Host: attacker.example:$PORT")" 421
expect "no worksheet was written for it" test ! -e "$WORK/Content/events/$SLUG/worksheets/R-01.md"
expect "Host localhost:$PORT is answered" is "$(status -H "Host: localhost:$PORT" -H "X-Facilitator-Key: $KEY" "$BASE/")" 200

echo "-- Origin of state-changing requests"
expect "a POST from a page of another site (Origin) is 403" is "$(post 127.0.0.2 X-01 -H 'Origin: http://attacker.example')" 403
expect "a POST with Sec-Fetch-Site: cross-site is 403" is "$(post 127.0.0.2 X-02 -H 'Sec-Fetch-Site: cross-site')" 403
expect "neither was written" test ! -e "$WORK/Content/events/$SLUG/worksheets/X-01.md" -a ! -e "$WORK/Content/events/$SLUG/worksheets/X-02.md"
expect "a POST from the server's own page (Origin $BASE) is 201" is "$(post 127.0.0.2 X-03 -H "Origin: $BASE" -H 'Sec-Fetch-Site: same-origin')" 201
expect "a POST without Origin (a script) is 201" is "$(post 127.0.0.2 X-04)" 201

echo "-- Who sees what (from 127.0.0.2)"
WS=$(ls "$WORK/Content/events/$SLUG/worksheets" | grep -m 1 -v '^X-' | sed 's/\.md$//')
expect "a worksheet page without the key is 403" is "$(status --interface 127.0.0.2 "$BASE/events/$SLUG/worksheets/$WS/")" 403
expect "the submissions page without the key is 403" is "$(status --interface 127.0.0.2 "$BASE/__workshop/submissions")" 403
expect "that 403 does not show the join code" bash -c "! grep -q '$JOIN' '$(last)'"
expect "the problems page without the key is 403" is "$(status --interface 127.0.0.2 "$BASE/problems/")" 403
expect "the event page without the join code is 403" is "$(status --interface 127.0.0.2 "$BASE/events/$SLUG/")" 403
expect "?code= is swapped for a cookie (303)" is "$(status --interface 127.0.0.2 -c "$WORK/participant.jar" "$BASE/events/$SLUG/fill/?code=$JOIN")" 303
expect "with the join cookie the fill-in form is 200" is "$(status --interface 127.0.0.2 -b "$WORK/participant.jar" "$BASE/events/$SLUG/fill/")" 200
expect "with the join cookie a worksheet page is still 403" \
  is "$(status --interface 127.0.0.2 -b "$WORK/participant.jar" "$BASE/events/$SLUG/worksheets/$WS/")" 403
expect "?key= is swapped for a cookie (303)" is "$(status --interface 127.0.0.2 -c "$WORK/facilitator.jar" "$BASE/__workshop/?key=$KEY")" 303
curl -sS -D "$WORK/key-headers" -o /dev/null --interface 127.0.0.2 "$BASE/__workshop/?key=$KEY"
cookie_line=$(grep -i '^set-cookie: workshop-key=' "$WORK/key-headers" || true)
expect "the cookie is HttpOnly and SameSite=Strict" bash -c "[[ '$cookie_line' == *HttpOnly* && '$cookie_line' == *SameSite=Strict* ]]"
expect "with the key cookie the worksheet page is 200" \
  is "$(status --interface 127.0.0.2 -b "$WORK/facilitator.jar" "$BASE/events/$SLUG/worksheets/$WS/")" 200
expect "with the key cookie the submissions page is 200" is "$(status --interface 127.0.0.2 -b "$WORK/facilitator.jar" "$BASE/__workshop/submissions")" 200

echo "-- Symbolic links under Output/"
ln -s /etc/hostname "$WORK/Output/leak.txt"
ln -s "$WORK/Content" "$WORK/Output/content-link"
expect "a link to a file outside Output/ is not served" is "$(status -b "$WORK/facilitator.jar" "$BASE/leak.txt")" 404
expect "a link to a folder outside Output/ is not served" is "$(status -b "$WORK/facilitator.jar" "$BASE/content-link/site.yaml")" 404

echo "-- Lost answer, failed save"
first=$(post 127.0.0.3 P-01); token1=$(json_token)
again=$(post 127.0.0.3 P-01); token2=$(json_token)
expect "a first submission is 201 with a token" test "$first" = 201 -a -n "$token1"
expect "the same bytes again without the token are 201 with the same token" test "$again" = 201 -a "$token2" = "$token1"
expect "other bytes without the token are 409" is "$(worksheet P-01 '別の人が上書き。' | status --interface 127.0.0.4 -X POST \
  -H 'Content-Type: text/markdown' -H "X-Join-Code: $JOIN" --data-binary @- "$BASE/api/events/$SLUG/worksheets")" 409
# The token cannot be saved: the state file's place is taken by a folder.
rm -f "$WORK/state/submissions.json" && mkdir "$WORK/state/submissions.json"
failed_save=$(post 127.0.0.5 P-02)
expect "a token that cannot be saved is not a 201 (503)" is "$failed_save" 503
expect "and the worksheet was not kept" test ! -e "$WORK/Content/events/$SLUG/worksheets/P-02.md"
expect "the 503 says what failed (submissions.json)" grep -q 'submissions.json' "$(last)"
rmdir "$WORK/state/submissions.json"
expect "once the state folder is writable again it is 201" is "$(post 127.0.0.5 P-02)" 201

echo "-- Idle and slow clients"
python3 - "$PORT" "$KEY" >"$WORK/slow.log" 2>&1 <<'EOF' && slow=ok || slow=bad
import socket, sys, threading, time, urllib.request
port, key = int(sys.argv[1]), sys.argv[2]
def connect(source):
    s = socket.socket(); s.bind((source, 0)); s.settimeout(15); s.connect(("127.0.0.1", port)); return s
held = []
# 300 idle connections from one address, 20 half-sent headers, a 1e9 body that never comes, an endless chunked body.
for _ in range(300):
    try: held.append(connect("127.0.0.7"))
    except OSError: break
half = []
for i in range(20):
    s = connect("127.0.0.8"); s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: "); half.append(s)
silent = connect("127.0.0.9")
silent.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000000000\r\n\r\nabc")
chunked = connect("127.0.0.9")
chunked.sendall(b"POST /api/events/x/worksheets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Join-Code: PRBE7K\r\nContent-Type: text/markdown\r\nTransfer-Encoding: chunked\r\n\r\n")
stop = False
def trickle():
    while not stop:
        try: chunked.sendall(b"1\r\nx\r\n")
        except OSError: return
        time.sleep(0.05)
threading.Thread(target=trickle, daemon=True).start()
time.sleep(0.5)
started = time.time()
request = urllib.request.Request(f"http://127.0.0.1:{port}/assets/site.css")
with urllib.request.urlopen(request, timeout=5) as answer:
    ok = answer.status == 200
print(f"normal request while {len(held)} idle, {len(half)} half-sent, 1 silent body, 1 endless body: {ok} in {time.time() - started:.2f} s")
# Within the header timeout (10 s) and a margin, the half-sent ones are closed.
def closed(s):
    try:
        s.settimeout(0.2)
        return s.recv(1) == b""
    except socket.timeout:
        return False
    except OSError:
        return True
deadline = time.time() + 14
while time.time() < deadline and not all(closed(s) for s in half): time.sleep(0.5)
half_closed = sum(closed(s) for s in half)
idle_closed = sum(closed(s) for s in held)
print(f"after {time.time() - started:.1f} s: {half_closed}/{len(half)} half-sent and {idle_closed}/{len(held)} idle connections closed by the server")
stop = True
sys.exit(0 if ok and half_closed == len(half) and idle_closed == len(held) else 1)
EOF
sed 's/^/   /' "$WORK/slow.log"
expect "idle, half-sent and endless clients do not block a normal request, and are closed" is "$slow" ok
expect "the server still answers afterwards" is "$(status -H "X-Facilitator-Key: $KEY" "$BASE/")" 200

echo "-- Guessing the join code (last: it fills the limits)"
python3 - "$PORT" "$SLUG" >"$WORK/guess.log" 2>&1 <<'EOF' && guess=ok || guess=bad
import http.client, socket, sys, threading, time
port, slug = int(sys.argv[1]), sys.argv[2]
counts = {"compared": 0, "limited": 0, "other": 0}
lock = threading.Lock()
def guesses(source, seconds, limit=None):
    end = time.time() + seconds
    sent = 0
    while time.time() < end and (limit is None or sent < limit):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5, source_address=(source, 0))
        connection.request("GET", f"/api/events/{slug}/submissions", headers={"X-Join-Code": "WRONG%d" % (sent % 10)})
        status = connection.getresponse().status
        connection.close()
        sent += 1
        with lock:
            counts["compared" if status == 403 else "limited" if status == 429 else "other"] += 1
# One client, four connections, 5 s.
threads = [threading.Thread(target=guesses, args=("127.0.0.20", 5)) for _ in range(4)]
[t.start() for t in threads]; [t.join() for t in threads]
one = dict(counts)
print(f"one client, 4 connections, 5 s: {one['compared']} guesses compared, {one['limited']} refused unread (429), {one['other']} other")
# Forty more clients, three guesses each: the overall ceiling.
for key in counts: counts[key] = 0
started = time.time()
threads = [threading.Thread(target=guesses, args=(f"127.0.1.{i}", 5, 3)) for i in range(1, 41)]
[t.start() for t in threads]; [t.join() for t in threads]
many = dict(counts)
print(f"40 clients × 3 guesses in {time.time() - started:.1f} s: {many['compared']} compared, {many['limited']} refused unread")
# Per client: 10 at once + 10/min; in all: 30 at once + 30/min (docs/serve.md).
ok = one["compared"] <= 12 and one["other"] == 0 and one["compared"] + many["compared"] <= 30 + 6 and many["other"] == 0
sys.exit(0 if ok else 1)
EOF
sed 's/^/   /' "$WORK/guess.log"
expect "join-code guessing is limited per client and in all" is "$guess" ok

echo "-- No absolute paths in any answer"
expect "no answer names the server's folders ($WORK)" bash -c "! grep -rl '$WORK' '$ANSWERS'"

finish
