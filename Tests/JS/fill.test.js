// Tests of the fill-in form's pure logic (Themes/default/assets/fill.js):
// id normalisation, procedure search, the live checks, the Markdown it writes
// and the collection endpoint's answers. Run: node --test Tests/JS/
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const repo = path.resolve(__dirname, '..', '..');
const F = require(path.join(repo, 'Themes/default/assets/fill.js'));
const TEXT = require(path.join(repo, 'Themes/default/assets/fill-text.js'));

/** The page data as the site engineer's FillData writes it (excluded threats already left out). */
function pageData(language) {
  return F.readData({
    language,
    event: { slug: '2024-10-08-session-06', title: '第6回 セミナー・ワークショップ', date: '2024-10-08' },
    groups: [{ id: 'A', name: '卸業・製造業グループ' }, { id: 'B', name: '小売・サービス業グループ' }],
    threats: [
      { id: 2, title: 'サプライチェーンの弱点を悪用した攻撃', summary: '取引先を狙う' },
      { id: 3, title: '内部不正による情報漏えい等の被害', summary: '持ち出し' },
      { id: 8, title: 'ビジネスメール詐欺による金銭被害', summary: '偽の請求書' },
    ],
    excludedThreats: [1],
    controls: [
      { no: 1, category: 'organizational', categoryName: '組織', iso: '5.1', title: '情報セキュリティのための方針群',
        procedures: [{ id: '1-3', text: '方針に基づき、全社員向けのセキュリティ研修を実施。' }] },
      { no: 6, category: 'people', categoryName: '人的', iso: '6.3', title: '情報セキュリティの意識向上、教育および訓練',
        procedures: [
          { id: '6-1', text: '全社員向けに、年次セキュリティ研修を開催。' },
          { id: '6-2', text: '役割に応じたセキュリティ意識向上プログラムを導入。' },
          { id: '6-3', text: '定期的なフィッシングメール対策訓練を実施し、社員の反応を評価。' }] },
      { no: 13, category: 'technological', categoryName: '技術的', iso: '8.12', title: 'データ漏えいの防止',
        procedures: [{ id: '13-1', text: '機密データに対するアクセス制限を設け、必要最小限の者のみアクセス許可。' }] },
      { no: 16, category: 'technological', categoryName: '技術的', iso: '8.20', title: 'ネットワークのセキュリティ',
        procedures: [{ id: '16-1', text: 'ファイアウォールや侵入検知システムを導入し、ネットワークトラフィックを監視。' }] },
    ],
    collect: false,
  });
}

/** Participant A-01 of session 6, as they would fill the form. */
function fullWorksheet() {
  return F.readState({
    participant: 'A-01', group: 'A', industry: '電子部品の卸売業（従業員25名）', publish: true,
    threats: [
      { id: 3, business: '電子部品の卸売。', impact: '顧客台帳を持ち出されると、顧客とメーカーが直接取引を始める。', severity: 'high' },
      { id: 8, business: '経理（月末の振込）。', impact: '偽の「口座変更のお知らせ」で誤送金する。', severity: 'medium' },
    ],
    procedures: [
      { id: '6-1', threats: [3, 8], reason: '最後は社員の判断にかかっている。',
        pairs: [
          { obstacle: '講師ができる人がいない。', remedy: '公的機関の無料セミナーを活用する。' },
          { obstacle: '全員そろう日がない。', remedy: '全体会議の最後の20分を充てる。' }] },
      { id: '13-1', threats: [3], reason: '共有フォルダに全員がアクセスできる。',
        pairs: [{ obstacle: '権限を絞ると業務が止まりそう。', remedy: '価格表のフォルダだけで1か月試す。' }] },
    ],
  });
}

const GOLDEN_JA = `---
participant: A-01
group: A
industry: 電子部品の卸売業（従業員25名）
publish: true
---

## ① 事業影響の認識

### 脅威 3 内部不正による情報漏えい等の被害
- 事業内容: 電子部品の卸売。
- 影響: 顧客台帳を持ち出されると、顧客とメーカーが直接取引を始める。
- 影響度: 高

### 脅威 8 ビジネスメール詐欺による金銭被害
- 事業内容: 経理（月末の振込）。
- 影響: 偽の「口座変更のお知らせ」で誤送金する。
- 影響度: 中

## ② 有効な実施手順

### 6-1 全社員向けに、年次セキュリティ研修を開催。
- 脅威: 3, 8
- 理由: 最後は社員の判断にかかっている。

### 13-1 機密データに対するアクセス制限を設け、必要最小限の者のみアクセス許可。
- 脅威: 3
- 理由: 共有フォルダに全員がアクセスできる。

## ③ 課題と解決手段

### 6-1
- 課題: 講師ができる人がいない。
  - 解決手段: 公的機関の無料セミナーを活用する。
- 課題: 全員そろう日がない。
  - 解決手段: 全体会議の最後の20分を充てる。

### 13-1
- 課題: 権限を絞ると業務が止まりそう。
  - 解決手段: 価格表のフォルダだけで1か月試す。
`;

const GOLDEN_EN = `---
participant: A-01
group: A
industry: 電子部品の卸売業（従業員25名）
publish: true
---

## 1. Business impact

### Threat 3 内部不正による情報漏えい等の被害
- Business: 電子部品の卸売。
- Impact: 顧客台帳を持ち出されると、顧客とメーカーが直接取引を始める。
- Severity: High

### Threat 8 ビジネスメール詐欺による金銭被害
- Business: 経理（月末の振込）。
- Impact: 偽の「口座変更のお知らせ」で誤送金する。
- Severity: Medium

## 2. Procedures

### 6-1 全社員向けに、年次セキュリティ研修を開催。
- Threat: 3, 8
- Reason: 最後は社員の判断にかかっている。

### 13-1 機密データに対するアクセス制限を設け、必要最小限の者のみアクセス許可。
- Threat: 3
- Reason: 共有フォルダに全員がアクセスできる。

## 3. Obstacles and remedies

### 6-1
- Obstacle: 講師ができる人がいない。
  - Remedy: 公的機関の無料セミナーを活用する。
- Obstacle: 全員そろう日がない。
  - Remedy: 全体会議の最後の20分を充てる。

### 13-1
- Obstacle: 権限を絞ると業務が止まりそう。
  - Remedy: 価格表のフォルダだけで1か月試す。
`;

const codes = (findings) => findings.map((f) => f.code).sort();

// ---------------------------------------------------------------------------

test('procedure ids: full-width digits and dash look-alikes all mean 6-1', () => {
  for (const written of ['6-1', '６－１', '6ー1', '6‐1', '6−1', '６-１', '6–1', '6ｰ1', ' 6 - 1 ', '手順 6-1', 'Procedure 6-1']) {
    assert.equal(F.parseProcedureID(written), '6-1', written);
  }
  assert.equal(F.parseProcedureID('１３－０１'), '13-1');
  for (const bad of ['6', '6-', '-1', 'a-1', '6-1-2', '', null]) assert.equal(F.parseProcedureID(bad), null, String(bad));
  assert.equal(F.normalizeID('脅威３'), '脅威3');
});

test('participant ids are normalised like the server does, and checked', () => {
  assert.equal(F.participantID('Ａ－０１'), 'A-01');
  assert.equal(F.participantID(' b_02 '), 'b_02');
  assert.equal(F.participantID('x'.repeat(64)), 'x'.repeat(64));
  assert.equal(F.participantID('x'.repeat(65)), null);
  assert.equal(F.participantID('A 01'), null);
  assert.equal(F.participantID('田中'), null);
  assert.equal(F.fileName({ participant: 'Ａ－０１' }), 'A-01.md');
  assert.equal(F.fileName({ participant: '../etc' }), 'worksheet.md');
});

test('multi-line text collapses to one line without losing words', () => {
  assert.equal(F.collapse('a\nb'), 'a b');
  assert.equal(F.collapse('  first line  \r\n\r\n   second\rthird\u2028fourth  '), 'first line second third fourth');
  assert.equal(F.collapse('no break'), 'no break');
});

test('a full worksheet gives the golden Markdown (ja)', () => {
  assert.equal(F.toMarkdown(fullWorksheet(), pageData('ja')), GOLDEN_JA);
});

test('a full worksheet gives the golden Markdown with English labels (en)', () => {
  assert.equal(F.toMarkdown(fullWorksheet(), pageData('en')), GOLDEN_EN);
});

test('the golden worksheet has no findings', () => {
  assert.deepEqual(F.validate(fullWorksheet(), pageData('ja')), []);
});

test('multi-line answers stay one list item each and keep every word', () => {
  const state = fullWorksheet();
  state.threats[0].impact = '一行目\n二行目\n\n三行目';
  state.procedures[0].pairs[0].remedy = 'まず:\n- 動画を見る\n- 感想を書く';
  const md = F.toMarkdown(state, pageData('ja'));
  assert.ok(md.includes('\n- 影響: 一行目 二行目 三行目\n'));
  assert.ok(md.includes('\n  - 解決手段: まず: - 動画を見る - 感想を書く\n'));
});

test('a leading #, - or | in an answer is kept verbatim inside the list item', () => {
  const state = fullWorksheet();
  state.threats[0].business = '# 見出しではない';
  state.threats[0].impact = '- 箇条書きではない';
  state.procedures[0].reason = '| 表ではない |';
  const md = F.toMarkdown(state, pageData('ja'));
  assert.ok(md.includes('\n- 事業内容: # 見出しではない\n'));
  assert.ok(md.includes('\n- 影響: - 箇条書きではない\n'));
  assert.ok(md.includes('\n- 理由: | 表ではない |\n'));
  // Every line of the body is a heading, a field item, a nested remedy or blank.
  const body = md.split('---\n')[2];
  for (const line of body.split('\n')) {
    assert.match(line, /^(#{2,3} .+|- [^:]+:( .*)?|  - [^:]+:( .*)?|)$/, line);
  }
});

test('front matter values YAML would misread are quoted', () => {
  assert.equal(F.yamlScalar('卸売業'), '卸売業');
  assert.equal(F.yamlScalar('IT: 受託開発'), '"IT: 受託開発"');
  assert.equal(F.yamlScalar('製造 #2工場'), '"製造 #2工場"');
  assert.equal(F.yamlScalar('"引用"と\\'), '"\\"引用\\"と\\\\"');
  assert.equal(F.yamlScalar('001'), '"001"');
  assert.equal(F.yamlScalar('yes'), '"yes"');
  assert.equal(F.yamlScalar('- 小売'), '"- 小売"');
  assert.equal(F.yamlScalar(''), '""');
  const state = fullWorksheet();
  state.industry = '製造業\n（部品）: 30名';
  state.publish = false;
  const md = F.toMarkdown(state, pageData('ja'));
  assert.ok(md.startsWith('---\nparticipant: A-01\ngroup: A\nindustry: "製造業 （部品）: 30名"\npublish: false\n---\n'));
});

test('an empty form reports the missing front matter and empty themes', () => {
  const findings = F.validate(F.emptyState(), pageData('ja'));
  assert.deepEqual(codes(findings), ['empty-theme', 'empty-theme', 'missing-field', 'missing-field', 'missing-field']);
  assert.deepEqual(findings.filter((f) => f.code === 'missing-field').map((f) => f.field), ['participant', 'group', 'industry']);
  assert.ok(findings.every((f) => f.message.length > 0));
  // The empty form still produces a well-formed skeleton with every theme heading.
  const md = F.toMarkdown(F.emptyState(), pageData('ja'));
  assert.ok(md.includes('## ① 事業影響の認識') && md.includes('## ② 有効な実施手順') && md.includes('## ③ 課題と解決手段'));
});

test('theme ① needs business and impact for each threat', () => {
  const state = fullWorksheet();
  state.threats[1].business = '  ';
  state.threats[1].impact = '';
  const findings = F.validate(state, pageData('ja'));
  assert.deepEqual(findings.map((f) => [f.code, f.severity, f.field]), [
    ['missing-impact-field', 'error', 'threat-8-business'],
    ['missing-impact-field', 'error', 'threat-8-impact'],
  ]);
  assert.equal(findings[0].message, '脅威 8 に「事業内容」がありません');
  const md = F.toMarkdown(state, pageData('ja'));
  assert.ok(md.includes('### 脅威 8 ビジネスメール詐欺による金銭被害\n- 影響度: 中\n\n## ②'));
});

test('theme ② needs a reason, and its threats should be in theme ①', () => {
  const state = fullWorksheet();
  state.procedures[1].reason = '';
  state.procedures[1].threats = [3, 2];
  const findings = F.validate(state, pageData('en'));
  assert.deepEqual(findings.map((f) => [f.code, f.severity, f.field]), [
    ['missing-reason', 'error', 'procedure-13-1-reason'],
    ['threat-not-in-impacts', 'warning', 'procedure-13-1-threats'],
  ]);
  assert.equal(findings[0].message, "procedure 13-1 has no 'Reason' (理由)");
  assert.equal(findings[1].message, 'procedure 13-1 names threat 2, which theme 1 does not assess');
});

test('theme ③: a procedure without pairs, an obstacle without remedy, a remedy without obstacle', () => {
  const state = fullWorksheet();
  state.procedures[0].pairs = [
    { obstacle: '講師がいない。', remedy: '' },
    { obstacle: '', remedy: '動画教材を使う。' },
    { obstacle: ' ', remedy: '' },
  ];
  state.procedures[1].pairs = [];
  const findings = F.validate(state, pageData('ja'));
  assert.deepEqual(findings.map((f) => [f.code, f.severity, f.field]), [
    ['obstacle-without-remedy', 'warning', 'procedure-6-1-remedy-0'],
    ['remedy-without-obstacle', 'warning', 'procedure-6-1-obstacle-1'],
    ['missing-obstacles', 'warning', 'procedure-13-1-obstacles'],
  ]);
  const md = F.toMarkdown(state, pageData('ja'));
  assert.ok(md.endsWith('## ③ 課題と解決手段\n\n### 6-1\n- 課題: 講師がいない。\n- 課題:\n  - 解決手段: 動画教材を使う。\n'));
});

test('duplicates, unknown and excluded ids, bad participant and group are errors', () => {
  const state = fullWorksheet();
  state.participant = 'A 01';
  state.group = 'Z';
  state.threats.push({ id: 3, business: 'x', impact: 'y', severity: '' });
  state.threats.push({ id: 1, business: 'x', impact: 'y', severity: '' });
  state.threats.push({ id: 99, business: 'x', impact: 'y', severity: 'huge' });
  state.procedures.push(F.readState({ procedures: [{ id: '６－１', reason: 'r', pairs: [{ obstacle: 'o', remedy: 'r' }] }] }).procedures[0]);
  state.procedures.push(F.readState({ procedures: [{ id: '6-9', reason: 'r', pairs: [{ obstacle: 'o', remedy: 'r' }] }] }).procedures[0]);
  state.procedures.push(F.readState({ procedures: [{ id: 'abc', reason: 'r' }] }).procedures[0]);
  assert.deepEqual(codes(F.validate(state, pageData('ja'))), [
    'duplicate-procedure', 'duplicate-threat', 'excluded-threat', 'invalid-field', 'invalid-severity',
    'malformed-procedure', 'unknown-group', 'unknown-procedure', 'unknown-threat',
  ]);
});

test('every code and severity matches the checker (Sources/WorkshopModel/FindingCode.swift)', () => {
  const swift = fs.readFileSync(path.join(repo, 'Sources/WorkshopModel/FindingCode.swift'), 'utf8');
  const rawByCase = {};
  for (const m of swift.matchAll(/case (\w+) = "([a-z-]+)"/g)) rawByCase[m[1]] = m[2];
  const severityOf = (raw) => {
    const body = swift.slice(swift.indexOf('var defaultSeverity'), swift.indexOf('var isErrorWhenStrict'));
    const block = (name) => {
      const match = new RegExp(`case ([^:]+):\\s*\\.${name}`).exec(body);
      return match ? match[1].split(',').map((s) => rawByCase[s.trim().replace(/^\./, '')]) : [];
    };
    if (block('note').includes(raw)) return 'note';
    if (block('warning').includes(raw)) return 'warning';
    return 'error';
  };
  assert.ok(Object.keys(rawByCase).length > 20, 'FindingCode.swift was read');
  for (const [code, severity] of Object.entries(F.SEVERITY_OF)) {
    assert.ok(Object.values(rawByCase).includes(code), `${code} is a FindingCode`);
    assert.equal(severity, severityOf(code), code);
  }
});

test('messages are in the site language', () => {
  const ja = F.validate(F.emptyState(), pageData('ja')).map((f) => f.message).join(' ');
  const en = F.validate(F.emptyState(), pageData('en')).map((f) => f.message).join(' ');
  assert.match(ja, /[ぁ-んァ-ン]/);
  assert.doesNotMatch(en, /[ぁ-んァ-ン]/);
  assert.deepEqual(Object.keys(TEXT.ja).sort(), Object.keys(TEXT.en).sort(), 'every UI string exists in both languages');
});

test('procedure search: by id in any width, by control number, by words', () => {
  const data = pageData('ja');
  const ids = (query) => F.searchProcedures(data, query).map((p) => p.id);
  assert.deepEqual(ids(''), ['1-3', '6-1', '6-2', '6-3', '13-1', '16-1']);
  assert.deepEqual(ids('６－１'), ['6-1']);
  assert.deepEqual(ids('6ー1'), ['6-1']);
  assert.deepEqual(ids('6-'), ['6-1', '6-2', '6-3']);
  assert.deepEqual(ids('6'), ['6-1', '6-2', '6-3']);
  assert.deepEqual(ids('研修'), ['1-3', '6-1']);
  assert.deepEqual(ids('人的 フィッシング'), ['6-3']);
  assert.deepEqual(ids('データ漏えい'), ['13-1']);
  assert.deepEqual(ids('ＤＬＰ'), []);
  assert.deepEqual(ids('8.12'), ['13-1']);
  assert.deepEqual(ids('存在しない'), []);
});

test('procedure search: in the site language and in the catalogue\'s other languages', () => {
  const data = F.readData({
    language: 'en',
    controls: [
      { no: 6, category: 'people', categoryName: 'People', iso: '6.3', title: 'Information security awareness, education and training',
        otherTitles: ['情報セキュリティの意識向上、教育および訓練'],
        procedures: [
          { id: '6-1', text: 'Hold annual security training for all staff.', otherTexts: ['全社員向けに、年次セキュリティ研修を開催。'] },
          { id: '6-3', text: 'Run regular phishing email drills and evaluate how staff respond.', otherTexts: ['定期的なフィッシングメール対策訓練を実施し、社員の反応を評価。'] }] },
      { no: 14, category: 'technological', categoryName: 'Technological', iso: '8.13', title: 'Information backup', otherTitles: ['情報のバックアップ'],
        procedures: [{ id: '14-2', text: 'Test restoring from the backup data regularly.', otherTexts: ['バックアップデータの復旧テストを定期的実施。'] }] },
    ],
  });
  const ids = (query) => F.searchProcedures(data, query).map((p) => p.id);
  assert.deepEqual(ids('training'), ['6-1', '6-3'], 'English words find procedures (6-3 through its control title)');
  assert.deepEqual(ids('Training ANNUAL'), ['6-1']);
  assert.deepEqual(ids('研修'), ['6-1'], 'the catalogue\'s Japanese text is searched too');
  assert.deepEqual(ids('バックアップ'), ['14-2'], 'and its Japanese control titles');
  assert.deepEqual(ids('restoring'), ['14-2']);
});

test('the page data is read defensively', () => {
  const empty = F.readData(null);
  assert.equal(empty.language, 'ja');
  assert.deepEqual(empty.threats, []);
  assert.deepEqual(empty.controls, []);
  assert.equal(empty.collect, false);
  const data = F.readData({ language: 'en', threats: [{ id: 1, title: 'a' }, { id: 2, title: 'b' }, { title: 'no id' }], excludedThreats: [1], collect: true });
  assert.deepEqual(data.offeredThreats.map((t) => t.id), [2]);
  assert.equal(data.collect, true);
  const state = F.readState({ threats: 'nope', procedures: [{ id: '6-1', pairs: [null] }], publish: 'yes', stash: { threats: { 3: { id: 3 } } } });
  assert.deepEqual(state.threats, []);
  assert.deepEqual(state.procedures[0].pairs, [{ obstacle: '', remedy: '' }]);
  assert.equal(state.publish, false);
  assert.equal(state.stash.threats[3].id, 3);
});

test('the collection endpoint is found relative to the page', () => {
  const page = 'http://192.168.1.5:8080/events/2024-10-08-session-06/fill/';
  assert.equal(F.collectURL(page, '../../../', '2024-10-08-session-06'), 'http://192.168.1.5:8080/api/events/2024-10-08-session-06/worksheets');
  assert.equal(F.collectURL(page + 'index.html', '../../../', '2024-10-08-session-06'), 'http://192.168.1.5:8080/api/events/2024-10-08-session-06/worksheets');
  assert.equal(F.collectURL('https://h/sub/events/s/fill/', '../../../', 's'), 'https://h/sub/api/events/s/worksheets');
});

test('the server answers become messages, findings and the edit token', () => {
  const created = F.describeResponse(201, { participant: 'A-01', file: 'worksheets/A-01.md', editToken: 'tok', findings: [{ line: 3, column: 1, severity: 'warning', code: 'missing-obstacles', message: 'm' }] }, 'ja');
  assert.equal(created.kind, 'ok');
  assert.equal(created.token, 'tok');
  assert.equal(created.findings.length, 1);
  assert.equal(F.describeResponse(200, {}, 'en').message, 'Your worksheet was updated.');
  const rejected = F.describeResponse(422, { findings: [{ line: 24, column: 5, severity: 'error', code: 'missing-reason', message: 'x' }] }, 'ja');
  assert.equal(rejected.kind, 'error');
  assert.equal(rejected.findings[0].code, 'missing-reason');
  for (const status of [400, 403, 409, 413, 429, 503]) {
    const ja = F.describeResponse(status, null, 'ja');
    const en = F.describeResponse(status, null, 'en');
    assert.equal(ja.kind, 'error');
    assert.match(ja.message, /[ぁ-んァ-ン]/, String(status));
    assert.doesNotMatch(en.message, /[ぁ-んァ-ン]/, String(status));
    assert.notEqual(ja.message, F.describeResponse(500, null, 'ja').message);
  }
  assert.match(F.describeResponse(500, 'not json', 'en').message, /500/);
  // The server's own reason, where it gives one: which limit, what could not be saved.
  const limited = F.describeResponse(429, { error: '参加コードの入力が多すぎます。30 秒後にもう一度送ってください' }, 'ja');
  assert.equal(limited.message, '参加コードの入力が多すぎます。30 秒後にもう一度送ってください。記入内容はこのブラウザに残っています。');
  const unsaved = F.describeResponse(503, { error: 'could not save the edit token to submissions.json in the state folder (No space left on device); the worksheet was not accepted, send it again' }, 'en');
  assert.match(unsaved.message, /^Could not save the edit token/);
  assert.match(unsaved.message, /send it again\. Your answers stay in this browser\.$/);
  assert.doesNotMatch(unsaved.message, /event\.yaml/);
});
