#!/usr/bin/env bash
# Rehearses a workshop day on this machine's loopback, end to end, as the
# facilitator would run it: init a site, create the day's event and fill in
# event.yaml (groups and their rosters) — the last hand edit of Content/ —
# start `workshop serve --collect`, take 30 worksheet submissions through the
# collection endpoint (each "participant" from its own loopback address, like
# 30 phones in the room), one edit with the edit token (200), one overwrite
# attempt without it (409), a broken worksheet mid-day (422, nothing written)
# while the projected group page and the forms are polled, read the
# facilitator's dashboard back (everyone in, nobody missing), then the three
# group sheets, each built from its members' worksheets (the group form's data)
# and sent through the group endpoint (201; the projection shows it), the
# dashboard again (three sheets checked), Ctrl-C (SIGINT), check --strict,
# the public build and the PDFs.
#
# Fails when anything under Content/ changed after the event.yaml edit other
# than through the endpoints (every worksheet and group sheet on disk must be
# byte for byte what an endpoint accepted). Prints the time of each stage and
# the number of facilitator commands; exits 0 when everything went as it
# should, 1 otherwise.
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
# The facilitator's commands: every `workshop …` typed, and every page opened in a browser.
commands=0
facilitator() { commands=$((commands + 1)); "$BIN" "$@"; }
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
- 課題: ${obstacles[$(((n / 3) % ${#obstacles[@]}))]}
  - 解決手段: ${remedies[$(((n / 3) % ${#remedies[@]}))]}
EOF
}
obstacles=("担当できる人がいない。" "費用がかかる。" "社員が忙しく時間が取れない。")
remedies=("外部の無料セミナーや相談窓口を活用する。" "補助金を調べ、段階的に導入する。" "朝礼の5分を使って少しずつ進める。")

# POSTs stdin as a worksheet (or, with KIND=groups, a group sheet); prints the HTTP status; the answer goes to $1.
# Every accepted body is noted with its file, so the end can tell that Content/ holds only what the endpoints took.
post() { # answer-file source-address [extra curl args]
  local answer=$1 source=$2 sent code; shift 2
  sent=$(mktemp "$DAY/sent.XXXXXX")
  cat >"$sent"
  code=$(curl -sS -o "$answer" -w '%{http_code}' --max-time 30 --interface "$source" -X POST \
    -H 'Content-Type: text/markdown; charset=utf-8' -H "X-Join-Code: $JOIN_CODE" "$@" \
    --data-binary @"$sent" "http://127.0.0.1:$PORT/api/events/$SLUG/${KIND:-worksheets}") || code=000
  if [[ "$code" == 200 || "$code" == 201 ]]; then
    echo "$(json_field "$answer" file) $(sha256sum "$sent" | cut -d' ' -f1)" >>"$DAY/accepted.txt"
  fi
  rm -f "$sent"
  echo "$code"
}

json_field() { python3 -c 'import json,sys; v=json.load(open(sys.argv[1])).get(sys.argv[2]); print("" if v is None else v)' "$1" "$2"; }

echo "rehearsal in $DAY with $BIN"

# -- the morning ------------------------------------------------------------------
begin "init"
facilitator init "$DAY/site" >"$DAY/init.log" 2>&1 || die "workshop init failed: $(tail -n 3 "$DAY/init.log")"
[[ -f "$DAY/site/Content/site.yaml" ]] || die "workshop init wrote no Content/site.yaml"
cd "$DAY/site"
end

begin "new event"
facilitator new event "$SLUG" --title "第8回 セミナー・ワークショップ" >"$DAY/new.log" 2>&1 || die "workshop new event failed: $(tail -n 3 "$DAY/new.log")"
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
# The rosters: ten pseudonyms a group, A-01 … C-10.
for i, line in enumerate(lines):
    m = re.match(r"^(\s*-\s*\{\s*id:\s*([ABC])\b.*?)(,\s*members:\s*\[\s*\])?\s*\}\s*$", line)
    if m:
        members = ", ".join(f"{m.group(2)}-{k:02d}" for k in range(1, 11))
        lines[i] = f"{m.group(1)}, members: [{members}] }}"
open(path, "w", encoding="utf-8").write("\n".join(lines))
EOF
grep -q 'members: \[A-01, A-02' "$EVENT/event.yaml" || die "the rosters were not written into event.yaml: $(grep -n 'id:' "$EVENT/event.yaml")"
# The facilitator fills in what init and new event left to fill (check lists each marker).
facilitator check >"$DAY/check-markers.log" 2>&1 || die "the new site has errors before filling in: $(tail -n 5 "$DAY/check-markers.log")"
grep -q 'placeholder-text' "$DAY/check-markers.log" || die "workshop check does not list the markers left to fill in"
starter=$(find Content/events -maxdepth 1 -name '*-session-01' ! -name "$SLUG" | head -n 1)
[[ -z "$starter" ]] || die "new event left init's untouched first event behind: $starter"
python3 - Content/site.yaml "$EVENT/event.yaml" "$EVENT/seminar.md" <<'EOF'
import sys
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    open(path, "w", encoding="utf-8").write(text.replace("（記入してください）", "リハーサル用の記入"))
EOF
facilitator check --strict >"$DAY/check-morning.log" 2>&1 || die "the new site does not pass workshop check --strict: $(tail -n 5 "$DAY/check-morning.log")"
mapfile -t procedures < <(grep -oE 'id: *"?[0-9]+-[0-9]+' Content/catalogs/controls-*.yaml | grep -oE '[0-9]+-[0-9]+' | head -n 40)
((${#procedures[@]} > 0)) || die "no procedures found in the control table of the new site"
# From here on nothing writes into Content/ but the endpoints: what it holds now is the baseline.
python3 - Content "$DAY/baseline.json" <<'EOF'
import hashlib, json, os, sys
root, out = sys.argv[1:3]
files = {}
for folder, _, names in os.walk(root):
    for name in names:
        path = os.path.join(folder, name)
        files[os.path.relpath(path, root)] = hashlib.sha256(open(path, "rb").read()).hexdigest()
json.dump(files, open(out, "w"))
EOF
: >"$DAY/accepted.txt"   # "<file relative to Content/> <sha256 of the body accepted>", one line per 200/201
end

begin "serve --collect"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
commands=$((commands + 1))
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

begin "broken worksheet mid-day"
# The event page is on the projector (group pages come with the group sheets) and the forms are open while the room keeps working.
PRESENT="http://127.0.0.1:$PORT/events/$SLUG/"
FILL="http://127.0.0.1:$PORT/events/$SLUG/fill/index.html"
polls=0
# Polls the projected page and the form for $1 seconds: each answer 200 with its content.
poll_room() {
  local until=$(($(date +%s) + $1)) code
  while (($(date +%s) < until)); do
    code=$(curl -s -b "workshop-join=$JOIN_CODE" -o "$DAY/poll-present.html" -w '%{http_code}' --max-time 5 "$PRESENT") || code=000
    [[ "$code" == 200 ]] || die "the projected page answered $code while $2"
    grep -q '<main id="main"' "$DAY/poll-present.html" || die "the projected page lost its content while $2"
    code=$(curl -s -b "workshop-join=$JOIN_CODE" -o "$DAY/poll-fill.html" -w '%{http_code}' --max-time 5 "$FILL") || code=000
    [[ "$code" == 200 ]] || die "the fill-in form answered $code while $2"
    grep -q 'id="fill-app"' "$DAY/poll-fill.html" || die "the fill-in form lost its content while $2"
    polls=$((polls + 1))
    sleep 0.1
  done
}
poll_room 1 "the room was working"
# A participant sends a worksheet naming a procedure the table does not have, and one whose YAML is broken.
broken=$(worksheet B-11 B 3 | sed 's/^### [0-9]*-[0-9]*$/### 99-9/' | post "$DAY/broken.json" 127.0.0.77)
[[ "$broken" == 422 ]] || die "a worksheet with an unknown procedure answered $broken, expected 422: $(head -c 300 "$DAY/broken.json")"
grep -q 'unknown-procedure' "$DAY/broken.json" || die "the 422 answer does not list the unknown-procedure finding: $(head -c 300 "$DAY/broken.json")"
broken=$(worksheet B-12 B 4 | sed 's/^group: B$/group: [B/' | post "$DAY/broken-yaml.json" 127.0.0.78)
[[ "$broken" == 422 || "$broken" == 400 ]] || die "a worksheet with broken YAML answered $broken, expected 422: $(head -c 300 "$DAY/broken-yaml.json")"
poll_room 2 "broken worksheets were refused"
[[ ! -e "$EVENT/worksheets/B-11.md" && ! -e "$EVENT/worksheets/B-12.md" ]] || die "a refused worksheet was written"
end "422 and $broken, nothing written; $polls polls × 2 pages, all 200"

# Reads the facilitator's dashboard; prints "submitted missing errors sheets-none sheets-checked".
dashboard() {
  commands=$((commands + 1))
  curl -s -H "X-Facilitator-Key: $FACILITATOR_KEY" --max-time 10 "http://127.0.0.1:$PORT/__workshop/" >"$DAY/dashboard.html" || die "the dashboard did not answer"
  python3 - "$DAY/dashboard.html" <<'EOF'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
count = lambda pattern: len(re.findall(pattern, page))
print(count(r'data-state="submitted"'), count(r'data-state="missing"'), count(r'data-state="errors"'),
      count(r'data-sheet="none"'), count(r'data-sheet="checked"'))
EOF
}

begin "dashboard"
read -r submitted missing errors none checked < <(dashboard)
[[ "$submitted" == "$PARTICIPANTS" && "$missing" == 0 && "$errors" == 0 ]] \
  || die "the dashboard shows $submitted in, $missing missing, $errors with errors; expected $PARTICIPANTS, 0, 0"
[[ "$none" == 3 ]] || die "the dashboard shows $none groups without a sheet, expected 3"
end "$submitted in, $missing missing, $none group sheets yet"

begin "group sheets (endpoint)"
# Each group's scribe starts from the members' worksheets (what the group form shows) and sends the sheet.
group_times=""
scribe=200
for group in A B C; do
  scribe=$((scribe + 1))
  sheet=$(python3 - "$EVENT/worksheets" "$group" <<'EOF'
import collections, glob, os, re, sys
folder, group = sys.argv[1:3]
members = []
for path in sorted(glob.glob(os.path.join(folder, f"{group}-*.md"))):
    text = open(path, encoding="utf-8").read()
    front = dict(re.findall(r"^(\w+): (.*)$", text.split("---")[1], re.M))
    if front.get("group") != group:
        continue
    threat = re.search(r"^### 脅威 (\d+)", text, re.M).group(1)
    impact = re.search(r"^- 影響: (.*)$", text, re.M).group(1)
    choice = re.search(r"## ② 有効な実施手順\s+### (\S+)\n- 脅威: .*\n- 理由: (.*)", text)
    pair = re.search(r"- 課題: (.*)\n  - 解決手段: (.*)", text)
    members.append(dict(threat=threat, impact=impact.split(" 非公開メモ")[0], procedure=choice.group(1), reason=choice.group(2),
                        obstacle=pair.group(1), remedy=pair.group(2), industry=front.get("industry", "")))
threat = collections.Counter(m["threat"] for m in members).most_common(1)[0][0]
chose = [m for m in members if m["threat"] == threat]
procedure = collections.Counter(m["procedure"] for m in chose).most_common(1)[0][0]
impacts = list(dict.fromkeys(m["impact"] for m in chose))[:3]
reasons = list(dict.fromkeys(m["reason"] for m in members if m["procedure"] == procedure))
views = list(dict.fromkeys(f"{m['procedure']} を選んだ人の理由: {m['reason']}" for m in members if m["procedure"] != procedure))[:3] or reasons[:1]
pairs = list(dict.fromkeys((m["obstacle"], m["remedy"]) for m in members))[:3]
print("---")
print(f"group: {group}")
print(f"threats: [{threat}]")
print("industries: [製造業]")
print("publish: true")
print("---\n")
print("## ① 事業影響の認識")
for impact in impacts: print(f"- {impact}")
print("\n## ② 共通認識")
print(f"### {procedure}")
print(f"- 理由: {reasons[0]}")
print("\n## 多様な視点")
for view in views: print(f"- {view}")
print("\n## ③ 課題と解決手段")
print("| 課題 | 解決手段 |")
print("|---|---|")
for obstacle, remedy in pairs: print(f"| {obstacle} | {remedy} |")
EOF
)
  procedure=$(grep -A1 '^## ② 共通認識' <<<"$sheet" | tail -n 1 | sed 's/^### //')
  sent_at=$(now)
  code=$(KIND=groups post "$DAY/group-$group.json" "127.0.0.$scribe" <<<"$sheet")
  [[ "$code" == 201 ]] || die "the group sheet of $group answered $code, expected 201: $(head -c 400 "$DAY/group-$group.json")"
  [[ "$(json_field "$DAY/group-$group.json" group)" == "$group" ]] || die "the 201 answer for group $group does not name the group"
  shown=""
  for _ in $(seq 1 100); do
    if curl -s -b "workshop-join=$JOIN_CODE" --max-time 5 "http://127.0.0.1:$PORT/events/$SLUG/groups/$group/present/" | grep -q "$procedure"; then shown=1; break; fi
    sleep 0.05
  done
  [[ -n "$shown" ]] || die "the projection of group $group never showed its common procedure $procedure"
  group_times+="$group $(awk -v a="$sent_at" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }') s; "
done
end "3 × 201, projected after: $group_times"

begin "dashboard again"
read -r submitted missing errors none checked < <(dashboard)
[[ "$checked" == 3 && "$none" == 0 ]] || die "the dashboard shows $checked group sheets checked and $none without, expected 3 and 0"
end "$checked group sheets checked"

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
begin "check --strict"
facilitator check --strict >"$DAY/check-after.log" 2>&1 || die "the day's content does not pass workshop check --strict: $(grep -m 3 error "$DAY/check-after.log")"
end "ok"

begin "build --audience public"
facilitator build --audience public --output "$DAY/public" >"$DAY/build.log" 2>&1 || die "workshop build --audience public failed: $(tail -n 5 "$DAY/build.log")"
[[ -f "$DAY/public/events/$SLUG/report/index.html" ]] || die "no public event report at events/$SLUG/report/index.html"
grep -rq '非公開メモ-' Output || die "the facilitator's site (served Output/) does not show the private notes: the public check below could not tell a leak"
if grep -rq '非公開メモ-' "$DAY/public"; then
  die "the public site contains text of unpublished worksheets: $(grep -rl '非公開メモ-' "$DAY/public" | head -n 3 | tr '\n' ' ')"
fi
end "$(find "$DAY/public" -type f | wc -l) files"

begin "pdf"
facilitator pdf --event "$SLUG" --output "$DAY/pdf" >"$DAY/pdf.log" 2>&1 || die "workshop pdf failed: $(tail -n 5 "$DAY/pdf.log")"
for file in "$SLUG-groups.pdf" "$SLUG-report.pdf" "$SLUG-group-A.pdf" "$SLUG-group-B.pdf" "$SLUG-group-C.pdf"; do
  [[ -s "$DAY/pdf/$file" ]] || die "no $file in the PDF folder (found: $(ls "$DAY/pdf" 2>/dev/null | tr '\n' ' '))"
done
if command -v pdfinfo >/dev/null 2>&1; then
  pages=$(pdfinfo "$DAY/pdf/$SLUG-groups.pdf" | awk '/^Pages:/ {print $2}')
  [[ "$pages" == 3 ]] || die "$SLUG-groups.pdf has $pages pages, expected one per group (3)"
fi
end "$(ls "$DAY/pdf" | wc -l) PDFs"

begin "Content/ holds only what the endpoints took"
report=$(python3 - Content "$DAY/baseline.json" "$DAY/accepted.txt" "events/$SLUG/groups/" <<'EOF'
import hashlib, json, os, sys
root, baseline_file, accepted_file, groups = sys.argv[1:5]
baseline = json.load(open(baseline_file))
accepted = {}
for line in open(accepted_file, encoding="utf-8"):
    file, digest = line.split()
    accepted.setdefault(file, set()).add(digest)
now = {}
for folder, _, names in os.walk(root):
    for name in names:
        path = os.path.join(folder, name)
        now[os.path.relpath(path, root)] = hashlib.sha256(open(path, "rb").read()).hexdigest()
problems = []
for file, digest in sorted(now.items()):
    if baseline.get(file) == digest:
        continue
    if digest not in accepted.get(file, set()):
        problems.append(f"{file} changed after the event.yaml edit without an endpoint accepting it")
for file in sorted(set(baseline) - set(now)):
    problems.append(f"{file} was removed")
sheets = [f for f in now if f.startswith(groups) and f.endswith(".md")]
hand = [f for f in sheets if now[f] not in accepted.get(f, set())]
print(f"{len(sheets)} {len(hand)}")
for problem in problems:
    print(problem)
EOF
)
read -r group_sheets hand_written <<<"$(head -n 1 <<<"$report")"
[[ "$(wc -l <<<"$report")" == 1 ]] || die "$(tail -n +2 <<<"$report" | head -n 5)"
[[ "$group_sheets" == 3 && "$hand_written" == 0 ]] || die "$group_sheets group sheets, $hand_written written by hand; expected 3 and 0"
end "$group_sheets group sheets through the endpoint, $hand_written hand-written"

echo
printf '%-24s %9s  %s\n' stage seconds result
total=0
for row in "${stages[@]}"; do
  IFS='|' read -r name seconds note <<<"$row"
  printf '%-24s %9s  %s\n' "$name" "$seconds" "$note"
  total=$(awk -v a="$total" -v b="$seconds" 'BEGIN { printf "%.2f", a + b }')
done
printf '%-24s %9s\n' total "$total"
echo "facilitator commands: $commands (workshop commands and pages opened); hand-written group sheets: $hand_written"
echo "PASS the workshop day ran end to end"
