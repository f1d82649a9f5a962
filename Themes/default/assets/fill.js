/* The participant fill-in form: pick threats, procedures and obstacle/remedy
 * pairs, see the same findings as `workshop check` while typing, and get the
 * worksheet as Markdown in the content format (download, copy or submit).
 *
 * Plain script, no dependencies; works from file:// and offline. The pure part
 * (normalisation, search, checks, Markdown) also runs under node for the tests
 * in Tests/JS: the DOM part only starts when `document` exists. */
(function (root) {
  'use strict';

  // The helpers shared with the group form (form-kit.js, loaded before this script).
  const K = root.WorkshopFormKit || (typeof require === 'function' ? require('./form-kit.js') : null);
  const { normalizeID, parseProcedureID, isBlank, collapse, asArray, asText, pick, short,
    procedureList, findProcedure, findThreat, yamlScalar } = K;

  const PARTICIPANT = /^[A-Za-z0-9_-]{1,64}$/;

  /** The participant id as it will be written (NFKC + dash fold), or null when invalid. */
  function participantID(text) {
    const id = normalizeID(text);
    return PARTICIPANT.test(id) ? id : null;
  }

  // ---------------------------------------------------------------------------
  // The event data the site engineer prints into #workshop-data

  /** A defensive copy of the page data: missing parts become empty, never a crash. */
  function readData(raw) {
    const data = raw && typeof raw === 'object' ? raw : {};
    return Object.assign({
      language: data.language === 'en' ? 'en' : 'ja',
      event: K.readEvent(data),
      groups: asArray(data.groups).filter((g) => g && !isBlank(g.id))
        .map((g) => ({ id: asText(g.id), name: asText(g.name) })),
      collect: data.collect === true,
    }, K.readCatalogue(data));
  }

  /** Procedures matching what the participant typed: an id (`6-1`, `６－１`, `6-`),
   * a control number (`6`), or words of the text, control title or category,
   * in the site's language or in the catalogue's others (`otherTexts`, `otherTitles`). */
  function searchProcedures(data, query) {
    const all = procedureList(data);
    const folded = normalizeID(query).toLowerCase();
    if (folded === '') return all;
    const exact = parseProcedureID(folded);
    if (exact) {
      const hits = all.filter((p) => p.id === exact);
      if (hits.length > 0) return hits;
    }
    const tokens = folded.split(/\s+/).filter((t) => t && !/^(手順|procedure|no\.?)$/.test(t));
    const keyOf = (p) => normalizeID([p.id, p.text, ...(p.otherTexts || []), p.control.title, ...(p.control.otherTitles || []),
      p.control.categoryName, p.control.category, p.control.iso].join(' ')).toLowerCase();
    return all.filter((p) => {
      const key = keyOf(p);
      return tokens.every((token) => {
        const id = parseProcedureID(token);
        if (id) return p.id === id;
        if (/^\d+-$/.test(token)) return p.id.startsWith(token.replace(/^0+(?=\d)/, ''));
        if (/^\d+$/.test(token)) return p.control.no === Number(token);
        return key.includes(token);
      });
    });
  }

  // ---------------------------------------------------------------------------
  // The participant's worksheet as the form keeps it

  const SEVERITIES = ['high', 'medium', 'low'];

  function emptyState() {
    return {
      participant: '', group: '', industry: '', publish: false,
      threats: [], procedures: [], stash: { threats: {}, procedures: {} },
    };
  }

  function textOf(value) { return typeof value === 'string' ? value : ''; }

  function readThreat(t) {
    return {
      id: Number(t && t.id),
      business: textOf(t && t.business),
      impact: textOf(t && t.impact),
      severity: textOf(t && t.severity),
    };
  }

  function readProcedure(p) {
    return {
      id: textOf(p && p.id),
      threats: asArray(p && p.threats).map(Number).filter(Number.isInteger),
      reason: textOf(p && p.reason),
      pairs: asArray(p && p.pairs).map((pair) => ({
        obstacle: textOf(pair && pair.obstacle), remedy: textOf(pair && pair.remedy),
      })),
    };
  }

  /** A draft read back from storage, whatever shape it has. */
  function readState(raw) {
    const state = emptyState();
    if (!raw || typeof raw !== 'object') return state;
    state.participant = textOf(raw.participant);
    state.group = textOf(raw.group);
    state.industry = textOf(raw.industry);
    state.publish = raw.publish === true;
    state.threats = asArray(raw.threats).map(readThreat).filter((t) => Number.isInteger(t.id));
    state.procedures = asArray(raw.procedures).map(readProcedure).filter((p) => p.id !== '');
    const stash = raw.stash && typeof raw.stash === 'object' ? raw.stash : {};
    for (const [key, value] of Object.entries(stash.threats || {})) state.stash.threats[key] = readThreat(value);
    for (const [key, value] of Object.entries(stash.procedures || {})) state.stash.procedures[key] = readProcedure(value);
    return state;
  }

  /** The rows of ③ that hold anything. */
  function filledPairs(procedure) {
    return procedure.pairs
      .map((pair, index) => ({ obstacle: pair.obstacle, remedy: pair.remedy, index }))
      .filter((pair) => !isBlank(pair.obstacle) || !isBlank(pair.remedy));
  }

  // ---------------------------------------------------------------------------
  // Checks: the same codes and messages as Sources/WorkshopCheck

  const SEVERITY_OF = {
    'missing-field': 'error', 'invalid-field': 'error', 'unknown-group': 'error',
    'unknown-threat': 'error', 'excluded-threat': 'error', 'duplicate-threat': 'error',
    'missing-impact-field': 'error', 'invalid-severity': 'warning',
    'malformed-procedure': 'error', 'unknown-procedure': 'error', 'duplicate-procedure': 'error',
    'missing-reason': 'error', 'threat-not-in-impacts': 'warning', 'empty-theme': 'warning',
    'missing-obstacles': 'warning', 'obstacle-without-remedy': 'warning',
    'remedy-without-obstacle': 'warning',
  };

  function fieldName(language, field) {
    const names = {
      participant: ['参加者ID（participant）', 'participant'],
      group: ['グループ（group）', 'group'],
      industry: ['業種（industry）', 'industry'],
    };
    const pair = names[field] || [field, field];
    return pick(language, pair[0], pair[1]);
  }

  /** Findings for the worksheet as it stands: `{code, severity, field, message}`,
   * `field` being the id of the form control the finding is about. */
  function validate(state, data) {
    const lang = data.language;
    const findings = [];
    const add = (code, field, ja, en) => findings.push({ code, severity: SEVERITY_OF[code], field, message: pick(lang, ja, en) });

    for (const field of ['participant', 'group', 'industry']) {
      if (isBlank(state[field])) {
        add('missing-field', field, `${fieldName(lang, field)}がありません`, `the front matter has no '${field}'`);
      }
    }
    if (!isBlank(state.participant) && !participantID(state.participant)) {
      add('invalid-field', 'participant',
        `参加者ID '${short(state.participant, 40)}' には半角英数字・「-」・「_」だけを使えます（64文字まで）`,
        `participant '${short(state.participant, 40)}' may only use letters, digits, '-' and '_' (up to 64)`);
    }
    if (!isBlank(state.group) && !data.groups.some((g) => g.id === state.group)) {
      const list = data.groups.map((g) => g.id).join(', ') || pick(lang, '（グループがありません）', '(none)');
      add('unknown-group', 'group', `グループ '${state.group}' は event.yaml にありません（${list}）`,
        `group '${state.group}' is not declared in event.yaml (groups: ${list})`);
    }

    // ① threats and their impact
    if (state.threats.length === 0) {
      add('empty-theme', 'theme-1', '① 事業影響の認識 で脅威を1つ以上選んでください', 'theme 1 (business impact) has no threat yet');
    }
    const assessed = new Set();
    for (const threat of state.threats) {
      const base = `threat-${threat.id}`;
      if (assessed.has(threat.id)) {
        add('duplicate-threat', base, `脅威 ${threat.id} が ① に2回あります`, `threat ${threat.id} appears twice in theme 1`);
        continue;
      }
      assessed.add(threat.id);
      if (data.excludedThreats.includes(threat.id)) {
        add('excluded-threat', base, `脅威 ${threat.id} はこの回の対象外です`, `threat ${threat.id} is excluded from this event`);
      } else if (!findThreat(data, threat.id)) {
        add('unknown-threat', base, `脅威 ${threat.id} はこの回の脅威一覧にありません`, `threat ${threat.id} is not in the event's threat catalogue`);
      }
      if (isBlank(threat.business)) {
        add('missing-impact-field', `${base}-business`, `脅威 ${threat.id} に「事業内容」がありません`, `threat ${threat.id} has no 'Business' (事業内容)`);
      }
      if (isBlank(threat.impact)) {
        add('missing-impact-field', `${base}-impact`, `脅威 ${threat.id} に「影響」がありません`, `threat ${threat.id} has no 'Impact' (影響)`);
      }
      if (!isBlank(threat.severity) && !SEVERITIES.includes(threat.severity)) {
        add('invalid-severity', `${base}-severity`, `影響度 '${threat.severity}' は 高・中・低 のいずれかにしてください`,
          `severity '${threat.severity}' should be high, medium or low (高・中・低)`);
      }
    }

    // ② procedures, ③ obstacles and remedies
    if (state.procedures.length === 0) {
      add('empty-theme', 'theme-2', '② 有効な実施手順 で実施手順を1つ以上選んでください', 'theme 2 (procedures) has no procedure yet');
    }
    const chosen = new Set();
    for (const procedure of state.procedures) {
      const id = parseProcedureID(procedure.id);
      const base = `procedure-${id || procedure.id}`;
      if (!id) {
        add('malformed-procedure', base, `'${procedure.id}' は実施手順の番号（6-1 の形）ではありません`, `'${procedure.id}' is not a procedure id like 6-1`);
        continue;
      }
      if (chosen.has(id)) {
        add('duplicate-procedure', base, `実施手順 ${id} が ② に2回あります`, `procedure ${id} appears twice in theme 2`);
        continue;
      }
      chosen.add(id);
      if (!findProcedure(data, id)) {
        add('unknown-procedure', base, `実施手順 '${id}' は管理策の表にありません`, `unknown procedure '${id}': it is not in the control table`);
      }
      if (isBlank(procedure.reason)) {
        add('missing-reason', `${base}-reason`, `実施手順 ${id} に「理由」がありません`, `procedure ${id} has no 'Reason' (理由)`);
      }
      if (assessed.size > 0) {
        for (const threat of procedure.threats) {
          if (!assessed.has(threat)) {
            add('threat-not-in-impacts', `${base}-threats`, `実施手順 ${id} の脅威 ${threat} は ① で取り上げていません`,
              `procedure ${id} names threat ${threat}, which theme 1 does not assess`);
          }
        }
      }
      const pairs = filledPairs(procedure);
      if (pairs.length === 0) {
        add('missing-obstacles', `${base}-obstacles`, `② で選んだ実施手順 ${id} の課題と解決手段が ③ にありません`,
          `procedure ${id} chosen in theme 2 has no obstacle/remedy pair in theme 3`);
      }
      for (const pair of pairs) {
        if (!isBlank(pair.obstacle) && isBlank(pair.remedy)) {
          add('obstacle-without-remedy', `${base}-remedy-${pair.index}`, `課題「${short(pair.obstacle, 30)}」に解決手段がありません`,
            `obstacle '${short(pair.obstacle, 40)}' has no remedy`);
        } else if (isBlank(pair.obstacle)) {
          add('remedy-without-obstacle', `${base}-obstacle-${pair.index}`, `解決手段「${short(pair.remedy, 30)}」に課題がありません`,
            `remedy '${short(pair.remedy, 40)}' has no obstacle`);
        }
      }
    }
    return findings;
  }

  // ---------------------------------------------------------------------------
  // Markdown in the content format

  const LABELS = {
    ja: {
      theme1: '① 事業影響の認識', theme2: '② 有効な実施手順', theme3: '③ 課題と解決手段',
      threat: '脅威', business: '事業内容', impact: '影響', severity: '影響度',
      threats: '脅威', reason: '理由', obstacle: '課題', remedy: '解決手段',
      high: '高', medium: '中', low: '低',
    },
    en: {
      theme1: '1. Business impact', theme2: '2. Procedures', theme3: '3. Obstacles and remedies',
      threat: 'Threat', business: 'Business', impact: 'Impact', severity: 'Severity',
      threats: 'Threat', reason: 'Reason', obstacle: 'Obstacle', remedy: 'Remedy',
      high: 'High', medium: 'Medium', low: 'Low',
    },
  };

  function field(label, value) {
    const text = collapse(value);
    return text === '' ? `- ${label}:` : `- ${label}: ${text}`;
  }

  /** The worksheet file, exactly as `worksheets/<participant>.md` would hold it. */
  function toMarkdown(state, data) {
    const L = LABELS[data.language] || LABELS.ja;
    const lines = ['---'];
    lines.push(`participant: ${yamlScalar(participantID(state.participant) || state.participant)}`);
    lines.push(`group: ${yamlScalar(state.group)}`);
    lines.push(`industry: ${yamlScalar(state.industry)}`);
    lines.push(`publish: ${state.publish ? 'true' : 'false'}`);
    lines.push('---', '', `## ${L.theme1}`, '');
    for (const threat of state.threats) {
      const known = findThreat(data, threat.id);
      lines.push(`### ${L.threat} ${threat.id}${known && known.title ? ' ' + known.title : ''}`);
      if (!isBlank(threat.business)) lines.push(field(L.business, threat.business));
      if (!isBlank(threat.impact)) lines.push(field(L.impact, threat.impact));
      if (!isBlank(threat.severity)) lines.push(field(L.severity, L[threat.severity] || threat.severity));
      lines.push('');
    }
    lines.push(`## ${L.theme2}`, '');
    for (const procedure of state.procedures) {
      const id = parseProcedureID(procedure.id) || collapse(procedure.id);
      const known = findProcedure(data, id);
      lines.push(`### ${id}${known && known.text ? ' ' + known.text : ''}`);
      if (procedure.threats.length > 0) lines.push(field(L.threats, procedure.threats.join(', ')));
      if (!isBlank(procedure.reason)) lines.push(field(L.reason, procedure.reason));
      lines.push('');
    }
    lines.push(`## ${L.theme3}`, '');
    for (const procedure of state.procedures) {
      const pairs = filledPairs(procedure);
      if (pairs.length === 0) continue;
      lines.push(`### ${parseProcedureID(procedure.id) || collapse(procedure.id)}`);
      for (const pair of pairs) {
        lines.push(field(L.obstacle, pair.obstacle));
        if (!isBlank(pair.remedy)) lines.push('  ' + field(L.remedy, pair.remedy));
      }
      lines.push('');
    }
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return lines.join('\n') + '\n';
  }

  function fileName(state) {
    const id = participantID(state.participant);
    return `${id || 'worksheet'}.md`;
  }

  // ---------------------------------------------------------------------------
  // Live collection (workshop serve --collect)

  /** The worksheet collection endpoint, relative to the page (`root` is the page's way up to the site root). */
  function collectURL(pageHref, siteRoot, slug) {
    return K.collectURL(pageHref, siteRoot, slug, 'worksheets');
  }

  /** What the server's answer means for the participant. */
  function describeResponse(status, body, language) {
    const p = (ja, en) => pick(language, ja, en);
    const answers = {
      201: ['ok', p('提出しました。ありがとうございます。', 'Submitted. Thank you.')],
      200: ['ok', p('提出済みのワークシートを更新しました。', 'Your worksheet was updated.')],
      400: ['error', p('送信内容を読み取れませんでした。参加者IDが半角英数字・「-」・「_」になっているか確認してください。',
        'The server could not read the worksheet. Check that the participant id uses only letters, digits, - and _.')],
      403: ['error', p('参加コードが違います。ファシリテーターが案内したコードを入力してください。',
        'The join code is missing or wrong. Enter the code the facilitator announced.')],
      409: ['error', p('この参加者IDのワークシートはすでに提出されています。最初に提出した端末とブラウザから更新するか、ファシリテーターに相談してください。',
        'A worksheet for this participant id was already submitted. Update it from the device and browser you first submitted from, or ask the facilitator.')],
      413: ['error', p('ワークシートが大きすぎます（256 KiB まで）。', 'The worksheet is too large (256 KiB at most).')],
      422: ['error', p('ワークシートにエラーがあるため受け付けられませんでした。下の指摘を直してから再度提出してください。',
        'The worksheet has errors and was not accepted. Fix the findings below and submit again.')],
      429: ['error', p('送信が続いたため、しばらく受け付けられません。少し待ってから再度提出してください。',
        'Too many submissions in a short time. Wait a moment and submit again.')],
      503: ['error', p('ファシリテーター側の設定（event.yaml）にエラーがあるため、今は提出を受け付けていません。記入内容はこのブラウザに残っています。少し待ってから再度提出してください。',
        "The facilitator's settings (event.yaml) have an error, so submissions are paused. Your answers stay in this browser; wait a moment and submit again.")],
    };
    // Where the server says why (which limit, which file could not be saved), its words are the message.
    return K.describeAnswer(status, body, language, answers, [429, 503, 500],
      p('記入内容はこのブラウザに残っています。', 'Your answers stay in this browser.'));
  }

  const api = {
    normalizeID, parseProcedureID, participantID, collapse, isBlank, readData, procedureList,
    findProcedure, findThreat, searchProcedures, emptyState, readState, filledPairs, validate,
    yamlScalar, toMarkdown, fileName, collectURL, describeResponse, LABELS, SEVERITY_OF,
  };
  root.WorkshopFill = api;
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
