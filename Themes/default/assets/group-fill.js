/* The group form: the scribe picks from what the group's members wrote in
 * their worksheets (threats, impacts, procedures and reasons, obstacles and
 * remedies), edits it, and gets the group sheet (`groups/<group>.md`) in the
 * content format, checked as they type with the codes of `workshop check`.
 *
 * Plain script, no dependencies; works from file:// and offline. This part
 * has no DOM (group-fill-form.js is the page) and also runs under node for
 * the tests in Tests/JS. Needs form-kit.js. */
(function (root) {
  'use strict';

  const K = root.WorkshopFormKit || (typeof require === 'function' ? require('./form-kit.js') : null);
  const { parseProcedureID, isBlank, collapse, asArray, pick, short, findProcedure, findThreat, yamlScalar } = K;

  function textOf(value) { return typeof value === 'string' ? value : ''; }

  // ---------------------------------------------------------------------------
  // Markdown text: what members and sheets hold is Markdown as written; the
  // form edits plain text and escapes it again when it writes the sheet.

  /** Markdown source as the text it shows: backslash escapes undone (`\<` → `<`, `\|` → `|`). */
  function unescapeMarkdown(text) {
    return String(text == null ? '' : text).replace(/\\([!-/:-@[-`{-~])/g, '$1');
  }

  /** Text on one line that Markdown shows as typed: `\` and `<` escaped (no raw HTML, no
   * autolink), an entity-like `&name;` kept literal. */
  function escapeInline(text) {
    return collapse(text)
      .replace(/\\/g, '\\\\')
      .replace(/</g, '\\<')
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  }

  /** Inline text that starts a block (a bullet's text): a leading `#`, `-`, `+`, `*`, `>`, `=`,
   * `_`, `~`, `` ` ``, `[`, `|` or `1.` would make a heading, list, quote, rule, code or table of it. */
  function escapeBlockText(text) {
    const inline = escapeInline(text);
    if (/^[#>+*=_~`[|-]/.test(inline)) return '\\' + inline;
    return inline.replace(/^(\d{1,9})([.)])/, '$1\\$2');
  }

  /** A table cell: inline text with `|` escaped (a line break is already a space). */
  function escapeCell(text) {
    return escapeInline(text).replace(/\|/g, '\\|');
  }

  // ---------------------------------------------------------------------------
  // The page data (GroupFillData in Sources/WorkshopRender)

  function readPairs(list) {
    return asArray(list).filter((p) => p && typeof p === 'object').map((p) => ({
      obstacle: textOf(p.obstacle), remedies: asArray(p.remedies).map(textOf),
    }));
  }

  /** A defensive copy of the page data: missing parts become empty, never a crash. */
  function readData(raw) {
    const data = raw && typeof raw === 'object' ? raw : {};
    const group = data.group && typeof data.group === 'object' ? data.group : {};
    const sheet = data.sheet && typeof data.sheet === 'object' ? data.sheet : null;
    const text = {};
    for (const [key, value] of Object.entries(data.text && typeof data.text === 'object' ? data.text : {})) {
      if (typeof value === 'string') text[key] = value;
    }
    return Object.assign({
      language: data.language === 'en' ? 'en' : 'ja',
      event: K.readEvent(data),
      group: {
        id: textOf(group.id), name: textOf(group.name), title: textOf(group.title) || textOf(group.id),
        members: asArray(group.members).map(textOf).filter((m) => m !== ''),
      },
      worksheets: asArray(data.worksheets).filter((w) => w && typeof w === 'object').map((w) => ({
        participant: textOf(w.participant),
        industry: textOf(w.industry),
        impacts: asArray(w.impacts).filter((i) => i && Number.isInteger(Number(i.threat))).map((i) => ({
          threat: Number(i.threat), title: textOf(i.title), business: textOf(i.business), impact: textOf(i.impact),
          severity: textOf(i.severity),
        })),
        choices: asArray(w.choices).filter((c) => c && textOf(c.procedure) !== '').map((c) => ({
          procedure: parseProcedureID(c.procedure) || textOf(c.procedure), text: textOf(c.text),
          threats: asArray(c.threats).map(Number).filter(Number.isInteger), reason: textOf(c.reason),
        })),
        obstacles: asArray(w.obstacles).filter((o) => o && textOf(o.procedure) !== '').map((o) => ({
          procedure: parseProcedureID(o.procedure) || textOf(o.procedure), pairs: readPairs(o.pairs),
        })),
      })),
      sheet: sheet && {
        threats: asArray(sheet.threats).map(Number).filter(Number.isInteger),
        industries: asArray(sheet.industries).map(textOf),
        publish: sheet.publish === true,
        impacts: asArray(sheet.impacts).map(textOf),
        common: asArray(sheet.common).filter((c) => c && textOf(c.procedure) !== '')
          .map((c) => ({ procedure: parseProcedureID(c.procedure) || textOf(c.procedure), reason: textOf(c.reason) })),
        views: asArray(sheet.views).map(textOf),
        obstacles: readPairs(sheet.obstacles),
      },
      collect: data.collect === true,
      text,
    }, K.readCatalogue(data));
  }

  /** A UI string of the theme (`groupFill…`), with `{name}` filled in. */
  function say(data, key, values) {
    let text = Object.prototype.hasOwnProperty.call(data.text, key) ? data.text[key] : key;
    for (const [name, value] of Object.entries(values || {})) text = text.split(`{${name}}`).join(String(value));
    return text;
  }

  // ---------------------------------------------------------------------------
  // The sheet as the form keeps it

  function emptyState() {
    return { threats: [], industries: '', publish: false, impacts: [], common: [], views: [], rows: [], added: [], seen: [] };
  }

  function uniqueIndustries(data) {
    const seen = [];
    for (const w of data.worksheets) {
      const industry = collapse(w.industry);
      if (industry !== '' && !seen.includes(industry)) seen.push(industry);
    }
    return seen;
  }

  /** What the form opens with when it has no draft: the group sheet as it stands, else the
   * members' industries and nothing chosen. Markdown from the files becomes plain text. */
  function initialState(data) {
    const state = emptyState();
    const sheet = data.sheet;
    if (sheet) {
      state.threats = sheet.threats.slice();
      state.industries = sheet.industries.map(unescapeMarkdown).join('\n');
      state.publish = sheet.publish;
      state.impacts = sheet.impacts.map(unescapeMarkdown);
      state.common = sheet.common.map((c) => ({ procedure: c.procedure, reason: unescapeMarkdown(c.reason) }));
      state.views = sheet.views.map(unescapeMarkdown);
      state.rows = sheet.obstacles.map((p) => ({ obstacle: unescapeMarkdown(p.obstacle), remedy: p.remedies.map(unescapeMarkdown).join(' / ') }));
    } else {
      state.industries = uniqueIndustries(data).join('\n');
    }
    state.seen = suggestionKeys(state, data);
    return state;
  }

  /** A draft read back from storage, whatever shape it has (null when there is none). */
  function readState(raw) {
    if (!raw || typeof raw !== 'object') return null;
    const state = emptyState();
    state.threats = asArray(raw.threats).map(Number).filter(Number.isInteger);
    state.industries = textOf(raw.industries);
    state.publish = raw.publish === true;
    state.impacts = asArray(raw.impacts).map(textOf);
    state.common = asArray(raw.common).filter((c) => c && typeof c === 'object')
      .map((c) => ({ procedure: textOf(c.procedure), reason: textOf(c.reason) })).filter((c) => c.procedure !== '');
    state.views = asArray(raw.views).map(textOf);
    state.rows = asArray(raw.rows).filter((r) => r && typeof r === 'object')
      .map((r) => ({ obstacle: textOf(r.obstacle), remedy: textOf(r.remedy) }));
    state.added = asArray(raw.added).map(textOf);
    state.seen = asArray(raw.seen).map(textOf);
    return state;
  }

  // ---------------------------------------------------------------------------
  // Suggestions: what the members wrote, for the group's choices

  /** The threats the members assessed in ①, with how many chose each (most first, then by id),
   * and every other threat the event offers after them. */
  function threatChoices(data) {
    const counts = new Map();
    for (const w of data.worksheets) {
      for (const id of new Set(w.impacts.map((i) => i.threat))) counts.set(id, (counts.get(id) || 0) + 1);
    }
    const offered = data.offeredThreats.map((t) => ({ id: t.id, title: t.title, count: counts.get(t.id) || 0 }));
    const unknown = [...counts.keys()].filter((id) => !offered.some((t) => t.id === id))
      .map((id) => ({ id, title: (findThreat(data, id) || {}).title || '', count: counts.get(id) }));
    return offered.concat(unknown).sort((a, b) => b.count - a.count || a.id - b.id);
  }

  /** Members' ① entries for the chosen threats: `{key, participant, industry, threat, business, impact, severity, text}`
   * (`text`: what the add button puts into the group's list: the impact, as the group sheet's ① lists
   * impacts; the business, shown beside it, only when the impact is empty). */
  function impactSuggestions(state, data) {
    const out = [];
    for (const threat of state.threats) {
      for (const w of data.worksheets) {
        w.impacts.forEach((i, index) => {
          if (i.threat !== threat) return;
          const business = collapse(unescapeMarkdown(i.business));
          const impact = collapse(unescapeMarkdown(i.impact));
          const text = impact === '' ? business : impact;
          out.push({ key: `impact:${w.participant}:${threat}:${index}`, participant: w.participant, industry: w.industry, threat,
            business, impact, severity: i.severity, text });
        });
      }
    }
    return out;
  }

  /** The procedures members chose in ② for the chosen threats (all, while none is chosen; a choice
   * that names no threat counts for any), with how many chose each and every member's reason. */
  function procedureSuggestions(state, data) {
    const byID = new Map();
    for (const w of data.worksheets) {
      w.choices.forEach((c, index) => {
        const relevant = state.threats.length === 0 || c.threats.length === 0 || c.threats.some((t) => state.threats.includes(t));
        if (!relevant) return;
        const known = findProcedure(data, c.procedure);
        const entry = byID.get(c.procedure) || { id: c.procedure, text: known ? known.text : c.text, count: 0, members: [] };
        if (!entry.members.some((m) => m.participant === w.participant)) entry.count += 1;
        entry.members.push({ key: `reason:${w.participant}:${c.procedure}:${index}`, participant: w.participant, industry: w.industry,
          reason: collapse(unescapeMarkdown(c.reason)) });
        byID.set(c.procedure, entry);
      });
    }
    return [...byID.values()].sort((a, b) => b.count - a.count || compareProcedures(a.id, b.id));
  }

  function compareProcedures(a, b) {
    const pa = String(a).split('-').map(Number);
    const pb = String(b).split('-').map(Number);
    return (pa[0] - pb[0]) || (pa[1] - pb[1]) || String(a).localeCompare(String(b));
  }

  /** Members' ③ pairs for the common procedures: `{key, procedure, participant, industry, obstacle, remedy}`. */
  function rowSuggestions(state, data) {
    const out = [];
    for (const common of state.common) {
      const id = parseProcedureID(common.procedure) || common.procedure;
      for (const w of data.worksheets) {
        for (const entry of w.obstacles) {
          if (entry.procedure !== id) continue;
          entry.pairs.forEach((pair, index) => {
            out.push({ key: `row:${w.participant}:${id}:${index}`, procedure: id, participant: w.participant, industry: w.industry,
              obstacle: collapse(unescapeMarkdown(pair.obstacle)),
              remedy: pair.remedies.map((r) => collapse(unescapeMarkdown(r))).filter((r) => r !== '').join(' / ') });
          });
        }
      }
    }
    return out;
  }

  /** Every suggestion the members' worksheets give (for every threat and procedure): the ones
   * a reloaded page has not seen before are marked new. */
  function suggestionKeys(state, data) {
    const all = Object.assign({}, state, {
      threats: threatChoices(data).map((t) => t.id),
      common: [],
    });
    const keys = impactSuggestions(all, data).map((s) => s.key);
    const procedures = procedureSuggestions(Object.assign({}, all, { threats: [] }), data);
    for (const p of procedures) for (const m of p.members) keys.push(m.key);
    const everyProcedure = procedures.map((p) => ({ procedure: p.id, reason: '' }));
    for (const s of rowSuggestions(Object.assign({}, all, { common: everyProcedure }), data)) keys.push(s.key);
    return keys;
  }

  /** The industries as a list: one a line (an industry may hold `、` or `,`: 「金属加工業（切削加工、従業員18名）」). */
  function industryList(state) {
    return String(state.industries || '').split(/\r\n?|\n/).map((s) => collapse(s)).filter((s) => s !== '');
  }

  /** The obstacle/remedy rows that hold anything. */
  function filledRows(state) {
    return state.rows.map((row, index) => ({ obstacle: row.obstacle, remedy: row.remedy, index }))
      .filter((row) => !isBlank(row.obstacle) || !isBlank(row.remedy));
  }

  // ---------------------------------------------------------------------------
  // Checks: the codes and messages of Sources/WorkshopCheck/GroupSheetRules.swift
  // and Sources/WorkshopLoad/GroupSheetReader.swift

  const SEVERITY_OF = {
    'missing-field': 'error', 'unknown-threat': 'error', 'excluded-threat': 'error', 'duplicate-threat': 'error',
    'malformed-procedure': 'error', 'unknown-procedure': 'error', 'duplicate-procedure': 'error',
    'missing-reason': 'error', 'empty-theme': 'warning', 'obstacle-without-remedy': 'warning',
    'remedy-without-obstacle': 'warning',
  };

  const LABELS = {
    ja: {
      theme1: '① 事業影響の認識', theme2: '② 共通認識', views: '多様な視点', theme3: '③ 課題と解決手段',
      reason: '理由', obstacle: '課題', remedy: '解決手段',
    },
    en: {
      theme1: '1. Business impact', theme2: '2. Common procedure', views: 'Diverse views', theme3: '3. Obstacles and remedies',
      reason: 'Reason', obstacle: 'Obstacle', remedy: 'Remedy',
    },
  };

  /** Findings for the sheet as it stands: `{code, severity, field, message}`, `field` being the
   * id of the form part the finding is about. */
  function validate(state, data) {
    const lang = data.language;
    const L = LABELS[lang] || LABELS.ja;
    const findings = [];
    const add = (code, field, ja, en) => findings.push({ code, severity: SEVERITY_OF[code], field, message: pick(lang, ja, en) });

    if (state.threats.length === 0) {
      add('missing-field', 'threats', 'グループシートに threats（検討した脅威）がありません',
        "the group sheet has no 'threats' (the threats the group studied)");
    }
    const seenThreats = new Set();
    for (const id of state.threats) {
      if (data.excludedThreats.includes(id)) {
        add('excluded-threat', 'threats', `脅威 ${id} はこの回の対象外です`, `threat ${id} is excluded from this session`);
      } else if (!findThreat(data, id)) {
        add('unknown-threat', 'threats', `脅威 ${id} はこの回の脅威一覧にありません`, `unknown threat ${id}: it is not in the event's threat catalogue`);
      } else if (seenThreats.has(id)) {
        add('duplicate-threat', 'threats', `脅威 ${id} が2回あります`, `threat ${id} is listed twice`);
      }
      seenThreats.add(id);
    }

    if (!state.impacts.some((text) => !isBlank(text))) {
      add('empty-theme', 'impacts', `「${L.theme1}」に内容がありません`, `the section '${L.theme1}' is empty`);
    }

    if (state.common.length === 0) {
      add('empty-theme', 'common', `「${L.theme2}」に内容がありません`, `the section '${L.theme2}' is empty`);
    }
    const seenProcedures = new Set();
    state.common.forEach((choice, index) => {
      const id = parseProcedureID(choice.procedure);
      const field = `common-${index}`;
      if (!id) {
        add('malformed-procedure', field, `実施手順の番号が読めません: '${short(choice.procedure, 20)}'（例: 6-1）`,
          `malformed procedure id '${short(choice.procedure, 20)}' (expected e.g. 6-1)`);
      } else if (!findProcedure(data, id)) {
        const control = data.controls.find((c) => c.no === Number(id.split('-')[0]));
        if (control) {
          const ids = control.procedures.map((p) => p.id).join(', ');
          add('unknown-procedure', field, `実施手順 '${id}' はありません: 管理策 ${control.no} の手順は ${ids} です`,
            `unknown procedure '${id}': control ${control.no} has ${ids}`);
        } else {
          add('unknown-procedure', field, `実施手順 '${id}' はありません: 管理策 ${id.split('-')[0]} は管理策表にありません`,
            `unknown procedure '${id}': the control table has no control ${id.split('-')[0]}`);
        }
      } else if (seenProcedures.has(id)) {
        add('duplicate-procedure', field, `実施手順 ${id} が2回あります`, `procedure ${id} appears twice`);
      }
      if (id) seenProcedures.add(id);
      if (isBlank(choice.reason)) {
        const name = id || choice.procedure;
        add('missing-reason', `${field}-reason`, `実施手順 ${name} に「理由」がありません`, `procedure ${name} has no 'Reason' (理由)`);
      }
    });

    let sawObstacle = false;
    for (const row of filledRows(state)) {
      if (!isBlank(row.obstacle)) {
        sawObstacle = true;
        if (isBlank(row.remedy)) {
          add('obstacle-without-remedy', `row-${row.index}-remedy`, `課題「${short(row.obstacle, 30)}」に解決手段がありません`,
            `obstacle '${short(row.obstacle, 40)}' has no remedy`);
        }
      } else if (!sawObstacle) {
        add('remedy-without-obstacle', `row-${row.index}-obstacle`, '解決手段の前に、対応する課題（- 課題: …）がありません',
          'this remedy has no obstacle before it (- Obstacle: …)');
      }
    }
    return findings;
  }

  // ---------------------------------------------------------------------------
  // Markdown in the content format (docs/content-format.md, "Group sheet")

  /** The group sheet, exactly as `groups/<group>.md` would hold it. No hint section: the hint
   * is the facilitator's (the collection endpoint keeps the one the file has). */
  function toMarkdown(state, data) {
    const L = LABELS[data.language] || LABELS.ja;
    const threats = [];
    for (const id of state.threats) if (!threats.includes(id)) threats.push(id);
    const lines = ['---'];
    lines.push(`group: ${yamlScalar(data.group.id)}`);
    lines.push(`threats: [${threats.join(', ')}]`);
    lines.push(`industries: [${industryList(state).map((s) => yamlScalar(s, true)).join(', ')}]`);
    lines.push(`publish: ${state.publish ? 'true' : 'false'}`);
    lines.push('---', '', `## ${L.theme1}`);
    for (const text of state.impacts) if (!isBlank(text)) lines.push(`- ${escapeBlockText(text)}`);
    lines.push('', `## ${L.theme2}`);
    for (const choice of state.common) {
      const id = parseProcedureID(choice.procedure);
      const known = id ? findProcedure(data, id) : null;
      lines.push(`### ${id || escapeInline(choice.procedure)}${known && known.text ? ' ' + escapeInline(known.text) : ''}`);
      lines.push(isBlank(choice.reason) ? `- ${L.reason}:` : `- ${L.reason}: ${escapeInline(choice.reason)}`);
    }
    const views = state.views.filter((text) => !isBlank(text));
    if (views.length > 0) {
      lines.push('', `## ${L.views}`);
      for (const text of views) lines.push(`- ${escapeBlockText(text)}`);
    }
    const rows = filledRows(state);
    if (rows.length > 0) {
      lines.push('', `## ${L.theme3}`, `| ${L.obstacle} | ${L.remedy} |`, '|---|---|');
      for (const row of rows) lines.push(`| ${escapeCell(row.obstacle)} | ${escapeCell(row.remedy)} |`);
    }
    return lines.join('\n') + '\n';
  }

  function fileName(data) {
    return `${data.group.id || 'group'}.md`;
  }

  // ---------------------------------------------------------------------------
  // Live collection (workshop serve --collect)

  function collectURL(pageHref, siteRoot, slug) {
    return K.collectURL(pageHref, siteRoot, slug, 'groups');
  }

  /** What the server's answer means for the scribe: the theme's words per status; for the
   * refusals the server explains (400, 403, 409, 413, 422, 429, 500, 503), its own message first. */
  function describeResponse(status, body, data) {
    const answers = {};
    for (const code of [201, 200, 400, 403, 409, 413, 422, 429, 503]) {
      answers[code] = [code < 300 ? 'ok' : 'error', say(data, `groupFillAnswer${code}`)];
    }
    const result = K.describeAnswer(status, body, data.language, answers, [400, 403, 409, 413, 422, 429, 500, 503], say(data, 'groupFillAnswerKept'));
    if (!answers[status] && !(body && body.error)) result.message = say(data, 'groupFillAnswerOther', { status });
    return result;
  }

  function draftKey(data) { return `workshop-group-fill:draft:${data.event.slug}:${data.group.id}`; }
  function tokenKey(data) { return `workshop-group-fill:token:${data.event.slug}:${data.group.id}`; }

  const api = {
    unescapeMarkdown, escapeInline, escapeBlockText, escapeCell, readData, say, emptyState, initialState, readState,
    threatChoices, impactSuggestions, procedureSuggestions, rowSuggestions, suggestionKeys, industryList, filledRows,
    validate, toMarkdown, fileName, collectURL, describeResponse, draftKey, tokenKey, LABELS, SEVERITY_OF,
  };
  root.WorkshopGroupFill = api;
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
