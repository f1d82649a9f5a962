// Tests of the group form's pure logic (Themes/default/assets/group-fill.js):
// suggestions from the members' worksheets, the checks' codes (as
// Sources/WorkshopCheck/GroupSheetRules.swift), and the group sheet it writes,
// escaping included. Run: node --test Tests/JS/
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const repo = path.resolve(__dirname, '..', '..');
const G = require(path.join(repo, 'Themes/default/assets/group-fill.js'));

/** The page data as GroupFillData writes it. */
function pageData(language, extra) {
  return G.readData(Object.assign({
    language,
    event: { slug: '2024-10-08-session-06', title: '第6回', date: '2024-10-08' },
    group: { id: 'A', name: '卸業・製造業グループ', title: 'グループA: 卸業・製造業グループ', members: ['A-01', 'A-02', 'A-03'] },
    threats: [
      { id: 2, title: 'サプライチェーンの弱点を悪用した攻撃', summary: '' },
      { id: 3, title: '内部不正による情報漏えい等の被害', summary: '' },
      { id: 8, title: 'ビジネスメール詐欺による金銭被害', summary: '' },
    ],
    excludedThreats: [1],
    controls: [
      { no: 6, category: 'people', categoryName: '人的', iso: '6.3', title: '教育', procedures: [
        { id: '6-1', text: '全社員向けに、年次セキュリティ研修を開催。' }, { id: '6-2', text: '訓練' }, { id: '6-3', text: '周知' }] },
      { no: 13, category: 'technological', categoryName: '技術的', iso: '8.12', title: 'DLP', procedures: [{ id: '13-1', text: '持ち出し制限' }] },
    ],
    worksheets: [
      { participant: 'A-01', industry: '電子部品の卸売', impacts: [{ threat: 3, title: '内部不正', business: '卸売', impact: '取引先情報が漏れる', severity: 'high' }],
        choices: [{ procedure: '6-1', text: '', threats: [3], reason: '人的対策が効く' }],
        obstacles: [{ procedure: '6-1', pairs: [{ obstacle: '教える人がいない', remedies: ['外部研修'] }] }] },
      { participant: 'A-02', industry: '金属加工', impacts: [{ threat: 3, title: '', business: '加工', impact: '図面が漏れる' }, { threat: 8, business: '経理', impact: '誤送金' }],
        choices: [{ procedure: '6-1', threats: [3], reason: '安い' }, { procedure: '13-1', threats: [3], reason: '確実' }, { procedure: '6-2', threats: [8], reason: '詐欺に効く' }],
        obstacles: [{ procedure: '6-1', pairs: [{ obstacle: '時間がない', remedies: ['朝礼', '動画'] }] }, { procedure: '13-1', pairs: [{ obstacle: '費用', remedies: [] }] }] },
    ],
    sheet: null,
    collect: false,
    text: { groupFillAnswer201: '提出しました。', groupFillAnswer422: 'エラーがあります。', groupFillAnswerKept: '入力内容は残っています。', groupFillAnswerOther: '応答 {status}' },
  }, extra || {}));
}

function codes(findings) { return findings.map((f) => f.code).sort(); }

test('suggestions come from the members: threat counts, impacts, procedures for the chosen threats, rows for the common ones', () => {
  const data = pageData('ja');
  const choices = G.threatChoices(data);
  assert.deepEqual(choices.slice(0, 3).map((t) => [t.id, t.count]), [[3, 2], [8, 1], [2, 0]]);
  const state = G.initialState(data);
  assert.equal(state.industries, '電子部品の卸売\n金属加工');
  state.threats = [3];
  const impacts = G.impactSuggestions(state, data);
  assert.deepEqual(impacts.map((i) => i.text), ['取引先情報が漏れる', '図面が漏れる']);
  assert.deepEqual(impacts.map((i) => i.business), ['卸売', '加工']);
  const procedures = G.procedureSuggestions(state, data);
  assert.deepEqual(procedures.map((p) => [p.id, p.count]), [['6-1', 2], ['13-1', 1]]);
  assert.deepEqual(procedures[0].members.map((m) => m.reason), ['人的対策が効く', '安い']);
  state.common = [{ procedure: '6-1', reason: '' }];
  assert.deepEqual(G.rowSuggestions(state, data).map((r) => [r.obstacle, r.remedy]), [['教える人がいない', '外部研修'], ['時間がない', '朝礼 / 動画']]);
});

test('the sheet is written in the contract format with the ja headings of groups/A.md and no hint', () => {
  const data = pageData('ja');
  const state = Object.assign(G.emptyState(), {
    threats: [3], industries: '卸業\n製造業', publish: true,
    impacts: ['取引先情報が漏れる。', ''], common: [{ procedure: '6-1', reason: '人的対策が一番有効であるから。' }],
    views: ['根気よく伝え続ける。'], rows: [{ obstacle: '人材がいない。', remedy: '外部研修を活用する。' }, { obstacle: '', remedy: '' }],
  });
  assert.equal(G.toMarkdown(state, data), [
    '---', 'group: A', 'threats: [3]', 'industries: [卸業, 製造業]', 'publish: true', '---', '',
    '## ① 事業影響の認識', '- 取引先情報が漏れる。', '',
    '## ② 共通認識', '### 6-1 全社員向けに、年次セキュリティ研修を開催。', '- 理由: 人的対策が一番有効であるから。', '',
    '## 多様な視点', '- 根気よく伝え続ける。', '',
    '## ③ 課題と解決手段', '| 課題 | 解決手段 |', '|---|---|', '| 人材がいない。 | 外部研修を活用する。 |', '',
  ].join('\n'));
  assert.equal(G.validate(state, data).length, 0);
  assert.equal(G.fileName(data), 'A.md');
});

test('English sites get the English headings and labels', () => {
  const data = pageData('en');
  const state = Object.assign(G.emptyState(), { threats: [3, 8], impacts: ['Leaks'], common: [{ procedure: '６－１', reason: 'People' }], rows: [{ obstacle: 'Time', remedy: 'Short sessions' }] });
  const md = G.toMarkdown(state, data);
  assert.match(md, /^threats: \[3, 8\]$/m);
  assert.match(md, /^industries: \[\]$/m);
  assert.match(md, /^publish: false$/m);
  for (const line of ['## 1. Business impact', '## 2. Common procedure', '### 6-1 ', '- Reason: People', '## 3. Obstacles and remedies', '| Obstacle | Remedy |']) {
    assert.ok(md.includes(line), line);
  }
  assert.ok(!md.includes('Diverse views'), 'an empty section is left out');
  assert.ok(!/Hint|ヒント/.test(md));
});

test('escaping keeps the Markdown valid: table pipes and line breaks, leading block markers, raw HTML, YAML', () => {
  const data = pageData('ja');
  const state = Object.assign(G.emptyState(), {
    threats: [3], industries: 'IT: 受託開発\n[製造]\n\nyes\n金属加工業（切削加工、従業員18名）, 他',
    impacts: ['# 見出しではない', '- 箇条書きではない', '1. 番号ではない', '<script>alert(1)</script> を書いた', '> 引用ではない', '行1\n行2', 'a\\b &amp; c'],
    common: [{ procedure: '6-1', reason: '<b>太字</b>\n二行目' }],
    views: ['| 表ではない |'],
    rows: [{ obstacle: 'A | B\nC', remedy: '<img src=x onerror=alert(1)>' }],
  });
  const md = G.toMarkdown(state, data);
  const lines = md.split('\n');
  assert.ok(lines.includes('industries: ["IT: 受託開発", "[製造]", "yes", "金属加工業（切削加工、従業員18名）, 他"]'), md);
  assert.ok(lines.includes('- \\# 見出しではない'));
  assert.ok(lines.includes('- \\- 箇条書きではない'));
  assert.ok(lines.includes('- 1\\. 番号ではない'));
  assert.ok(lines.includes('- \\<script>alert(1)\\</script> を書いた'));
  assert.ok(lines.includes('- \\> 引用ではない'));
  assert.ok(lines.includes('- 行1 行2'));
  assert.ok(lines.includes('- a\\\\b \\&amp; c'));
  assert.ok(lines.includes('- 理由: \\<b>太字\\</b> 二行目'));
  assert.ok(lines.includes('- \\| 表ではない |'));
  assert.ok(lines.includes('| A \\| B C | \\<img src=x onerror=alert(1)> |'));
  assert.ok(!/<(script|img|b)/.test(md.replace(/\\</g, '')), 'no raw tag survives');
  // Reading the sheet back gives the text the scribe typed.
  assert.equal(G.unescapeMarkdown(G.escapeBlockText('# a | <b> \\ 1.')), '# a | <b> \\ 1.');
  assert.equal(G.unescapeMarkdown(G.escapeCell('x | y')), 'x | y');
});

test('the checks report the group sheet codes', () => {
  const data = pageData('ja');
  const blank = G.validate(G.emptyState(), data);
  assert.deepEqual(codes(blank), ['empty-theme', 'empty-theme', 'missing-field']);
  assert.equal(blank.find((f) => f.code === 'missing-field').severity, 'error');
  assert.equal(blank.find((f) => f.code === 'empty-theme').severity, 'warning');
  assert.match(blank.find((f) => f.field === 'impacts').message, /「① 事業影響の認識」に内容がありません/);

  const state = Object.assign(G.emptyState(), {
    threats: [1, 9, 3], impacts: ['x'],
    common: [{ procedure: '6-1', reason: '' }, { procedure: '6-4', reason: 'r' }, { procedure: '99-1', reason: 'r' }, { procedure: 'abc', reason: 'r' }, { procedure: '6-1', reason: 'r' }],
    rows: [{ obstacle: '', remedy: '先に解決' }, { obstacle: '課題だけ', remedy: '' }],
  });
  const findings = G.validate(state, data);
  assert.deepEqual(codes(findings), ['duplicate-procedure', 'excluded-threat', 'malformed-procedure', 'missing-reason', 'obstacle-without-remedy',
    'remedy-without-obstacle', 'unknown-procedure', 'unknown-procedure', 'unknown-threat']);
  assert.match(findings.find((f) => f.code === 'unknown-procedure').message, /管理策 6 の手順は 6-1, 6-2, 6-3 です/);
  assert.equal(findings.find((f) => f.code === 'missing-reason').field, 'common-0-reason');
  for (const f of findings) assert.equal(f.severity, G.SEVERITY_OF[f.code]);
  assert.match(G.validate(state, pageData('en')).find((f) => f.code === 'missing-reason').message, /has no 'Reason'/);
});

test('an existing sheet opens as it stands, its Markdown as text', () => {
  const data = pageData('ja', { sheet: { threats: [3], industries: ['卸業'], publish: true, impacts: ['\\# a \\<b>'], common: [{ procedure: '6-1', reason: 'r' }],
    views: ['v'], obstacles: [{ obstacle: 'o \\| p', remedies: ['r1', 'r2'] }] } });
  const state = G.initialState(data);
  assert.deepEqual(state.impacts, ['# a <b>']);
  assert.deepEqual(state.rows, [{ obstacle: 'o | p', remedy: 'r1 / r2' }]);
  assert.equal(state.publish, true);
  assert.equal(state.industries, '卸業');
  assert.deepEqual(G.industryList(G.initialState(pageData('ja', { sheet: Object.assign({}, data.sheet, { industries: ['卸業', '製造業（部品、金型）'] }) }))), ['卸業', '製造業（部品、金型）']);
  assert.match(G.toMarkdown(state, data), /^- \\# a \\<b>$/m);
});

test('a draft survives a reload, and answers that arrived since are the new suggestions', () => {
  const before = pageData('ja');
  const state = G.initialState(before);
  state.threats = [3];
  state.impacts = ['edited'];
  const draft = G.readState(JSON.parse(JSON.stringify(state)));
  assert.deepEqual(draft.impacts, ['edited']);
  const after = pageData('ja');
  after.worksheets.push({ participant: 'A-03', industry: '商社', impacts: [{ threat: 3, title: '', business: 'b', impact: 'i', severity: '' }], choices: [], obstacles: [] });
  const fresh = G.suggestionKeys(draft, after).filter((k) => !draft.seen.includes(k));
  assert.deepEqual(fresh, ['impact:A-03:3:0']);
  assert.equal(G.readState(null), null);
  assert.equal(G.readState('junk'), null);
});

test('the collection endpoint and its answers', () => {
  const data = pageData('ja');
  assert.equal(G.collectURL('http://192.168.1.5:8080/events/s/groups/A/fill/', '../../../../../', 's'), 'http://192.168.1.5:8080/api/events/s/groups');
  const ok = G.describeResponse(201, { group: 'A', editToken: 'tok', findings: [] }, data);
  assert.deepEqual([ok.kind, ok.message, ok.token], ['ok', '提出しました。', 'tok']);
  const refused = G.describeResponse(422, { findings: [{ line: 9, column: 1, severity: 'error', code: 'missing-reason', message: 'm' }] }, data);
  assert.equal(refused.kind, 'error');
  assert.equal(refused.findings[0].code, 'missing-reason');
  const said = G.describeResponse(409, { error: 'グループAのシートは別の端末から提出されています' }, data);
  assert.equal(said.message, 'グループAのシートは別の端末から提出されています。入力内容は残っています。');
  assert.equal(G.describeResponse(418, null, data).message, '応答 418');
  assert.equal(G.draftKey(data), 'workshop-group-fill:draft:2024-10-08-session-06:A');
});
