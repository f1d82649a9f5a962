/* The fill-in form page: builds the form from #workshop-data into #fill-app,
 * keeps the participant's worksheet in memory and in localStorage, and shows
 * the findings and the Markdown of fill.js as the participant types.
 * Needs form-kit.js, fill.js and fill-text.js loaded before it. */
(function () {
  'use strict';
  if (typeof document === 'undefined') return;

  const F = window.WorkshopFill;
  const TEXT = window.WorkshopFillText;

  const K = window.WorkshopFormKit;
  // The small DOM builder shared with the group form: text always goes through textContent, never innerHTML.
  const h = K.h;

  function describedBy(...ids) { return ids.filter(Boolean).join(' '); }

  /** The message line under a control; filled by showFindings(). */
  function messageFor(field) {
    return h('p', { class: 'fill-message', id: `${field}-error`, 'data-testid': `${field}-error` });
  }

  /** A labelled text field (input or textarea) with hint and message lines. */
  function textField(id, label, hint, value, bind, options) {
    const opts = options || {};
    const hintID = hint ? `${id}-hint` : null;
    const control = h(opts.multiline ? 'textarea' : 'input', Object.assign({
      id, name: id, 'data-testid': id, 'aria-describedby': describedBy(hintID, `${id}-error`),
      'aria-required': opts.required ? 'true' : null, autocomplete: 'off',
    }, opts.multiline ? { rows: 3 } : { type: 'text' }, bind));
    control.value = value;
    return h('div', { class: 'fill-field' },
      h('label', { for: id }, label, opts.required ? h('span', { class: 'fill-required', text: opts.requiredText }) : null),
      hint ? h('p', { class: 'fill-hint', id: hintID, text: hint }) : null,
      control, messageFor(id));
  }

  function start() {
    const app = document.getElementById('fill-app');
    const source = document.getElementById('workshop-data');
    if (!app || !source || !F || !TEXT || !K) return;
    let data;
    try {
      data = F.readData(JSON.parse(source.textContent || '{}'));
    } catch (error) {
      app.textContent = (TEXT[document.documentElement.lang === 'en' ? 'en' : 'ja']).badData;
      return;
    }
    const page = new FillPage(app, data);
    page.build();
  }

  // Storage that never throws (file:// in some browsers, private modes).
  const store = K.store;

  class FillPage {
    constructor(app, data) {
      this.app = app;
      this.data = data;
      this.t = TEXT[data.language];
      this.local = store('localStorage');
      this.session = store('sessionStorage');
      this.draftKey = `workshop-fill:draft:${data.event.slug}`;
      this.state = this.loadDraft();
      this.findings = [];
      // Messages show for the fields the participant has left, and for all
      // once they download, copy or submit (or come back to a draft): a
      // blank form does not open with errors.
      this.touched = new Set();
      this.revealed = JSON.stringify(this.state) !== JSON.stringify(F.emptyState());
    }

    loadDraft() {
      if (!this.local) return F.emptyState();
      try {
        return F.readState(JSON.parse(this.local.getItem(this.draftKey) || 'null'));
      } catch (error) {
        return F.emptyState();
      }
    }

    saveDraft() {
      if (!this.local) return;
      try { this.local.setItem(this.draftKey, JSON.stringify(this.state)); } catch (error) { /* full or denied: the page still works */ }
    }

    // -- building the page ----------------------------------------------------

    build() {
      const t = this.t;
      this.app.textContent = '';
      this.form = h('form', { id: 'fill-form', class: 'fill-form', novalidate: true });
      this.form.append(
        h('p', { class: 'fill-intro', text: t.intro }),
        h('p', { class: 'fill-hint', id: 'autosave-note', text: this.local ? (this.data.collect ? t.autosaveCollect : t.autosave) : t.autosaveOff }),
        this.buildAbout(), this.buildTheme1(), this.buildTheme2(), this.buildTheme3(),
        // Element.append writes null as the text "null": leave the absent part out.
        ...[this.buildCheck(), this.buildOutput(), this.data.collect ? this.buildCollect() : null].filter(Boolean));
      this.app.appendChild(this.form);
      this.form.addEventListener('submit', (event) => event.preventDefault());
      this.form.addEventListener('input', (event) => this.onInput(event));
      this.form.addEventListener('change', (event) => this.onChange(event));
      this.form.addEventListener('click', (event) => this.onClick(event));
      this.form.addEventListener('focusout', (event) => this.onLeave(event));
      this.renderImpacts();
      this.renderOptions();
      this.renderChoices();
      this.renderObstacles();
      this.refresh();
    }

    buildAbout() {
      const t = this.t;
      const s = this.state;
      const group = h('select', { id: 'group', name: 'group', 'data-testid': 'group', 'data-bind': 'group', 'aria-describedby': 'group-error', 'aria-required': 'true' },
        h('option', { value: '', text: t.chooseGroup }),
        this.data.groups.map((g) => h('option', { value: g.id, text: g.label || (g.name ? `${g.id} ${g.name}` : g.id) })));
      if (s.group && !this.data.groups.some((g) => g.id === s.group)) group.appendChild(h('option', { value: s.group, text: s.group }));
      group.value = s.group;
      return h('fieldset', { id: 'about', class: 'fill-section' },
        h('legend', { text: t.about }),
        textField('participant', t.participant, t.participantHint, s.participant, { 'data-bind': 'participant', spellcheck: 'false', autocapitalize: 'characters' }, { required: true, requiredText: t.required }),
        h('div', { class: 'fill-field' },
          h('label', { for: 'group' }, t.group, h('span', { class: 'fill-required', text: t.required })),
          group, messageFor('group')),
        textField('industry', t.industry, t.industryHint, s.industry, { 'data-bind': 'industry' }, { required: true, requiredText: t.required }),
        h('div', { class: 'fill-field fill-check' },
          h('input', { type: 'checkbox', id: 'publish', name: 'publish', 'data-testid': 'publish', 'data-bind': 'publish', checked: s.publish, 'aria-describedby': 'publish-hint' }),
          h('label', { for: 'publish', text: t.publish }),
          h('p', { class: 'fill-hint', id: 'publish-hint', text: t.publishHint })));
    }

    buildTheme1() {
      const t = this.t;
      const chosen = new Set(this.state.threats.map((x) => x.id));
      const excluded = this.data.excludedThreats.map((id) => {
        const threat = F.findThreat(this.data, id);
        return t.threatItem(id, threat ? threat.title : '');
      });
      this.impacts = h('div', { id: 'impacts', class: 'fill-items' });
      return h('fieldset', { id: 'theme-1', class: 'fill-section', 'aria-describedby': 'theme-1-hint theme-1-error' },
        h('legend', { text: F.LABELS[this.data.language].theme1 }),
        h('p', { class: 'fill-hint', id: 'theme-1-hint', text: t.theme1Hint }),
        excluded.length ? h('p', { class: 'fill-hint fill-excluded', text: t.excluded + excluded.join(', ') }) : null,
        messageFor('theme-1'),
        h('fieldset', { id: 'threat-choices', class: 'fill-choices' },
          h('legend', { text: t.chooseThreats }),
          this.data.offeredThreats.map((threat) => h('div', { class: 'fill-card' },
            h('input', { type: 'checkbox', id: `threat-choice-${threat.id}`, 'data-threat': threat.id, 'data-testid': `threat-${threat.id}`, 'data-bind': 'choose-threat', checked: chosen.has(threat.id), 'aria-describedby': `threat-choice-${threat.id}-summary` }),
            h('label', { for: `threat-choice-${threat.id}` }, h('span', { class: 'fill-card-id', text: String(threat.id) }), ' ', threat.title),
            threat.summary ? h('p', { class: 'fill-card-summary', id: `threat-choice-${threat.id}-summary`, text: threat.summary }) : null))),
        this.impacts);
    }

    buildTheme2() {
      const t = this.t;
      this.search = h('input', { type: 'search', id: 'procedure-search', name: 'procedure-search', 'data-testid': 'procedure-search', spellcheck: 'false', 'aria-controls': 'procedure-options', 'aria-describedby': 'procedure-search-hint procedure-count' });
      this.options = h('ul', { id: 'procedure-options', class: 'fill-options', 'data-testid': 'procedure-options' });
      this.count = h('p', { id: 'procedure-count', class: 'fill-hint', role: 'status' });
      this.choices = h('div', { id: 'choices', class: 'fill-items' });
      this.announce = h('p', { id: 'procedure-status', class: 'fill-visually-hidden', role: 'status' });
      return h('fieldset', { id: 'theme-2', class: 'fill-section', 'aria-describedby': 'theme-2-hint theme-2-error' },
        h('legend', { text: F.LABELS[this.data.language].theme2 }),
        h('p', { class: 'fill-hint', id: 'theme-2-hint', text: t.theme2Hint }),
        messageFor('theme-2'),
        h('div', { class: 'fill-field fill-search' },
          h('label', { for: 'procedure-search', text: t.search }),
          h('p', { class: 'fill-hint', id: 'procedure-search-hint', text: t.searchHint }),
          this.search, this.count),
        this.options, this.announce,
        h('h2', { class: 'fill-subheading', text: t.yourProcedures }),
        this.choices);
    }

    buildTheme3() {
      this.obstacles = h('div', { id: 'obstacles', class: 'fill-items' });
      return h('fieldset', { id: 'theme-3', class: 'fill-section', 'aria-describedby': 'theme-3-hint' },
        h('legend', { text: F.LABELS[this.data.language].theme3 }),
        h('p', { class: 'fill-hint', id: 'theme-3-hint', text: this.t.theme3Hint }),
        this.obstacles);
    }

    buildCheck() {
      this.summary = h('p', { id: 'findings-summary', class: 'fill-summary', role: 'status' });
      this.findingList = h('ul', { id: 'findings', class: 'fill-findings', 'data-testid': 'findings' });
      return h('section', { id: 'check', class: 'fill-section', 'aria-labelledby': 'check-title' },
        h('h2', { id: 'check-title', text: this.t.check }), this.summary, this.findingList);
    }

    buildOutput() {
      const t = this.t;
      // Labelled by the section's visible heading (a visually hidden <label> counts as hidden for screen-reader checks).
      this.output = h('textarea', { id: 'markdown-output', 'data-testid': 'markdown-output', readonly: true, rows: 16, spellcheck: 'false', 'aria-labelledby': 'output-title', 'aria-describedby': 'output-hint' });
      this.actionStatus = h('p', { id: 'action-status', class: 'fill-status', role: 'status' });
      return h('section', { id: 'output', class: 'fill-section', 'aria-labelledby': 'output-title' },
        h('h2', { id: 'output-title', text: t.output }),
        h('p', { class: 'fill-hint', id: 'output-hint', text: t.outputHint }),
        this.output,
        h('div', { class: 'fill-actions' },
          h('button', { type: 'button', id: 'download', 'data-testid': 'download', 'data-action': 'download', class: 'fill-button fill-primary', text: t.download }),
          h('button', { type: 'button', id: 'copy', 'data-testid': 'copy', 'data-action': 'copy', class: 'fill-button', text: t.copy }),
          h('button', { type: 'button', id: 'clear-draft', 'data-testid': 'clear-draft', 'data-action': 'clear', class: 'fill-button fill-quiet', text: t.clear })),
        this.actionStatus);
    }

    buildCollect() {
      const t = this.t;
      const joinKey = `workshop-fill:join:${this.data.event.slug}`;
      const saved = this.session ? this.session.getItem(joinKey) || '' : '';
      this.submitStatus = h('div', { id: 'submit-status', class: 'fill-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'submit-status' });
      this.serverFindings = h('ul', { id: 'server-findings', class: 'fill-findings', 'data-testid': 'server-findings' });
      const join = h('input', { type: 'text', id: 'join-code', name: 'join-code', 'data-testid': 'join-code', 'data-bind': 'join-code', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'join-code-hint' });
      join.value = saved;
      return h('section', { id: 'collect', class: 'fill-section', 'aria-labelledby': 'collect-title' },
        h('h2', { id: 'collect-title', text: t.submitTitle }),
        h('p', { class: 'fill-hint', text: t.submitHint }),
        h('div', { class: 'fill-field' },
          h('label', { for: 'join-code', text: t.joinCode }),
          h('p', { class: 'fill-hint', id: 'join-code-hint', text: t.joinCodeHint }), join),
        h('div', { class: 'fill-actions' },
          h('button', { type: 'button', id: 'submit', 'data-testid': 'submit', 'data-action': 'submit', class: 'fill-button fill-primary', text: t.submit })),
        this.submitStatus, this.serverFindings);
    }

    // -- the parts that change with the worksheet's structure -----------------

    renderImpacts() {
      const t = this.t;
      this.impacts.textContent = '';
      if (this.state.threats.length === 0) {
        this.impacts.appendChild(h('p', { class: 'fill-empty', text: t.noThreats }));
      }
      for (const threat of this.state.threats) {
        const known = F.findThreat(this.data, threat.id);
        const base = `threat-${threat.id}`;
        const bind = (part) => ({ 'data-bind': 'threat', 'data-id': threat.id, 'data-part': part });
        const severity = h('select', Object.assign({ id: `${base}-severity`, name: `${base}-severity`, 'data-testid': `${base}-severity`, 'aria-describedby': `${base}-severity-error` }, bind('severity')),
          h('option', { value: '', text: t.severityNone }),
          ['high', 'medium', 'low'].map((v) => h('option', { value: v, text: t.severityNames[v] })));
        if (threat.severity && !['high', 'medium', 'low'].includes(threat.severity)) severity.appendChild(h('option', { value: threat.severity, text: threat.severity }));
        severity.value = threat.severity;
        this.impacts.appendChild(h('fieldset', { id: base, class: 'fill-item', 'aria-describedby': `${base}-error` },
          h('legend', { text: t.threatItem(threat.id, known ? known.title : '') }),
          messageFor(base),
          textField(`${base}-business`, t.business, t.businessHint, threat.business, bind('business'), { multiline: true, required: true, requiredText: t.required }),
          textField(`${base}-impact`, t.impact, t.impactHint, threat.impact, bind('impact'), { multiline: true, required: true, requiredText: t.required }),
          h('div', { class: 'fill-field' }, h('label', { for: `${base}-severity`, text: t.severity }), severity, messageFor(`${base}-severity`))));
      }
    }

    renderOptions() {
      const chosen = new Set(this.state.procedures.map((p) => p.id));
      const hits = F.searchProcedures(this.data, this.search.value);
      this.options.textContent = '';
      for (const p of hits) {
        const on = chosen.has(p.id);
        this.options.appendChild(h('li', {},
          h('button', { type: 'button', class: 'fill-option', 'data-procedure': p.id, 'data-testid': `procedure-option-${p.id}`, 'data-action': 'toggle-procedure', 'aria-pressed': on ? 'true' : 'false' },
            h('span', { class: 'fill-option-id', text: p.id }), ' ',
            h('span', { class: 'fill-option-text', text: p.text }), ' ',
            h('span', { class: 'fill-option-control', text: `${p.control.no}. ${p.control.title}${p.control.categoryName ? ` (${p.control.categoryName})` : ''}` }),
            h('span', { class: 'fill-option-state', text: on ? this.t.chosenMark : this.t.choose }))));
      }
      this.count.textContent = this.t.found(hits.length);
    }

    renderChoices() {
      const t = this.t;
      this.choices.textContent = '';
      if (this.state.procedures.length === 0) {
        this.choices.appendChild(h('p', { class: 'fill-empty', text: t.noProcedures }));
      }
      const assessed = this.state.threats.map((x) => x.id);
      for (const procedure of this.state.procedures) {
        const known = F.findProcedure(this.data, procedure.id);
        const base = `procedure-${procedure.id}`;
        const linkable = assessed.concat(procedure.threats.filter((id) => !assessed.includes(id)));
        const links = h('fieldset', { id: `${base}-threats`, class: 'fill-links', 'aria-describedby': `${base}-threats-error` },
          h('legend', { text: t.links }),
          linkable.length === 0 ? h('p', { class: 'fill-empty', text: t.linksEmpty }) : null,
          linkable.map((id) => {
            const threat = F.findThreat(this.data, id);
            const linkID = `${base}-link-${id}`;
            return h('span', { class: 'fill-link' },
              h('input', { type: 'checkbox', id: linkID, 'data-testid': linkID, 'data-bind': 'link', 'data-id': procedure.id, 'data-link': id, checked: procedure.threats.includes(id) }),
              h('label', { for: linkID, text: t.threatItem(id, threat ? threat.title : '') + (assessed.includes(id) ? '' : t.staleLink) }));
          }),
          messageFor(`${base}-threats`));
        this.choices.appendChild(h('fieldset', { id: base, class: 'fill-item', 'aria-describedby': `${base}-error` },
          h('legend', {}, h('span', { class: 'fill-option-id', text: procedure.id }), known ? ' ' + known.text : ''),
          known ? h('p', { class: 'fill-hint', text: `${known.control.no}. ${known.control.title}` }) : null,
          messageFor(base),
          links,
          textField(`${base}-reason`, t.reason, t.reasonHint, procedure.reason, { 'data-bind': 'reason', 'data-id': procedure.id }, { multiline: true, required: true, requiredText: t.required }),
          h('button', { type: 'button', class: 'fill-button fill-quiet', id: `${base}-remove`, 'data-testid': `${base}-remove`, 'data-action': 'remove-procedure', 'data-id': procedure.id, text: t.removeProcedure(procedure.id) })));
      }
    }

    renderObstacles() {
      const t = this.t;
      this.obstacles.textContent = '';
      if (this.state.procedures.length === 0) {
        this.obstacles.appendChild(h('p', { class: 'fill-empty', text: t.noObstacles }));
      }
      for (const procedure of this.state.procedures) {
        const known = F.findProcedure(this.data, procedure.id);
        const base = `procedure-${procedure.id}`;
        const bind = (index, part) => ({ 'data-bind': 'pair', 'data-id': procedure.id, 'data-index': index, 'data-part': part });
        this.obstacles.appendChild(h('fieldset', { id: `${base}-obstacles`, class: 'fill-item', 'aria-describedby': `${base}-obstacles-error` },
          h('legend', {}, h('span', { class: 'fill-option-id', text: procedure.id }), known ? ' ' + known.text : ''),
          messageFor(`${base}-obstacles`),
          procedure.pairs.map((pair, index) => h('div', { class: 'fill-pair', 'data-testid': `${base}-pair-${index}` },
            textField(`${base}-obstacle-${index}`, t.obstacle(index + 1), null, pair.obstacle, bind(index, 'obstacle'), { multiline: true }),
            textField(`${base}-remedy-${index}`, t.remedy(index + 1), null, pair.remedy, bind(index, 'remedy'), { multiline: true }),
            h('button', { type: 'button', class: 'fill-button fill-quiet', id: `${base}-remove-pair-${index}`, 'data-testid': `${base}-remove-pair-${index}`, 'data-action': 'remove-pair', 'data-id': procedure.id, 'data-index': index, text: t.removePair(procedure.id, index + 1) }))),
          h('button', { type: 'button', class: 'fill-button', id: `add-obstacle-${procedure.id}`, 'data-testid': `add-obstacle-${procedure.id}`, 'data-action': 'add-pair', 'data-id': procedure.id, text: t.addPair(procedure.id) })));
      }
    }

    // -- events ----------------------------------------------------------------

    procedure(id) { return this.state.procedures.find((p) => p.id === id) || null; }

    onInput(event) {
      const target = event.target;
      if (target.type === 'checkbox') return; // handled on change
      const bind = target.getAttribute && target.getAttribute('data-bind');
      if (!bind) {
        if (target === this.search) this.renderOptions();
        return;
      }
      this.apply(target, bind);
    }

    onLeave(event) {
      const target = event.target;
      if (!target || !target.id || !/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target === this.search) return;
      if (this.touched.has(target.id)) return;
      this.touched.add(target.id);
      this.showFindings();
    }

    onChange(event) {
      const target = event.target;
      const bind = target.getAttribute && target.getAttribute('data-bind');
      if (bind === 'participant') {
        // `Ａ－０１` becomes `A-01` once the participant leaves the field (ids only, never free text).
        const id = F.participantID(target.value);
        if (id && id !== target.value) target.value = id;
      }
      if (bind) this.apply(target, bind);
    }

    apply(target, bind) {
      const s = this.state;
      const id = target.getAttribute('data-id');
      const part = target.getAttribute('data-part');
      switch (bind) {
        case 'participant': case 'group': case 'industry':
          s[bind] = target.value; break;
        case 'publish':
          s.publish = target.checked; break;
        case 'join-code':
          if (this.session) { try { this.session.setItem(`workshop-fill:join:${this.data.event.slug}`, target.value); } catch (error) { /* ignore */ } }
          return;
        case 'threat': {
          const threat = s.threats.find((x) => x.id === Number(id));
          if (threat && part in threat) threat[part] = target.value;
          break;
        }
        case 'reason': {
          const procedure = this.procedure(id);
          if (procedure) procedure.reason = target.value;
          break;
        }
        case 'pair': {
          const procedure = this.procedure(id);
          const pair = procedure ? procedure.pairs[Number(target.getAttribute('data-index'))] : null;
          if (pair && (part === 'obstacle' || part === 'remedy')) pair[part] = target.value;
          break;
        }
        case 'link': {
          const procedure = this.procedure(id);
          const threat = Number(target.getAttribute('data-link'));
          if (!procedure) break;
          procedure.threats = procedure.threats.filter((x) => x !== threat);
          if (target.checked) {
            procedure.threats.push(threat);
            const order = s.threats.map((x) => x.id);
            const rank = (x) => (order.includes(x) ? order.indexOf(x) : order.length);
            procedure.threats.sort((a, b) => rank(a) - rank(b));
          }
          break;
        }
        case 'choose-threat':
          this.chooseThreat(Number(target.getAttribute('data-threat')), target.checked);
          break;
        default:
          return;
      }
      this.refresh();
    }

    chooseThreat(id, on) {
      const s = this.state;
      const existing = s.threats.find((x) => x.id === id);
      if (on && !existing) {
        s.threats.push(s.stash.threats[id] || { id, business: '', impact: '', severity: '' });
        delete s.stash.threats[id];
      } else if (!on && existing) {
        s.stash.threats[id] = existing;
        s.threats = s.threats.filter((x) => x.id !== id);
      }
      this.renderImpacts();
      this.renderChoices();
    }

    toggleProcedure(id, button) {
      const s = this.state;
      const existing = this.procedure(id);
      if (existing) {
        s.stash.procedures[id] = existing;
        s.procedures = s.procedures.filter((p) => p.id !== id);
        this.announce.textContent = this.t.removed(id);
      } else {
        s.procedures.push(s.stash.procedures[id] || { id, threats: [], reason: '', pairs: [{ obstacle: '', remedy: '' }] });
        delete s.stash.procedures[id];
        this.announce.textContent = this.t.added(id);
      }
      const on = !existing;
      for (const option of this.options.querySelectorAll('button[data-procedure]')) {
        if (option.getAttribute('data-procedure') !== id) continue;
        option.setAttribute('aria-pressed', on ? 'true' : 'false');
        const mark = option.querySelector('.fill-option-state');
        if (mark) mark.textContent = on ? this.t.chosenMark : this.t.choose;
      }
      this.renderChoices();
      this.renderObstacles();
      this.refresh();
      if (button && !button.isConnected) this.search.focus();
    }

    onClick(event) {
      const button = event.target.closest ? event.target.closest('button[data-action]') : null;
      if (!button || !this.form.contains(button)) return;
      const id = button.getAttribute('data-id');
      switch (button.getAttribute('data-action')) {
        case 'toggle-procedure':
          this.toggleProcedure(button.getAttribute('data-procedure'), button); break;
        case 'remove-procedure':
          this.toggleProcedure(id, null);
          this.search.focus();
          break;
        case 'add-pair': {
          const procedure = this.procedure(id);
          if (!procedure) return;
          procedure.pairs.push({ obstacle: '', remedy: '' });
          this.renderObstacles();
          this.refresh();
          const added = document.getElementById(`procedure-${id}-obstacle-${procedure.pairs.length - 1}`);
          if (added) added.focus();
          break;
        }
        case 'remove-pair': {
          const procedure = this.procedure(id);
          if (!procedure) return;
          procedure.pairs.splice(Number(button.getAttribute('data-index')), 1);
          this.renderObstacles();
          this.refresh();
          const add = document.getElementById(`add-obstacle-${id}`);
          if (add) add.focus();
          break;
        }
        case 'download': this.reveal(); this.download(); break;
        case 'copy': this.reveal(); this.copy(); break;
        case 'clear': this.clear(); break;
        case 'submit': this.reveal(); if (window.WorkshopFillSubmit) window.WorkshopFillSubmit.submit(this); break;
        default: break;
      }
    }

    // -- findings and output ---------------------------------------------------

    refresh() {
      this.findings = F.validate(this.state, this.data);
      this.markdown = F.toMarkdown(this.state, this.data);
      this.output.value = this.markdown;
      this.showFindings();
      this.saveDraft();
    }

    reveal() {
      if (this.revealed) return;
      this.revealed = true;
      this.showFindings();
    }

    showFindings() {
      const t = this.t;
      for (const node of this.form.querySelectorAll('.fill-message')) node.textContent = '';
      for (const node of this.form.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
      this.findingList.textContent = '';
      if (!this.revealed && this.touched.size === 0) {
        this.summary.textContent = t.notChecked;
        this.summary.className = 'fill-summary';
        return;
      }
      for (const finding of this.findings) {
        if (!this.revealed && !this.touched.has(finding.field)) {
          this.listFinding(finding);
          continue;
        }
        const line = document.getElementById(`${finding.field}-error`);
        if (line) {
          line.appendChild(h('span', { class: `fill-${finding.severity}`, text: finding.message }));
        }
        const control = document.getElementById(finding.field);
        if (control && finding.severity === 'error' && /^(INPUT|TEXTAREA|SELECT)$/.test(control.tagName)) control.setAttribute('aria-invalid', 'true');
        this.listFinding(finding);
      }
      this.showSummary();
    }

    /** One finding in the check section's list. */
    listFinding(finding) {
      const t = this.t;
      this.findingList.appendChild(h('li', { class: `fill-${finding.severity}`, 'data-code': finding.code, 'data-severity': finding.severity, 'data-field': finding.field },
          h('span', { class: 'fill-badge', text: t[finding.severity] || finding.severity }), ' ',
          h('a', { href: `#${finding.field}`, 'data-focus': finding.field, text: finding.message }),
          h('span', { class: 'fill-code', text: ` [${finding.code}]` })));
    }

    showSummary() {
      const t = this.t;
      const errors = this.findings.filter((f) => f.severity === 'error').length;
      const warnings = this.findings.length - errors;
      this.summary.textContent = this.findings.length === 0 ? t.noFindings : t.counts(errors, warnings);
      this.summary.className = `fill-summary ${errors ? 'fill-error' : warnings ? 'fill-warning' : 'fill-ok'}`;
      for (const link of this.findingList.querySelectorAll('a[data-focus]')) {
        link.addEventListener('click', (event) => {
          const target = document.getElementById(link.getAttribute('data-focus'));
          if (!target) return;
          event.preventDefault();
          const focusable = /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName) ? target : target.querySelector('input, textarea, select, button');
          (focusable || target).focus();
          if (target.scrollIntoView) target.scrollIntoView({ block: 'center' });
        });
      }
    }

    hasErrors() { return this.findings.some((f) => f.severity === 'error'); }

    say(text) { this.actionStatus.textContent = text; }

    download() {
      const name = F.fileName(this.state);
      K.download(name, this.markdown);
      this.say(this.t.downloaded(name) + (this.hasErrors() ? ' ' + this.t.stillErrors : ''));
    }

    copy() {
      K.copy(this.markdown, this.output).then((ok) => this.say(ok ? this.t.copied : this.t.copyFailed));
    }

    clear() {
      if (typeof window.confirm === 'function' && !window.confirm(this.t.confirmClear)) return;
      this.state = F.emptyState();
      if (this.local) { try { this.local.removeItem(this.draftKey); } catch (error) { /* ignore */ } }
      const search = this.search.value;
      this.build();
      this.search.value = search;
      this.renderOptions();
      this.say(this.t.cleared);
      const first = document.getElementById('participant');
      if (first) first.focus();
    }
  }

  window.WorkshopFillPage = FillPage;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
