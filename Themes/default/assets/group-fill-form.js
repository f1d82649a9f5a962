/* The group form's page: builds the form from #workshop-data into
 * #group-fill-app, keeps the scribe's sheet in memory and in localStorage
 * (per event and group, so a live reload after a member's submission keeps
 * everything), shows the members' answers as suggestions, the findings and
 * the Markdown of group-fill.js as the scribe goes, and downloads, copies or
 * submits the sheet. Needs form-kit.js and group-fill.js loaded before it. */
(function () {
  'use strict';
  if (typeof document === 'undefined') return;

  const K = window.WorkshopFormKit;
  const G = window.WorkshopGroupFill;

  function start() {
    const app = document.getElementById('group-fill-app');
    const source = document.getElementById('workshop-data');
    if (!app || !source || !K || !G) return;
    let data;
    try {
      data = G.readData(JSON.parse(source.textContent || '{}'));
    } catch (error) {
      app.textContent = document.documentElement.lang === 'en' ? 'The form could not read its data.' : 'フォームのデータを読み込めませんでした。';
      return;
    }
    new GroupFillPage(app, data).build();
  }

  /** `impact:A-01:3:0` → `impact-A-01-3-0`: a suggestion's key as part of an element id. */
  function idOf(key) { return key.replace(/[^A-Za-z0-9_-]/g, '-'); }

  class GroupFillPage {
    constructor(app, data) {
      this.app = app;
      this.data = data;
      this.local = K.store('localStorage');
      this.session = K.store('sessionStorage');
      this.draftKey = G.draftKey(data);
      this.viewKey = `workshop-group-fill:view:${data.event.slug}:${data.group.id}`;
      this.answerKey = `workshop-group-fill:answer:${data.event.slug}:${data.group.id}`;
      const draft = this.loadDraft();
      this.state = draft || G.initialState(data);
      // Members' answers that arrived since the draft was last saved are marked new once.
      const keys = G.suggestionKeys(this.state, data);
      this.fresh = new Set(draft ? keys.filter((k) => !draft.seen.includes(k)) : []);
      this.state.seen = keys;
      this.findings = [];
      // A form opened for the first time lists its findings under Check only; under the
      // fields too once the scribe has started (or comes back to a draft).
      this.revealed = Boolean(draft);
    }

    t(key, values) { return G.say(this.data, key, values); }

    loadDraft() {
      if (!this.local) return null;
      try { return G.readState(JSON.parse(this.local.getItem(this.draftKey) || 'null')); } catch (error) { return null; }
    }

    saveDraft() {
      if (!this.local) return;
      try { this.local.setItem(this.draftKey, JSON.stringify(this.state)); } catch (error) { /* full or denied: the page still works */ }
    }

    // -- building ---------------------------------------------------------------

    build() {
      const h = K.h;
      const d = this.data;
      this.app.textContent = '';
      this.form = h('form', { id: 'group-fill-form', class: 'fill-form group-fill-form', novalidate: true });
      this.members = h('section', { id: 'members', class: 'fill-section', 'aria-labelledby': 'members-title' });
      this.theme1 = h('div', { id: 'theme-1-body' });
      this.theme2 = h('div', { id: 'theme-2-body' });
      this.viewsBody = h('div', { id: 'views-body' });
      this.theme3 = h('div', { id: 'theme-3-body' });
      const L = G.LABELS[d.language];
      this.form.append(
        h('p', { class: 'fill-intro', text: this.t('groupFillIntro') }),
        h('p', { class: 'fill-hint', id: 'autosave-note', text: this.t(this.local ? (d.collect ? 'groupFillAutosaveCollect' : 'groupFillAutosave') : 'groupFillAutosaveOff') }),
        this.members,
        h('fieldset', { id: 'theme-1', class: 'fill-section' }, h('legend', { text: L.theme1 }), this.theme1),
        h('fieldset', { id: 'theme-2', class: 'fill-section' }, h('legend', { text: L.theme2 }), this.theme2),
        h('fieldset', { id: 'views', class: 'fill-section' }, h('legend', { text: L.views }), this.viewsBody),
        h('fieldset', { id: 'theme-3', class: 'fill-section' }, h('legend', { text: L.theme3 }), this.theme3),
        ...[this.buildAbout(), this.buildCheck(), this.buildOutput(), d.collect ? this.buildCollect() : null].filter(Boolean));
      this.app.appendChild(this.form);
      this.form.addEventListener('submit', (event) => event.preventDefault());
      this.form.addEventListener('input', (event) => this.onInput(event));
      this.form.addEventListener('change', (event) => this.onInput(event));
      this.form.addEventListener('click', (event) => this.onClick(event));
      window.addEventListener('pagehide', () => this.rememberView());
      this.render();
      this.restoreView();
    }

    buildAbout() {
      const h = K.h;
      const industries = h('textarea', { id: 'industries', name: 'industries', 'data-testid': 'industries', 'data-bind': 'industries', rows: 3, 'aria-describedby': 'industries-hint' });
      industries.value = this.state.industries;
      return h('fieldset', { id: 'about', class: 'fill-section' },
        h('legend', { text: this.t('groupFillAbout') }),
        h('div', { class: 'fill-field' },
          h('label', { for: 'industries', text: this.t('groupFillIndustries') }),
          h('p', { class: 'fill-hint', id: 'industries-hint', text: this.t('groupFillIndustriesHint') }), industries),
        h('div', { class: 'fill-field fill-check' },
          h('input', { type: 'checkbox', id: 'publish', name: 'publish', 'data-testid': 'publish', 'data-bind': 'publish', checked: this.state.publish, 'aria-describedby': 'publish-hint' }),
          h('label', { for: 'publish', text: this.t('groupFillPublish') }),
          h('p', { class: 'fill-hint', id: 'publish-hint', text: this.t('groupFillPublishHint') })));
    }

    buildCheck() {
      const h = K.h;
      this.summary = h('p', { id: 'findings-summary', class: 'fill-summary', role: 'status' });
      this.findingList = h('ul', { id: 'findings', class: 'fill-findings', 'data-testid': 'findings' });
      return h('section', { id: 'check', class: 'fill-section', 'aria-labelledby': 'check-title' },
        h('h2', { id: 'check-title', text: this.t('groupFillCheck') }), this.summary, this.findingList);
    }

    buildOutput() {
      const h = K.h;
      this.output = h('textarea', { id: 'markdown-output', 'data-testid': 'markdown-output', readonly: true, rows: 16, spellcheck: 'false', 'aria-labelledby': 'output-title', 'aria-describedby': 'output-hint' });
      this.actionStatus = h('p', { id: 'action-status', class: 'fill-status', role: 'status' });
      return h('section', { id: 'output', class: 'fill-section', 'aria-labelledby': 'output-title' },
        h('h2', { id: 'output-title', text: this.t('groupFillOutput') }),
        h('p', { class: 'fill-hint', id: 'output-hint', text: this.t('groupFillOutputHint', { file: G.fileName(this.data) }) }),
        this.output,
        h('div', { class: 'fill-actions' },
          h('button', { type: 'button', id: 'download', 'data-testid': 'download', 'data-action': 'download', class: 'fill-button fill-primary', text: this.t('groupFillDownload') }),
          h('button', { type: 'button', id: 'copy', 'data-testid': 'copy', 'data-action': 'copy', class: 'fill-button', text: this.t('groupFillCopy') }),
          h('button', { type: 'button', id: 'clear-draft', 'data-testid': 'clear-draft', 'data-action': 'clear', class: 'fill-button fill-quiet', text: this.t('groupFillClear') })),
        this.actionStatus);
    }

    buildCollect() {
      const h = K.h;
      // The join page leaves the code here for the event's forms (the worksheet form reads the same key).
      const saved = this.session ? this.session.getItem(`workshop-fill:join:${this.data.event.slug}`) || '' : '';
      this.submitStatus = h('div', { id: 'submit-status', class: 'fill-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'submit-status' });
      this.serverFindings = h('ul', { id: 'server-findings', class: 'fill-findings', 'data-testid': 'server-findings' });
      const join = h('input', { type: 'text', id: 'join-code', name: 'join-code', 'data-testid': 'join-code', 'data-bind': 'join-code', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'join-code-hint' });
      join.value = saved;
      // The answer to a submission made just before a live reload.
      let answer = null;
      try { answer = JSON.parse(this.session ? this.session.getItem(this.answerKey) || 'null' : 'null'); if (this.session) this.session.removeItem(this.answerKey); } catch (error) { answer = null; }
      if (answer && typeof answer === 'object') {
        this.setStatus(String(answer.message || ''), answer.kind === 'ok' ? 'ok' : 'error');
        this.submitStatus.setAttribute('data-status', String(answer.status));
        this.showServerFindings(K.asArray(answer.findings).filter((f) => f && typeof f === 'object'));
      }
      return h('section', { id: 'collect', class: 'fill-section', 'aria-labelledby': 'collect-title' },
        h('h2', { id: 'collect-title', text: this.t('groupFillSubmitTitle') }),
        h('p', { class: 'fill-hint', text: this.t('groupFillSubmitHint') }),
        h('div', { class: 'fill-field' },
          h('label', { for: 'join-code', text: this.t('groupFillJoinCode') }),
          h('p', { class: 'fill-hint', id: 'join-code-hint', text: this.t('groupFillJoinCodeHint') }), join),
        h('div', { class: 'fill-actions' },
          h('button', { type: 'button', id: 'submit', 'data-testid': 'submit', 'data-action': 'submit', class: 'fill-button fill-primary', text: this.t('groupFillSubmit') })),
        this.submitStatus, this.serverFindings);
    }

    // -- the parts that follow the sheet's structure ----------------------------

    render() {
      const focused = document.activeElement && document.activeElement.id;
      this.renderMembers();
      this.renderTheme1();
      this.renderTheme2();
      this.renderViews();
      this.renderTheme3();
      this.refresh();
      if (focused && document.activeElement !== document.getElementById(focused)) {
        const again = document.getElementById(focused);
        if (again) again.focus();
      }
    }

    /** A "new" badge for a suggestion that arrived since the page was last open. */
    badge(key) {
      return this.fresh.has(key) ? K.h('span', { class: 'badge group-fill-new', text: this.t('groupFillNew') }) : null;
    }

    /** A suggestion's add button: marked once its text is in the sheet. */
    addButton(id, action, key, label) {
      const added = this.state.added.includes(key);
      return K.h('button', { type: 'button', class: `fill-button${added ? ' fill-quiet' : ''}`, id, 'data-testid': id, 'data-action': action, 'data-key': key,
        'aria-pressed': added ? 'true' : 'false', text: added ? `${this.t('groupFillAdded')} · ${label}` : label });
    }

    /** Who wrote a suggestion: pseudonym and industry. */
    who(entry) {
      return K.h('span', { class: 'group-fill-who' }, K.h('strong', { text: entry.participant }), entry.industry ? ` · ${entry.industry}` : '');
    }

    messageFor(field) {
      return K.h('p', { class: 'fill-message', id: `${field}-error`, 'data-testid': `${field}-error` });
    }

    renderMembers() {
      const h = K.h;
      const d = this.data;
      const wrote = d.worksheets.map((w) => w.participant);
      const names = d.group.members.concat(wrote.filter((p) => !d.group.members.includes(p)));
      this.members.textContent = '';
      this.members.append(
        h('h2', { id: 'members-title', text: `${this.t('groupFillMembers')} — ${this.t('groupFillSubmitted', { count: d.worksheets.length })}` }),
        names.length === 0 ? h('p', { class: 'fill-empty', text: this.t('groupFillNoWorksheets') }) : h('ul', { class: 'group-fill-members' },
          names.map((name) => {
            const sheet = d.worksheets.find((w) => w.participant === name);
            return h('li', { class: sheet ? 'is-in' : 'is-missing' }, h('strong', { text: name }),
              sheet ? (sheet.industry ? ` ${sheet.industry}` : '') : h('span', { class: 'badge badge--private', text: this.t('groupFillNotYet') }));
          })));
    }

    renderTheme1() {
      const h = K.h;
      const s = this.state;
      const d = this.data;
      const box = this.theme1;
      box.textContent = '';
      box.append(h('p', { class: 'fill-hint', text: this.t('groupFillThreatsHint') }), this.messageFor('threats'));
      box.append(h('fieldset', { id: 'threats', class: 'fill-choices' },
        h('legend', { text: this.t('groupFillChooseThreats') }),
        G.threatChoices(d).map((threat) => {
          const id = `group-threat-${threat.id}`;
          return h('div', { class: `fill-card${threat.count ? ' group-fill-picked' : ''}` },
            h('input', { type: 'checkbox', id, 'data-testid': id, 'data-bind': 'threat', 'data-threat': threat.id, checked: s.threats.includes(threat.id) }),
            h('label', { for: id }, h('span', { class: 'fill-card-id', text: String(threat.id) }), ' ', threat.title,
              threat.count ? h('span', { class: 'badge group-fill-count', text: this.t('groupFillCount', { count: threat.count }) }) : null));
        })));
      box.append(h('h3', { class: 'fill-subheading', text: this.t('groupFillMemberImpacts') }));
      const suggestions = G.impactSuggestions(s, d);
      if (s.threats.length === 0) box.append(h('p', { class: 'fill-empty', text: this.t('groupFillNoThreat') }));
      else if (suggestions.length === 0) box.append(h('p', { class: 'fill-empty', text: this.t('groupFillNoMemberImpacts') }));
      else {
        box.append(h('ul', { class: 'group-fill-suggestions', id: 'impact-suggestions' }, suggestions.map((item) => h('li', { class: 'group-fill-suggestion' },
          h('p', { class: 'group-fill-meta' }, this.who(item), ' · ', this.t('groupFillThreat', { id: item.threat }),
            item.severity ? ` · ${d.language === 'en' ? 'Severity' : '影響度'} ${({ high: d.language === 'en' ? 'High' : '高', medium: d.language === 'en' ? 'Medium' : '中', low: d.language === 'en' ? 'Low' : '低' })[item.severity] || item.severity}` : '',
            this.badge(item.key)),
          item.business ? h('p', {}, h('span', { class: 'group-fill-label', text: d.language === 'en' ? 'Business: ' : '事業内容: ' }), item.business) : null,
          item.impact ? h('p', {}, h('span', { class: 'group-fill-label', text: d.language === 'en' ? 'Impact: ' : '影響: ' }), item.impact) : null,
          this.addButton(`add-${idOf(item.key)}`, 'add-impact', item.key, this.t('groupFillAddImpact'))))));
      }
      box.append(h('h3', { class: 'fill-subheading', text: this.t('groupFillImpacts') }),
        h('p', { class: 'fill-hint', text: this.t('groupFillImpactsHint') }), this.messageFor('impacts'),
        this.textList('impact', s.impacts, 'groupFillItem', 'groupFillRemoveItem', 'groupFillAddItem'));
    }

    /** An editable list of texts (① items, diverse views): a textarea and a remove button each, and an add button. */
    textList(name, items, labelKey, removeKey, addKey) {
      const h = K.h;
      return h('div', { class: 'fill-items group-fill-list', id: `${name}-list` },
        items.map((text, index) => {
          const id = `${name}-${index}`;
          const area = h('textarea', { id, name: id, 'data-testid': id, 'data-bind': name, 'data-index': index, rows: 2 });
          area.value = text;
          return h('div', { class: 'fill-field group-fill-row' },
            h('label', { for: id, text: this.t(labelKey, { n: index + 1 }) }), area,
            h('button', { type: 'button', class: 'fill-button fill-quiet', id: `remove-${id}`, 'data-testid': `remove-${id}`, 'data-action': `remove-${name}`, 'data-index': index, text: this.t(removeKey, { n: index + 1 }) }));
        }),
        h('button', { type: 'button', class: 'fill-button', id: `add-${name}-item`, 'data-testid': `add-${name}-item`, 'data-action': `new-${name}`, text: this.t(addKey) }));
    }

    renderTheme2() {
      const h = K.h;
      const s = this.state;
      const box = this.theme2;
      box.textContent = '';
      box.append(h('p', { class: 'fill-hint', text: this.t('groupFillProceduresHint') }), this.messageFor('common'));
      const procedures = G.procedureSuggestions(s, this.data);
      if (procedures.length === 0) box.append(h('p', { class: 'fill-empty', text: this.t('groupFillNoProcedures') }));
      box.append(h('ul', { class: 'group-fill-suggestions', id: 'procedure-suggestions' }, procedures.map((p) => {
        const common = s.common.some((c) => c.procedure === p.id);
        return h('li', { class: `group-fill-suggestion${common ? ' is-chosen' : ''}` },
          h('p', { class: 'group-fill-procedure' }, h('span', { class: 'fill-option-id', text: p.id }), ' ', p.text,
            h('span', { class: 'badge group-fill-count', text: this.t('groupFillCount', { count: p.count }) })),
          h('button', { type: 'button', class: `fill-button${common ? ' fill-primary' : ''}`, id: `common-toggle-${p.id}`, 'data-testid': `common-toggle-${p.id}`,
            'data-action': 'toggle-common', 'data-procedure': p.id, 'aria-pressed': common ? 'true' : 'false',
            text: common ? this.t('groupFillIsCommon') : this.t('groupFillMakeCommon') }),
          h('ul', { class: 'group-fill-reasons' }, p.members.map((m) => h('li', {},
            h('p', { class: 'group-fill-meta' }, this.who(m), this.badge(m.key)),
            h('p', {}, h('span', { class: 'group-fill-label', text: `${G.LABELS[this.data.language].reason}: ` }), m.reason || '—'),
            m.reason ? h('span', { class: 'fill-actions' },
              h('button', { type: 'button', class: 'fill-button', id: `use-${idOf(m.key)}`, 'data-testid': `use-${idOf(m.key)}`, 'data-action': 'use-reason', 'data-procedure': p.id, 'data-key': m.key, text: this.t('groupFillUseReason') }),
              this.addButton(`view-${idOf(m.key)}`, 'add-view', m.key, this.t('groupFillAddView'))) : null))));
      })));
      box.append(h('h3', { class: 'fill-subheading', text: this.t('groupFillCommon') }));
      if (s.common.length === 0) box.append(h('p', { class: 'fill-empty', text: this.t('groupFillNoCommon') }));
      s.common.forEach((choice, index) => {
        const known = K.findProcedure(this.data, K.parseProcedureID(choice.procedure));
        const id = `common-${index}`;
        const reason = h('textarea', { id: `${id}-reason`, name: `${id}-reason`, 'data-testid': `${id}-reason`, 'data-bind': 'reason', 'data-index': index, rows: 3, 'aria-describedby': `${id}-reason-hint ${id}-reason-error` });
        reason.value = choice.reason;
        box.append(h('fieldset', { id, class: 'fill-item', 'data-procedure': choice.procedure },
          h('legend', {}, h('span', { class: 'fill-option-id', text: choice.procedure }), known ? ' ' + known.text : ''),
          this.messageFor(id),
          h('div', { class: 'fill-field' },
            h('label', { for: `${id}-reason`, text: this.t('groupFillReason') }),
            h('p', { class: 'fill-hint', id: `${id}-reason-hint`, text: this.t('groupFillReasonHint') }), reason, this.messageFor(`${id}-reason`)),
          h('button', { type: 'button', class: 'fill-button fill-quiet', id: `remove-${id}`, 'data-testid': `remove-${id}`, 'data-action': 'remove-common', 'data-index': index, text: this.t('groupFillRemoveProcedure', { id: choice.procedure }) })));
      });
      const other = h('input', { type: 'text', id: 'other-procedure', name: 'other-procedure', 'data-testid': 'other-procedure', autocomplete: 'off', spellcheck: 'false', size: 8 });
      box.append(h('div', { class: 'fill-field group-fill-other' },
        h('label', { for: 'other-procedure', text: this.t('groupFillOtherProcedure') }),
        h('span', { class: 'fill-actions' }, other,
          h('button', { type: 'button', class: 'fill-button', id: 'add-procedure', 'data-testid': 'add-procedure', 'data-action': 'add-procedure', text: this.t('groupFillAddProcedure') }))));
    }

    renderViews() {
      const box = this.viewsBody;
      box.textContent = '';
      box.append(K.h('p', { class: 'fill-hint', text: this.t('groupFillViewsHint') }),
        this.textList('view', this.state.views, 'groupFillView', 'groupFillRemoveView', 'groupFillAddViewItem'));
    }

    renderTheme3() {
      const h = K.h;
      const s = this.state;
      const box = this.theme3;
      box.textContent = '';
      box.append(h('p', { class: 'fill-hint', text: this.t('groupFillObstaclesHint') }));
      const suggestions = G.rowSuggestions(s, this.data);
      if (s.common.length === 0) box.append(h('p', { class: 'fill-empty', text: this.t('groupFillNoCommon') }));
      else if (suggestions.length === 0) box.append(h('p', { class: 'fill-empty', text: this.t('groupFillNoObstacleSuggestions') }));
      else {
        box.append(h('ul', { class: 'group-fill-suggestions', id: 'row-suggestions' }, suggestions.map((row) => h('li', { class: 'group-fill-suggestion' },
          h('p', { class: 'group-fill-meta' }, this.who(row), ' · ', h('span', { class: 'fill-option-id', text: row.procedure }), this.badge(row.key)),
          h('p', {}, h('span', { class: 'group-fill-label', text: `${G.LABELS[this.data.language].obstacle}: ` }), row.obstacle || '—'),
          h('p', {}, h('span', { class: 'group-fill-label', text: `${G.LABELS[this.data.language].remedy}: ` }), row.remedy || '—'),
          this.addButton(`add-${idOf(row.key)}`, 'add-row', row.key, this.t('groupFillAddRow'))))));
      }
      box.append(h('h3', { class: 'fill-subheading', text: this.t('groupFillRows') }));
      if (s.rows.length === 0) box.append(h('p', { class: 'fill-empty', text: this.t('groupFillNoRows') }));
      box.append(h('div', { class: 'fill-items', id: 'rows' },
        s.rows.map((row, index) => {
          const cell = (part, labelKey) => {
            const id = `row-${index}-${part}`;
            const area = h('textarea', { id, name: id, 'data-testid': id, 'data-bind': 'row', 'data-index': index, 'data-part': part, rows: 2, 'aria-describedby': `${id}-error` });
            area.value = row[part];
            return h('div', { class: 'fill-field' }, h('label', { for: id, text: this.t(labelKey, { n: index + 1 }) }), area, this.messageFor(id));
          };
          return h('div', { class: 'fill-pair', 'data-testid': `row-${index}` },
            cell('obstacle', 'groupFillObstacle'), cell('remedy', 'groupFillRemedy'),
            h('button', { type: 'button', class: 'fill-button fill-quiet', id: `remove-row-${index}`, 'data-testid': `remove-row-${index}`, 'data-action': 'remove-row', 'data-index': index, text: this.t('groupFillRemoveRow', { n: index + 1 }) }));
        }),
        h('button', { type: 'button', class: 'fill-button', id: 'add-row-item', 'data-testid': 'add-row-item', 'data-action': 'new-row', text: this.t('groupFillNewRow') })));
    }

    // -- events -------------------------------------------------------------------

    onInput(event) {
      const target = event.target;
      const bind = target.getAttribute && target.getAttribute('data-bind');
      if (!bind) return;
      if (bind !== 'join-code') this.revealed = true;
      const s = this.state;
      const index = Number(target.getAttribute('data-index'));
      switch (bind) {
        case 'threat': {
          if (event.type !== 'change') return;
          const id = Number(target.getAttribute('data-threat'));
          s.threats = s.threats.filter((x) => x !== id);
          if (target.checked) s.threats.push(id);
          this.render();
          return;
        }
        case 'impact': if (index < s.impacts.length) s.impacts[index] = target.value; break;
        case 'view': if (index < s.views.length) s.views[index] = target.value; break;
        case 'reason': if (s.common[index]) s.common[index].reason = target.value; break;
        case 'row': {
          const part = target.getAttribute('data-part');
          if (s.rows[index] && (part === 'obstacle' || part === 'remedy')) s.rows[index][part] = target.value;
          break;
        }
        case 'industries': s.industries = target.value; break;
        case 'publish': s.publish = target.checked; break;
        case 'join-code':
          if (this.session) { try { this.session.setItem(`workshop-fill:join:${this.data.event.slug}`, target.value); } catch (error) { /* ignore */ } }
          return;
        default: return;
      }
      this.refresh();
    }

    suggestion(key) {
      const s = this.state;
      const d = this.data;
      if (key.startsWith('impact:')) return G.impactSuggestions(s, d).find((x) => x.key === key);
      if (key.startsWith('row:')) return G.rowSuggestions(s, d).find((x) => x.key === key);
      for (const p of G.procedureSuggestions(s, d)) {
        const m = p.members.find((x) => x.key === key);
        if (m) return Object.assign({ procedure: p.id }, m);
      }
      return null;
    }

    markAdded(key) { if (!this.state.added.includes(key)) this.state.added.push(key); }

    /** The common procedure `id`, made common when it is not yet. */
    common(id) {
      let choice = this.state.common.find((c) => c.procedure === id);
      if (!choice) {
        choice = { procedure: id, reason: '' };
        this.state.common.push(choice);
      }
      return choice;
    }

    onClick(event) {
      const button = event.target.closest ? event.target.closest('button[data-action]') : null;
      if (!button || !this.form.contains(button)) return;
      this.revealed = true;
      const s = this.state;
      const key = button.getAttribute('data-key');
      const index = Number(button.getAttribute('data-index'));
      const focusAfter = (id) => { const node = document.getElementById(id); if (node) node.focus(); };
      switch (button.getAttribute('data-action')) {
        case 'add-impact': {
          const item = this.suggestion(key);
          if (!item) return;
          s.impacts.push(item.text);
          this.markAdded(key);
          break;
        }
        case 'new-impact': s.impacts.push(''); this.render(); focusAfter(`impact-${s.impacts.length - 1}`); return;
        case 'remove-impact': s.impacts.splice(index, 1); break;
        case 'toggle-common': {
          const id = button.getAttribute('data-procedure');
          if (s.common.some((c) => c.procedure === id)) s.common = s.common.filter((c) => c.procedure !== id);
          else this.common(id);
          break;
        }
        case 'use-reason': {
          const item = this.suggestion(key);
          if (!item) return;
          const choice = this.common(item.procedure);
          choice.reason = K.isBlank(choice.reason) ? item.reason : `${choice.reason.trim()} ${item.reason}`;
          this.render();
          focusAfter(`common-${s.common.indexOf(choice)}-reason`);
          return;
        }
        case 'add-view': {
          const item = this.suggestion(key);
          if (!item) return;
          s.views.push(item.reason);
          this.markAdded(key);
          break;
        }
        case 'new-view': s.views.push(''); this.render(); focusAfter(`view-${s.views.length - 1}`); return;
        case 'remove-view': s.views.splice(index, 1); break;
        case 'remove-common': s.common.splice(index, 1); break;
        case 'add-procedure': {
          const input = document.getElementById('other-procedure');
          const raw = input ? input.value : '';
          if (K.isBlank(raw)) return;
          const id = K.parseProcedureID(raw) || K.collapse(raw);
          this.common(id);
          this.render();
          const added = document.getElementById(`common-${s.common.findIndex((c) => c.procedure === id)}-reason`);
          if (added) added.focus();
          return;
        }
        case 'add-row': {
          const item = this.suggestion(key);
          if (!item) return;
          s.rows.push({ obstacle: item.obstacle, remedy: item.remedy });
          this.markAdded(key);
          break;
        }
        case 'new-row': s.rows.push({ obstacle: '', remedy: '' }); this.render(); focusAfter(`row-${s.rows.length - 1}-obstacle`); return;
        case 'remove-row': s.rows.splice(index, 1); break;
        case 'download': {
          const name = G.fileName(this.data);
          K.download(name, this.markdown);
          this.say(this.t('groupFillDownloaded', { file: name }) + (this.hasErrors() ? ' ' + this.t('groupFillStillErrors') : ''));
          return;
        }
        case 'copy':
          K.copy(this.markdown, this.output).then((ok) => this.say(this.t(ok ? 'groupFillCopied' : 'groupFillCopyFailed')));
          return;
        case 'clear': this.clear(); return;
        case 'submit': this.submit(); return;
        default: return;
      }
      this.render();
    }

    // -- findings and output ---------------------------------------------------

    refresh() {
      this.findings = G.validate(this.state, this.data);
      this.markdown = G.toMarkdown(this.state, this.data);
      this.output.value = this.markdown;
      this.showFindings();
      this.saveDraft();
    }

    showFindings() {
      const h = K.h;
      for (const node of this.form.querySelectorAll('.fill-message')) node.textContent = '';
      for (const node of this.form.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
      this.findingList.textContent = '';
      for (const finding of this.findings) {
        const line = this.revealed ? document.getElementById(`${finding.field}-error`) : null;
        if (line) line.appendChild(h('span', { class: `fill-${finding.severity}`, text: finding.message }));
        const control = document.getElementById(finding.field);
        if (control && finding.severity === 'error' && /^(INPUT|TEXTAREA|SELECT)$/.test(control.tagName)) control.setAttribute('aria-invalid', 'true');
        this.findingList.appendChild(h('li', { class: `fill-${finding.severity}`, 'data-code': finding.code, 'data-severity': finding.severity, 'data-field': finding.field },
          h('span', { class: 'fill-badge', text: this.t(finding.severity === 'error' ? 'groupFillError' : 'groupFillWarning') }), ' ',
          h('a', { href: `#${finding.field}`, text: finding.message }),
          h('span', { class: 'fill-code', text: ` [${finding.code}]` })));
      }
      const errors = this.findings.filter((f) => f.severity === 'error').length;
      const warnings = this.findings.length - errors;
      this.summary.textContent = this.findings.length === 0 ? this.t('groupFillNoFindings') : this.t('groupFillCounts', { errors, warnings });
      this.summary.className = `fill-summary ${errors ? 'fill-error' : warnings ? 'fill-warning' : 'fill-ok'}`;
    }

    hasErrors() { return this.findings.some((f) => f.severity === 'error'); }

    say(text) { this.actionStatus.textContent = text; }

    clear() {
      if (typeof window.confirm === 'function' && !window.confirm(this.t('groupFillConfirmClear'))) return;
      if (this.local) { try { this.local.removeItem(this.draftKey); } catch (error) { /* ignore */ } }
      this.state = G.initialState(this.data);
      this.fresh = new Set();
      this.build();
      this.say(this.t('groupFillCleared'));
    }

    // -- a live reload (a member submitted) comes back where the scribe was ----

    rememberView() {
      if (!this.session) return;
      const active = document.activeElement;
      const view = { scroll: window.scrollY, focus: active && active.id ? active.id : null };
      if (active && typeof active.selectionStart === 'number') { view.start = active.selectionStart; view.end = active.selectionEnd; }
      try { this.session.setItem(this.viewKey, JSON.stringify(view)); } catch (error) { /* ignore */ }
    }

    restoreView() {
      if (!this.session) return;
      let view = null;
      try { view = JSON.parse(this.session.getItem(this.viewKey) || 'null'); this.session.removeItem(this.viewKey); } catch (error) { view = null; }
      if (!view || typeof view !== 'object') return;
      const target = view.focus ? document.getElementById(view.focus) : null;
      if (target && target.id !== 'markdown-output') {
        target.focus({ preventScroll: true });
        if (typeof view.start === 'number' && typeof target.setSelectionRange === 'function') {
          try { target.setSelectionRange(view.start, view.end); } catch (error) { /* not a text field */ }
        }
      }
      if (typeof view.scroll === 'number') window.scrollTo(0, view.scroll);
    }

    // -- live collection (workshop serve --collect) ------------------------------

    setStatus(text, kind) {
      this.submitStatus.textContent = text;
      this.submitStatus.className = `fill-status fill-${kind}`;
    }

    showServerFindings(findings) {
      const h = K.h;
      this.serverFindings.textContent = '';
      for (const finding of findings) {
        const severity = ['error', 'warning', 'note'].includes(finding.severity) ? finding.severity : 'error';
        const where = Number.isInteger(finding.line) ? this.t('groupFillAt', { line: finding.line, column: Number.isInteger(finding.column) ? finding.column : 1 }) + ': ' : '';
        this.serverFindings.appendChild(h('li', { class: `fill-${severity}`, 'data-code': String(finding.code || ''), 'data-severity': severity },
          h('span', { class: 'fill-badge', text: this.t(severity === 'error' ? 'groupFillError' : 'groupFillWarning') }), ' ',
          where + String(finding.message || ''),
          finding.code ? h('span', { class: 'fill-code', text: ` [${finding.code}]` }) : null));
      }
    }

    async submit() {
      const button = document.getElementById('submit');
      const joinInput = document.getElementById('join-code');
      this.serverFindings.textContent = '';
      this.refresh();
      if (this.hasErrors()) {
        this.setStatus(this.t('groupFillFixFirst'), 'error');
        this.summary.setAttribute('tabindex', '-1');
        this.summary.focus();
        return;
      }
      // As the worksheet form: an empty code is sent as none, and the join cookie answers.
      const join = K.normalizeID(joinInput ? joinInput.value : '');
      if (join !== '' && !/^[\x21-\x7e]+$/.test(join)) {
        this.setStatus(this.t('groupFillBadJoinCode'), 'error');
        if (joinInput) joinInput.focus();
        return;
      }
      const key = G.tokenKey(this.data);
      let token = null;
      try { token = this.local ? this.local.getItem(key) : null; } catch (error) { token = null; }
      const siteRoot = this.app.hasAttribute('data-root') ? this.app.getAttribute('data-root') : '../../../../../';
      const url = G.collectURL(window.location.href, siteRoot, this.data.event.slug);
      if (button) { button.disabled = true; button.setAttribute('aria-busy', 'true'); }
      this.setStatus(this.t('groupFillSending'), 'pending');
      try {
        const response = await K.postMarkdown(url, this.markdown, join, token);
        const result = G.describeResponse(response.status, response.body, this.data);
        if (result.token && this.local) {
          try { this.local.setItem(key, result.token); } catch (error) { /* the sheet is in; only a later edit needs the token */ }
        }
        if (response.status === 403 && join === '') {
          this.setStatus(this.t('groupFillNeedJoinCode'), 'error');
          if (joinInput) joinInput.focus();
        } else {
          this.setStatus(result.message, result.kind);
        }
        this.submitStatus.setAttribute('data-status', String(response.status));
        this.showServerFindings(result.findings);
        // An accepted sheet rebuilds the site and this page reloads (serve's live reload): the answer stays on screen.
        if (this.session) {
          try { this.session.setItem(this.answerKey, JSON.stringify({ status: response.status, message: result.message, kind: result.kind, findings: result.findings })); } catch (error) { /* ignore */ }
        }
      } catch (error) {
        this.setStatus(this.t('groupFillNetwork'), 'error');
        this.submitStatus.setAttribute('data-status', 'network');
      } finally {
        if (button) { button.disabled = false; button.removeAttribute('aria-busy'); }
      }
    }
  }

  window.WorkshopGroupFillPage = GroupFillPage;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
