#!/usr/bin/env bash
# Rehearses a workshop day on this machine's loopback, end to end, as the
# facilitator would run it: init a site, create the day's event, start
# `workshop serve --collect`, take 30 worksheet submissions through the
# collection endpoint (each "participant" from its own loopback address, like
# 30 phones in the room), one edit with the edit token (200), one overwrite
# attempt without it (409), then mid-day a worksheet with an error, a blank
# sheet from `workshop new worksheet` and a typo in event.yaml while the
# projected group page and the forms are polled (they must keep answering 200
# with their last good content; submissions get 503 while event.yaml is
# broken), stop the server with Ctrl-C (SIGINT), build the public site, print
# the PDFs. Prints the time of each stage and exits 0 when
# everything went as it should, 1 otherwise.
#
# Usage: scripts/rehearse-day.sh            (builds .build/debug/workshop)
#        WORKSHOP=path/to/workshop scripts/rehearse-day.sh
#        KEEP_DAY=1 keeps the rehearsal folder for a look afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/binary.sh

DAY=$(mktemp -d "${TMPDIR:-/tmp}/workshop-day.XXXXXX")
SLUG=2025-01-20-session-08
JOIN_CODE=DAY8K3
FACILITATOR_KEY=DAYKEY234567
PARTICIPANTS=30
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then kill -9 "$server_pid" 2>/dev/null || true; fi
  if [[ "${KEEP_DAY:-}" == 1 ]]; then echo "kept $DAY"; else rm -rf "$DAY"; fi
}
trap cleanup EXIT

die() { echo "FAIL $*"; [[ -f "$DAY/serve.log" ]] && tail -n 15 "$DAY/serve.log" | sed 's/^/    serve| /'; exit 1; }

stages=()
stage_started=0
now() { date +%s.%N; }
begin() { stage_name=$1; stage_started=$(now); echo "== $1"; }
end() { stages+=("$stage_name|$(awk -v a="$stage_started" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }')|${1:-}"); }

# A worksheet for participant $1 of group $2 (number $3), valid for `check --strict`;
# every other one is unpublished and carries a private note that the public site must not show.
threats_available=(2 3 4 5 6 7 8 9 10)
worksheet() {
  local participant=$1 group=$2 n=$3
  local threat=${threats_available[$((n % ${#threats_available[@]}))]}
  local procedure=${procedures[$((n % ${#procedures[@]}))]}
  local publish=false private=" 非公開メモ-$participant"
  ((n % 2 == 0)) && publish=true private=""
  cat <<EOF
---
participant: $participant
group: $group
industry: 製造業（従業員 $((10 + n)) 名）
publish: $publish
---

## ① 事業影響の認識

### 脅威 $threat
- 事業内容: 部品の製造と販売。取引先は約 $((20 + n)) 社。
- 影響: 取引先の情報が漏れると信用を失い、受注が止まるおそれがある。$private
- 影響度: 高

## ② 有効な実施手順

### $procedure
- 脅威: $threat
- 理由: 小さな会社でもすぐに始められ、効果が見えやすいため。

## ③ 課題と解決手段

### $procedure
- 課題: 担当できる人がいない。
  - 解決手段: 外部の無料セミナーや相談窓口を活用する。
EOF
}

# POSTs stdin as a worksheet; prints the HTTP status; the body goes to $1.
post() { # body-file source-address [extra curl args]
  local body=$1 source=$2; shift 2
  curl -sS -o "$body" -w '%{http_code}' --max-time 30 --interface "$source" -X POST \
    -H 'Content-Type: text/markdown; charset=utf-8' -H "X-Join-Code: $JOIN_CODE" "$@" \
    --data-binary @- "http://127.0.0.1:$PORT/api/events/$SLUG/worksheets"
}

json_field() { python3 -c 'import json,sys; v=json.load(open(sys.argv[1])).get(sys.argv[2]); print("" if v is None else v)' "$1" "$2"; }

echo "rehearsal in $DAY with $BIN"

# -- the morning ------------------------------------------------------------------
begin "init"
"$BIN" init "$DAY/site" >"$DAY/init.log" 2>&1 || die "workshop init failed: $(tail -n 3 "$DAY/init.log")"
[[ -f "$DAY/site/Content/site.yaml" ]] || die "workshop init wrote no Content/site.yaml"
cd "$DAY/site"
end

begin "new event"
"$BIN" new event "$SLUG" --title "第8回 セミナー・ワークショップ" >"$DAY/new.log" 2>&1 || die "workshop new event failed: $(tail -n 3 "$DAY/new.log")"
EVENT=Content/events/$SLUG
[[ -f "$EVENT/event.yaml" ]] || die "no $EVENT/event.yaml"
# The facilitator adds a third group for the day.
python3 - "$EVENT/event.yaml" <<'EOF'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
lines = text.split("\n")
index = max(i for i, l in enumerate(lines) if re.match(r"^\s*-\s*\{\s*id:\s*B\b", l))
lines.insert(index + 1, re.sub(r"id:\s*B\b.*", "id: C, name: グループC }", lines[index]))
open(path, "w", encoding="utf-8").write("\n".join(lines))
EOF
# The facilitator fills in what init and new event left to fill (check lists each marker).
"$BIN" check >"$DAY/check-markers.log" 2>&1 || die "the new site has errors before filling in: $(tail -n 5 "$DAY/check-markers.log")"
grep -q 'placeholder-text' "$DAY/check-markers.log" || die "workshop check does not list the markers left to fill in"
starter=$(find Content/events -maxdepth 1 -name '*-session-01' ! -name "$SLUG" | head -n 1)
[[ -z "$starter" ]] || die "new event left init's untouched first event behind: $starter"
python3 - Content/site.yaml "$EVENT/event.yaml" "$EVENT/seminar.md" <<'EOF'
import sys
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    open(path, "w", encoding="utf-8").write(text.replace("（記入してください）", "リハーサル用の記入"))
EOF
"$BIN" check --strict >"$DAY/check-morning.log" 2>&1 || die "the new site does not pass workshop check --strict: $(tail -n 5 "$DAY/check-morning.log")"
mapfile -t procedures < <(grep -oE 'id: *"?[0-9]+-[0-9]+' Content/catalogs/controls-*.yaml | grep -oE '[0-9]+-[0-9]+' | head -n 40)
((${#procedures[@]} > 0)) || die "no procedures found in the control table of the new site"
end

begin "serve --collect"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
"$BIN" serve --collect --join-code "$JOIN_CODE" --facilitator-key "$FACILITATOR_KEY" --port "$PORT" --host 127.0.0.1 --state "$DAY/state" >"$DAY/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do
  curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/" && break
  kill -0 "$server_pid" 2>/dev/null || die "workshop serve exited at start"
  sleep 0.1
done
code=$(curl -s -o "$DAY/fill.html" -w '%{http_code}' -b "workshop-join=$JOIN_CODE" "http://127.0.0.1:$PORT/events/$SLUG/fill/index.html") || true
[[ "$code" == 200 ]] || die "the fill-in page answered $code"
end "port $PORT"

# -- during the workshop ------------------------------------------------------------
begin "30 submissions"
groups=(A B C)
declare -A tokens=()
for n in $(seq 1 "$PARTICIPANTS"); do
  group=${groups[$(((n - 1) % 3))]}
  participant=$(printf '%s-%02d' "$group" "$(((n - 1) / 3 + 1))")
  # Each participant's phone has its own address (127.0.0.<n+10>).
  code=$(worksheet "$participant" "$group" "$n" | post "$DAY/answer-$participant.json" "127.0.0.$((n + 10))") || die "curl failed for $participant"
  [[ "$code" == 201 ]] || die "submission of $participant answered $code, expected 201: $(head -c 300 "$DAY/answer-$participant.json")"
  tokens[$participant]=$(json_field "$DAY/answer-$participant.json" editToken)
  [[ -n "${tokens[$participant]}" ]] || die "the 201 answer for $participant has no editToken"
  [[ -f "$EVENT/worksheets/$participant.md" ]] || die "worksheets/$participant.md was not written"
done
end "$PARTICIPANTS × 201"

begin "edit and conflict"
code=$(worksheet A-01 A 99 | post "$DAY/edit.json" 127.0.0.11 -H "X-Edit-Token: ${tokens[A-01]}") || die "curl failed"
[[ "$code" == 200 ]] || die "an edit of A-01 with its token answered $code, expected 200: $(head -c 300 "$DAY/edit.json")"
grep -q '従業員 109 名' "$EVENT/worksheets/A-01.md" || die "the edit of A-01 was not written"
code=$(worksheet A-01 A 5 | post "$DAY/conflict.json" 127.0.0.99) || die "curl failed"
[[ "$code" == 409 ]] || die "an overwrite of A-01 without the token answered $code, expected 409"
grep -q '従業員 109 名' "$EVENT/worksheets/A-01.md" || die "the refused overwrite changed A-01.md"
end "200, 409"

begin "rebuild seen"
listed=0
for _ in $(seq 1 300); do
  curl -s -H "X-Join-Code: $JOIN_CODE" "http://127.0.0.1:$PORT/api/events/$SLUG/submissions" >"$DAY/submissions.json" || true
  listed=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1])).get("submissions", [])))' "$DAY/submissions.json" 2>/dev/null || echo 0)
  page=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Facilitator-Key: $FACILITATOR_KEY" "http://127.0.0.1:$PORT/events/$SLUG/worksheets/C-10/index.html" || true)
  [[ "$listed" == "$PARTICIPANTS" && "$page" == 200 ]] && break
  sleep 0.1
done
[[ "$listed" == "$PARTICIPANTS" ]] || die "the submissions list has $listed participants, expected $PARTICIPANTS"
[[ "$page" == 200 ]] || die "the served site has no page for C-10 after the rebuild (status $page)"
end "$listed listed"

begin "errors mid-day"
# Group A presents: its sheet is on the projector while the room keeps working.
mkdir -p "$EVENT/groups"
# Writes the group sheet of group $1: common procedure $2, hint $3 (as the
# facilitator types it during the group work).
write_group_sheet() {
  cat >"$EVENT/groups/$1.md" <<EOF
---
group: $1
threats: [3]
publish: true
---

## ① 事業影響の認識
- 取引先の情報が漏れると、信用を失い受注が止まる。

## ② 共通認識
### $2
- 理由: 全員が同じ話を一度は聞いている状態を作るのが第一歩だから。

## 多様な視点
- 研修は一度きりでなく、朝礼などで続けることが大事。

## ③ 課題と解決手段
| 課題 | 解決手段 |
|---|---|
| 講師ができる人がいない。 | 公的機関の無料セミナーを活用する。 |

## ヒント
$3
EOF
}
write_group_sheet A "${procedures[0]}" "投影中のヒント（昼）。"
PRESENT="http://127.0.0.1:$PORT/events/$SLUG/groups/A/present/"
FILL="http://127.0.0.1:$PORT/events/$SLUG/fill/index.html"
for _ in $(seq 1 300); do
  curl -s -b "workshop-join=$JOIN_CODE" --max-time 5 "$PRESENT" 2>/dev/null | grep -q '投影中のヒント（昼）' && break
  sleep 0.1
done
curl -s -b "workshop-join=$JOIN_CODE" --max-time 5 "$PRESENT" | grep -q '投影中のヒント（昼）' || die "the projected page of group A never showed its sheet"
polls=0
# Polls the projected page and the form for $1 seconds: each answer 200 with its last good content.
poll_room() {
  local until=$(($(date +%s) + $1)) code
  while (($(date +%s) < until)); do
    code=$(curl -s -b "workshop-join=$JOIN_CODE" -o "$DAY/poll-present.html" -w '%{http_code}' --max-time 5 "$PRESENT") || code=000
    [[ "$code" == 200 ]] || die "the projected page answered $code while $2"
    grep -q '投影中のヒント（昼）' "$DAY/poll-present.html" || die "the projected page lost its content while $2"
    code=$(curl -s -b "workshop-join=$JOIN_CODE" -o "$DAY/poll-fill.html" -w '%{http_code}' --max-time 5 "$FILL") || code=000
    [[ "$code" == 200 ]] || die "the fill-in form answered $code while $2"
    grep -q 'id="fill-app"' "$DAY/poll-fill.html" || die "the fill-in form lost its content while $2"
    polls=$((polls + 1))
    sleep 0.1
  done
}
# A participant's sheet with an unknown procedure, and a blank sheet made during serve.
log_mark=$(wc -c <"$DAY/serve.log")
cat >"$EVENT/worksheets/B-99.md" <<'SHEET'
---
participant: B-99
group: B
industry: 小売業
---

## ① 事業影響の認識

### 脅威 3
- 事業内容: 小売
- 影響: 情報が漏れると信用を失う。
- 影響度: 高

## ② 有効な実施手順

### 99-9
- 脅威: 3
- 理由: 表にない手順です。
SHEET
"$BIN" new worksheet --event "$SLUG" --participant C-99 --group C >"$DAY/new-worksheet.log" 2>&1 \
  || die "workshop new worksheet failed during serve: $(tail -n 3 "$DAY/new-worksheet.log")"
for _ in $(seq 1 600); do
  tail -c +"$((log_mark + 1))" "$DAY/serve.log" | grep -q 'worksheets/C-99.md:' && break
  sleep 0.1
done
poll_room 3 "a worksheet had errors"
tail -c +"$((log_mark + 1))" "$DAY/serve.log" | grep -q '除外しました' || die "the serve log does not say which files were left out"
if tail -c +"$((log_mark + 1))" "$DAY/serve.log" | grep -q '（0 ファイル）'; then die "the serve log still prints （0 ファイル） for a failure"; fi
# A full-width colon in event.yaml.
cp "$EVENT/event.yaml" "$DAY/event.yaml.good"
python3 -c 'import sys; p = sys.argv[1]; t = open(p, encoding="utf-8").read(); open(p, "w", encoding="utf-8").write(t.replace("date: ", "date： ", 1))' "$EVENT/event.yaml"
yaml_mark=$(wc -c <"$DAY/serve.log")
for _ in $(seq 1 600); do
  tail -c +"$((yaml_mark + 1))" "$DAY/serve.log" | grep -q "events/$SLUG/event.yaml:" && break
  code=$(curl -s -b "workshop-join=$JOIN_CODE" -o /dev/null -w '%{http_code}' --max-time 5 "$PRESENT") || code=000
  [[ "$code" == 200 ]] || die "the projected page answered $code while event.yaml was being rebuilt"
  sleep 0.1
done
tail -c +"$((yaml_mark + 1))" "$DAY/serve.log" | grep -q "events/$SLUG/event.yaml:" || die "the serve log never reported the error in event.yaml"
poll_room 3 "event.yaml had an error"
code=$(worksheet A-50 A 50 | post "$DAY/paused.json" 127.0.0.50) || die "curl failed"
[[ "$code" == 503 ]] || die "a submission while event.yaml is broken answered $code, expected 503: $(head -c 300 "$DAY/paused.json")"
grep -q 'event.yaml' "$DAY/paused.json" || die "the 503 answer does not name event.yaml: $(head -c 300 "$DAY/paused.json")"
code=$(curl -s -b "workshop-join=$JOIN_CODE" -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/events/$SLUG/") || code=000
[[ "$code" == 200 ]] || die "the event page answered $code while event.yaml had an error"
# The facilitator fixes everything; the room never noticed.
cp "$DAY/event.yaml.good" "$EVENT/event.yaml"
rm -f "$EVENT/worksheets/B-99.md" "$EVENT/worksheets/C-99.md"
poll_room 2 "the fixes were rebuilt"
end "$polls polls × 2 pages, all 200"

begin "stop server (SIGINT)"
kill -INT "$server_pid"
status=""
for _ in $(seq 1 150); do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    status=0; wait "$server_pid" || status=$?
    break
  fi
  sleep 0.1
done
[[ -n "$status" ]] || die "workshop serve did not stop within 15 s of SIGINT"
server_pid=""
[[ "$status" == 0 ]] || die "workshop serve exited $status after SIGINT, expected 0"
end "exit 0"

# -- after the workshop -------------------------------------------------------------
begin "group sheets"
for group in A B C; do
  write_group_sheet "$group" 6-1 "小さく始めて続けること。"
done
"$BIN" check --strict >"$DAY/check-after.log" 2>&1 || die "the day's content does not pass workshop check --strict: $(grep -m 3 error "$DAY/check-after.log")"
end "3 groups, check --strict ok"

begin "build --audience public"
"$BIN" build --audience public --output "$DAY/public" >"$DAY/build.log" 2>&1 || die "workshop build --audience public failed: $(tail -n 5 "$DAY/build.log")"
[[ -f "$DAY/public/events/$SLUG/report/index.html" ]] || die "no public event report at events/$SLUG/report/index.html"
grep -rq '非公開メモ-' Output || die "the facilitator's site (served Output/) does not show the private notes: the public check below could not tell a leak"
if grep -rq '非公開メモ-' "$DAY/public"; then
  die "the public site contains text of unpublished worksheets: $(grep -rl '非公開メモ-' "$DAY/public" | head -n 3 | tr '\n' ' ')"
fi
end "$(find "$DAY/public" -type f | wc -l) files"

begin "pdf"
"$BIN" pdf --event "$SLUG" --output "$DAY/pdf" >"$DAY/pdf.log" 2>&1 || die "workshop pdf failed: $(tail -n 5 "$DAY/pdf.log")"
for file in "$SLUG-groups.pdf" "$SLUG-report.pdf" "$SLUG-group-A.pdf" "$SLUG-group-B.pdf" "$SLUG-group-C.pdf"; do
  [[ -s "$DAY/pdf/$file" ]] || die "no $file in the PDF folder (found: $(ls "$DAY/pdf" 2>/dev/null | tr '\n' ' '))"
done
if command -v pdfinfo >/dev/null 2>&1; then
  pages=$(pdfinfo "$DAY/pdf/$SLUG-groups.pdf" | awk '/^Pages:/ {print $2}')
  [[ "$pages" == 3 ]] || die "$SLUG-groups.pdf has $pages pages, expected one per group (3)"
fi
end "$(ls "$DAY/pdf" | wc -l) PDFs"

echo
printf '%-24s %9s  %s\n' stage seconds result
total=0
for row in "${stages[@]}"; do
  IFS='|' read -r name seconds note <<<"$row"
  printf '%-24s %9s  %s\n' "$name" "$seconds" "$note"
  total=$(awk -v a="$total" -v b="$seconds" 'BEGIN { printf "%.2f", a + b }')
done
printf '%-24s %9s\n' total "$total"
echo "PASS the workshop day ran end to end"
