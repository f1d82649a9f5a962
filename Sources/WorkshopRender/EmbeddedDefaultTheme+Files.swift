// Generated from Themes/default/ by scripts/embed-theme.sh — do not edit by hand.
// The binary carries the default theme so that it builds a site anywhere;
// ThemeTests checks every file equals the repository's byte for byte.

extension EmbeddedDefaultTheme {
    /// Every file of `Themes/default/`, by path inside it, with its text.
    static let files: [(path: String, text: String)] = [
        ("assets/fill-form.js", ####"""
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

"""####),
        ("assets/fill-submit.js", ####"""
/* Live collection (`workshop serve --collect`): sends the worksheet to the
 * facilitator's machine with the join code, keeps the edit token the first
 * accepted submission returns (per event and participant) and shows the
 * server's answer and findings. Needs form-kit.js and fill.js; used by fill-form.js. */
(function () {
  'use strict';
  if (typeof document === 'undefined') return;

  const F = window.WorkshopFill;
  const DEFAULT_ROOT = '../../../';

  function tokenKey(slug, participant) {
    return `workshop-fill:token:${slug}:${participant}`;
  }

  function setStatus(page, text, kind) {
    page.submitStatus.textContent = text;
    page.submitStatus.className = `fill-status fill-${kind}`;
  }

  function showServerFindings(page, findings) {
    const list = page.serverFindings;
    list.textContent = '';
    for (const finding of findings) {
      const severity = ['error', 'warning', 'note'].includes(finding.severity) ? finding.severity : 'error';
      const where = Number.isInteger(finding.line) ? page.t.at(finding.line, Number.isInteger(finding.column) ? finding.column : 1) + ': ' : '';
      const item = document.createElement('li');
      item.className = `fill-${severity}`;
      item.setAttribute('data-code', String(finding.code || ''));
      item.setAttribute('data-severity', severity);
      const badge = document.createElement('span');
      badge.className = 'fill-badge';
      badge.textContent = page.t[severity] || severity;
      item.append(badge, ' ', where + String(finding.message || ''));
      if (finding.code) {
        const code = document.createElement('span');
        code.className = 'fill-code';
        code.textContent = ` [${finding.code}]`;
        item.append(code);
      }
      list.appendChild(item);
    }
  }

  async function submit(page) {
    const t = page.t;
    const button = document.getElementById('submit');
    const joinInput = document.getElementById('join-code');
    page.serverFindings.textContent = '';
    page.refresh();
    if (page.hasErrors()) {
      setStatus(page, t.fixFirst, 'error');
      page.summary.setAttribute('tabindex', '-1');
      page.summary.focus();
      return;
    }
    // An empty code is sent as none: a participant who joined through the QR code or
    // the join page has the code in a cookie, which the server accepts.
    const join = F.normalizeID(joinInput ? joinInput.value : '');
    if (join !== '' && !/^[\x21-\x7e]+$/.test(join)) {
      setStatus(page, t.badJoinCode, 'error');
      if (joinInput) joinInput.focus();
      return;
    }
    const slug = page.data.event.slug;
    const participant = F.participantID(page.state.participant);
    const key = tokenKey(slug, participant);
    let token = null;
    try { token = page.local ? page.local.getItem(key) : null; } catch (error) { token = null; }
    const siteRoot = page.app.hasAttribute('data-root') ? page.app.getAttribute('data-root') : DEFAULT_ROOT;
    const url = F.collectURL(window.location.href, siteRoot, slug);

    if (button) { button.disabled = true; button.setAttribute('aria-busy', 'true'); }
    setStatus(page, t.sending, 'pending');
    try {
      const response = await window.WorkshopFormKit.postMarkdown(url, page.markdown, join, token);
      const body = response.body;
      const result = F.describeResponse(response.status, body, page.data.language);
      if (result.token && page.local) {
        try { page.local.setItem(key, result.token); } catch (error) { /* the worksheet is in; only a later edit needs the token */ }
      }
      if (response.status === 403 && join === '') {
        // No code typed and no cookie: ask for the code.
        setStatus(page, t.needJoinCode, 'error');
        if (joinInput) joinInput.focus();
      } else {
        setStatus(page, result.message, result.kind);
      }
      page.submitStatus.setAttribute('data-status', String(response.status));
      showServerFindings(page, result.findings);
    } catch (error) {
      setStatus(page, t.network, 'error');
      page.submitStatus.setAttribute('data-status', 'network');
    } finally {
      if (button) { button.disabled = false; button.removeAttribute('aria-busy'); }
    }
  }

  window.WorkshopFillSubmit = { submit, tokenKey };
})();

"""####),
        ("assets/fill-text.js", ####"""
/* The fill-in form's interface text, in the site's language (ja / en).
 * Kept apart from the logic in fill.js and the page in fill-form.js. */
(function (root) {
  'use strict';

  const TEXT = {
    ja: {
      intro: '自社の事業について、① 脅威と事業への影響、② 有効な実施手順、③ 課題と解決手段 を記入します。入力しながらチェック結果が表示され、完成したワークシートをダウンロードまたはコピーできます。',
      autosave: '入力内容はこの端末のブラウザに自動保存されます（サーバーには送られません）。',
      autosaveCollect: '入力内容はこの端末のブラウザに自動保存されます。サーバーに送られるのは「提出」を押したときだけです。',
      notChecked: '記入を始めると、ここにチェック結果が表示されます。',
      autosaveOff: 'このブラウザでは自動保存できません。ページを閉じる前にダウンロードしてください。',
      required: '（必須）',
      about: '参加者情報',
      participant: '参加者ID',
      participantHint: '配布された番号（例: A-01）。半角英数字・「-」・「_」、64文字まで。',
      group: 'グループ',
      chooseGroup: '選んでください',
      industry: '業種・事業',
      industryHint: '例: 電子部品の卸売業（従業員25名）',
      publish: '公開レポートへの掲載に同意する',
      publishHint: 'チェックすると、記入内容の抜粋が公開の開催レポートに載ることがあります。チェックしなければ、ファシリテーターとグループ内だけで使われます。',
      theme1Hint: '自社の事業に影響しそうな脅威を選び、脅威ごとに事業の内容と影響を書いてください。',
      excluded: '対象外: ',
      chooseThreats: '脅威を選ぶ',
      threatItem: (id, title) => `脅威 ${id}${title ? ' ' + title : ''}`,
      business: '事業内容',
      businessHint: 'その脅威が関わる事業・業務',
      impact: '影響',
      impactHint: '脅威が現実になったとき、事業にどう影響するか',
      severity: '影響度',
      severityNone: '（選ばない）',
      severityNames: { high: '高', medium: '中', low: '低' },
      noThreats: '脅威を選ぶと、ここに記入欄が表示されます。',
      theme2Hint: '脅威に有効と思われる実施手順を管理策の表から選び、選んだ理由を書いてください。',
      search: '実施手順を探す',
      searchHint: '番号（6-1、６－１）や言葉（研修、バックアップ など）で絞り込めます。',
      found: (n) => `${n} 件`,
      choose: '選ぶ',
      chosenMark: '選択中',
      added: (id) => `実施手順 ${id} を選びました。`,
      removed: (id) => `実施手順 ${id} を外しました。`,
      yourProcedures: '選んだ実施手順',
      noProcedures: '実施手順を選ぶと、ここに記入欄が表示されます。',
      links: 'この手順で対応する脅威',
      linksEmpty: '① で脅威を選ぶと、ここで選べます。',
      staleLink: '（① で選ばれていません）',
      reason: '理由',
      reasonHint: 'この手順が自社にとって有効だと考えた理由',
      removeProcedure: (id) => `実施手順 ${id} を外す`,
      theme3Hint: '② で選んだ手順を自社で実施するときの課題（障壁）と、その解決手段を書いてください。',
      noObstacles: '② で実施手順を選ぶと、ここに表示されます。',
      obstacle: (n) => `課題 ${n}`,
      remedy: (n) => `解決手段 ${n}`,
      removePair: (id, n) => `${id} の課題 ${n} を削除`,
      addPair: (id) => `${id} に課題を追加`,
      check: 'チェック結果',
      noFindings: '問題は見つかりません。',
      counts: (e, w) => `エラー ${e} 件、警告 ${w} 件`,
      error: 'エラー',
      warning: '警告',
      output: 'ワークシート（Markdown）',
      outputHint: 'このテキストがワークシートのファイルになります。ダウンロードするか、コピーしてファシリテーターに渡してください。',
      download: 'ダウンロード',
      copy: 'コピー',
      clear: '下書きを消去',
      downloaded: (file) => `${file} をダウンロードしました。`,
      copied: 'コピーしました。',
      copyFailed: 'コピーできませんでした。テキスト欄を選択してコピーしてください。',
      stillErrors: 'エラーが残っています。提出する前に直してください。',
      confirmClear: '入力した内容をすべて消去しますか？',
      cleared: '下書きを消去しました。',
      submitTitle: '提出',
      submitHint: '会場のネットワークから、ファシリテーターのパソコンに直接提出できます。',
      joinCode: '参加コード',
      joinCodeHint: 'ファシリテーターが案内したコード。QRコードや参加ページから入った端末では空欄のままで提出できます',
      submit: '提出する',
      sending: '送信しています…',
      fixFirst: 'エラーを直してから提出してください。',
      needJoinCode: '参加コードを入力してください。',
      badJoinCode: '参加コードは半角英数字で入力してください。',
      network: 'サーバーに接続できませんでした。ネットワークを確認して、もう一度お試しください。',
      at: (line, column) => `${line} 行 ${column} 列`,
      badData: 'フォームのデータを読み込めませんでした。ページを作り直してください。',
    },
    en: {
      intro: 'Fill in, for your own business: 1. threats and their business impact, 2. the procedures that would help, 3. the obstacles and their remedies. The checks appear as you type; download or copy the finished worksheet.',
      autosave: 'What you type is saved automatically in this browser only (nothing is sent anywhere).',
      autosaveCollect: 'What you type is saved automatically in this browser. It is sent to the server only when you press Submit.',
      notChecked: 'The check results appear here once you start filling in the form.',
      autosaveOff: 'This browser cannot save drafts: download your worksheet before closing the page.',
      required: ' (required)',
      about: 'About you',
      participant: 'Participant id',
      participantHint: 'The pseudonym you were given (e.g. A-01): letters, digits, - and _, up to 64.',
      group: 'Group',
      chooseGroup: 'Choose…',
      industry: 'Industry',
      industryHint: 'e.g. Electronic parts wholesale (25 staff)',
      publish: 'Excerpts may appear in the public report',
      publishHint: 'If ticked, excerpts of what you write may appear in the public event report. If not, it is used by the facilitator and your group only.',
      theme1Hint: 'Choose the threats that could hit your business and, for each, write the business concerned and the impact.',
      excluded: 'Not covered: ',
      chooseThreats: 'Choose threats',
      threatItem: (id, title) => `Threat ${id}${title ? ' ' + title : ''}`,
      business: 'Business',
      businessHint: 'The part of your business the threat concerns',
      impact: 'Impact',
      impactHint: 'What would happen to the business if the threat came true',
      severity: 'Severity',
      severityNone: '(not set)',
      severityNames: { high: 'High', medium: 'Medium', low: 'Low' },
      noThreats: 'Choose a threat to write about it here.',
      theme2Hint: 'Choose from the control table the procedures that would work against your threats, and say why.',
      search: 'Find a procedure',
      searchHint: 'Type an id (6-1) or words (training, backup…) to narrow the list.',
      found: (n) => `${n} ${n === 1 ? 'procedure' : 'procedures'}`,
      choose: 'Choose',
      chosenMark: 'Chosen',
      added: (id) => `Procedure ${id} chosen.`,
      removed: (id) => `Procedure ${id} removed.`,
      yourProcedures: 'Your procedures',
      noProcedures: 'Choose a procedure to write about it here.',
      links: 'Threats this procedure answers',
      linksEmpty: 'Choose threats in 1. to link them here.',
      staleLink: ' (not chosen in 1.)',
      reason: 'Reason',
      reasonHint: 'Why this procedure would work for your business',
      removeProcedure: (id) => `Remove procedure ${id}`,
      theme3Hint: 'For each procedure chosen in 2., write what would stand in the way at your company, and how to overcome it.',
      noObstacles: 'Procedures chosen in 2. appear here.',
      obstacle: (n) => `Obstacle ${n}`,
      remedy: (n) => `Remedy ${n}`,
      removePair: (id, n) => `Remove obstacle ${n} of ${id}`,
      addPair: (id) => `Add an obstacle to ${id}`,
      check: 'Check',
      noFindings: 'No problems found.',
      counts: (e, w) => `${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}`,
      error: 'error',
      warning: 'warning',
      output: 'Worksheet (Markdown)',
      outputHint: 'This text is your worksheet file: download it, or copy it and hand it to the facilitator.',
      download: 'Download',
      copy: 'Copy',
      clear: 'Clear draft',
      downloaded: (file) => `${file} downloaded.`,
      copied: 'Copied.',
      copyFailed: 'Could not copy: select the text and copy it by hand.',
      stillErrors: 'There are errors left: fix them before handing in the worksheet.',
      confirmClear: 'Clear everything you have entered?',
      cleared: 'Draft cleared.',
      submitTitle: 'Submit',
      submitHint: 'From the venue network you can submit straight to the facilitator’s computer.',
      joinCode: 'Join code',
      joinCodeHint: 'The code the facilitator announced. On a device that came in through the QR code or the join page, you can leave it empty',
      submit: 'Submit',
      sending: 'Sending…',
      fixFirst: 'Fix the errors before submitting.',
      needJoinCode: 'Enter the join code.',
      badJoinCode: 'The join code uses letters and digits only.',
      network: 'Could not reach the server. Check the network and try again.',
      at: (line, column) => `line ${line}, column ${column}`,
      badData: 'The form could not read its data. Please rebuild the page.',
    },
  };

  root.WorkshopFillText = TEXT;
  if (typeof module !== 'undefined' && module.exports) module.exports = TEXT;
})(typeof globalThis !== 'undefined' ? globalThis : this);

"""####),
        ("assets/fill.css", ####"""
/*
 * The participant fill-in form (events/<slug>/fill/). Form-only styles:
 * typography and colours come from site.css; every custom property has a
 * fallback so the form also reads well without it. Phone first.
 */

.fill-page {
  max-width: var(--wide, 72rem);
  margin: 0 auto;
}
.fill-event { color: var(--c-muted, #52606d); margin-top: 0; }

.fill-form {
  display: grid;
  gap: var(--space-5, 1.5rem);
}
.fill-intro { margin: 0; }

/* sections (fieldsets and the check/output parts) */
.fill-section {
  min-width: 0;
  margin: 0;
  padding: var(--space-4, 1rem);
  border: 1px solid var(--c-border, #d3dae2);
  border-radius: var(--radius, 8px);
  background: var(--c-surface, #ffffff);
  box-shadow: var(--shadow, none);
}
.fill-section > legend,
.fill-section > h2 {
  margin: 0;
  padding: 0 var(--space-2, 0.5rem);
  font-size: 1.2rem;
  font-weight: 700;
  color: var(--c-navy, #16324f);
}
.fill-section > h2 { padding: 0 0 var(--space-2, 0.5rem); }
.fill-subheading { font-size: 1.05rem; margin: var(--space-5, 1.5rem) 0 var(--space-2, 0.5rem); }

/* one field: label, hint, control, message */
.fill-field { margin: var(--space-3, 0.75rem) 0; }
.fill-field > label { display: block; font-weight: 700; margin-bottom: var(--space-1, 0.25rem); }
.fill-field input[type="text"],
.fill-field input[type="search"],
.fill-field select,
.fill-field textarea {
  display: block;
  width: 100%;
  max-width: 40rem;
  box-sizing: border-box;
  font: inherit;
  font-size: max(1rem, 16px); /* no zoom-on-focus on phones */
  padding: 0.45em 0.6em;
  border: 1px solid var(--c-border-strong, #9aa7b4);
  border-radius: var(--radius-small, 4px);
  background: var(--c-surface, #ffffff);
  color: inherit;
}
.fill-field textarea { max-width: none; min-height: 4.5em; resize: vertical; line-height: 1.7; }
.fill-field select { width: auto; min-width: 12rem; }
.fill-required { font-weight: 400; color: var(--c-error, #9b1c1c); font-size: 0.9em; }
.fill-hint { margin: 0 0 var(--space-1, 0.25rem); font-size: 0.9em; color: var(--c-muted, #52606d); }
.fill-empty { color: var(--c-muted, #52606d); font-style: italic; }

.fill-check { display: grid; grid-template-columns: auto 1fr; gap: 0 var(--space-2, 0.5rem); align-items: start; }
.fill-check > input { margin-top: 0.35em; width: 1.2rem; height: 1.2rem; }
.fill-check > label { font-weight: 700; }
.fill-check > .fill-hint { grid-column: 2; }

/* inline messages under a control */
.fill-message { margin: var(--space-1, 0.25rem) 0 0; font-size: 0.9em; }
.fill-message:empty { display: none; }
.fill-message > span { display: block; }
.fill-message > .fill-error::before { content: "⚠ "; }
.fill-message > .fill-warning::before { content: "△ "; }
.fill-message .fill-error,
.fill-summary.fill-error { color: var(--c-error, #9b1c1c); }
.fill-message .fill-warning,
.fill-summary.fill-warning { color: var(--c-warning, #7a4b00); }
.fill-summary.fill-ok { color: var(--c-low, #1d5b34); }
[aria-invalid="true"] { border-color: var(--c-error, #9b1c1c) !important; box-shadow: 0 0 0 1px var(--c-error, #9b1c1c); }

/* focus: always visible, keyboard first */
.fill-form :focus-visible {
  outline: 3px solid var(--c-focus, #d97706);
  outline-offset: 2px;
}

/* ① threat cards */
.fill-choices {
  border: 0;
  margin: var(--space-3, 0.75rem) 0;
  padding: 0;
  min-width: 0;
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
  gap: var(--space-2, 0.5rem);
}
.fill-choices > legend { font-weight: 700; margin-bottom: var(--space-2, 0.5rem); padding: 0; }
.fill-card {
  display: grid;
  grid-template-columns: auto 1fr;
  gap: var(--space-1, 0.25rem) var(--space-2, 0.5rem);
  align-items: start;
  padding: var(--space-3, 0.75rem);
  border: 1px solid var(--c-border, #d3dae2);
  border-radius: var(--radius-small, 4px);
  background: var(--c-bg, #f6f8fa);
}
.fill-card:has(input:checked) {
  border-color: var(--c-teal, #0b6b6b);
  background: var(--c-teal-soft, #e6f2f1);
}
.fill-card > input { width: 1.25rem; height: 1.25rem; margin: 0.2em 0 0; }
.fill-card > label { font-weight: 700; cursor: pointer; }
.fill-card-summary { grid-column: 2; margin: 0; font-size: 0.85em; color: var(--c-muted, #52606d); }
.fill-card-id,
.fill-option-id {
  display: inline-block;
  min-width: 2.2em;
  padding: 0 0.35em;
  border-radius: var(--radius-small, 4px);
  background: var(--c-navy, #16324f);
  color: var(--c-header-text, #ffffff);
  font-family: var(--font-mono, monospace);
  font-weight: 700;
  text-align: center;
}

/* one chosen threat / procedure */
.fill-items { display: grid; gap: var(--space-3, 0.75rem); }
.fill-item {
  min-width: 0;
  margin: 0;
  padding: var(--space-3, 0.75rem) var(--space-4, 1rem);
  border: 1px solid var(--c-border, #d3dae2);
  border-left: 4px solid var(--c-teal, #0b6b6b);
  border-radius: var(--radius-small, 4px);
}
.fill-item > legend { font-weight: 700; padding: 0 var(--space-1, 0.25rem); }
.fill-links { border: 0; padding: 0; margin: var(--space-2, 0.5rem) 0; min-width: 0; }
.fill-links > legend { font-weight: 700; padding: 0; margin-bottom: var(--space-1, 0.25rem); }
.fill-link { display: inline-flex; align-items: center; gap: 0.3em; margin: 0 var(--space-4, 1rem) var(--space-1, 0.25rem) 0; }
.fill-link > input { width: 1.15rem; height: 1.15rem; }

/* ② procedure picker */
.fill-options {
  list-style: none;
  margin: 0;
  padding: 0;
  max-height: 22rem;
  overflow-y: auto;
  border: 1px solid var(--c-border, #d3dae2);
  border-radius: var(--radius-small, 4px);
}
.fill-options > li + li { border-top: 1px solid var(--c-border, #d3dae2); }
.fill-form .fill-option {
  display: grid;
  grid-template-columns: auto 1fr auto;
  gap: 0 var(--space-2, 0.5rem);
  width: 100%;
  padding: var(--space-2, 0.5rem) var(--space-3, 0.75rem);
  border: 0;
  border-radius: 0;
  background: transparent;
  color: inherit;
  font-weight: 400;
  text-align: left;
  cursor: pointer;
}
.fill-form .fill-option:hover { background: var(--c-row-alt, #f3f6f9); filter: none; }
.fill-form .fill-option[aria-pressed="true"] { background: var(--c-teal-soft, #e6f2f1); }
.fill-option-text { grid-column: 2; }
.fill-option-control { grid-column: 2; grid-row: 2; font-size: 0.85em; color: var(--c-muted, #52606d); }
.fill-option-state {
  grid-column: 3;
  grid-row: 1 / span 2;
  align-self: center;
  font-size: 0.85em;
  font-weight: 700;
  color: var(--c-teal, #0b6b6b);
}
.fill-option[aria-pressed="true"] .fill-option-state::before { content: "✓ "; }

/* ③ obstacle / remedy rows */
.fill-pair {
  display: grid;
  gap: 0 var(--space-4, 1rem);
  padding: var(--space-2, 0.5rem) 0;
  border-bottom: 1px dashed var(--c-border, #d3dae2);
}
@media (min-width: 48rem) {
  .fill-pair { grid-template-columns: 1fr 1fr; }
  .fill-pair > button { grid-column: 2; justify-self: end; }
}

/* buttons: the site's button look, quieter variants */
.fill-actions { display: flex; flex-wrap: wrap; gap: var(--space-2, 0.5rem); margin: var(--space-3, 0.75rem) 0; }
.fill-form .fill-button { min-height: 2.75rem; }
.fill-form .fill-button:not(.fill-primary) {
  background: var(--c-surface, #ffffff);
  color: var(--c-teal, #0b6b6b);
  border: 1px solid var(--c-teal, #0b6b6b);
}
.fill-form .fill-quiet:not(.fill-primary) {
  border-color: var(--c-border-strong, #9aa7b4);
  color: var(--c-muted, #52606d);
  font-weight: 400;
}
.fill-form .fill-button:disabled { opacity: 0.6; cursor: progress; }

/* the findings list and the server's answer */
.fill-findings { margin: var(--space-2, 0.5rem) 0 0; padding-left: 0; list-style: none; }
.fill-findings > li { margin: var(--space-1, 0.25rem) 0; padding-left: var(--space-2, 0.5rem); border-left: 3px solid var(--c-border, #d3dae2); }
.fill-findings > li.fill-error { border-left-color: var(--c-error, #9b1c1c); }
.fill-findings > li.fill-warning { border-left-color: var(--c-warning-edge, #d99a00); }
.fill-badge {
  display: inline-block;
  padding: 0 0.4em;
  border-radius: var(--radius-small, 4px);
  font-size: 0.8em;
  font-weight: 700;
}
.fill-error > .fill-badge { background: var(--c-error-bg, #fde8e8); color: var(--c-error, #9b1c1c); }
.fill-warning > .fill-badge,
.fill-note > .fill-badge { background: var(--c-warning-bg, #fff3d6); color: var(--c-warning, #7a4b00); }
.fill-code { font-family: var(--font-mono, monospace); font-size: 0.8em; color: var(--c-muted, #52606d); }
.fill-status:empty { display: none; }
.fill-status { margin: var(--space-2, 0.5rem) 0; font-weight: 700; }
.fill-status.fill-ok { color: var(--c-low, #1d5b34); }
.fill-status.fill-error { color: var(--c-error, #9b1c1c); }

#markdown-output {
  width: 100%;
  box-sizing: border-box;
  min-height: 16rem;
  font-family: var(--font-mono, monospace);
  font-size: 0.9rem;
  line-height: 1.6;
  background: var(--c-bg, #f6f8fa);
}

.fill-visually-hidden {
  position: absolute !important;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
}

@media print {
  .fill-options, .fill-actions, #procedure-search, .fill-search, #collect { display: none; }
}

/* The group form (events/<slug>/groups/<id>/fill/): the members' answers as suggestions. */
.group-fill-members { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: var(--space-2, 0.5rem); }
.group-fill-members li { padding: 0.2em 0.6em; border: 1px solid var(--c-border, #d3dae2); border-radius: 999px; }
.group-fill-members li.is-missing { color: var(--c-muted, #52606d); border-style: dashed; }
.group-fill-members .badge { margin-left: 0.4em; }
.group-fill-suggestions { list-style: none; padding: 0; margin: var(--space-2, 0.5rem) 0; display: grid; gap: var(--space-3, 0.75rem); }
.group-fill-suggestion {
  padding: var(--space-3, 0.75rem);
  border: 1px solid var(--c-border, #d3dae2);
  border-left: 4px solid var(--c-border-strong, #9aa7b4);
  border-radius: var(--radius-small, 4px);
  background: var(--c-surface-alt, #f6f8fa);
}
.group-fill-suggestion.is-chosen { border-left-color: var(--c-navy, #16324f); }
.group-fill-suggestion p { margin: 0 0 var(--space-1, 0.25rem); overflow-wrap: anywhere; }
.group-fill-meta { font-size: 0.9rem; color: var(--c-muted, #52606d); }
.group-fill-label { font-weight: 700; }
.group-fill-count { margin-left: 0.5em; }
.group-fill-new { margin-left: 0.5em; background: #fff3c4; color: #5c4400; }
.group-fill-reasons { list-style: none; padding: 0; margin: var(--space-2, 0.5rem) 0 0; display: grid; gap: var(--space-2, 0.5rem); }
.group-fill-reasons > li { padding-top: var(--space-2, 0.5rem); border-top: 1px dashed var(--c-border, #d3dae2); }
.group-fill-row { display: grid; gap: var(--space-1, 0.25rem); }
.group-fill-row > button, .group-fill-list > button { justify-self: start; }
.group-fill-other .fill-actions { display: flex; gap: var(--space-2, 0.5rem); align-items: center; }
.group-fill-other input[type="text"] { width: 8rem; display: inline-block; }
.fill-card.group-fill-picked label { font-weight: 700; }

"""####),
        ("assets/fill.js", ####"""
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

"""####),
        ("assets/form-kit.js", ####"""
/* What the site's two forms share: the participant's fill-in form (fill*.js)
 * and the group form (group-fill*.js). Ids (NFKC + dash fold), text
 * clean-up, the event's catalogues from the page data, YAML scalars, the
 * collection endpoint's address and answers; and, in a browser, the small
 * DOM builder, storage that never throws, download, copy and the POST.
 *
 * Plain script, no dependencies; works from file:// and offline. The pure
 * part also runs under node for the tests in Tests/JS. */
(function (root) {
  'use strict';

  // ---------------------------------------------------------------------------
  // Ids: NFKC plus the hyphen/dash fold of Sources/WorkshopModel/Identifiers.swift

  const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF70\uFE63\uFF0D\u2043\uFE58]/g;

  /** NFKC, every dash look-alike folded to `-`, surrounding white space trimmed. */
  function normalizeID(text) {
    return String(text == null ? '' : text).normalize('NFKC').replace(DASHES, '-').trim();
  }

  /** `6-1`, `６－１`, `6ー1`, `手順 6 - 1` → `6-1`; null when it is not a procedure id. */
  function parseProcedureID(text) {
    const folded = normalizeID(text).replace(/\s+/g, '').replace(/^(手順|procedure|no\.?)/i, '');
    const match = /^(\d{1,6})-(\d{1,6})$/.exec(folded);
    return match ? `${Number(match[1])}-${Number(match[2])}` : null;
  }

  function isBlank(text) {
    return String(text == null ? '' : text).trim() === '';
  }

  /** One line per field: every line break (with the spaces around it) becomes one space. */
  function collapse(text) {
    return String(text == null ? '' : text)
      .replace(/[ \t]*(?:(?:\r\n?|\n|\u2028|\u2029|\u0085)[ \t]*)+/g, ' ')
      .trim();
  }

  function asArray(value) { return Array.isArray(value) ? value : []; }
  function asText(value) { return value == null ? '' : collapse(String(value)); }
  function pick(language, ja, en) { return language === 'en' ? en : ja; }

  function short(text, length) {
    const one = collapse(text);
    return one.length > length ? one.slice(0, length) + '…' : one;
  }

  // ---------------------------------------------------------------------------
  // The event's catalogues as FormCatalogue (Sources/WorkshopRender) prints them

  /** `{threats, excludedThreats, offeredThreats, controls}` read defensively: missing parts become empty. */
  function readCatalogue(data) {
    const excluded = asArray(data.excludedThreats).map(Number).filter(Number.isFinite);
    const threats = asArray(data.threats)
      .filter((t) => t && Number.isInteger(Number(t.id)))
      .map((t) => ({ id: Number(t.id), title: asText(t.title), summary: asText(t.summary) }));
    const controls = asArray(data.controls).filter((c) => c && typeof c === 'object').map((c) => ({
      no: Number(c.no),
      category: asText(c.category),
      categoryName: asText(c.categoryName),
      iso: asText(c.iso),
      title: asText(c.title),
      otherTitles: asArray(c.otherTitles).map(asText),
      procedures: asArray(c.procedures)
        .filter((p) => p && parseProcedureID(p.id))
        .map((p) => ({ id: parseProcedureID(p.id), text: asText(p.text), otherTexts: asArray(p.otherTexts).map(asText) })),
    }));
    return { threats, excludedThreats: excluded, offeredThreats: threats.filter((t) => !excluded.includes(t.id)), controls };
  }

  /** `{slug, title, date}` of the page data's event. */
  function readEvent(data) {
    const event = data && data.event && typeof data.event === 'object' ? data.event : {};
    return { slug: asText(event.slug), title: asText(event.title), date: asText(event.date) };
  }

  /** Every procedure of the control table, flat, with its control. */
  function procedureList(data) {
    const list = [];
    for (const control of data.controls) {
      for (const procedure of control.procedures) {
        list.push({ id: procedure.id, text: procedure.text, otherTexts: procedure.otherTexts || [], control });
      }
    }
    return list;
  }

  function findProcedure(data, id) {
    return procedureList(data).find((p) => p.id === id) || null;
  }

  function findThreat(data, id) {
    return data.threats.find((t) => t.id === Number(id)) || null;
  }

  // ---------------------------------------------------------------------------
  // YAML front matter

  /** A YAML scalar for the front matter: plain when YAML reads it back as the same
   * string, double-quoted otherwise (`: `, ` #`, a leading indicator, `true`, `001`…).
   * `inFlow`: the scalar stands in a flow list (`[a, b]`), where `,[]{}` are indicators too. */
  function yamlScalar(text, inFlow) {
    const value = collapse(text);
    const plain = value !== '' &&
      !/^[-?:,[\]{}#&*!|>'"%@`\s]/.test(value) &&
      !/(:\s|\s#|:$|\s$)/.test(value) &&
      !(inFlow && /[,[\]{}]/.test(value)) &&
      !/[\u0000-\u001f\u007f]/.test(value) &&
      !/^(true|false|yes|no|on|off|y|n|null|~)$/i.test(value) &&
      !/^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(value) &&
      !/^0[xob]/i.test(value) && !/^[-+]?\.(inf|nan)$/i.test(value) &&
      !/^\d{4}-\d\d-\d\d/.test(value);
    if (plain) return value;
    const escaped = value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')
      .replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    return `"${escaped}"`;
  }

  // ---------------------------------------------------------------------------
  // Live collection (workshop serve --collect)

  /** The collection endpoint of `kind` (`worksheets`, `groups`), relative to the page
   * (`siteRoot` is the page's way up to the site root). */
  function collectURL(pageHref, siteRoot, slug, kind) {
    const rootPath = siteRoot == null || siteRoot === '' ? './' : siteRoot;
    return new URL(`${rootPath}api/events/${encodeURIComponent(slug)}/${kind || 'worksheets'}`, pageHref).href;
  }

  /** What the server's answer means: `answers` maps a status to `[kind, message]`;
   * where the server says why (`error`) for a status in `serverSays`, its words lead the message. */
  function describeAnswer(status, body, language, answers, serverSays, keptNote) {
    const json = body && typeof body === 'object' ? body : {};
    const findings = asArray(json.findings).filter((f) => f && typeof f === 'object');
    const token = typeof json.editToken === 'string' && json.editToken !== '' ? json.editToken : null;
    const said = typeof json.error === 'string' && json.error.trim() !== '' ? json.error.trim() : '';
    if (said && serverSays.includes(status)) {
      const sentence = language === 'en'
        ? said.charAt(0).toUpperCase() + said.slice(1) + (/[.!?]$/.test(said) ? ' ' : '. ')
        : said + (/[。！？]$/.test(said) ? '' : '。');
      return { kind: 'error', message: (sentence + (keptNote || '')).trim(), findings, token: null };
    }
    const known = answers[status];
    if (known) return { kind: known[0], message: known[1], findings, token: known[0] === 'ok' ? token : null };
    return {
      kind: 'error', findings, token: null,
      message: pick(language, `提出できませんでした（サーバーの応答 ${status}）。`, `The submission failed (server answered ${status}).`),
    };
  }

  const api = {
    normalizeID, parseProcedureID, isBlank, collapse, asArray, asText, pick, short,
    readCatalogue, readEvent, procedureList, findProcedure, findThreat, yamlScalar, collectURL, describeAnswer,
  };

  // ---------------------------------------------------------------------------
  // In a browser: DOM builder, storage, download, copy, POST

  if (typeof document !== 'undefined') {
    /** An element; text always goes through textContent, never innerHTML. */
    api.h = function h(tag, attrs, ...children) {
      const node = document.createElement(tag);
      for (const [key, value] of Object.entries(attrs || {})) {
        if (value === null || value === undefined || value === false) continue;
        if (key === 'class') node.className = value;
        else if (key === 'text') node.textContent = value;
        else if (key === 'checked' || key === 'value' || key === 'hidden' || key === 'disabled') node[key] = value;
        else node.setAttribute(key, value === true ? '' : String(value));
      }
      for (const child of children.flat()) {
        if (child === null || child === undefined || child === false) continue;
        node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
      }
      return node;
    };

    /** Storage that never throws (file:// in some browsers, private modes): the store, or null. */
    api.store = function store(kind) {
      try {
        const s = window[kind];
        const probe = '__workshop_fill__';
        s.setItem(probe, probe);
        s.removeItem(probe);
        return s;
      } catch (error) {
        return null;
      }
    };

    /** Offers `text` as a download named `name`. */
    api.download = function download(name, text) {
      const blob = new Blob([text], { type: 'text/markdown;charset=utf-8' });
      const url = URL.createObjectURL(blob);
      const link = api.h('a', { href: url, download: name, hidden: true });
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    };

    /** Copies `text` (the clipboard, else `textarea` selected and copied); resolves to whether it worked. */
    api.copy = function copy(text, textarea) {
      const fallback = () => {
        textarea.focus();
        textarea.select();
        try { return document.execCommand('copy'); } catch (error) { return false; }
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        return navigator.clipboard.writeText(text).then(() => true, fallback);
      }
      return Promise.resolve(fallback());
    };

    /** POSTs Markdown to the collection endpoint as the forms do: the join code in
     * `X-Join-Code` when typed (else the join cookie answers), the edit token when one was kept.
     * Resolves to `{status, body}`; rejects on a network failure. */
    api.postMarkdown = async function postMarkdown(url, markdown, joinCode, token) {
      const headers = { 'Content-Type': 'text/markdown; charset=utf-8' };
      if (joinCode) headers['X-Join-Code'] = joinCode;
      if (token) headers['X-Edit-Token'] = token;
      const response = await fetch(url, { method: 'POST', headers, body: markdown, cache: 'no-store', credentials: 'same-origin' });
      let body = null;
      try { body = await response.json(); } catch (error) { body = null; }
      return { status: response.status, body };
    };
  }

  root.WorkshopFormKit = api;
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);

"""####),
        ("assets/group-fill-form.js", ####"""
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

"""####),
        ("assets/group-fill.js", ####"""
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

"""####),
        ("assets/hint.svg", ####"""
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="#8a6a00" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M9 18h6M10 21h4"/><path d="M12 3a6 6 0 0 0-3.6 10.8c.7.6 1.1 1.3 1.1 2.2h5c0-.9.4-1.6 1.1-2.2A6 6 0 0 0 12 3z" fill="#ffe08a"/></svg>

"""####),
        ("assets/photo-review.js", ####"""
// The photo review page under `workshop serve`: draw, move and delete the
// regions to hide and mark a photo reviewed; saving posts them to the dev
// server, which writes photos.yaml and rebuilds (the page then reloads).
// In a built site (no server) the page stays read-only.
(function () {
  "use strict";
  var root = document.querySelector(".photo-review");
  if (!root || !window.fetch) return;
  var endpoint = "/__workshop/photos/" + encodeURIComponent(root.getAttribute("data-event"));

  function clamp(v) { return Math.min(1, Math.max(0, v)); }
  function round(v) { return Math.round(v * 10000) / 10000; }

  function place(box) {
    box.style.left = (Number(box.dataset.x) * 100) + "%";
    box.style.top = (Number(box.dataset.y) * 100) + "%";
    box.style.width = (Number(box.dataset.width) * 100) + "%";
    box.style.height = (Number(box.dataset.height) * 100) + "%";
  }

  function addDelete(box, label) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "photo-review__delete";
    button.textContent = "×";
    button.setAttribute("aria-label", label);
    button.addEventListener("pointerdown", function (e) { e.stopPropagation(); });
    button.addEventListener("click", function () { box.remove(); });
    box.appendChild(button);
  }

  function enable(item, label) {
    var frame = item.querySelector(".photo-review__frame");
    var form = item.querySelector(".photo-review__controls");
    if (!frame || !form) return;
    form.hidden = false;
    frame.classList.add("photo-review__frame--editable");
    frame.querySelectorAll(".photo-review__region").forEach(function (box) { addDelete(box, label); });
    var drag = null;
    frame.addEventListener("pointerdown", function (e) {
      var rect = frame.getBoundingClientRect();
      var px = (e.clientX - rect.left) / rect.width, py = (e.clientY - rect.top) / rect.height;
      var box = e.target.closest(".photo-review__region");
      if (box) {
        drag = { box: box, mode: "move", px: px, py: py, x: Number(box.dataset.x), y: Number(box.dataset.y) };
      } else {
        box = document.createElement("div");
        box.className = "photo-review__region photo-review__region--" + form.elements.style.value;
        box.dataset.style = form.elements.style.value;
        box.dataset.x = px; box.dataset.y = py; box.dataset.width = 0; box.dataset.height = 0;
        frame.appendChild(box);
        addDelete(box, label);
        drag = { box: box, mode: "draw", px: px, py: py };
      }
      frame.setPointerCapture(e.pointerId);
      e.preventDefault();
    });
    frame.addEventListener("pointermove", function (e) {
      if (!drag) return;
      var rect = frame.getBoundingClientRect();
      var px = clamp((e.clientX - rect.left) / rect.width), py = clamp((e.clientY - rect.top) / rect.height);
      var d = drag.box.dataset;
      if (drag.mode === "move") {
        d.x = clamp(Math.min(drag.x + px - drag.px, 1 - Number(d.width)));
        d.y = clamp(Math.min(drag.y + py - drag.py, 1 - Number(d.height)));
      } else {
        d.x = Math.min(px, drag.px); d.y = Math.min(py, drag.py);
        d.width = Math.abs(px - drag.px); d.height = Math.abs(py - drag.py);
      }
      place(drag.box);
    });
    frame.addEventListener("pointerup", function () {
      if (drag && drag.mode === "draw" && (Number(drag.box.dataset.width) < 0.01 || Number(drag.box.dataset.height) < 0.01)) drag.box.remove();
      drag = null;
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var regions = Array.prototype.map.call(frame.querySelectorAll(".photo-review__region"), function (box) {
        return { x: round(Number(box.dataset.x)), y: round(Number(box.dataset.y)), width: round(Number(box.dataset.width)),
                 height: round(Number(box.dataset.height)), style: box.dataset.style || "blur" };
      });
      var status = form.querySelector(".photo-review__status");
      status.textContent = "…";
      fetch(endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Workshop-Review": "1" },
        body: JSON.stringify({ file: item.getAttribute("data-file"), reviewed: form.elements.reviewed.checked, regions: regions })
      }).then(function (response) {
        return response.text().then(function (text) { status.textContent = text; });
      }).catch(function (error) { status.textContent = String(error); });
    });
  }

  fetch(endpoint, { headers: { "X-Workshop-Review": "1" } }).then(function (response) {
    if (!response.ok) return;
    var label = root.getAttribute("data-delete-label") || "×";
    root.querySelectorAll(".photo-review__item").forEach(function (item) { enable(item, label); });
  }).catch(function () { /* a built site: read-only */ });
})();

"""####),
        ("assets/present.js", ####"""
// .present > section.slide: →↓ Space PageDown next (a tall slide scrolls
// first), ←↑ PageUp Shift+Space back, Home/End, f fullscreen; #slide-N.
(function () {
  var d = document, h = d.documentElement, root = d.querySelector(".present");
  var slides = root ? [].slice.call(root.querySelectorAll("section.slide")) : [];
  var n = slides.length, current = -1, pending = false, lock = 0;
  if (!n) return;
  slides.forEach(function (s, i) { s.id = s.id || "slide-" + (i + 1); });
  var counter = d.querySelector(".present__counter");
  if (!counter) {
    counter = d.body.appendChild(d.createElement("div"));
    counter.className = "present__counter";
  }
  counter.setAttribute("aria-live", "polite");
  var smooth = matchMedia("(prefers-reduced-motion: reduce)").matches ? "instant" : "smooth";
  var clamp = function (i) { return Math.min(Math.max(i, 0), n - 1); };
  var box = function (i) { return slides[i].getBoundingClientRect(); };

  function fromHash() {
    var m = /^#slide-(\d+)$/.exec(location.hash);
    return m ? clamp(m[1] - 1) : -1;
  }

  function mark(i) {
    if (i === current) return;
    current = i;
    counter.textContent = i + 1 + " / " + n;
    slides.forEach(function (s, j) {
      if (j === i) s.setAttribute("aria-current", "step"); else s.removeAttribute("aria-current");
    });
    history.replaceState(null, "", "#slide-" + (i + 1));
  }

  function go(i, instant) {
    i = clamp(i);
    lock = Date.now() + (instant ? 0 : 800);
    slides[i].scrollIntoView({ behavior: instant ? "instant" : smooth });
    mark(i);
  }

  function seen() {
    for (var i = n - 1; i > 0; i--) if (box(i).top <= innerHeight / 3) return i;
    return 0;
  }

  function step(by) {
    var i = Date.now() < lock ? current : seen(), r = box(i);
    if (by > 0 && r.bottom > innerHeight + 4) {
      lock = Date.now() + 500;
      scrollBy({ top: Math.min(r.bottom - innerHeight, innerHeight * 0.8), behavior: smooth });
    } else go(by < 0 && r.top < -4 ? i : i + by);
  }

  addEventListener("scroll", function () {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; if (Date.now() > lock) mark(seen()); });
  }, { passive: true });

  addEventListener("hashchange", function () {
    var i = fromHash();
    if (i >= 0 && i !== current) go(i, true);
  });

  addEventListener("keydown", function (e) {
    var t = e.target, k = e.key;
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(t.tagName)) return;
    if (k === "f" || k === "F") {
      if (d.fullscreenElement) d.exitFullscreen();
      else if (h.requestFullscreen) h.requestFullscreen().catch(function () {});
    } else if (/^(ArrowRight|ArrowDown|PageDown)$/.test(k) || (k === " " && !e.shiftKey)) step(1);
    else if (/^(ArrowLeft|ArrowUp|PageUp)$/.test(k) || k === " ") step(-1);
    else if (k === "Home") go(0);
    else if (k === "End") go(n - 1);
    else return;
    e.preventDefault();
  });

  var start = fromHash();
  go(start >= 0 ? start : seen(), true);
})();

"""####),
        ("assets/print.css", ####"""
/*
 * workshop — default theme: print (A4)
 *
 * Linked by base.mustache with media="print", after site.css. The rules are
 * also wrapped in @media print so the file does no harm if linked without it.
 *
 *  1. Page and tokens
 *  2. Chrome removed (navigation, buttons, projection controls)
 *  3. Text, tables and components in black and white
 *  4. Group sheets: .print-sheet, one A4 sheet per group
 *  5. Report
 *  6. Projection page printed as a handout
 */

/* ==========================================================================
   1. Page and tokens
   ========================================================================== */

@page {
  size: A4;
  margin: 15mm 14mm;
}

@media print {
  :root {
    color-scheme: light;
    --c-bg: #ffffff;
    --c-surface: #ffffff;
    --c-text: #000000;
    --c-muted: #333333;
    --c-navy: #000000;
    --c-navy-soft: #eeeeee;
    --c-teal: #000000;
    --c-teal-soft: #ffffff;
    --c-border: #888888;
    --c-border-strong: #555555;
    --c-row-alt: #ffffff;
  }

  html { scroll-snap-type: none !important; scroll-behavior: auto !important; }

  body {
    display: block;
    min-height: 0;
    background: #ffffff !important;
    color: #000000;
    font-size: 10.5pt;
    line-height: 1.6;
    orphans: 3;
    widows: 3;
  }

  /* ========================================================================
     2. Chrome removed
     ======================================================================== */

  .site-header nav,
  .site-nav,
  .breadcrumbs,
  .skip-link,
  .site-footer nav,
  .print-actions,
  .present__counter,
  .present__help,
  button,
  .button,
  a.anchor,
  .no-print { display: none !important; }

  .site-header {
    display: block;
    padding: 0 0 2mm;
    background: none;
    color: #000000;
    border-bottom: 1px solid #000000;
  }
  .site-title { font-size: 10pt; }
  .site-title__sub { display: inline; color: #333333; font-size: 9pt; }

  /* The footer keeps the organiser and contact as plain text. */
  .site-footer {
    margin-top: 6mm;
    padding: 2mm 0 0;
    border-top: 1px solid #000000;
    background: none;
    color: #333333;
    font-size: 8.5pt;
    break-inside: avoid;
  }
  .site-footer a { color: inherit; }
  .site-footer ul { gap: 0 5mm; margin: 0; }

  /* ========================================================================
     3. Text, tables and components
     ======================================================================== */

  main.content { max-width: none; padding: 4mm 0 0; }
  main.content > p,
  main.content > ul,
  .prose > p,
  .prose > ul,
  .hint,
  .toc { max-width: none; }

  a { color: #000000; text-decoration: none; }
  .prose a[href^="http"]::after {
    content: " <" attr(href) ">";
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }

  h1, h2, h3, h4 {
    color: #000000;
    break-after: avoid;
    page-break-after: avoid;
  }
  h1 { font-size: 17pt; }
  h2 { font-size: 13pt; margin-top: 5mm; }
  h3 { font-size: 11pt; }
  h4 { font-size: 10.5pt; }

  .hero {
    margin-bottom: 4mm;
    padding: 0 0 3mm;
    background: none;
    color: #000000;
    border: 0;
    border-bottom: 2px solid #000000;
    border-radius: 0;
  }
  .page--home .hero :is(h1, p, a) { color: #000000; }
  .hero__programme, .hero__kicker { color: #000000; }

  .card, .stat, .voices > *, .toc, .notice, .hint, .heatmap, blockquote, pre {
    box-shadow: none;
    background: #ffffff;
    break-inside: avoid;
    page-break-inside: avoid;
  }
  .card, .stat, .voices > *, .toc, .notice, .heatmap { border: 1px solid #888888; }
  .stat { border-top: 2px solid #000000; }
  .cards { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 3mm; }

  .table-wrap { overflow: visible; border: 0; border-radius: 0; }
  .table-wrap > table:has(tr > :nth-child(3)),
  .table-wrap > table:has(tr > :nth-child(5)) { min-width: 0; }
  table { font-size: 9.5pt; line-height: 1.45; }
  th, td { border: 1px solid #555555 !important; padding: 1.2mm 2mm; }
  thead { display: table-header-group; }
  thead th { background: #eeeeee !important; color: #000000; }
  tbody th { color: #000000; }
  table.data td, .prose td { min-width: 0; }
  table.data tbody tr:nth-child(even),
  .prose tbody tr:nth-child(even) { background: none; }
  tr, .member-impacts > *, .voice, .voices li, .problems li, .card {
    break-inside: avoid;
    page-break-inside: avoid;
  }

  .threat-id, .procedure-id, .badge,
  .severity--high, .severity--medium, .severity--low {
    background: none;
    color: #000000;
    border: 1px solid #000000;
  }
  .severity--high { font-weight: 900; }

  .theme-block {
    padding: 0;
    border: 0;
    border-top: 1.5pt solid #000000;
    border-radius: 0;
    background: none;
  }
  .theme-block__number {
    background: #000000;
    color: #ffffff;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .member-impacts > * { background: none; border-left: 2px solid #000000; }
  .member-impacts :is(h3, h4) { color: #000000; }
  .hint { background: none; border: 1px solid #000000; color: #000000; }
  .hint :is(h2, h3, .hint__title) { color: #000000; }

  .heatmap { display: block; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .heatmap svg { max-width: 100%; }
  .heatmap > .table-wrap { margin-top: 3mm; }
  .bar, .bar > span, .bar__fill { print-color-adjust: exact; -webkit-print-color-adjust: exact; }

  /* ========================================================================
     4. Group sheets: one A4 sheet per group
     The sheet is compact (9.5pt, tight tables) so that a group's normal
     content fits on one page; each sheet starts a new page.
     ======================================================================== */

  .page--print .site-header,
  .page--print .site-footer,
  .page--print-all .site-header,
  .page--print-all .site-footer { display: none; }
  .page--print main.content,
  .page--print-all main.content { padding: 0; }

  .print-sheet {
    width: auto;
    max-width: none;
    margin: 0;
    padding: 0;
    box-shadow: none;
    font-size: 9.5pt;
    line-height: 1.5;
    break-after: page;
    page-break-after: always;
  }
  .print-sheet:last-of-type { break-after: auto; page-break-after: auto; }
  .print-sheet__header {
    margin-bottom: 2.5mm;
    padding-bottom: 1.5mm;
    border-bottom: 1.5pt solid #000000;
    color: #000000;
    font-size: 9pt;
  }
  .print-sheet h2,
  .print-sheet h3,
  .print-sheet .theme-block__title { margin: 2.5mm 0 1.2mm; font-size: 11pt; color: #000000; }
  .print-sheet > h1,
  .print-sheet > h2 { margin: 0 0 1mm; font-size: 14pt; color: #000000; }
  .print-sheet h4 { margin: 1.5mm 0 0.8mm; font-size: 10pt; }
  .print-sheet p,
  .print-sheet ul,
  .print-sheet ol { margin: 0 0 1.5mm; }
  .print-sheet li + li { margin-top: 0; }
  .print-sheet td ul { padding-left: 1.1em; margin: 0; }
  .print-sheet td p:last-child { margin-bottom: 0; }
  .print-sheet td:first-child { min-width: 9em; }
  .print-sheet .theme-block { margin: 0 0 2mm; border-top: 0; }
  .print-sheet .theme-block__number { min-width: 1.6em; height: 1.6em; }
  .print-sheet table { font-size: 8.75pt; line-height: 1.4; }
  .print-sheet th,
  .print-sheet td { padding: 0.8mm 1.5mm; }
  .print-sheet .table-wrap { margin: 0 0 2mm; }
  .print-sheet .hint {
    margin: 0;
    padding: 1.5mm 2.5mm 1.5mm 9mm;
    font-size: 9pt;
    line-height: 1.45;
  }
  .print-sheet .hint::before { left: 2.5mm; top: 2mm; width: 4.5mm; height: 4.5mm; }
  .print-sheet .hint .hint__title { margin: 0 0 0.5mm; font-size: 9.5pt; }
  .print-sheet .hint p { margin: 0; }

  /* ========================================================================
     5. Report
     ======================================================================== */

  .report > section > h2 { border-left: 0; padding-left: 0; border-bottom: 1px solid #000000; }
  .report__group { break-before: auto; }
  .report__group > h3 { font-size: 12pt; margin-top: 5mm; }
  .report .theme-block__title { font-size: 10.5pt; }
  .report .voices { grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 3mm; }
  .report .voices > * { padding: 2mm 3mm; }
  .report .meta { margin: 2mm 0; }
  .report img { max-height: 80mm; }

  /* ========================================================================
     6. Projection page printed as a handout: one slide per sheet
     ======================================================================== */

  .present { font-size: 12pt; }
  .present .slide {
    display: block;
    min-height: 0;
    padding: 0 0 6mm;
    border: 0;
    background: none !important;
    color: #000000 !important;
    break-after: page;
    page-break-after: always;
  }
  .present .slide:last-child { break-after: auto; page-break-after: auto; }
  .present .slide :is(h1, h2, h3, p, li, dt, dd, a, .slide__kicker) { color: #000000 !important; }
  .present .slide h1,
  .present .slide h2 { font-size: 20pt; }
  .present .slide h3 { font-size: 14pt; }
}

/* Photos on A4: two per row, never split across pages. */
@media print {
  .photo-grid { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 4mm; }
  .photo { break-inside: avoid; page-break-inside: avoid; }
  .photo img { max-height: 75mm; width: 100%; object-fit: contain; border: 0; }
  .photo figcaption { font-size: 9pt; }
  .photo-note { font-size: 8.5pt; }
  .photo-section > h2, .photo-section > h3 { break-after: avoid; page-break-after: avoid; }
  .gallery, .photo-review__controls { display: none; }
}

/* Series report on A4: charts scaled to the page width, tables not split
   inside a row, each section starting with its heading. */
@media print {
  .series-chart svg { max-width: 100%; height: auto; }
  .series-section { break-before: auto; }
  .series-section > h2 { break-after: avoid; page-break-after: avoid; }
  .series-chart { break-inside: auto; }
  .series-chart tr, .series-procedures tr { break-inside: avoid; page-break-inside: avoid; }
  .suppressed { color: #000000; }
  .series-note { border: 1px solid #000000; padding: 2mm 3mm; }
}

"""####),
        ("assets/search.js", ####"""
// The search page (search/): loads Pagefind's own interface from the bundle
// `workshop build` wrote into pagefind/ (docs/search.md). Over HTTP only:
// opened as a file (file://) the browser cannot fetch the index, so the page
// says search needs the site served instead of showing a broken box. Nothing
// is loaded from file://, so nothing fails in the console there.
(function () {
  'use strict';
  var box = document.getElementById('search');
  if (!box) return;
  function note(id) {
    var element = document.getElementById(id);
    if (element) element.hidden = false;
  }
  if (window.location.protocol === 'file:') {
    note('search-needs-http');
    return;
  }
  var bundle = new URL(box.getAttribute('data-bundle') || '../pagefind/', window.location.href);
  // Result links are the index's paths under the site's root: where the site is served from (any sub-path).
  var root = new URL(box.getAttribute('data-site-root') || '../', window.location.href);
  var query = new URLSearchParams(window.location.search).get('q') || '';

  var style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL('pagefind-ui.css', bundle).href;
  var script = document.createElement('script');
  script.src = new URL('pagefind-ui.js', bundle).href;
  script.onerror = function () { note('search-no-index'); };
  script.onload = function () {
    if (typeof window.PagefindUI !== 'function') { note('search-no-index'); return; }
    var ui = new window.PagefindUI({
      element: '#search-ui',
      bundlePath: bundle.pathname,
      baseUrl: root.pathname,
      showSubResults: true,
      showImages: false,
      autofocus: !query,
    });
    // A visible label for Pagefind's box (which has only a title).
    var input = box.querySelector('.pagefind-ui__search-input');
    var label = box.querySelector('.search__label');
    if (input && label) {
      // Tied to the box once it exists (a `for` naming no element yet is invalid HTML).
      input.id = 'search-input';
      label.htmlFor = 'search-input';
      label.hidden = false;
    }
    if (query) ui.triggerSearch(query);
  };
  document.head.appendChild(style);
  document.head.appendChild(script);
})();

"""####),
        ("assets/site.css", ####"""
/*
 * workshop — default theme
 *
 * Screen and projection styles. Print styles are in print.css, which
 * base.mustache links with media="print":
 *   <link rel="stylesheet" href="…/assets/site.css">
 *   <link rel="stylesheet" href="…/assets/print.css" media="print">
 * No fonts, images or scripts are fetched from the network: the site works
 * offline from file://.
 *
 *  1. Tokens (custom properties, light + optional dark palette)
 *  2. Base (typography for Japanese, links, focus, lists, code)
 *  3. Layout (header, nav, breadcrumbs, main, footer)
 *  4. Components (hero, meta, cards, badges, stats, tables, notices, voices…)
 *  5. Workshop blocks (theme blocks, member impacts, obstacles, hints)
 *  6. Heatmap and bars
 *  7. Pages (per body.page--<kind>)
 *  8. Projection mode (.present, section.slide)
 *  (print.css: A4 print, one group per sheet)
 */

/* ==========================================================================
   1. Tokens
   ========================================================================== */

:root {
  color-scheme: light dark;

  --font-sans: "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP",
    "Noto Sans CJK JP", "Yu Gothic", Meiryo, system-ui, sans-serif;
  --font-mono: ui-monospace, "SFMono-Regular", Menlo, Consolas,
    "Noto Sans Mono CJK JP", monospace;

  /* palette (all text pairs ≥ 4.5:1) */
  --c-bg: #f6f8fa;
  --c-surface: #ffffff;
  --c-text: #1f2933;          /* 14.8:1 on white */
  --c-muted: #52606d;         /* 6.5:1 on white */
  --c-navy: #16324f;          /* 13.1:1 */
  --c-navy-soft: #e8eef5;
  --c-teal: #0b6b6b;          /* 6.3:1 */
  --c-teal-soft: #e6f2f1;
  --c-border: #d3dae2;
  --c-border-strong: #9aa7b4;
  --c-row-alt: #f3f6f9;
  --c-focus: #d97706;
  --c-header-text: #ffffff;

  --c-high: #9b1c1c;  --c-high-bg: #fde8e8;
  --c-medium: #7a4b00; --c-medium-bg: #fff3d6;
  --c-low: #1d5b34;   --c-low-bg: #e3f3e8;
  --c-warning: #7a4b00; --c-warning-bg: #fff3d6; --c-warning-edge: #d99a00;
  --c-error: #9b1c1c;  --c-error-bg: #fde8e8;

  /* heatmap scale: 0 (none) … 4 (most); counts on 3–4 are drawn white */
  --heat-0: #eef2f5;
  --heat-1: #c6e5e1;
  --heat-2: #7fc4bb;
  --heat-3: #1d7570;
  --heat-4: #0b4f5c;

  /* rhythm */
  --measure: 40em;
  --wide: 72rem;
  --space-1: 0.25rem;
  --space-2: 0.5rem;
  --space-3: 0.75rem;
  --space-4: 1rem;
  --space-5: 1.5rem;
  --space-6: 2rem;
  --space-7: 3rem;
  --radius: 8px;
  --radius-small: 4px;
  --shadow: 0 1px 2px rgb(16 24 40 / 0.06), 0 1px 3px rgb(16 24 40 / 0.08);
}

@media (prefers-color-scheme: dark) {
  :root {
    --c-bg: #10161d;
    --c-surface: #18212b;
    --c-text: #e6edf3;
    --c-muted: #9fb0c0;
    --c-navy: #8ab4e8;
    --c-navy-soft: #1d2a38;
    --c-teal: #5fc7c0;
    --c-teal-soft: #15302f;
    --c-border: #2c3a48;
    --c-border-strong: #4d5f71;
    --c-row-alt: #1c2631;
    --c-focus: #f59e0b;
    --c-high: #ffb4b4;  --c-high-bg: #3d1a1c;
    --c-medium: #ffd68a; --c-medium-bg: #3a2c10;
    --c-low: #a6e3b8;   --c-low-bg: #173222;
    --c-warning: #ffd68a; --c-warning-bg: #3a2c10; --c-warning-edge: #b7830b;
    --c-error: #ffb4b4;  --c-error-bg: #3d1a1c;
    --heat-0: #1c2631;
    --heat-1: #1b3b3a;
    --heat-2: #1f5a56;
    --heat-3: #4fb3aa;
    --heat-4: #7fd8cf;
    --shadow: none;
  }
}

/* ==========================================================================
   2. Base
   ========================================================================== */

*,
*::before,
*::after {
  box-sizing: border-box;
}

html {
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
  scroll-padding-top: var(--space-4);
}

body {
  margin: 0;
  background: var(--c-bg);
  color: var(--c-text);
  font-family: var(--font-sans);
  font-size: 1rem;
  line-height: 1.8;
  /* Japanese: strict kinsoku, break long runs (URLs, ids) only when needed.
     Never keep-all: Japanese has no spaces to break at. */
  line-break: strict;
  word-break: normal;
  overflow-wrap: break-word;
  text-rendering: optimizeLegibility;
}

h1, h2, h3, h4, h5, h6 {
  margin: 1.6em 0 0.6em;
  color: var(--c-navy);
  font-weight: 700;
  line-height: 1.4;
  font-feature-settings: "palt";
  letter-spacing: 0.02em;
}

h1 { font-size: 1.75rem; margin-top: 0; }
h2 { font-size: 1.375rem; }
h3 { font-size: 1.125rem; }
h4, h5, h6 { font-size: 1rem; }

p, ul, ol, dl, blockquote, pre, figure, table {
  margin: 0 0 var(--space-4);
}

ul, ol { padding-left: 1.5em; }
li + li { margin-top: 0.2em; }
li > ul, li > ol { margin: 0.2em 0 0; }

a {
  color: var(--c-teal);
  text-decoration-thickness: 1px;
  text-underline-offset: 0.2em;
}
a:hover { text-decoration-thickness: 2px; }

:focus-visible {
  outline: 3px solid var(--c-focus);
  outline-offset: 2px;
  border-radius: 2px;
}

img, svg { max-width: 100%; height: auto; }

hr {
  border: 0;
  border-top: 1px solid var(--c-border);
  margin: var(--space-6) 0;
}

code, kbd, samp, pre {
  font-family: var(--font-mono);
  font-size: 0.9em;
}
code {
  padding: 0.1em 0.35em;
  border-radius: var(--radius-small);
  background: var(--c-navy-soft);
  overflow-wrap: anywhere;
}
pre {
  padding: var(--space-4);
  overflow-x: auto;
  border-radius: var(--radius);
  background: var(--c-navy-soft);
  line-height: 1.6;
}
pre code { padding: 0; background: none; overflow-wrap: normal; }

blockquote {
  margin-left: 0;
  padding: var(--space-2) var(--space-4);
  border-left: 4px solid var(--c-teal);
  background: var(--c-teal-soft);
  color: var(--c-text);
}
blockquote > :last-child { margin-bottom: 0; }

small, .muted { color: var(--c-muted); }

.visually-hidden {
  position: absolute !important;
  width: 1px; height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
}

.skip-link {
  position: absolute;
  left: var(--space-4);
  top: -3rem;
  z-index: 10;
  padding: var(--space-2) var(--space-4);
  background: var(--c-surface);
  color: var(--c-navy);
  border-radius: var(--radius-small);
}
.skip-link:focus { top: var(--space-2); }

@media (prefers-reduced-motion: no-preference) {
  html { scroll-behavior: smooth; }
}

@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after {
    animation-duration: 0.01ms !important;
    animation-iteration-count: 1 !important;
    transition-duration: 0.01ms !important;
    scroll-behavior: auto !important;
  }
}

/* ==========================================================================
   3. Layout
   ========================================================================== */

.site-header {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: var(--space-2) var(--space-5);
  padding: var(--space-3) max(var(--space-4), (100% - var(--wide)) / 2 + var(--space-4));
  background: #16324f;
  color: var(--c-header-text);
  border-bottom: 4px solid #0b6b6b;
}

.site-title {
  margin: 0;
  font-size: 1.0625rem;
  font-weight: 700;
  line-height: 1.5;
  font-feature-settings: "palt";
}
.site-title a,
.site-header a {
  color: inherit;
  text-decoration: none;
}
.site-title small,
.site-title__sub {
  display: block;
  color: #cfe3f7;
  font-size: 0.8125rem;
  font-weight: 400;
}

.site-nav ul {
  display: flex;
  flex-wrap: wrap;
  gap: var(--space-1) var(--space-2);
  margin: 0;
  padding: 0;
  list-style: none;
}
.site-nav li + li { margin-top: 0; }
.site-nav a {
  display: inline-block;
  padding: var(--space-1) var(--space-3);
  border-radius: 999px;
  color: #ffffff;
  font-size: 0.9375rem;
  text-decoration: none;
}
.site-nav a:hover { background: rgb(255 255 255 / 0.12); }
.site-nav a[aria-current],
.site-nav .is-current a {
  background: #ffffff;
  color: #16324f;
}
.site-header :focus-visible { outline-color: #fbbf24; }
/* the event's own links: a second row under the site navigation */
.site-nav--event {
  flex-basis: 100%;
  padding-top: var(--space-2);
  border-top: 1px solid rgb(255 255 255 / 0.18);
}
.site-nav--event a { font-size: 0.875rem; padding: 0.1em var(--space-3); color: #cfe3f7; }
.site-nav--event a[aria-current] { background: #0b6b6b; color: #ffffff; }

.breadcrumbs {
  width: 100%;
  max-width: var(--wide);
  margin: 0 auto;
  padding: var(--space-3) var(--space-4) 0;
  color: var(--c-muted);
  font-size: 0.875rem;
}
.breadcrumbs ol,
.breadcrumbs ul {
  display: flex;
  flex-wrap: wrap;
  margin: 0;
  padding: 0;
  list-style: none;
}
.breadcrumbs li { margin: 0; }
.breadcrumbs li + li::before {
  content: "›";
  margin: 0 0.5em;
  color: var(--c-border-strong);
}
.breadcrumbs a { color: var(--c-muted); }
.breadcrumbs [aria-current] { color: var(--c-text); }

/* The footer stays at the bottom of short pages. */
body {
  display: flex;
  flex-direction: column;
  min-height: 100vh;
}
main.content {
  display: block;
  flex: 1 0 auto;
  width: 100%;
  max-width: var(--wide);
  margin: 0 auto;
  padding: var(--space-5) var(--space-4) var(--space-7);
}
/* Running text keeps a comfortable measure; wide blocks (tables, grids,
   heatmaps) may use the full width. */
main.content > p,
main.content > ul,
main.content > ol,
main.content > blockquote,
.prose > p,
.prose > ul,
.prose > ol,
.prose > blockquote,
.prose > h2,
.prose > h3,
.prose > h4 {
  max-width: var(--measure);
}

.site-footer {
  margin-top: var(--space-7);
  padding: var(--space-5) max(var(--space-4), (100% - var(--wide)) / 2 + var(--space-4));
  border-top: 1px solid var(--c-border);
  background: var(--c-surface);
  color: var(--c-muted);
  font-size: 0.875rem;
  line-height: 1.7;
}
.site-footer p { margin: 0 0 var(--space-2); }
.site-footer a { color: var(--c-teal); }
.site-footer ul { display: flex; flex-wrap: wrap; gap: var(--space-2) var(--space-4); padding: 0; list-style: none; }
.site-footer li + li { margin-top: 0; }

/* ==========================================================================
   4. Components
   ========================================================================== */

/* --- hero: the event title block ----------------------------------------- */
.hero {
  margin: 0 0 var(--space-6);
  padding: var(--space-5) var(--space-5) var(--space-4);
  border-radius: var(--radius);
  background: linear-gradient(135deg, var(--c-navy-soft), var(--c-teal-soft));
  border-left: 6px solid var(--c-teal);
}
.hero h1 { margin: 0 0 var(--space-2); font-size: clamp(1.5rem, 1.2rem + 1.6vw, 2.25rem); }
.hero p { max-width: var(--measure); }
.hero__programme,
.hero__kicker,
.hero .programme {
  margin: 0 0 var(--space-1);
  color: var(--c-teal);
  font-size: 0.9375rem;
  font-weight: 700;
  letter-spacing: 0.04em;
}
.hero__number { color: var(--c-teal); }
.hero > :last-child { margin-bottom: 0; }

/* --- meta: <dl> of date / time / venue ------------------------------------ */
.meta {
  display: grid;
  grid-template-columns: max-content minmax(0, 1fr);
  gap: var(--space-1) var(--space-4);
  margin: var(--space-4) 0;
}
.meta dt {
  color: var(--c-muted);
  font-weight: 700;
  white-space: nowrap;
}
:lang(ja) .meta dt::before { content: "【"; }
:lang(ja) .meta dt::after { content: "】"; }
.meta dd { margin: 0; }
@media (max-width: 30rem) {
  .meta { grid-template-columns: 1fr; gap: 0; }
  .meta dd { margin-bottom: var(--space-2); }
}

/* --- cards ---------------------------------------------------------------- */
.cards {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
  gap: var(--space-4);
  margin: 0 0 var(--space-5);
  padding: 0;
  list-style: none;
}
.cards > li { margin: 0; }
.card {
  position: relative;
  display: flex;
  flex-direction: column;
  gap: var(--space-2);
  padding: var(--space-4) var(--space-5);
  border: 1px solid var(--c-border);
  border-radius: var(--radius);
  background: var(--c-surface);
  box-shadow: var(--shadow);
}
.cards > li > .card { height: 100%; }
.card > * { margin: 0; }
.card h2, .card h3 { font-size: 1.0625rem; }
.card a { font-weight: 700; }
.card__meta { color: var(--c-muted); font-size: 0.875rem; }
.card .meta { margin: 0; }
.card .stats { margin: 0; gap: var(--space-2); grid-template-columns: repeat(auto-fit, minmax(5.5rem, 1fr)); }
.card .stat { padding: var(--space-1) var(--space-2); border-top-width: 3px; }
.card .stat__value { font-size: 1.25rem; }
.card .stat__label { font-size: 0.75rem; }
.theme-block .card { margin: 0 0 var(--space-3); box-shadow: none; }
.theme-block .card h3 { margin: 0; }
.card:has(a:hover) { border-color: var(--c-teal); }

/* --- badges --------------------------------------------------------------- */
.badge {
  display: inline-block;
  padding: 0.05em 0.6em;
  border: 1px solid var(--c-border-strong);
  border-radius: 999px;
  background: var(--c-surface);
  color: var(--c-muted);
  font-size: 0.75rem;
  font-weight: 700;
  line-height: 1.6;
  vertical-align: 0.15em;
  white-space: nowrap;
}
.badge--published { border-color: var(--c-teal); background: var(--c-teal-soft); color: var(--c-teal); }
.badge--private { border-color: var(--c-border-strong); background: var(--c-row-alt); color: var(--c-muted); }

/* --- stats ---------------------------------------------------------------- */
.stats {
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
  gap: var(--space-3);
  margin: 0 0 var(--space-5);
  padding: 0;
  list-style: none;
}
.stats > li { margin: 0; }
.stat {
  display: flex;
  flex-direction: column-reverse;
  justify-content: flex-end;
  padding: var(--space-3) var(--space-4);
  border: 1px solid var(--c-border);
  border-top: 4px solid var(--c-teal);
  border-radius: var(--radius);
  background: var(--c-surface);
  margin: 0;
}
.stat dt, .stat__label { color: var(--c-muted); font-size: 0.875rem; line-height: 1.5; }
.stat dd, .stat__value {
  margin: 0;
  color: var(--c-navy);
  font-size: 1.75rem;
  font-weight: 700;
  line-height: 1.2;
  font-variant-numeric: tabular-nums;
}
/* a <dl class="stats"> holding dt/dd pairs directly */
dl.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr)); }
dl.stats > div { margin: 0; }

/* --- tables --------------------------------------------------------------- */
.table-wrap {
  max-width: 100%;
  margin: 0 0 var(--space-5);
  overflow-x: auto;
  -webkit-overflow-scrolling: touch;
  border: 1px solid var(--c-border);
  border-radius: var(--radius);
  background: var(--c-surface);
}
.table-wrap:focus-visible { outline-offset: 0; }
.table-wrap > table { margin: 0; border: 0; }

table {
  width: 100%;
  border-collapse: collapse;
  font-size: 0.9375rem;
  line-height: 1.7;
}
caption {
  padding: var(--space-2) var(--space-3);
  color: var(--c-muted);
  font-size: 0.875rem;
  text-align: left;
  caption-side: top;
}
th, td {
  padding: var(--space-2) var(--space-3);
  border-bottom: 1px solid var(--c-border);
  text-align: left;
  vertical-align: top;
  /* Japanese wraps between characters anyway; break-word (not anywhere)
     keeps numbers and ids like "8.12" or "11" whole when columns are sized. */
  word-break: normal;
  overflow-wrap: break-word;
}
thead th {
  background: var(--c-navy-soft);
  color: var(--c-navy);
  font-weight: 700;
  border-bottom: 2px solid var(--c-border-strong);
  white-space: nowrap;
}
tbody th { font-weight: 700; color: var(--c-navy); }
tbody tr:last-child > * { border-bottom: 0; }
table.data tbody tr:nth-child(even) { background: var(--c-row-alt); }
table.data td { min-width: 4em; }
/* Many-column tables keep a readable width and scroll inside .table-wrap on
   narrow screens instead of squeezing Japanese text to a character per line. */
.table-wrap > table:has(tr > :nth-child(3)) { min-width: 34rem; }
.table-wrap > table:has(tr > :nth-child(5)) { min-width: 52rem; }
.table-wrap:has(> table.schedule) { width: fit-content; }
table.data td:empty::after { content: "—"; color: var(--c-muted); }
table.data td.num,
table.data .align-right,
table.data .align-center { min-width: 0; }
.align-left { text-align: left; }
.align-center { text-align: center; }
.align-right { text-align: right; font-variant-numeric: tabular-nums; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }

/* --- ids and severities --------------------------------------------------- */
.threat-id,
.procedure-id {
  display: inline-block;
  min-width: 2.2em;
  padding: 0 0.45em;
  border-radius: var(--radius-small);
  font-family: var(--font-sans);
  font-weight: 700;
  font-variant-numeric: tabular-nums;
  text-align: center;
  white-space: nowrap;
  line-height: 1.6;
}
.threat-id { background: var(--c-navy); color: var(--c-surface); }
.procedure-id { background: var(--c-teal-soft); color: var(--c-teal); border: 1px solid var(--c-teal); }
td.threat-id, td.procedure-id, th.threat-id, th.procedure-id {
  display: table-cell;
  min-width: 0;
  background: none;
  border: 0;
  border-bottom: 1px solid var(--c-border);
  border-radius: 0;
  color: var(--c-navy);
}

.severity--high,
.severity--medium,
.severity--low {
  display: inline-block;
  padding: 0 0.55em;
  border-radius: var(--radius-small);
  font-size: 0.875em;
  font-weight: 700;
  white-space: nowrap;
}
.severity--high { background: var(--c-high-bg); color: var(--c-high); }
.severity--medium { background: var(--c-medium-bg); color: var(--c-medium); }
.severity--low { background: var(--c-low-bg); color: var(--c-low); }
td.severity--high, td.severity--medium, td.severity--low { display: table-cell; border-radius: 0; }

/* --- schedule ------------------------------------------------------------- */
.table-wrap > table.schedule { width: auto; min-width: min(100%, 28rem); }
.schedule th, .schedule td { border-bottom: 1px dashed var(--c-border); }
.schedule tbody th,
.schedule td:first-child {
  width: 9em;
  color: var(--c-teal);
  font-weight: 700;
  font-variant-numeric: tabular-nums;
  white-space: nowrap;
}

/* --- notices and findings ------------------------------------------------- */
.notice {
  margin: 0 0 var(--space-5);
  padding: var(--space-3) var(--space-4);
  border: 1px solid var(--c-border);
  border-left: 5px solid var(--c-teal);
  border-radius: var(--radius-small);
  background: var(--c-teal-soft);
}
.notice > :first-child { margin-top: 0; }
.notice > :last-child { margin-bottom: 0; }
.notice h2 { font-size: 1.125rem; margin-bottom: var(--space-2); }
.notice--warning {
  border-left-color: var(--c-warning-edge);
  background: var(--c-warning-bg);
  color: var(--c-text);
}
.notice--warning strong:first-child { color: var(--c-warning); }
.notice--error { border-left-color: var(--c-error); background: var(--c-error-bg); }

/* Findings carry long paths and messages: the list uses the page's width. */
main.content > ul.problems { max-width: none; }
.problems {
  margin: 0 0 var(--space-5);
  padding: 0;
  list-style: none;
  font-size: 0.9375rem;
}
.problems li {
  margin: 0;
  padding: var(--space-2) var(--space-3);
  border-bottom: 1px solid var(--c-border);
}
.problems li::before,
.problems .severity {
  font-weight: 700;
}
.problems code,
.problems .location {
  background: none;
  padding: 0;
  color: var(--c-muted);
  font-family: var(--font-mono);
  font-size: 0.875em;
  overflow-wrap: anywhere;
}
.problems .problem--error { border-left: 4px solid var(--c-error); }
.problems .problem--warning { border-left: 4px solid var(--c-warning-edge); }
.problems .severity {
  display: inline-block;
  margin: 0 0.3em;
  padding: 0 0.5em;
  border-radius: var(--radius-small);
  font-size: 0.8125rem;
}
.problems .problem--error .severity { background: var(--c-error-bg); color: var(--c-error); }
.problems .problem--warning .severity { background: var(--c-warning-bg); color: var(--c-warning); }
.problems li > code:last-child { color: var(--c-muted); }

/* --- voices --------------------------------------------------------------- */
.voices {
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
  gap: var(--space-4);
  margin: 0 0 var(--space-5);
}
.voices h3 { margin-top: 0; font-size: 1rem; }
.voices > section,
.voices > div {
  padding: var(--space-4);
  border-radius: var(--radius);
  background: var(--c-surface);
  border: 1px solid var(--c-border);
}
.voices ul { margin: 0; padding: 0; list-style: none; }
.voice,
.voices li {
  position: relative;
  margin: 0 0 var(--space-2);
  padding-left: 1.6em;
}
.voice::before,
.voices li::before {
  content: "✓";
  position: absolute;
  left: 0.2em;
  color: var(--c-teal);
  font-weight: 700;
}
.voices li .voice::before { content: none; }
.voices li .voice { padding-left: 0; }
.voice q, .voice blockquote { quotes: "「" "」"; }
.voice blockquote { margin: 0; padding: 0; border: 0; background: none; }

/* --- table of contents ---------------------------------------------------- */
.toc {
  max-width: var(--measure);
  margin: 0 0 var(--space-5);
  padding: var(--space-3) var(--space-4);
  border: 1px solid var(--c-border);
  border-radius: var(--radius);
  background: var(--c-surface);
  font-size: 0.9375rem;
}
.toc:has(> ol:empty, > ul:empty) { display: none; }
.toc h2 { margin: 0 0 var(--space-2); font-size: 1rem; }
.toc ol, .toc ul { margin: 0; padding-left: 1.25em; }
.toc a { text-decoration: none; }
.toc a:hover { text-decoration: underline; }

/* --- buttons and simple forms ------------------------------------------- */
.button,
button,
input[type="submit"] {
  display: inline-flex;
  align-items: center;
  gap: 0.4em;
  padding: 0.45em 1.1em;
  border: 1px solid var(--c-teal);
  border-radius: var(--radius-small);
  background: var(--c-teal);
  color: #ffffff;
  font: inherit;
  font-weight: 700;
  line-height: 1.5;
  text-decoration: none;
  cursor: pointer;
}
.button:hover, button:hover { filter: brightness(1.1); }
.button--secondary {
  background: var(--c-surface);
  color: var(--c-teal);
}
input, select, textarea {
  font: inherit;
  color: inherit;
  background: var(--c-surface);
  border: 1px solid var(--c-border-strong);
  border-radius: var(--radius-small);
  padding: 0.35em 0.6em;
}
textarea { width: 100%; line-height: 1.7; }
label { font-weight: 700; }

/* --- prose (rendered Markdown) ------------------------------------------- */
.prose > :first-child { margin-top: 0; }
.prose h2 {
  padding-bottom: var(--space-1);
  border-bottom: 2px solid var(--c-border);
}
.prose h3 { font-size: 1.1875rem; }
.prose h4 { font-size: 1.0625rem; }
.prose h2, .prose h3, .prose h4 { position: relative; }
.prose a.anchor,
a.anchor {
  margin-left: 0.4em;
  color: var(--c-border-strong);
  font-weight: 400;
  text-decoration: none;
  opacity: 0;
}
h1:hover > a.anchor, h2:hover > a.anchor, h3:hover > a.anchor,
h4:hover > a.anchor, a.anchor:focus-visible { opacity: 1; }
@media (hover: none) { a.anchor { opacity: 0.5; } }
.prose table { font-size: 0.9375rem; }
.prose tbody tr:nth-child(even) { background: var(--c-row-alt); }
.prose td { min-width: 6em; }
.prose img { border-radius: var(--radius); }
.prose ul ul, .prose ol ol, .prose ul ol, .prose ol ul { margin-bottom: 0; }
.prose li > p { margin: 0; }
td > :last-child, th > :last-child { margin-bottom: 0; }
td > ul, td > ol { padding-left: 1.2em; }
td > ul:has(> li > .procedure-id:first-child) { padding-left: 0; list-style: none; }
.prose dl dt { font-weight: 700; }
.prose dl dd { margin: 0 0 var(--space-2) 1.5em; }

/* ==========================================================================
   5. Workshop blocks (①②③)
   ========================================================================== */

.theme-block {
  margin: 0 0 var(--space-6);
  padding: var(--space-4) var(--space-5) var(--space-3);
  border: 1px solid var(--c-border);
  border-top: 5px solid var(--c-navy);
  border-radius: var(--radius);
  background: var(--c-surface);
}
.theme-block > h2,
.theme-block > header h2,
.theme-block__title {
  display: flex;
  align-items: baseline;
  gap: var(--space-3);
  margin: 0 0 var(--space-4);
  font-size: 1.25rem;
}
.theme-block__number {
  display: inline-grid;
  place-items: center;
  flex: none;
  min-width: 2em;
  height: 2em;
  padding: 0 0.3em;
  border-radius: 999px;
  background: var(--c-navy);
  color: var(--c-surface);
  font-size: 0.9em;
  line-height: 1;
}
.theme-block h3 { margin-top: var(--space-4); font-size: 1.0625rem; }
.theme-block > :last-child { margin-bottom: var(--space-2); }
.theme-block .table-wrap { margin-bottom: var(--space-4); }
.theme-block table.data td:first-child { min-width: 8em; }
.theme-block :where(ul) { padding-left: 1.3em; }

.member-impacts {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  gap: var(--space-3);
  margin: 0 0 var(--space-4);
  padding: 0;
  list-style: none;
}
.member-impacts > li,
.member-impacts > div,
.member-impacts > article {
  margin: 0;
  padding: var(--space-3) var(--space-4);
  border-left: 4px solid var(--c-teal);
  border-radius: var(--radius-small);
  background: var(--c-row-alt);
  font-size: 0.9375rem;
}
.member-impacts h3,
.member-impacts h4 { margin: 0 0 var(--space-1); font-size: 0.9375rem; color: var(--c-teal); }
.member-impacts p { margin: 0 0 var(--space-1); }
table.member-impacts { display: table; }

.obstacles { width: 100%; }
.obstacles th:first-child,
.obstacles td:first-child { width: 50%; }
table.obstacles td:first-child { border-right: 1px solid var(--c-border); }
ul.obstacles,
ol.obstacles { list-style: none; padding: 0; }
ul.obstacles > li,
ol.obstacles > li {
  margin: 0 0 var(--space-3);
  padding: var(--space-3) var(--space-4);
  border-radius: var(--radius-small);
  background: var(--c-row-alt);
}

.hint {
  position: relative;
  max-width: var(--measure);
  margin: 0 0 var(--space-5);
  padding: var(--space-4) var(--space-4) var(--space-4) 3.25rem;
  border: 1px solid #e8c764;
  border-radius: var(--radius);
  background: #fffbea;
  color: #3b2f00;
}
.hint::before {
  content: "";
  position: absolute;
  left: var(--space-4);
  top: 1.15rem;
  width: 1.5rem;
  height: 1.5rem;
  background: no-repeat center / contain url("hint.svg");
}
.hint h2, .hint h3, .hint__title {
  margin: 0 0 var(--space-2);
  font-weight: 700;
  color: #5c4700;
  font-size: 1rem;
}
.hint > :last-child { margin-bottom: 0; }
@media (prefers-color-scheme: dark) {
  .hint { border-color: #7a6320; background: #2b2510; color: #f3e7b8; }
  .hint h2, .hint h3, .hint__title { color: #ffe08a; }
}

/* ==========================================================================
   6. Heatmap and bars
   ========================================================================== */

.heatmap {
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: var(--space-4);
  align-items: start;
  margin: 0 0 var(--space-6);
  padding: var(--space-4);
  border: 1px solid var(--c-border);
  border-radius: var(--radius);
  background: var(--c-surface);
}
.heatmap > figcaption {
  grid-column: 1 / -1;
  color: var(--c-navy);
  font-weight: 700;
  font-feature-settings: "palt";
}
.heatmap > figcaption small,
.heatmap > figcaption p { display: block; margin: 0; color: var(--c-muted); font-weight: 400; font-size: 0.875rem; }
.heatmap svg {
  display: block;
  width: auto;
  max-width: 100%;
  height: auto;
  overflow: visible;
  font-family: var(--font-sans);
}
.heatmap > .table-wrap,
.heatmap > table { margin: 0; font-size: 0.875rem; }
/* The accessible table sits beside the picture on wide screens when it is
   small enough to be read there; a wide matrix goes underneath (and scrolls
   inside its .table-wrap). */
@media (min-width: 62rem) {
  .heatmap:not(.series-chart--stacked):has(> svg):has(> .table-wrap, > table):not(:has(tr > :nth-child(8))) {
    grid-template-columns: max-content minmax(0, 1fr);
  }
}
/* On a phone the picture keeps its natural size and the figure scrolls. */
@media (max-width: 40rem) {
  .heatmap { overflow-x: auto; }
  .heatmap svg { max-width: none; }
}
.heatmap tbody th { min-width: 12em; font-weight: 400; color: var(--c-text); }
.heatmap td.num { padding-inline: var(--space-2); text-align: center; }
.heatmap thead th { text-align: center; }
.heatmap abbr { text-decoration: none; }
/* HeatmapSVG draws rect.heatmap__cell--0…4 (with a fallback fill and
   fill-opacity as attributes); the palette below replaces them. */
.heatmap svg text { fill: var(--c-text); font-size: 12px; }
.heatmap svg .heatmap__col,
.heatmap svg .heatmap__row { fill: var(--c-muted); font-weight: 700; }
.heatmap svg .heatmap__cell {
  fill: var(--heat-0);
  fill-opacity: 1;
  stroke: var(--c-surface);
  stroke-width: 1;
}
.heatmap svg .heatmap__cell--1 { fill: var(--heat-1); }
.heatmap svg .heatmap__cell--2 { fill: var(--heat-2); }
.heatmap svg .heatmap__cell--3 { fill: var(--heat-3); }
.heatmap svg .heatmap__cell--4 { fill: var(--heat-4); }
.heatmap svg .heatmap__count { fill: var(--c-text); font-weight: 700; pointer-events: none; }
.heatmap svg .heatmap__cell--3 + .heatmap__count,
.heatmap svg .heatmap__cell--4 + .heatmap__count { fill: #ffffff; }
@media (prefers-color-scheme: dark) {
  .heatmap svg .heatmap__cell--3 + .heatmap__count,
  .heatmap svg .heatmap__cell--4 + .heatmap__count { fill: #10161d; }
}
.heatmap svg .heatmap__cell:hover { stroke: var(--c-focus); stroke-width: 2; }
.heatmap__legend {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--space-1);
  margin: var(--space-2) 0 0;
  padding: 0;
  list-style: none;
  color: var(--c-muted);
  font-size: 0.8125rem;
}
.heatmap__legend li { margin: 0; }

.bar {
  display: inline-block;
  position: relative;
  width: 8rem;
  max-width: 100%;
  height: 0.7em;
  margin-right: var(--space-2);
  border-radius: 999px;
  background: var(--c-row-alt);
  vertical-align: 0.05em;
  overflow: hidden;
}
.bar > span,
.bar__fill {
  display: block;
  height: 100%;
  border-radius: inherit;
  background: var(--c-teal);
}
/* <meter class="bar"> / <progress class="bar"> variants */
meter.bar, progress.bar { appearance: none; border: 0; }
meter.bar::-webkit-meter-bar { background: var(--c-row-alt); border: 0; border-radius: 999px; }
meter.bar::-webkit-meter-optimum-value { background: var(--c-teal); border-radius: 999px; }
progress.bar::-webkit-progress-bar { background: var(--c-row-alt); }
/* the search page (search/): Pagefind's interface in the site's colours */
.search__note {
  padding: var(--space-3) var(--space-4);
  border-left: 4px solid var(--c-navy);
  background: var(--c-navy-soft);
}
.search__label:not([hidden]) { display: block; margin-bottom: var(--space-2); font-weight: 700; }
.search__ui {
  --pagefind-ui-primary: var(--c-navy);
  --pagefind-ui-text: var(--c-text);
  --pagefind-ui-background: var(--c-surface);
  --pagefind-ui-border: #c3ccd6;
  --pagefind-ui-tag: var(--c-navy-soft);
  --pagefind-ui-font: var(--font-sans);
  --pagefind-ui-scale: 0.9;
}

progress.bar::-webkit-progress-value { background: var(--c-teal); }
progress.bar::-moz-progress-bar { background: var(--c-teal); }

/* Phones: less padding around nested boxes so text keeps its width. */
@media (max-width: 30rem) {
  main.content { padding-inline: var(--space-3); }
  .hero { padding: var(--space-4); }
  .theme-block { padding: var(--space-3) var(--space-3) var(--space-2); }
  .card { padding: var(--space-3) var(--space-4); }
  .member-impacts > * { padding: var(--space-2) var(--space-3); }
  .site-nav a { padding: 0.1em var(--space-2); font-size: 0.875rem; }
}

/* ==========================================================================
   7. Pages
   ========================================================================== */

/* home: list of events */
.page--home .hero { background: linear-gradient(135deg, #16324f, #0b6b6b); color: #ffffff; border-left: 0; }
.page--home .hero h1,
.page--home .hero p,
.page--home .hero .hero__programme { color: #ffffff; }
.page--home .hero a { color: #ffffff; }

/* event and report: section headings with a teal rule */
.page--event main.content > section > h2,
.page--report main.content > section > h2,
.report > section > h2,
.page--aggregates main.content > section > h2 {
  padding-left: var(--space-3);
  border-left: 5px solid var(--c-teal);
}

/* seminar article: a reading column */
.page--seminar main.content > .prose,
.page--seminar article { max-width: calc(var(--measure) + 8rem); }

/* catalogues: wide reference tables */
.page--catalog-threats table.data td:first-child,
.page--catalog-controls table.data td:first-child { width: 3em; white-space: nowrap; }
.page--catalog-controls table.data td { font-size: 0.875rem; }
.page--catalog-controls table.data ul,
.page--catalog-controls table.data ol { margin: 0; padding-left: 0; list-style: none; }
.page--catalog-controls table.data li { margin: 0 0 0.25em; }
.page--catalog-controls table.data td:last-child { min-width: 16em; }

/* control table: one card per control, accent by category */
.card.control { margin: 0 0 var(--space-5); border-left: 5px solid var(--c-navy); }
.card.control h2 { font-size: 1.25rem; margin-top: 0; }
.card.control .meta { display: flex; flex-wrap: wrap; gap: 0 0.5em; font-size: 0.9375rem; }
.card.control .meta dd { margin-right: 1.5em; }
.card.control .table-wrap { margin: 0; }
.control--organizational { border-left-color: #16324f; }
.control--people { border-left-color: #0b6b6b; }
.control--physical { border-left-color: #8a5a00; }
.control--technological { border-left-color: #5b3f9e; }
/* the table of contents already writes "1. …": no second number */
.page--catalog-controls .toc { max-width: none; }
.page--catalog-controls .toc ol { padding-left: 0; list-style: none; }
@media (min-width: 48rem) {
  .page--catalog-controls .toc ol { columns: 2; column-gap: var(--space-6); }
  .page--catalog-controls .toc li { break-inside: avoid; }
}

/* worksheet */
.page--worksheet .theme-block dl {
  display: grid;
  grid-template-columns: max-content minmax(0, 1fr);
  gap: var(--space-1) var(--space-3);
}
.page--worksheet .theme-block dt { color: var(--c-muted); font-weight: 700; }
.page--worksheet .theme-block dd { margin: 0; }

/* problems page */
.page--problems .stats .stat { border-top-color: var(--c-error); }

/* not found */
.page--notfound main.content { text-align: center; padding-top: var(--space-7); }
.page--notfound main.content > * { margin-inline: auto; }
.page--notfound main.content ul { padding: 0; list-style: none; }

/* print pages on screen: show the sheets as paper */
.page--print,
.page--print-all { background: #e5e9ee; }
.print-sheet {
  width: 100%;
  max-width: 210mm;
  margin: 0 auto var(--space-6);
  padding: 14mm;
  background: #ffffff;
  color: #111111;
  box-shadow: 0 2px 10px rgb(16 24 40 / 0.18);
  font-size: 0.9375rem;
  line-height: 1.65;
}
.print-sheet__header {
  display: flex;
  flex-wrap: wrap;
  justify-content: space-between;
  align-items: baseline;
  gap: 0 var(--space-4);
  margin: 0 0 var(--space-3);
  padding-bottom: var(--space-2);
  border-bottom: 2px solid #16324f;
  color: #16324f;
  font-size: 0.875rem;
}
.print-sheet__header > * { margin: 0; }
.print-sheet h1 { margin: 0 0 var(--space-2); font-size: 1.375rem; color: #16324f; }
.print-sheet h2 { margin: var(--space-3) 0 var(--space-2); font-size: 1.0625rem; color: #16324f; }
.print-sheet h3 { margin: var(--space-2) 0 var(--space-1); font-size: 0.9375rem; }
.print-sheet > h1,
.print-sheet > h2 { margin: 0 0 var(--space-1); font-size: 1.375rem; }
.print-sheet .theme-block {
  margin: 0 0 var(--space-3);
  padding: 0;
  border: 0;
  border-radius: 0;
  background: none;
}
.print-sheet .theme-block > h2,
.print-sheet .theme-block__title { margin-bottom: var(--space-2); font-size: 1.0625rem; }
.print-sheet .table-wrap { border-radius: 0; border-color: #999999; }
.print-sheet table { font-size: 0.875rem; line-height: 1.55; }
.print-sheet th, .print-sheet td { padding: var(--space-1) var(--space-2); border: 1px solid #999999; }
.print-sheet .member-impacts { gap: var(--space-2); }
.print-sheet .member-impacts > * { padding: var(--space-2) var(--space-3); font-size: 0.875rem; }
.print-sheet .hint { max-width: none; margin-bottom: 0; padding-block: var(--space-2); }
.print-sheet .hint::before { top: 0.7rem; }
@media (prefers-color-scheme: dark) {
  .page--print, .page--print-all { background: #0b1015; }
  .print-sheet { color-scheme: light; }
  .print-sheet :is(h2, h3, h4) { color: #16324f; }
}

.print-actions {
  max-width: 210mm;
  margin: 0 auto var(--space-4);
  text-align: right;
}

/* ==========================================================================
   8. Projection mode: .present with section.slide
   Type for a room: at 1920×1080 no text on a slide is under 28px (the base
   is 40px, the smallest parts 0.7em); one theme per screen; scroll-snap.
   present.js adds keyboard navigation, a counter and #slide-N; without it
   the page reads as one long page.
   ========================================================================== */

html:has(body.page--present) {
  scroll-snap-type: y mandatory;
  scroll-padding-top: 0;
}
body.page--present {
  background: var(--c-surface);
}
.page--present .site-header,
.page--present .breadcrumbs,
.page--present .site-footer { display: none; }
.page--present main.content { max-width: none; padding: 0; }

.present {
  font-size: clamp(1.25rem, 0.6rem + 1.9vw, 2.5rem); /* ≈ 34px at 1280px, 40px at 1920px */
  line-height: 1.6;
}
.present .slide {
  display: flex;
  flex-direction: column;
  justify-content: center;
  min-height: 100vh;
  min-height: 100dvh;
  padding: 5vh max(4vw, (100% - 64rem) / 2) 8vh;
  scroll-snap-align: start;
  scroll-snap-stop: always;
  border-bottom: 1px solid var(--c-border);
}
.present .slide:nth-child(odd) { background: var(--c-surface); }
.present .slide:nth-child(even) { background: var(--c-bg); }
.present .slide > * { max-width: 100%; }
.present .slide h1,
.present .slide h2 {
  margin: 0 0 0.6em;
  color: var(--c-navy);
  font-size: clamp(1.75rem, 0.8rem + 3vw, 3.25rem); /* ≈ 48px at 1280px */
  line-height: 1.3;
}
.present .slide h3 {
  margin: 0.6em 0 0.3em;
  font-size: 1.1em;
}
.present .slide p,
.present .slide li { max-width: 36em; }
.present .slide ul { padding-left: 1.2em; }
.present .slide li + li { margin-top: 0.35em; }
.present .slide li::marker { color: var(--c-teal); }
.present .table-wrap { border: 0; background: none; }
.present table { font-size: 0.8em; line-height: 1.5; }
.present table .severity--high, .present table .severity--medium, .present table .severity--low { font-size: 1em; }
.present table.data td { min-width: 8em; }
.present th, .present td { padding: 0.4em 0.6em; }
.present .theme-block__number { font-size: 0.8em; }
.present .hint { max-width: 40em; font-size: 0.9em; padding: 0.8em 1em 0.8em 2.6em; }
.present .hint::before { left: 0.7em; width: 1.3em; height: 1.3em; top: 1.05em; }
.present .slide--title,
.present .slide:first-child {
  background: linear-gradient(135deg, #16324f, #0b6b6b);
  color: #ffffff;
}
.present .slide--title :is(h1, h2, p, dt, dd, a),
.present .slide:first-child :is(h1, h2, p, dt, dd, a) { color: #ffffff; }
.present .slide:first-child .meta dt { color: #cfe3f7; }
.present .slide--title .threat-id,
.present .slide:first-child .threat-id { background: #ffffff; color: #16324f; }
.present .slide__kicker,
.present .slide > .hero__programme { color: var(--c-teal); font-size: 0.7em; font-weight: 700; margin: 0 0 0.3em; }
.present .slide--title .slide__kicker,
.present .slide:first-child .slide__kicker { color: #cfe3f7; }
.present .slide .member-impacts {
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 24rem), 1fr));
  gap: 0.5em;
  padding: 0;
  font-size: 0.75em;  /* members' notes: secondary, 30px at 1920px */
  line-height: 1.55;
}
.present .slide .member-impacts > li { max-width: none; margin: 0; font-size: inherit; }
.present .slide h3 .threat-id { font-size: 0.8em; }
.present .slide .severity--high, .present .slide .severity--medium, .present .slide .severity--low { font-size: 0.9em; }
.present .slide__procedure { font-size: 1.1em; font-weight: 700; }
.present .slide .procedure-id { font-size: 0.9em; }

.present__counter {
  position: fixed;
  right: 1.25rem;
  bottom: 1rem;
  z-index: 5;
  padding: 0.2em 0.8em;
  border-radius: 999px;
  background: rgb(22 50 79 / 0.85);
  color: #ffffff;
  font-size: 1rem;
  font-variant-numeric: tabular-nums;
  pointer-events: none;
}
.present__help {
  margin: 0;
  padding: var(--space-3) var(--space-4);
  color: var(--c-muted);
  font-size: 0.875rem;
}
/* While the first slide is shown (present.js marks it), the key help floats
   at the bottom; later it stays at the end of the page, out of the way. */
.present:has(> .slide:first-child[aria-current]) ~ .present__help {
  position: fixed;
  left: 1.25rem;
  bottom: 1rem;
  z-index: 5;
  padding: 0.2em 0.8em;
  border-radius: 999px;
  background: rgb(255 255 255 / 0.9);
  color: #52606d;
  font-size: 0.8125rem;
}
.present:has(> .slide:first-child[aria-current]) ~ .present__help a { color: #0b6b6b; }
.present__help kbd {
  padding: 0 0.35em;
  border: 1px solid #9aa7b4;
  border-radius: 3px;
  background: #ffffff;
  color: #1f2933;
}
:fullscreen .present__help { display: none; }
@media (max-width: 40rem) {
  .present .slide { justify-content: flex-start; padding-top: 2rem; }
}

/* Photos (report sections, event gallery, facilitator review) */
.photo-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: var(--space-4, 1rem); margin: var(--space-3, 0.75rem) 0; }
.photo { margin: 0; break-inside: avoid; page-break-inside: avoid; }
.photo img { display: block; width: 100%; height: auto; border-radius: 4px; border: 1px solid var(--c-border); }
.photo figcaption { margin-top: var(--space-1); font-size: 0.9375rem; color: var(--c-text); }
.photo-note { font-size: 0.875rem; color: var(--c-muted); }
.gallery { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); gap: var(--space-2); }
.gallery img { display: block; width: 100%; height: auto; border-radius: 4px; }
.photo-review__item { border-top: 1px solid var(--c-border); padding-top: var(--space-3, 0.75rem); margin-top: var(--space-4, 1rem); }
.photo-review__frame { position: relative; display: inline-block; max-width: 48rem; width: 100%; touch-action: none; user-select: none; }
.photo-review__frame img { display: block; width: 100%; height: auto; }
.photo-review__frame--editable { cursor: crosshair; }
.photo-review__region { position: absolute; box-sizing: border-box; border: 3px solid #d97706; background: rgba(217, 119, 6, 0.12); }
.photo-review__region--pixelate { border-style: dashed; }
.photo-review__frame--editable .photo-review__region { cursor: move; }
.photo-review__number { position: absolute; left: 0; top: 0; background: #d97706; color: #ffffff; font-size: 0.75rem; padding: 0 0.25rem; }
.photo-review__delete { position: absolute; right: -0.75rem; top: -0.75rem; width: 1.5rem; height: 1.5rem; border-radius: 50%; border: 0; background: #9b1c1c; color: #ffffff; cursor: pointer; line-height: 1; }
.photo-review__controls fieldset { display: flex; gap: var(--space-3, 0.75rem); align-items: center; flex-wrap: wrap; border: 0; margin: 0; padding: 0; min-width: 0; }

/* Knowledge base (knowledge/) */
.knowledge-index, .knowledge-entries { list-style: none; padding: 0; }
.knowledge-index > li, .knowledge-entries > li { margin: 0 0 .75rem; }
.knowledge-index h3 { font-size: 1.05rem; margin: 0 0 .4rem; }
.knowledge-entry__label { font-size: .8rem; font-weight: 700; color: var(--c-muted); margin: .4rem 0 .1rem; letter-spacing: .04em; }
.knowledge-entry__obstacle p, .knowledge-entry__remedies { margin-top: 0; }
.knowledge-procedure h2 { font-size: 1.15rem; }
.pager ul { list-style: none; display: flex; flex-wrap: wrap; gap: .4rem; padding: 0; margin: 1.5rem 0; }
.pager a, .pager span { display: inline-block; min-width: 2.75rem; min-height: 2.75rem; line-height: 2.75rem; text-align: center; padding: 0 .6rem; border-radius: .4rem; border: 1px solid var(--c-navy-soft); }
.pager [aria-current="page"] { background: var(--c-navy); color: #fff; font-weight: 700; }
/* Series report (series/): bar charts beside their tables; "<3" marks a
   count the public build hides (PublicCount). */
.series-chart svg text { fill: var(--c-text); font-size: 12px; }
.series-chart svg .series-chart__row { fill: var(--c-muted); font-weight: 700; }
.series-chart svg .series-chart__legend { font-size: 12px; }
.suppressed { color: var(--c-muted); font-style: italic; white-space: nowrap; }
.series-note__members { display: block; color: var(--c-muted); font-weight: 400; font-size: 0.8125rem; }
.series-top { margin: 0; padding-inline-start: 1.4em; }
.series-top li { margin: 0 0 0.15em; }
.series-chart td.date { white-space: nowrap; }

"""####),
        ("strings/en.yaml", ####"""
# UI strings of the default theme (English). Keys are camelCase (no dots:
# templates read them as {{t.key}}). {name} placeholders are filled by the engine.
skipToContent: Skip to content
siteNavLabel: Site menu
eventNavLabel: This session
breadcrumbsLabel: You are here
facilitatorEdition: Facilitator edition (includes private material)

navHome: Home
navThreats: Top 10 threats
navControls: Controls and procedures
navProblems: Problems
navEvent: Overview
navSeminar: Seminar
navWorksheets: Worksheets
navGroupsPrint: Group handouts (print)
navAggregates: Figures
navReport: Event report

title: Title
date: Date
time: Time
venue: Venue
access: Access
tel: Tel
email: Email
web: Web
hours: Hours
overview: Overview
schedule: Schedule
timetable: Timetable
whenWhere: Date and venue
programmeItem: Programme
events: Sessions
homeIntro: Overviews, group presentations and reports of every seminar and workshop session.
homeCatalogues: Threat lists and control tables
noEvents: No sessions yet.
nextSession: Next session
noNextSession: The next session will be announced soon.
sessionNumberPrefix: "Session "
sessionNumberSuffix: ""
contents: Contents
contactTitle: Contact

statParticipants: Participants
statGroups: Groups
statProcedures: Procedures chosen
statObstacles: Obstacles named
statControls: Controls
statProcedureTotal: Procedures
statPublished: Agreed to publish

groups: Group presentations
groupsIntro: The threats each group studied, the procedure they agreed on, and the obstacles and remedies they presented.
groupTitle: "Group {id}: {name}"
groupTitleBare: "Group {id}"
groupPrefix: "Group "
published: Published
private: Private
members: Members
present: Present (projection)
print: Print (A4)
printAllGroups: Print all groups (A4)
printAllTitle: All group presentations (print)
printHelp: Use your browser's print command to print on A4.
back: Back
backToGroup: Back to the group page
presentHelp: → ↓ Space next, ← ↑ back, F full screen.
resultsAndData: Results and data
reportIntro: the report of the seminar and workshop.
aggregatesIntro: how threats and procedures were chosen.
worksheetsIntro: what each participant wrote (facilitators only).
downloadsIntro: data for spreadsheets and scripts.
excludedPrefix: "Note: threat "
excludedSuffix: " is out of scope in this session."
excludedBadge: out of scope

seminarTitle: Seminar
seminarPages: Seminar material

threat: Threat
threatPrefix: "Threat "
threatShort: "Threat {id}"
threatsIntro: In the workshop, participants pick from this list the threats that matter to their business and think through the impact. The count is how many participants took up each threat so far.
lineageColumn: Other years
lineageLater: Later
lineageEarlier: Earlier
changeSame: the same
changeRenamed: renamed
changeMerged: merged
changeSplit: split
changeNew: new
changeDropped: no successor
threatsCaption: Threats and how many participants took them up
summary: Summary
participantsCount: Participants
usedIn: Used in

controlsKicker: Controls based on ISO/IEC 27001:2022 Annex A
controlsIntro: Each control comes with implementation procedures. In theme 2 participants choose the procedures they find effective against their threats; the counts show how many chose each so far.
controlsToc: Controls
category: Category
iso: ISO/IEC 27001:2022 Annex A
isoShort: ISO
control: Control
procedure: Procedure
procedures: Procedures
procedureText: Text
chosenTimes: Times chosen
participantsChose: Participants
groupsChose: Groups (common)

worksheetsTitle: Worksheets
worksheetsLead: The worksheets participants filled in. This page is for facilitators and is not part of the public site.
worksheetTitle: "Worksheet {participant}"
participant: Participant
group: Group
industry: Industry
publication: Publication
backToWorksheets: Back to all worksheets
nothingWritten: Nothing written.

theme1Title: Business impact
theme1Short: 1 Impact
theme1Kicker: Theme 1
theme1Individual: Using the list of top 10 threats, consider how each threat could affect your business, and write down the business activity and the impact for each threat.
theme1Group: How hard a threat hits differs from company to company. Share how the threats would affect the other companies in the group, not only your own.
theme2Title: Effective procedures
theme2Short: 2 Procedures
theme2Kicker: Theme 2
theme2GroupTitle: Common procedure
theme2ReportTitle: Choosing effective procedures
theme2Individual: Choose from the control table the procedures you think are most effective against the threats, and why.
theme2Group: Recognise that different businesses see things differently, agree on a procedure common to all, and exchange the diverse views that the procedure list does not cover.
theme3Title: Obstacles and remedies
theme3Short: 3 Obstacles
theme3Kicker: Theme 3
theme3ReportTitle: Obstacles today and how to overcome them
theme3Individual: For each chosen procedure, consider what would stand in the way of doing it in your company, and how that obstacle could be removed.
theme3Group: Share the obstacles and remedies and look for more concrete remedies or alternatives together.

business: Business
impact: Impact
impactOnBusiness: Impact on the business
severity: Severity
reason: Reason
reasonLabel: "(Reason)"
commonLabel: "(Agreed)"
commonAndReason: Agreed procedure and reason
diverseViews: Diverse views
obstacle: Obstacle
remedy: Remedy
noRemedy: No remedy written
hint: Hint
groupImpacts: Impacts the group agreed on
memberImpactsFor: "What members wrote about"
memberImpactsShort: What members wrote
noMemberImpacts: No member wrote about this threat.
membersChoseIt: Members who chose it individually

reportTitle: "{event}: event report"
reportOverviewFallback: The seminar and workshop took place.
voices: Participants' voices
voicesNote: Excerpts from the participant survey.
workshop: The workshop
workshopIntro: Participants chose from the top 10 threats the ones their business is exposed to and considered the impact. They then chose procedures effective against those threats, named the obstacles to carrying them out, and worked out remedies. Individual work on their own company and group work sharing other companies' experience gave everyone ideas they can use.
individualWork: Individual work
groupWork: Group work
presentations: Group presentations
noPublishedGroups: No presentation has been published.
groupIntroPrefix: "We are a group from "
groupIntroMiddle: ". We studied "
groupIntroSuffix: "."
hints: Hints for the obstacles
appendix: "Appendix: threats and controls"

aggregatesTitle: Figures
aggregatesLead: How threats and procedures were chosen in the worksheets. Counts include every worksheet.
aggregatesHeatmapTitle: Threat × procedure
heatmapCaption: Each cell is the number of participants who chose the procedure against the threat.
mostChosen: Most-chosen procedures
threatCounts: Threats taken up
unchosenControls: Controls nobody chose
unchosenLead: No participant chose a procedure of these controls; a starting point for the next sessions.
allControlsChosen: Procedures of every control were chosen.
obstaclesByControl: Obstacles and remedies by control
writtenBy: Written by
noData: No data yet.

problemsTitle: Problems
problemsLead: What checking the content found. Fix them using the file, line and column.
leftOut: Files left out
leftOutLead: These files have errors and are not part of this build.
findings: Findings
severityError: Errors
severityWarning: Warnings
severityNote: Notes

notFoundTitle: Page not found
notFoundLead: The page may have moved or been removed.

fillTitle: Fill in the worksheet

statSessions: Sessions
seriesStatsLabel: The series so far
nextSessionPage: Go to the next session
photosSeminar: The seminar
photosWorkshop: The workshop
photosGallery: On the day
photoPrivacyNote: Photos are processed to protect the participants' privacy.
photoAlt: A photo of the session
photoReviewTitle: Photo review
photoReviewIntro: check the regions that hide faces and name tags, and mark the photos that may be published as reviewed
photoReviewHelp: Outlined boxes are the regions that are blurred or pixelated. The public report shows only photos with both publish and reviewed set to true.
photoReviewEditHelp: While workshop serve runs, drag on a photo to add a region, drag a box to move it, and press × to delete it. Saving writes photos.yaml.
photoReviewPublicCount: Photos to be published
photoFile: File
photoSection: Section
photoCaption: Caption
photoRegions: Regions to hide
photoPublish: Publish
photoReviewed: Reviewed
photoNotReviewed: Not reviewed
photoNotProcessed: This photo could not be processed (see the problems page).
photoStyleBlur: blur
photoStylePixelate: pixelate
photoSave: Save
photoNewRegionStyle: "New regions:"
photoDeleteRegion: Delete region

# The group form (groups/<id>/fill/): its page and, as groupFill… keys, the words its script shows.
groupFillTitle: "Group sheet: {group}"
groupFillCrumb: Group sheet form
groupFillLink: Fill in the group sheet
groupFillBackToGroup: Back to the group page
groupFillIntro: Put together the group's sheet from what the members wrote in their worksheets. Anything you pick can be rewritten; the checks appear as you go.
groupFillAutosave: What you enter is saved automatically in this browser only (nothing is sent anywhere).
groupFillAutosaveCollect: What you enter is saved automatically in this browser. It is sent to the server only when you press Submit.
groupFillAutosaveOff: "This browser cannot save drafts: download the sheet before closing the page."
groupFillMembers: Members
groupFillSubmitted: "{count} worksheets"
groupFillNotYet: not yet
groupFillNoWorksheets: No worksheet of this group yet. They appear here as they arrive.
groupFillNew: new
groupFillThreatsHint: Choose the threats the group takes up. The number is how many members chose the threat in 1.
groupFillChooseThreats: Choose threats
groupFillCount: "{count} chose it"
groupFillThreat: "Threat {id}"
groupFillMemberImpacts: What the members wrote
groupFillNoThreat: Choose a threat to see what the members wrote about it here.
groupFillNoMemberImpacts: No member has written about the chosen threats yet.
groupFillAddImpact: Add to 1.
groupFillAdded: Added
groupFillImpacts: The group's business impact
groupFillImpactsHint: Add from the members' answers, then merge and rewrite (each item is one line).
groupFillItem: "Item {n}"
groupFillAddItem: Add an item
groupFillRemoveItem: "Remove item {n}"
groupFillProceduresHint: The procedures the members chose against these threats. Choose the group's common procedure(s) and write the group's reason.
groupFillNoProcedures: No member has chosen a procedure yet.
groupFillMakeCommon: Make it common
groupFillIsCommon: Chosen as common
groupFillUseReason: Use as reason
groupFillAddView: Add to diverse views
groupFillCommon: Common procedures and reasons
groupFillNoCommon: Choose a procedure above, or add one by its id.
groupFillReason: Reason
groupFillReasonHint: Why the group chose this procedure
groupFillRemoveProcedure: "Remove {id}"
groupFillOtherProcedure: "Add another procedure by id (e.g. 6-1)"
groupFillAddProcedure: Add
groupFillViews: Diverse views
groupFillViewsHint: Keep the members' distinctive views. You can add them from the reasons above.
groupFillView: "View {n}"
groupFillAddViewItem: Add a view
groupFillRemoveView: "Remove view {n}"
groupFillObstaclesHint: What the members wrote as obstacles and remedies for the common procedures. Add them to the table and rewrite them.
groupFillNoObstacleSuggestions: No member has written obstacles for the common procedures yet.
groupFillAddRow: Add to the table
groupFillRows: Obstacles and remedies
groupFillObstacle: "Obstacle {n}"
groupFillRemedy: "Remedy {n}"
groupFillNewRow: Add a row
groupFillRemoveRow: "Remove row {n}"
groupFillNoRows: The table is still empty.
groupFillAbout: About the sheet
groupFillIndustries: Industries
groupFillIndustriesHint: The members' industries, one a line (merge or shorten them as you like).
groupFillPublish: Every member agreed to publish this sheet
groupFillPublishHint: If ticked, the group sheet appears in the public event report.
groupFillCheck: Check
groupFillNoFindings: No problems found.
groupFillCounts: "{errors} errors, {warnings} warnings"
groupFillError: error
groupFillWarning: warning
groupFillOutput: Group sheet (Markdown)
groupFillOutputHint: "This text becomes groups/{file}. The hint is the facilitator's, so it is not here."
groupFillDownload: Download
groupFillCopy: Copy
groupFillClear: Clear draft
groupFillDownloaded: "{file} downloaded."
groupFillCopied: Copied.
groupFillCopyFailed: "Could not copy: select the text and copy it by hand."
groupFillStillErrors: There are errors left.
groupFillConfirmClear: Clear what you entered and start again?
groupFillCleared: Draft cleared.
groupFillSubmitTitle: Submit
groupFillSubmitHint: From the venue network you can submit straight to the facilitator’s computer.
groupFillJoinCode: Join code
groupFillJoinCodeHint: The code the facilitator announced. On a device that came in through the QR code or the join page, you can leave it empty
groupFillSubmit: Submit
groupFillSending: Sending…
groupFillFixFirst: Fix the errors before submitting.
groupFillNeedJoinCode: Enter the join code.
groupFillBadJoinCode: The join code uses letters and digits only.
groupFillNetwork: Could not reach the server. Check the network and try again.
groupFillAt: "line {line}, column {column}"
groupFillAnswer201: Submitted. Thank you.
groupFillAnswer200: The group sheet was updated.
groupFillAnswer400: The server could not read the sheet.
groupFillAnswer403: The join code is missing or wrong. Enter the code the facilitator announced.
groupFillAnswer409: This group's sheet was submitted from another device. Update it from the device and browser it was first submitted from, or ask the facilitator.
groupFillAnswer413: The sheet is too large (256 KiB at most).
groupFillAnswer422: The sheet has errors and was not accepted. Fix the findings below and submit again.
groupFillAnswer429: Too many submissions in a short time. Wait a moment and submit again.
groupFillAnswer503: "The facilitator's settings (event.yaml) have an error, so submissions are paused. Wait a moment and submit again."
groupFillAnswerKept: Your entries stay in this browser.
groupFillAnswerOther: "The submission failed (server answered {status})."
groupFillBadData: The form could not read its data. Please rebuild the page.
navKnowledge: Knowledge base
knowledgeTitle: Knowledge base of obstacles and remedies
knowledgeKicker: What got in the way when other companies took up a procedure, and what they did about it
knowledgeIntro: The obstacles participants and groups met with each procedure in past workshops, and the remedies they proposed, gathered by control. Only worksheets and group sheets their writers agreed to publish are included. Use it when your company takes up the same procedure.
knowledgeEmpty: No obstacles or remedies have been published yet.
knowledgeEntries: Obstacles
knowledgeControlLink: About the control and how often it was chosen
knowledgeSourceNote: From the worksheets and group sheets published after each workshop. Industries are as participants wrote them.
knowledgeFromGroup: Group
knowledgeLinkFromControl: Obstacles and remedies
knowledgeAll: 'See all {n} obstacles'
knowledgePageOf: '{from}–{to} of {n}, newest first'
knowledgePages: Pages
knowledgePrevious: Previous
knowledgeNext: Next
navSearch: Search
searchTitle: Search this site
searchNeedsHTTP: "Search works when the site is served over HTTP: serve the output of workshop build with a web server (for example python3 -m http.server). Pages opened as files (file://) cannot search."
searchNeedsScript: Search needs JavaScript.
searchIndexMissing: "The search index (pagefind/) is missing. Install Pagefind and run workshop build again (pip install pagefind-bin-extended)."
searchNotBuilt: "This build of the site has no search index. Build it with workshop build with Pagefind installed to search it (--no-search and workshop serve build no index)."
searchFilterEvent: Event
searchFilterKind: Kind
searchFilterControl: Control
searchKindEvent: Event overview
searchKindSeminar: Seminar
searchKindReport: Report
searchKindKnowledge: Knowledge base
searchKindGroup: Group
searchKindWorksheet: Worksheet
searchKindAggregates: Aggregates
searchKindCatalogue: Catalogue
searchKindSeries: Series
searchLabel: Words to search for
# The series report (series/)
navSeries: Series
seriesTitle: Series report
seriesLead: "Figures over every session held so far: worksheets and group sheets per session, the threats chosen most and how that changed over the programme years, the procedures chosen most against each threat, and the controls nobody chose."
seriesMinimumCell: "In the public version no figure can single out a participant: every count of 1 or 2 is shown as \"<3\" (0 stays 0). A total that includes a \"<3\" is shown as a lower bound, \"≥n\" (each \"<3\" counted as 1), so the hidden counts cannot be worked out from it. Only worksheets and group sheets published with consent are counted."
seriesParticipants: Participants (worksheets)
seriesGroups: Groups (group sheets)
seriesYears: Programme years
seriesSessions: Participants and groups per session
seriesSessionsChart: Participants and groups per session
seriesSessionsChartByYear: Participants and groups per programme year (too many sessions to chart one by one)
seriesGroupsNote: Groups are the group sheets handed in.
seriesSession: Session
seriesYearColumn: Year
seriesYear: "FY{year}"
seriesYearUnknown: Undated
seriesCatalogue: Threat list
seriesTopThreat: Threat chosen most
seriesTotal: Total
seriesThreats: Threats chosen most, year by year
seriesThreatsLead: Participants who wrote about each threat under theme 1; someone who chose two threats of one row counts once. A programme year runs from April to March (Japanese fiscal year of the session's date).
seriesMappingsLead: "The threat list changes every year: a threat the mapping files link to a later list's threat is counted with it (listed under the row as \"includes\")."
seriesThreatsChart: Participants per threat and programme year
seriesThreatsCaption: Bars are participants per programme year; a hatched marker means "<3" (1 or 2).
seriesIncludes: "includes {members}"
seriesMember: "{catalogue} No.{id} {title}"
seriesProcedures: Procedures chosen most against each threat
seriesProceduresLead: The five procedures chosen most under theme 2 against the threat.
seriesProceduresChosen: Procedures chosen most (participants)
seriesAlso: formerly
seriesUnchosen: Controls nobody chose over the series
seriesUnchosenLead: Controls none of whose procedures was chosen in any session that used the control table.
homeSeriesLink: See the series report (year by year, threats and procedures chosen most)
seriesPerYear: Sessions, participants and groups per programme year

"""####),
        ("strings/ja.yaml", ####"""
# UI strings of the default theme (Japanese). Keys are camelCase (no dots:
# templates read them as {{t.key}}). {name} placeholders are filled by the engine.
skipToContent: 本文へ移動
siteNavLabel: サイト内メニュー
eventNavLabel: この回のメニュー
breadcrumbsLabel: 現在の位置
facilitatorEdition: 運営者向け（非公開情報を含む）

navHome: ホーム
navThreats: 情報セキュリティ10大脅威
navControls: 管理策と実施手順
navProblems: 確認事項
navEvent: 開催概要
navSeminar: セミナー
navWorksheets: 記入シート
navGroupsPrint: 発表資料（印刷）
navAggregates: 集計
navReport: 開催レポート

title: 名称
date: 日時
time: 時間
venue: 会場
access: アクセス
tel: TEL
email: メール
web: URL
hours: 受付時間
overview: 開催概要
schedule: タイムスケジュール
timetable: 当日のタイムスケジュール
whenWhere: 開催日時と場所
programmeItem: 内容
events: 開催一覧
homeIntro: 各回のセミナー・ワークショップの概要、グループ発表、開催レポートをご覧いただけます。
homeCatalogues: 脅威一覧と管理策
noEvents: まだ開催回がありません。
nextSession: 次回のご案内
noNextSession: 次回の日程は決まり次第お知らせします。
sessionNumberPrefix: 第
sessionNumberSuffix: 回
contents: 目次
contactTitle: 本件に関するお問い合わせ

statParticipants: 参加者
statGroups: グループ
statProcedures: 選ばれた実施手順
statObstacles: 挙げられた課題
statControls: 管理策
statProcedureTotal: 実施手順
statPublished: 公開に同意

groups: グループ発表
groupsIntro: 各グループが検討した脅威、共通認識となった実施手順、課題と解決手段の発表内容です。
groupTitle: "グループ{id}: {name}"
groupTitleBare: "グループ{id}"
groupPrefix: グループ
published: 公開
private: 非公開
members: メンバー
present: 投影モードで表示
print: 印刷用（A4）
printAllGroups: 全グループを印刷（A4）
printAllTitle: 全グループの発表内容（印刷用）
printHelp: ブラウザの印刷機能で A4 用紙に印刷できます。
back: 戻る
backToGroup: グループのページへ戻る
presentHelp: → ↓ スペースで次へ、← ↑ で前へ、F で全画面表示。
resultsAndData: 結果とデータ
reportIntro: セミナーとワークショップの内容をまとめた報告書です。
aggregatesIntro: 脅威と実施手順の選ばれ方を集計しました。
worksheetsIntro: 参加者ごとの記入内容（運営者のみ）。
downloadsIntro: 表計算ソフトやスクリプトで使えるデータです。
excludedPrefix: "※「"
excludedSuffix: "」は対象外とします。"
excludedBadge: 対象外

seminarTitle: セミナー
seminarPages: セミナー資料

threat: 脅威
threatPrefix: "脅威 "
threatShort: "脅威{id}"
threatsIntro: ワークショップでは、この一覧から自社の事業に関わる脅威を選び、事業への影響を考えます。右端の数は、これまでの回でその脅威を取り上げた参加者の人数です。
lineageColumn: 前後の版
lineageLater: 次の版
lineageEarlier: 前の版
changeSame: 同じ
changeRenamed: 名称変更
changeMerged: 統合
changeSplit: 分割
changeNew: 新規
changeDropped: 後継なし
threatsCaption: 脅威の一覧と、取り上げた参加者の人数
summary: 概要
participantsCount: 参加者数
usedIn: 使用した回

controlsKicker: ISO/IEC 27001:2022 附属書A に基づく管理策
controlsIntro: 管理策ごとに実施手順が定められています。参加者はワークショップの②で、脅威に有効と思う手順を選びます。各手順の数は、これまでの回で選んだ参加者の人数です。
controlsToc: 管理策の一覧
category: 管理策種別
iso: ISO/IEC 27001:2022 附属書A
isoShort: 番号
control: 管理策
procedure: 実施手順
procedures: 実施手順
procedureText: 内容
chosenTimes: 選ばれた回数
participantsChose: 選んだ参加者
groupsChose: 共通認識にしたグループ

worksheetsTitle: 記入シート
worksheetsLead: 参加者が記入したワークシートの一覧です。運営者向けのページで、公開サイトには含まれません。
worksheetTitle: "記入シート {participant}"
participant: 参加者
group: グループ
industry: 業種
publication: 公開
backToWorksheets: 記入シートの一覧へ戻る
nothingWritten: 記入がありません。

theme1Title: 事業影響の認識
theme1Short: ① 影響
theme1Kicker: テーマ①
theme1Individual: 「情報セキュリティ10大脅威」を参照し、それぞれの脅威が自社事業にどのような影響を与えるか（もしくは可能性があるか）を考えます。脅威ごとに、事業の内容と影響を記載します。
theme1Group: 事業への脅威に対する影響度は、会社によって異なります。自社だけでなく、他社にとってどのような影響があるのか、グループで認識します。
theme2Title: 有効な実施手順
theme2Short: ② 手順
theme2Kicker: テーマ②
theme2GroupTitle: 共通認識となった実施手順
theme2ReportTitle: 有効な実施手順の確認
theme2Individual: 脅威に有効と思われる実施手順を「リスク低減管理策と実施手順」から選択します。自社にとって最も有効と思われるものを選び、選択した理由も考えます。
theme2Group: 各社の事業内容によってさまざまな考え方があることを認識し、各社の共通認識となる実施手順を検討します。さらに、実施手順資料に記載のない多様な視点（ユニークな考え方）について意見交換します。
theme3Title: 課題と解決手段
theme3Short: ③ 課題
theme3Kicker: テーマ③
theme3ReportTitle: 現状の課題の洗い出しと解決手段
theme3Individual: ②で選択した実施手順を実際に自社で実施しようとした場合に課題（障壁）となることと、その課題を解決するための手段の案を、選択した手順ごとに検討します。
theme3Group: 「課題と解決手段案」を共有し、より具体的な解決手段、もしくは代替手段があるかという視点で意見交換します。

business: 事業内容
impact: 影響
impactOnBusiness: 脅威発生時の事業への影響
severity: 影響度
reason: 理由
reasonLabel: （選択した理由）
commonLabel: （共通認識）
commonAndReason: 共通認識と選択した理由
diverseViews: 多様な視点（ユニークな考え方）
obstacle: 課題
remedy: 解決手段
noRemedy: 解決手段の記入がありません
hint: 課題解決のヒント
groupImpacts: グループで共有した影響
memberImpactsFor: メンバーが挙げた影響：
memberImpactsShort: メンバーが挙げた影響
noMemberImpacts: この脅威についてのメンバーの記入はありません。
membersChoseIt: 個人ワークでこの手順を選んだメンバー

reportTitle: "{event} 開催レポート"
reportOverviewFallback: セミナーとワークショップを開催しました。
voices: セミナー参加者の声
voicesNote: ※参加者アンケートより一部抜粋
workshop: ワークショップ内容
workshopIntro: 参加者は、自社の事業内容や業務内容の特性から想定される脅威を「情報セキュリティ10大脅威」から選び、事業への影響を考えました。そのうえで脅威に有効な実施手順を検討し、実施手順を実装するうえで障壁となる課題を洗い出して、解決のための方策を立案しました。個人ワークで自社の状況を整理し、グループワークで他社の事例を共有することで、自社で取り組めるアイデアや新たな気づきを得る機会となりました。
individualWork: 個人ワーク
groupWork: グループワーク
presentations: 発表内容
noPublishedGroups: 公開された発表はありません。
groupIntroPrefix: "私たちは"
groupIntroMiddle: "で構成されたグループです。検討した脅威は"
groupIntroSuffix: "です。"
hints: 課題解決のヒント
appendix: 付録：脅威の一覧と管理策

aggregatesTitle: 集計
aggregatesLead: 参加者の記入シートから、脅威と実施手順の選ばれ方を集計しました。人数はすべての記入シートを数えたものです。
aggregatesHeatmapTitle: 脅威 × 実施手順
heatmapCaption: 各マスは、その脅威に対してその実施手順を選んだ参加者の人数です。
mostChosen: よく選ばれた実施手順
threatCounts: 取り上げられた脅威
unchosenControls: 選ばれなかった管理策
unchosenLead: どの参加者も実施手順を選ばなかった管理策です。次回以降の検討のきっかけにしてください。
allControlsChosen: すべての管理策から実施手順が選ばれました。
obstaclesByControl: 管理策ごとの課題と解決手段
writtenBy: 記入者
noData: まだデータがありません。

problemsTitle: 確認事項
problemsLead: 内容の確認で見つかった事項です。ファイル名・行・列を手がかりに修正してください。
leftOut: サイトに含めなかったファイル
leftOutLead: エラーがあるため、次のファイルは今回のサイトに含めていません。
findings: 指摘事項
severityError: エラー
severityWarning: 警告
severityNote: 注記

notFoundTitle: ページが見つかりません
notFoundLead: お探しのページは移動または削除された可能性があります。

fillTitle: ワークシートの記入

statSessions: 開催回数
seriesStatsLabel: これまでの開催実績
nextSessionPage: 次回のページへ
photosSeminar: セミナー風景
photosWorkshop: ワークショップ風景
photosGallery: 当日の様子
photoPrivacyNote: 参加者のプライバシーに配慮し画像を加工しています
photoAlt: 当日の写真
photoReviewTitle: 写真の確認
photoReviewIntro: 顔や名札を隠す領域を確認し、公開してよい写真に「確認済み」を付けます
photoReviewHelp: 枠は加工（ぼかし・モザイク）する領域です。公開レポートには publish と reviewed の両方が true の写真だけが載ります。
photoReviewEditHelp: workshop serve の実行中は、写真の上をドラッグして領域を追加し、枠をドラッグして移動、× で削除できます。保存すると photos.yaml に書き込みます。
photoReviewPublicCount: 公開される写真
photoFile: ファイル
photoSection: 掲載箇所
photoCaption: キャプション
photoRegions: 加工する領域
photoPublish: 公開
photoReviewed: 確認済み
photoNotReviewed: 未確認
photoNotProcessed: この写真は加工できませんでした（問題の一覧を参照してください）
photoStyleBlur: ぼかし
photoStylePixelate: モザイク
photoSave: 保存
photoNewRegionStyle: 新しい領域の加工
photoDeleteRegion: 領域を削除

# The group form (groups/<id>/fill/): its page and, as groupFill… keys, the words its script shows.
groupFillTitle: "{group}のグループシート"
groupFillCrumb: グループシートの入力
groupFillLink: グループシートを入力
groupFillBackToGroup: グループのページへ戻る
groupFillIntro: メンバーのワークシートから選んで、グループの発表内容（グループシート）をまとめます。選んだ内容は自由に書き直せます。入力しながらチェック結果が表示されます。
groupFillAutosave: 入力内容はこの端末のブラウザに自動保存されます（サーバーには送られません）。
groupFillAutosaveCollect: 入力内容はこの端末のブラウザに自動保存されます。サーバーに送られるのは「提出」を押したときだけです。
groupFillAutosaveOff: このブラウザでは自動保存できません。ページを閉じる前にダウンロードしてください。
groupFillMembers: メンバー
groupFillSubmitted: "ワークシート {count} 人分"
groupFillNotYet: 未提出
groupFillNoWorksheets: このグループのワークシートはまだありません。届くとここに表示されます。
groupFillNew: 新着
groupFillThreatsHint: グループで取り上げる脅威を選びます。人数は、その脅威を ① で選んだメンバーの数です。
groupFillChooseThreats: 脅威を選ぶ
groupFillCount: "{count} 人"
groupFillThreat: "脅威 {id}"
groupFillMemberImpacts: メンバーの記入
groupFillNoThreat: 脅威を選ぶと、メンバーの記入がここに表示されます。
groupFillNoMemberImpacts: 選んだ脅威について書いたメンバーはまだいません。
groupFillAddImpact: ① に追加
groupFillAdded: 追加済み
groupFillImpacts: グループの事業影響
groupFillImpactsHint: メンバーの記入から追加し、まとめたり書き直したりしてください（1項目が1行になります）。
groupFillItem: "項目 {n}"
groupFillAddItem: 項目を追加
groupFillRemoveItem: "項目 {n} を削除"
groupFillProceduresHint: 選んだ脅威についてメンバーが選んだ実施手順です。共通認識とする手順を選び、グループとしての理由を書いてください。
groupFillNoProcedures: メンバーが選んだ実施手順はまだありません。
groupFillMakeCommon: 共通認識にする
groupFillIsCommon: 共通認識に選択中
groupFillUseReason: 理由に使う
groupFillAddView: 多様な視点に追加
groupFillCommon: 共通認識と理由
groupFillNoCommon: 上の一覧から手順を選ぶか、番号で追加してください。
groupFillReason: 理由
groupFillReasonHint: グループとして、この手順を選んだ理由
groupFillRemoveProcedure: "{id} を外す"
groupFillOtherProcedure: "ほかの実施手順を番号で追加（例: 6-1）"
groupFillAddProcedure: 追加
groupFillViews: 多様な視点
groupFillViewsHint: メンバーのユニークな考え方を残します。上の理由から追加することもできます。
groupFillView: "視点 {n}"
groupFillAddViewItem: 視点を追加
groupFillRemoveView: "視点 {n} を削除"
groupFillObstaclesHint: 共通認識にした手順について、メンバーが書いた課題と解決手段です。表に追加して、書き直してください。
groupFillNoObstacleSuggestions: 共通認識の手順について書かれた課題はまだありません。
groupFillAddRow: 表に追加
groupFillRows: 課題と解決手段の表
groupFillObstacle: "課題 {n}"
groupFillRemedy: "解決手段 {n}"
groupFillNewRow: 行を追加
groupFillRemoveRow: "行 {n} を削除"
groupFillNoRows: 表はまだ空です。
groupFillAbout: シートの情報
groupFillIndustries: 業種
groupFillIndustriesHint: メンバーの業種です。1行に1つ書きます（まとめたり短くしたりできます）。
groupFillPublish: 公開レポートへの掲載に全員が同意した
groupFillPublishHint: チェックすると、このグループシートが公開の開催レポートに載ります。
groupFillCheck: チェック結果
groupFillNoFindings: 問題は見つかりません。
groupFillCounts: "エラー {errors} 件、警告 {warnings} 件"
groupFillError: エラー
groupFillWarning: 警告
groupFillOutput: グループシート（Markdown）
groupFillOutputHint: "このテキストが groups/{file} になります。ヒントはファシリテーターが書くので、ここにはありません。"
groupFillDownload: ダウンロード
groupFillCopy: コピー
groupFillClear: 下書きを消去
groupFillDownloaded: "{file} をダウンロードしました。"
groupFillCopied: コピーしました。
groupFillCopyFailed: コピーできませんでした。テキスト欄を選択してコピーしてください。
groupFillStillErrors: エラーが残っています。
groupFillConfirmClear: 入力した内容を消去して、最初の状態に戻しますか？
groupFillCleared: 下書きを消去しました。
groupFillSubmitTitle: 提出
groupFillSubmitHint: 会場のネットワークから、ファシリテーターのパソコンに直接提出できます。
groupFillJoinCode: 参加コード
groupFillJoinCodeHint: ファシリテーターが案内したコード。QRコードや参加ページから入った端末では空欄のままで提出できます
groupFillSubmit: 提出する
groupFillSending: 送信しています…
groupFillFixFirst: エラーを直してから提出してください。
groupFillNeedJoinCode: 参加コードを入力してください。
groupFillBadJoinCode: 参加コードは半角英数字で入力してください。
groupFillNetwork: サーバーに接続できませんでした。ネットワークを確認して、もう一度お試しください。
groupFillAt: "{line} 行 {column} 列"
groupFillAnswer201: 提出しました。ありがとうございます。
groupFillAnswer200: 提出済みのグループシートを更新しました。
groupFillAnswer400: 送信内容を読み取れませんでした。
groupFillAnswer403: 参加コードが違います。ファシリテーターが案内したコードを入力してください。
groupFillAnswer409: このグループのシートはほかの端末から提出されています。最初に提出した端末とブラウザから更新するか、ファシリテーターに相談してください。
groupFillAnswer413: グループシートが大きすぎます（256 KiB まで）。
groupFillAnswer422: グループシートにエラーがあるため受け付けられませんでした。下の指摘を直してから再度提出してください。
groupFillAnswer429: 送信が続いたため、しばらく受け付けられません。少し待ってから再度提出してください。
groupFillAnswer503: ファシリテーター側の設定（event.yaml）にエラーがあるため、今は提出を受け付けていません。少し待ってから再度提出してください。
groupFillAnswerKept: 入力内容はこのブラウザに残っています。
groupFillAnswerOther: "提出できませんでした（サーバーの応答 {status}）。"
groupFillBadData: フォームのデータを読み込めませんでした。ページを作り直してください。
navKnowledge: ナレッジベース
knowledgeTitle: 課題と解決手段のナレッジベース
knowledgeKicker: 他社が実施手順に取り組むときにぶつかった課題と、その解決手段
knowledgeIntro: これまでのワークショップで、参加者とグループが実施手順ごとに挙げた課題と解決手段を、管理策ごとにまとめました。公開に同意いただいたワークシートとグループ検討シートだけを載せています。自社で同じ手順に取り組むときの参考にしてください。
knowledgeEmpty: 公開された課題と解決手段はまだありません。
knowledgeEntries: 課題
knowledgeControlLink: 管理策の説明と選ばれた回数
knowledgeSourceNote: 各回のワークショップで公開に同意いただいたワークシートとグループ検討シートから。業種は参加者の記入どおりです。
knowledgeFromGroup: グループの検討
knowledgeLinkFromControl: 課題と解決手段
knowledgeAll: '{n}件の課題をすべて見る'
knowledgePageOf: '{n}件のうち {from}〜{to}件目（新しい回から）'
knowledgePages: ページ
knowledgePrevious: 前へ
knowledgeNext: 次へ
navSearch: 検索
searchTitle: サイト内検索
searchNeedsHTTP: 検索は、サイトを HTTP で配信したときに使えます（workshop build の出力を Web サーバーで配信してください。例：python3 -m http.server）。ファイルとして開いたページ（file://）からは検索できません。
searchNeedsScript: 検索には JavaScript が必要です。
searchIndexMissing: 検索インデックス（pagefind/）が見つかりません。Pagefind を入れて workshop build をやり直してください（pip install pagefind-bin-extended）。
searchNotBuilt: この版のサイトには検索インデックスがありません。Pagefind を入れて workshop build で作ると検索できます（--no-search で作った場合と workshop serve では検索インデックスを作りません）。
searchFilterEvent: 開催回
searchFilterKind: 種類
searchFilterControl: 管理策
searchKindEvent: 開催概要
searchKindSeminar: セミナー
searchKindReport: 報告
searchKindKnowledge: ナレッジベース
searchKindGroup: グループ
searchKindWorksheet: 記入シート
searchKindAggregates: 集計
searchKindCatalogue: 脅威・管理策
searchKindSeries: シリーズ
searchLabel: 検索する言葉
# The series report (series/)
navSeries: シリーズ集計
seriesTitle: シリーズ集計
seriesLead: これまでの全開催回を通した集計です。各回のワークシートとグループシートの数、よく選ばれた脅威とその年度ごとの推移、脅威ごとによく選ばれた実施手順、誰も選ばなかった管理策をまとめています。
seriesMinimumCell: 公開版では、参加者を特定できないよう、1〜2人の数はすべて「<3」と表示しています（0はそのまま表示）。「<3」を含む合計は、そこから人数が割り出せないよう「≥」付きの下限（「<3」を1人として数えた数）で示します。公開に同意いただいたワークシート・グループシートのみを数えています。
seriesParticipants: 参加者（ワークシート）
seriesGroups: グループ（グループシート）
seriesYears: 年度数
seriesSessions: 開催回ごとの参加者とグループ
seriesSessionsChart: 開催回ごとの参加者数とグループ数
seriesSessionsChartByYear: 年度ごとの参加者数とグループ数（開催回が多いため年度ごとにまとめています）
seriesGroupsNote: グループ数は提出されたグループシートの数です。
seriesSession: 開催回
seriesYearColumn: 年度
seriesYear: "{year}年度"
seriesYearUnknown: 日付なし
seriesCatalogue: 脅威リスト
seriesTopThreat: 最も多く選ばれた脅威
seriesTotal: 合計
seriesThreats: よく選ばれた脅威と年度ごとの推移
seriesThreatsLead: テーマ①で各参加者が取り上げた脅威の数です。1人が同じ行の脅威を2つ選んでも1人と数えます。年度は開催日の属する年度（4月〜翌3月）です。
seriesMappingsLead: 脅威リストは年ごとに変わるため、対応表（mapping）でつながる前年の脅威は最新のリストの脅威とまとめて数えます（行の下に「含む」として示します）。
seriesThreatsChart: 脅威ごと・年度ごとの参加者数
seriesThreatsCaption: 棒は年度ごとの参加者数です。斜線の印は「<3」（1〜2人）を示します。
seriesIncludes: "含む：{members}"
seriesMember: "{catalogue} No.{id} {title}"
seriesProcedures: 脅威ごとによく選ばれた実施手順
seriesProceduresLead: テーマ②で、その脅威への対策として選ばれた実施手順の上位5件です。
seriesProceduresChosen: よく選ばれた実施手順（人数）
seriesAlso: 旧番号
seriesUnchosen: シリーズを通して選ばれなかった管理策
seriesUnchosenLead: その管理策表を使った全開催回で、どの実施手順も選ばれなかった管理策です。
homeSeriesLink: シリーズ集計（年度ごとの推移・よく選ばれた脅威と実施手順）を見る
seriesPerYear: 年度ごとの開催回数・参加者・グループ

"""####),
        ("templates/404.mustache", ####"""
{{! The page for a missing address. }}
<h1>{{pageTitle}}</h1>
<p>{{t.notFoundLead}}</p>
<p><a href="{{homeHref}}">{{t.navHome}}</a></p>
{{^empty(events)}}
<h2>{{t.events}}</h2>
<ul>{{#events}}<li><a href="{{href}}">{{label}}</a></li>{{/events}}</ul>
{{/empty(events)}}

"""####),
        ("templates/aggregates.mustache", ####"""
{{! What the worksheets add up to. Counts include every worksheet; texts only those the audience may see. }}
<header class="hero">
  {{#event}}<p class="hero__programme">{{.title}}</p>{{/event}}
  <h1>{{pageTitle}}</h1>
</header>
<p>{{t.aggregatesLead}}</p>
<ul class="stats">
  <li class="stat"><span class="stat__value">{{participantCount}}</span><span class="stat__label">{{t.statParticipants}}</span></li>
</ul>
<section aria-labelledby="matrix">
  <h2 id="matrix">{{t.aggregatesHeatmapTitle}}</h2>
  {{#hasMatrix}}
  <figure class="heatmap">
    <figcaption>{{t.aggregatesHeatmapTitle}}<p>{{t.heatmapCaption}}</p></figcaption>
    {{{heatmapHTML}}}
    <div class="table-wrap">
      <table class="data">
        <thead>
          <tr><th scope="col">{{t.threat}}</th>{{#matrixColumns}}<th scope="col"><abbr title="{{text}}">{{id}}</abbr></th>{{/matrixColumns}}</tr>
        </thead>
        <tbody>
          {{#matrixRows}}
          <tr><th scope="row"><span class="threat-id">{{id}}</span> {{.title}}</th>{{#cells}}<td class="num">{{^zero}}{{count}}{{/zero}}{{#zero}}<span class="muted">0</span>{{/zero}}</td>{{/cells}}</tr>
          {{/matrixRows}}
        </tbody>
      </table>
    </div>
  </figure>
  {{/hasMatrix}}
  {{^hasMatrix}}<p class="muted">{{t.noData}}</p>{{/hasMatrix}}
</section>
<section aria-labelledby="most-chosen">
  <h2 id="most-chosen">{{t.mostChosen}}</h2>
  {{^empty(mostChosen)}}
  <div class="table-wrap">
    <table class="data">
      <thead><tr><th scope="col">{{t.procedure}}</th><th scope="col">{{t.procedureText}}</th><th scope="col">{{t.participantsChose}}</th></tr></thead>
      <tbody>
        {{#mostChosen}}
        <tr><th scope="row">{{#href}}<a href="{{href}}">{{/href}}<span class="procedure-id">{{id}}</span>{{#href}}</a>{{/href}}</th><td>{{text}}</td><td class="num"><span class="bar" aria-hidden="true"><span class="bar__fill" style="width: {{percent}}%"></span></span> {{count}}</td></tr>
        {{/mostChosen}}
      </tbody>
    </table>
  </div>
  {{/empty(mostChosen)}}
  {{#empty(mostChosen)}}<p class="muted">{{t.noData}}</p>{{/empty(mostChosen)}}
</section>
<section aria-labelledby="threat-counts">
  <h2 id="threat-counts">{{t.threatCounts}}</h2>
  {{^empty(threatCounts)}}
  <div class="table-wrap">
    <table class="data">
      <thead><tr><th scope="col">{{t.threat}}</th><th scope="col">{{t.participantsCount}}</th></tr></thead>
      <tbody>
        {{#threatCounts}}<tr><th scope="row"><span class="threat-id">{{id}}</span> {{#href}}<a href="{{href}}">{{/href}}{{.title}}{{#href}}</a>{{/href}}</th><td class="num"><span class="bar" aria-hidden="true"><span class="bar__fill" style="width: {{percent}}%"></span></span> {{count}}</td></tr>{{/threatCounts}}
      </tbody>
    </table>
  </div>
  {{/empty(threatCounts)}}
  {{#empty(threatCounts)}}<p class="muted">{{t.noData}}</p>{{/empty(threatCounts)}}
</section>
<section aria-labelledby="unchosen">
  <h2 id="unchosen">{{t.unchosenControls}}</h2>
  <p>{{t.unchosenLead}}</p>
  <ul>
    {{#unchosen}}<li><a href="{{href}}">{{no}}. {{.title}}</a> <span class="badge">{{categoryName}}</span></li>{{/unchosen}}
  </ul>
  {{#empty(unchosen)}}<p class="muted">{{t.allControlsChosen}}</p>{{/empty(unchosen)}}
</section>
<section aria-labelledby="obstacles-by-control">
  <h2 id="obstacles-by-control">{{t.obstaclesByControl}}</h2>
  {{#obstacleGroups}}
  <h3><a href="{{href}}">{{no}}. {{.title}}</a></h3>
  <div class="table-wrap">
    <table class="data obstacles">
      <thead><tr><th scope="col">{{t.procedure}}</th><th scope="col">{{t.obstacle}}</th><th scope="col">{{t.remedy}}</th><th scope="col">{{t.writtenBy}}</th></tr></thead>
      <tbody>
        {{#entries}}
        <tr>
          <th scope="row">{{#procedure}}<span class="procedure-id">{{id}}</span>{{/procedure}}</th>
          <td>{{{obstacleHTML}}}</td>
          <td><ul>{{#remedies}}<li>{{{textHTML}}}</li>{{/remedies}}</ul></td>
          <td>{{#fromGroupSheet}}{{groupTitle}}{{/fromGroupSheet}}{{^fromGroupSheet}}{{group}}{{/fromGroupSheet}} · {{industry}}{{#participant}} ({{participant}}){{/participant}}</td>
        </tr>
        {{/entries}}
      </tbody>
    </table>
  </div>
  {{/obstacleGroups}}
  {{#empty(obstacleGroups)}}<p class="muted">{{t.noData}}</p>{{/empty(obstacleGroups)}}
</section>
<p><a href="{{csvHref}}">procedures.csv</a> · <a href="{{jsonHref}}">event.json</a> — {{t.downloadsIntro}}</p>

"""####),
        ("templates/base.mustache", ####"""
{{! The layout every page is rendered into. The page template's output arrives as mainHTML. }}
<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{documentTitle}}</title>
<meta name="generator" content="workshop">
{{#canonicalURL}}
<link rel="canonical" href="{{canonicalURL}}">
{{/canonicalURL}}
{{#cssHref}}
<link rel="stylesheet" href="{{cssHref}}">
{{/cssHref}}
{{#printCSSHref}}
<link rel="stylesheet" href="{{printCSSHref}}" media="print">
{{/printCSSHref}}
{{#stylesheets}}
<link rel="stylesheet" href="{{href}}">
{{/stylesheets}}
</head>
<body class="page page--{{kind}}">
<a class="skip-link" href="#main">{{t.skipToContent}}</a>
{{^bare}}
{{> header}}
{{/bare}}
{{#searchBody}}
<div hidden>{{#searchFilters}}<span data-pagefind-filter="{{name}}">{{value}}</span>{{/searchFilters}}<span data-pagefind-meta="title">{{searchTitle}}</span></div>
{{/searchBody}}
<main id="main" class="content"{{#searchBody}} data-pagefind-body{{/searchBody}}>
{{{mainHTML}}}
</main>
{{^bare}}
{{> footer}}
{{/bare}}
{{#scripts}}
<script src="{{src}}" defer></script>
{{/scripts}}
</body>
</html>

"""####),
        ("templates/controls.mustache", ####"""
{{! A control table: every control (anchor c-<no>) and procedure (anchor p-<control>-<n>) with choice counts across the series. }}
<section class="hero">
  <h1>{{pageTitle}}</h1>
  <p class="hero__kicker">{{t.controlsKicker}}</p>
</section>
<p>{{t.controlsIntro}}</p>
<ul class="stats">
  <li class="stat"><span class="stat__value">{{controlCount}}</span><span class="stat__label">{{t.statControls}}</span></li>
  <li class="stat"><span class="stat__value">{{procedureCount}}</span><span class="stat__label">{{t.statProcedureTotal}}</span></li>
  <li class="stat"><span class="stat__value">{{participantCount}}</span><span class="stat__label">{{t.statParticipants}}</span></li>
</ul>
{{^empty(events)}}<p class="muted">{{t.usedIn}}: {{#events}}<a href="{{href}}">{{label}}</a> {{/events}}</p>{{/empty(events)}}
<nav class="toc" aria-label="{{t.controlsToc}}">
  <h2>{{t.controlsToc}}</h2>
  <ol>
    {{#controls}}<li><a href="#{{anchor}}">{{no}}. {{.title}}</a> <span class="badge">{{categoryName}}</span></li>{{/controls}}
  </ol>
</nav>
{{#controls}}
<section class="card control control--{{category}}" id="{{anchor}}" aria-labelledby="{{anchor}}-title">
  <h2 id="{{anchor}}-title">{{no}}. {{.title}}</h2>
  <dl class="meta">
    <dt>{{t.category}}</dt><dd>{{categoryName}}</dd>
    <dt>{{t.iso}}</dt><dd>{{iso}}</dd>
    <dt>{{t.chosenTimes}}</dt><dd>{{count}}</dd>
  </dl>
  <p>{{summary}}</p>
  {{#knowledgeHref}}<p><a href="{{knowledgeHref}}">{{t.knowledgeLinkFromControl}} ({{knowledgeCount}})</a></p>{{/knowledgeHref}}
  <div class="table-wrap">
    <table class="data">
      <thead><tr><th scope="col">{{t.procedure}}</th><th scope="col">{{t.procedureText}}</th><th scope="col">{{t.participantsChose}}</th><th scope="col">{{t.groupsChose}}</th></tr></thead>
      <tbody>
        {{#procedures}}
        <tr id="{{anchor}}">
          <th scope="row"><span class="procedure-id">{{id}}</span></th>
          <td>{{text}}</td>
          <td class="num"><span class="bar" aria-hidden="true"><span class="bar__fill" style="width: {{percent}}%"></span></span> {{count}}</td>
          <td class="num">{{groupCount}}</td>
        </tr>
        {{/procedures}}
      </tbody>
    </table>
  </div>
</section>
{{/controls}}

"""####),
        ("templates/event.mustache", ####"""
{{! An event: overview, date/time/venue, schedule, links to everything about it. }}
<section class="hero">
  {{#programme}}<p class="hero__programme">{{programme}}</p>{{/programme}}
  <h1>{{title}}</h1>
  {{#themeTitle}}<p class="hero__kicker">{{themeTitle}}</p>{{/themeTitle}}
</section>
<dl class="meta">
  {{#date}}<dt>{{t.date}}</dt><dd><time datetime="{{isoDate}}">{{date}}</time>{{#time}} {{time}}{{/time}}</dd>{{/date}}
  {{#venue}}<dt>{{t.venue}}</dt><dd>{{venue}}</dd>{{/venue}}
  {{#access}}<dt>{{t.access}}</dt><dd>{{access}}</dd>{{/access}}
</dl>
<ul class="stats">
  {{#stats}}
  <li class="stat"><span class="stat__value">{{value}}</span><span class="stat__label">{{label}}</span></li>
  {{/stats}}
</ul>
{{#summaryHTML}}
<section aria-labelledby="overview">
  <h2 id="overview">{{t.overview}}</h2>
  <div class="prose">{{{summaryHTML}}}</div>
</section>
{{/summaryHTML}}
{{^empty(schedule)}}
<section aria-labelledby="schedule">
  <h2 id="schedule">{{t.schedule}}</h2>
  <div class="table-wrap">
    <table class="data schedule">
      <thead><tr><th scope="col">{{t.time}}</th><th scope="col">{{t.programmeItem}}</th></tr></thead>
      <tbody>
        {{#schedule}}
        <tr><th scope="row">{{time}}</th><td>{{.title}}</td></tr>
        {{/schedule}}
      </tbody>
    </table>
  </div>
</section>
{{/empty(schedule)}}
{{^empty(seminarPages)}}
<section aria-labelledby="seminar">
  <h2 id="seminar">{{t.navSeminar}}</h2>
  <ul class="cards">
    {{#seminarPages}}
    <li><article class="card"><h3><a href="{{href}}">{{.title}}</a></h3>{{#speaker}}<p class="card__meta">{{speaker}}</p>{{/speaker}}{{#summary}}<p>{{summary}}</p>{{/summary}}</article></li>
    {{/seminarPages}}
  </ul>
</section>
{{/empty(seminarPages)}}
{{^empty(groups)}}
<section aria-labelledby="groups">
  <h2 id="groups">{{t.groups}}</h2>
  <p>{{t.groupsIntro}}</p>
  <ul class="cards">
    {{#groups}}
    <li>
      <article class="card">
        <h3>{{#href}}<a href="{{href}}">{{/href}}{{title}}{{#href}}</a>{{/href}}</h3>
        {{#industries}}<p class="card__meta">{{industries}}</p>{{/industries}}
        {{#threats}}<p><span class="threat-id">{{t.threatPrefix}}{{id}}</span> {{.title}}</p>{{/threats}}
        <p>{{#published}}<span class="badge badge--published">{{t.published}}</span>{{/published}}{{^published}}<span class="badge badge--private">{{t.private}}</span>{{/published}}{{#isFacilitator}} <span class="badge">{{t.members}} {{memberCount}}</span>{{/isFacilitator}}</p>
        {{#presentHref}}<p><a href="{{presentHref}}">{{t.present}}</a> · <a href="{{printHref}}">{{t.print}}</a></p>{{/presentHref}}
        {{#fillHref}}<p class="no-print"><a href="{{fillHref}}">{{t.groupFillLink}}</a></p>{{/fillHref}}
      </article>
    </li>
    {{/groups}}
  </ul>
  {{#groupsPrintHref}}<p><a class="button button--secondary" href="{{groupsPrintHref}}">{{t.printAllGroups}}</a></p>{{/groupsPrintHref}}
</section>
{{/empty(groups)}}
{{^empty(gallery)}}
<section aria-labelledby="gallery">
  <h2 id="gallery">{{t.photosGallery}}</h2>
  <ul class="gallery">
    {{#gallery}}<li><a href="{{galleryHref}}"><img src="{{src}}" srcset="{{srcset}}" sizes="{{sizes}}" width="{{width}}" height="{{height}}" alt="{{alt}}" loading="lazy" decoding="async"></a></li>{{/gallery}}
  </ul>
  <p class="photo-note">{{t.photoPrivacyNote}}</p>
</section>
{{/empty(gallery)}}
<section aria-labelledby="results">
  <h2 id="results">{{t.resultsAndData}}</h2>
  <ul>
    <li><a href="{{reportHref}}">{{t.navReport}}</a> — {{t.reportIntro}}</li>
    <li><a href="{{aggregatesHref}}">{{t.navAggregates}}</a> — {{t.aggregatesIntro}}</li>
    {{#worksheetsHref}}<li><a href="{{worksheetsHref}}">{{t.navWorksheets}}</a> — {{t.worksheetsIntro}}</li>{{/worksheetsHref}}
    {{#photoReviewHref}}<li><a href="{{photoReviewHref}}">{{t.photoReviewTitle}}</a> — {{t.photoReviewIntro}}</li>{{/photoReviewHref}}
    {{#threatsHref}}<li><a href="{{threatsHref}}">{{t.navThreats}}</a></li>{{/threatsHref}}
    {{#controlsHref}}<li><a href="{{controlsHref}}">{{t.navControls}}</a></li>{{/controlsHref}}
    {{#fillHref}}<li><a href="{{fillHref}}">{{t.fillTitle}}</a></li>{{/fillHref}}
    <li><a href="{{jsonHref}}">event.json</a> · <a href="{{csvHref}}">procedures.csv</a> — {{t.downloadsIntro}}</li>
  </ul>
  {{#excluded}}<p class="notice">{{t.excludedPrefix}}{{id}}. {{.title}}{{t.excludedSuffix}}</p>{{/excluded}}
</section>
{{#next}}
<section aria-labelledby="next-session">
  <h2 id="next-session">{{t.nextSession}}</h2>
  <dl class="meta">
    {{#date}}<dt>{{t.date}}</dt><dd>{{date}}{{#time}} {{time}}{{/time}}</dd>{{/date}}
    {{#venue}}<dt>{{t.venue}}</dt><dd>{{venue}}</dd>{{/venue}}
  </dl>
  {{#.href}}<p><a href="{{.}}">{{t.nextSessionPage}}</a></p>{{/.href}}
</section>
{{/next}}

"""####),
        ("templates/fill.mustache", ####"""
{{! The participant fill-in form (events/<slug>/fill/), rendered into base as mainHTML. }}
{{! The scripts build the form from #workshop-data: form-kit.js the helpers shared with the group form, fill.js checks and Markdown, fill-form.js the page, fill-submit.js live collection, fill-text.js the words. }}
<link rel="stylesheet" href="{{fillCSSHref}}">
<article class="fill-page">
  <header class="fill-header">
    <h1>{{pageTitle}}</h1>
    {{#event}}
    <p class="fill-event">{{title}} <span class="fill-event-date">{{date}}</span></p>
    {{/event}}
  </header>
  <div id="fill-app" class="fill-app" data-root="{{root}}" data-testid="fill-app">
    <noscript>
      <p class="fill-noscript" lang="ja">このフォームを使うには JavaScript を有効にしてください。</p>
      <p class="fill-noscript" lang="en">This form needs JavaScript.</p>
    </noscript>
  </div>
  <script type="application/json" id="workshop-data">{{{dataJSON}}}</script>
</article>
<script src="{{root}}assets/form-kit.js" defer></script>
<script src="{{fillScriptHref}}" defer></script>
<script src="{{root}}assets/fill-text.js" defer></script>
<script src="{{root}}assets/fill-submit.js" defer></script>
<script src="{{root}}assets/fill-form.js" defer></script>

"""####),
        ("templates/group-fill.mustache", ####"""
{{! The group form (events/<slug>/groups/<id>/fill/), rendered into base as mainHTML. }}
{{! The scripts build the form from #workshop-data: form-kit.js the shared helpers, group-fill.js the sheet, its checks and Markdown, group-fill-form.js the page. }}
<link rel="stylesheet" href="{{groupFillCSSHref}}">
<article class="fill-page group-fill-page">
  <header class="fill-header">
    <h1>{{pageTitle}}</h1>
    {{#event}}
    <p class="fill-event">{{title}} <span class="fill-event-date">{{date}}</span></p>
    {{/event}}
    {{#groupHref}}<p class="no-print"><a href="{{groupHref}}">{{t.groupFillBackToGroup}}</a></p>{{/groupHref}}
  </header>
  <div id="group-fill-app" class="fill-app" data-root="{{root}}" data-testid="group-fill-app">
    <noscript>
      <p class="fill-noscript" lang="ja">このフォームを使うには JavaScript を有効にしてください。</p>
      <p class="fill-noscript" lang="en">This form needs JavaScript.</p>
    </noscript>
  </div>
  <script type="application/json" id="workshop-data">{{{dataJSON}}}</script>
</article>
<script src="{{formScriptHref}}" defer></script>
<script src="{{groupFillScriptHref}}" defer></script>
<script src="{{root}}assets/group-fill-form.js" defer></script>

"""####),
        ("templates/group.mustache", ####"""
{{! A group's presentation: threats, member impacts, common procedure, diverse views, obstacles, hint. }}
{{#group}}
<header class="hero">
  {{#industries}}<p class="hero__programme">{{industries}}</p>{{/industries}}
  <h1>{{pageTitle}}</h1>
  {{#threats}}<p class="hero__kicker"><span class="threat-id">{{t.threatPrefix}}{{id}}</span> {{#href}}<a href="{{href}}">{{/href}}{{.title}}{{#href}}</a>{{/href}}</p>{{/threats}}
  <p>{{#published}}<span class="badge badge--published">{{t.published}}</span>{{/published}}{{^published}}<span class="badge badge--private">{{t.private}}</span>{{/published}}</p>
</header>
<p class="no-print"><a class="button" href="{{presentHref}}">{{t.present}}</a> <a class="button button--secondary" href="{{printHref}}">{{t.print}}</a>{{#groupFillHref}} <a class="button button--secondary" href="{{groupFillHref}}">{{t.groupFillLink}}</a>{{/groupFillHref}}</p>
{{> group-themes}}
{{/group}}
{{^empty(otherGroups)}}
<nav class="toc" aria-label="{{t.groups}}">
  <h2>{{t.groups}}</h2>
  <ul>
    {{#otherGroups}}<li>{{#current}}<span aria-current="page">{{label}}</span>{{/current}}{{^current}}<a href="{{href}}">{{label}}</a>{{/current}}</li>{{/otherGroups}}
  </ul>
</nav>
{{/empty(otherGroups)}}

"""####),
        ("templates/home.mustache", ####"""
{{! Site home: the series and its events. }}
<section class="hero">
  {{#programme}}<p class="hero__programme">{{programme}}</p>{{/programme}}
  <h1>{{siteTitle}}</h1>
  {{#intro}}<p class="hero__kicker">{{intro}}</p>{{/intro}}
</section>
{{#hasEvents}}
<ul class="stats" aria-label="{{t.seriesStatsLabel}}">
  {{#seriesStats}}<li class="stat"><span class="stat__value">{{value}}</span><span class="stat__label">{{label}}</span></li>{{/seriesStats}}
</ul>
<p><a href="{{seriesHref}}">{{t.homeSeriesLink}}</a></p>
{{/hasEvents}}
{{#next}}
<section class="notice" aria-labelledby="next-session">
  <h2 id="next-session">{{t.nextSession}}</h2>
  <dl class="meta">
    {{#title}}<dt>{{t.title}}</dt><dd>{{title}}</dd>{{/title}}
    {{#date}}<dt>{{t.date}}</dt><dd>{{date}}{{#time}} {{time}}{{/time}}</dd>{{/date}}
    {{#venue}}<dt>{{t.venue}}</dt><dd>{{venue}}</dd>{{/venue}}
  </dl>
  {{#.href}}<p><a href="{{.}}">{{t.nextSessionPage}}</a></p>{{/.href}}
</section>
{{/next}}
<section aria-labelledby="events">
  <h2 id="events">{{t.events}}</h2>
  <p>{{t.homeIntro}}</p>
  {{#hasEvents}}
  <ul class="cards">
    {{#events}}
    <li>
      <article class="card">
        {{#number}}<p class="hero__number">{{t.sessionNumberPrefix}}{{number}}{{t.sessionNumberSuffix}}</p>{{/number}}
        <h3><a href="{{href}}">{{title}}</a></h3>
        <p class="card__meta">{{#date}}<time datetime="{{isoDate}}">{{date}}</time>{{/date}}{{#time}} {{time}}{{/time}}</p>
        {{#themeTitle}}<p>{{themeTitle}}</p>{{/themeTitle}}
        <ul class="stats">
          <li class="stat"><span class="stat__value">{{participantCount}}</span><span class="stat__label">{{t.statParticipants}}</span></li>
          <li class="stat"><span class="stat__value">{{groupCount}}</span><span class="stat__label">{{t.statGroups}}</span></li>
          <li class="stat"><span class="stat__value">{{procedureCount}}</span><span class="stat__label">{{t.statProcedures}}</span></li>
        </ul>
        <p><a href="{{reportHref}}">{{t.navReport}}</a> · <a href="{{aggregatesHref}}">{{t.navAggregates}}</a></p>
      </article>
    </li>
    {{/events}}
  </ul>
  {{/hasEvents}}
  {{^hasEvents}}<p class="notice">{{t.noEvents}}</p>{{/hasEvents}}
</section>
{{#hasCatalogues}}
<section aria-labelledby="catalogues">
  <h2 id="catalogues">{{t.homeCatalogues}}</h2>
  <ul class="catalogue-list">
    {{#catalogues}}<li><a href="{{href}}">{{title}}</a></li>{{/catalogues}}
  </ul>
</section>
{{/hasCatalogues}}

"""####),
        ("templates/knowledge-control.mustache", ####"""
{{! One control of the knowledge base: per procedure (anchor p-<control>-<n>), the obstacles met and the remedies proposed, with event and industry. }}
<section class="hero">
  <p class="hero__programme"><a href="{{indexHref}}">{{t.knowledgeTitle}}</a> · <a href="{{table.href}}">{{table.title}}</a></p>
  <h1>{{pageTitle}}</h1>
  {{#control}}<p class="hero__kicker">{{categoryName}} · ISO/IEC 27001:2022 {{iso}}</p>{{/control}}
</section>
{{#control}}<p>{{summary}} <a href="{{href}}">{{t.knowledgeControlLink}}</a></p>{{/control}}
<p class="muted">{{t.knowledgeSourceNote}}</p>
{{#procedures}}
<section class="knowledge-procedure" id="{{anchor}}" aria-labelledby="{{anchor}}-title">
  <h2 id="{{anchor}}-title"><span class="procedure-id">{{id}}</span> {{text}}</h2>
  {{> knowledge-entries}}
  {{#moreHref}}<p><a href="{{moreHref}}">{{moreLabel}}</a></p>{{/moreHref}}
</section>
{{/procedures}}

"""####),
        ("templates/knowledge-procedure.mustache", ####"""
{{! One procedure's obstacles and remedies when there are more than its control's page shows, a page of them at a time, newest first. }}
<section class="hero">
  <p class="hero__programme"><a href="{{indexHref}}">{{t.knowledgeTitle}}</a> · <a href="{{control.href}}">{{control.no}}. {{control.title}}</a></p>
  <h1>{{#procedure}}<span class="procedure-id">{{id}}</span> {{text}}{{/procedure}}</h1>
  <p class="hero__kicker">{{pageLabel}}</p>
</section>
<p class="muted">{{t.knowledgeSourceNote}}</p>
{{> knowledge-entries}}
{{#hasPager}}
<nav class="pager" aria-label="{{t.knowledgePages}}">
  <ul>
    {{#previousHref}}<li><a href="{{previousHref}}" rel="prev">{{t.knowledgePrevious}}</a></li>{{/previousHref}}
    {{#pager}}<li>{{#current}}<span aria-current="page">{{number}}</span>{{/current}}{{^current}}<a href="{{href}}">{{number}}</a>{{/current}}</li>{{/pager}}
    {{#nextHref}}<li><a href="{{nextHref}}" rel="next">{{t.knowledgeNext}}</a></li>{{/nextHref}}
  </ul>
</nav>
{{/hasPager}}

"""####),
        ("templates/knowledge.mustache", ####"""
{{! The knowledge base's index: per control table, the controls and procedures with obstacles and remedies (published work only). }}
<section class="hero">
  <h1>{{pageTitle}}</h1>
  <p class="hero__kicker">{{t.knowledgeKicker}}</p>
</section>
<p>{{t.knowledgeIntro}}</p>
{{#shelves}}
<section class="knowledge-shelf" aria-labelledby="{{anchor}}">
  <h2 id="{{anchor}}"><a href="{{href}}">{{title}}</a></h2>
  {{^empty(controls)}}
  <ul class="knowledge-index">
    {{#controls}}
    <li class="card">
      <h3><a href="{{href}}">{{no}}. {{.title}}</a> <span class="badge">{{categoryName}}</span> <span class="muted">{{t.knowledgeEntries}} {{count}}</span></h3>
      <ul>
        {{#procedures}}<li><a href="{{href}}"><span class="procedure-id">{{id}}</span> {{text}}</a> <span class="muted">({{count}})</span></li>{{/procedures}}
      </ul>
    </li>
    {{/controls}}
  </ul>
  {{/empty(controls)}}
  {{#empty(controls)}}<p class="muted">{{t.knowledgeEmpty}}</p>{{/empty(controls)}}
</section>
{{/shelves}}
{{#empty(shelves)}}<p class="muted">{{t.knowledgeEmpty}}</p>{{/empty(shelves)}}

"""####),
        ("templates/partials/footer.mustache", ####"""
<footer class="site-footer">
  {{#organiser}}<p class="site-footer__organiser">{{organiser}}</p>{{/organiser}}
  {{#contact}}
  <ul class="site-footer__contact">
    {{#tel}}<li>{{t.tel}}: <a href="{{telHref}}">{{tel}}</a>{{#hours}}（{{hours}}）{{/hours}}</li>{{/tel}}
    {{#email}}<li>{{t.email}}: <a href="{{emailHref}}">{{email}}</a></li>{{/email}}
    {{#url}}<li>{{t.web}}: <a href="{{url}}">{{url}}</a></li>{{/url}}
  </ul>
  {{/contact}}
  <p class="site-footer__note"><small>{{siteTitle}}{{#isFacilitator}} · <span class="badge badge--private">{{t.facilitatorEdition}}</span>{{/isFacilitator}}</small></p>
</footer>

"""####),
        ("templates/partials/group-tables.mustache", ####"""
{{! A group's three themes as the report's tables; rendered inside the group or groups section. themeLevel is the heading level of the theme titles. }}
<section class="theme-block">
  <h{{themeLevel}} class="theme-block__title"><span class="theme-block__number">①</span> {{t.theme1Title}}</h{{themeLevel}}>
  <p>{{#threats}}<span class="threat-id">{{t.threatPrefix}}{{id}}</span> {{.title}} {{/threats}}</p>
  <div class="table-wrap">
    <table class="data">
      <thead><tr><th scope="col">{{t.business}}</th><th scope="col">{{t.impactOnBusiness}}</th></tr></thead>
      <tbody>
        <tr>
          <td>{{industries}}</td>
          <td><ul>{{#impacts}}<li>{{{textHTML}}}</li>{{/impacts}}</ul></td>
        </tr>
      </tbody>
    </table>
  </div>
</section>
<section class="theme-block">
  <h{{themeLevel}} class="theme-block__title"><span class="theme-block__number">②</span> {{t.theme2ReportTitle}}</h{{themeLevel}}>
  <div class="table-wrap">
    <table class="data">
      <thead><tr><th scope="col">{{t.commonAndReason}}</th><th scope="col">{{t.diverseViews}}</th></tr></thead>
      <tbody>
        <tr>
          <td>{{#common}}<p>{{t.commonLabel}} {{#procedure}}<span class="procedure-id">{{id}}</span> {{text}}{{/procedure}}</p><p>{{t.reasonLabel}} {{{reasonHTML}}}</p>{{/common}}</td>
          <td><ul>{{#views}}<li>{{{textHTML}}}</li>{{/views}}</ul></td>
        </tr>
      </tbody>
    </table>
  </div>
</section>
<section class="theme-block">
  <h{{themeLevel}} class="theme-block__title"><span class="theme-block__number">③</span> {{t.theme3ReportTitle}}</h{{themeLevel}}>
  {{> obstacle-table}}
</section>

"""####),
        ("templates/partials/group-themes.mustache", ####"""
{{! The three themes of a group, rendered inside the group section: used by the group page. }}
<section class="theme-block" aria-labelledby="{{anchor}}-theme-1">
  <h2 class="theme-block__title" id="{{anchor}}-theme-1"><span class="theme-block__number">①</span> {{t.theme1Title}}</h2>
  {{^empty(impacts)}}
  <h3>{{t.groupImpacts}}</h3>
  <ul>
    {{#impacts}}<li>{{{textHTML}}}</li>{{/impacts}}
  </ul>
  {{/empty(impacts)}}
  {{#memberImpacts}}
  <h3>{{t.memberImpactsFor}} <span class="threat-id">{{t.threatPrefix}}{{id}}</span> {{.title}}</h3>
  {{#hasItems}}
  <div class="member-impacts">
    {{#items}}
    <article>
      <h4>{{industry}}{{#participant}} <small>（{{#participantHref}}<a href="{{participantHref}}">{{/participantHref}}{{participant}}{{#participantHref}}</a>{{/participantHref}}）</small>{{/participant}}</h4>
      <p><strong>{{t.business}}:</strong> {{{businessHTML}}}</p>
      <p><strong>{{t.impact}}:</strong> {{{impactHTML}}}</p>
      {{#severity}}<p><strong>{{t.severity}}:</strong> <span class="severity severity--{{severityClass}}">{{severity}}</span></p>{{/severity}}
    </article>
    {{/items}}
  </div>
  {{/hasItems}}
  {{^hasItems}}<p class="muted">{{t.noMemberImpacts}}</p>{{/hasItems}}
  {{/memberImpacts}}
</section>
<section class="theme-block" aria-labelledby="{{anchor}}-theme-2">
  <h2 class="theme-block__title" id="{{anchor}}-theme-2"><span class="theme-block__number">②</span> {{t.theme2GroupTitle}}</h2>
  {{#common}}
  <article class="card">
    <h3>{{#procedure}}<span class="procedure-id">{{id}}</span> {{#href}}<a href="{{href}}">{{/href}}{{text}}{{#href}}</a>{{/href}}{{/procedure}}</h3>
    <p><strong>{{t.reason}}:</strong> {{{reasonHTML}}}</p>
    {{#memberCount}}<p class="card__meta">{{t.membersChoseIt}}: {{memberCount}}</p>{{/memberCount}}
  </article>
  {{/common}}
  {{^empty(views)}}
  <h3>{{t.diverseViews}}</h3>
  <ul>
    {{#views}}<li>{{{textHTML}}}</li>{{/views}}
  </ul>
  {{/empty(views)}}
</section>
<section class="theme-block" aria-labelledby="{{anchor}}-theme-3">
  <h2 class="theme-block__title" id="{{anchor}}-theme-3"><span class="theme-block__number">③</span> {{t.theme3Title}}</h2>
  {{^empty(pairs)}}{{> obstacle-table}}{{/empty(pairs)}}
  {{#empty(pairs)}}<p class="muted">{{t.nothingWritten}}</p>{{/empty(pairs)}}
</section>
{{#hintHTML}}
<aside class="hint" aria-labelledby="{{anchor}}-hint">
  <h2 class="hint__title" id="{{anchor}}-hint">{{t.hint}}</h2>
  <div class="prose">{{{hintHTML}}}</div>
</aside>
{{/hintHTML}}

"""####),
        ("templates/partials/header.mustache", ####"""
<header class="site-header">
  <p class="site-title"><a href="{{homeHref}}">{{siteTitle}}</a>{{#siteSubtitle}} <span class="site-title__sub">{{siteSubtitle}}</span>{{/siteSubtitle}}</p>
  <nav class="site-nav" aria-label="{{t.siteNavLabel}}">
    <ul>
      {{#nav}}
      <li{{#current}} class="is-current"{{/current}}><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>
      {{/nav}}
      {{#searchHref}}
      <li class="site-nav__search{{#searchCurrent}} is-current{{/searchCurrent}}"><a href="{{searchHref}}"{{#searchCurrent}} aria-current="page"{{/searchCurrent}}>{{t.navSearch}}</a></li>
      {{/searchHref}}
    </ul>
  </nav>
  {{#hasEventNav}}
  <nav class="site-nav site-nav--event" aria-label="{{t.eventNavLabel}}">
    <ul>
      {{#eventNav}}
      <li{{#current}} class="is-current"{{/current}}><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>
      {{/eventNav}}
    </ul>
  </nav>
  {{/hasEventNav}}
</header>
{{#hasBreadcrumbs}}
<nav class="breadcrumbs" aria-label="{{t.breadcrumbsLabel}}">
  <ol>
    {{#breadcrumbs}}
    <li>{{#href}}<a href="{{href}}">{{label}}</a>{{/href}}{{^href}}<span aria-current="page">{{label}}</span>{{/href}}</li>
    {{/breadcrumbs}}
  </ol>
</nav>
{{/hasBreadcrumbs}}

"""####),
        ("templates/partials/knowledge-entries.mustache", ####"""
<ul class="knowledge-entries">
  {{#entries}}
  <li class="card knowledge-entry">
    <p class="knowledge-entry__label">{{t.obstacle}}</p>
    <div class="knowledge-entry__obstacle">{{{obstacleHTML}}}</div>
    {{^empty(remedies)}}
    <p class="knowledge-entry__label">{{t.remedy}}</p>
    <ul class="knowledge-entry__remedies">{{#remedies}}<li>{{{textHTML}}}</li>{{/remedies}}</ul>
    {{/empty(remedies)}}
    <p class="card__meta">{{#event}}<a href="{{href}}">{{title}}</a>{{#date}} · <time datetime="{{isoDate}}">{{date}}</time>{{/date}}{{/event}}{{#industry}} · {{industry}}{{/industry}}{{#fromGroupSheet}} · <span class="badge">{{t.knowledgeFromGroup}}</span> {{groupTitle}}{{/fromGroupSheet}}</p>
  </li>
  {{/entries}}
</ul>

"""####),
        ("templates/partials/obstacle-table.mustache", ####"""
{{! pairs: [{obstacleHTML, remedies: [{textHTML}]}] as a 課題 | 解決手段 table. }}
<div class="table-wrap">
  <table class="data obstacles">
    <thead><tr><th scope="col">{{t.obstacle}}</th><th scope="col">{{t.remedy}}</th></tr></thead>
    <tbody>
      {{#pairs}}
      <tr><td>{{{obstacleHTML}}}</td><td>{{#hasRemedy}}<ul>{{#remedies}}<li>{{{textHTML}}}</li>{{/remedies}}</ul>{{/hasRemedy}}{{^hasRemedy}}<span class="muted">{{t.noRemedy}}</span>{{/hasRemedy}}</td></tr>
      {{/pairs}}
    </tbody>
  </table>
</div>

"""####),
        ("templates/partials/photo-grid.mustache", ####"""
{{! The figures of one photo section (セミナー風景, ワークショップ風景, …) with their captions and the privacy note. }}
<div class="photo-grid">
  {{#figures}}
  <figure class="photo">
    <img src="{{src}}" srcset="{{srcset}}" sizes="{{sizes}}" width="{{width}}" height="{{height}}" alt="{{alt}}" decoding="async">
    {{#caption}}<figcaption>{{caption}}</figcaption>{{/caption}}
  </figure>
  {{/figures}}
</div>
<p class="photo-note">{{privacyNote}}</p>

"""####),
        ("templates/photo-review.mustache", ####"""
{{! The facilitator's photo review: every photo with its regions outlined. Editing (photo-review.js) works only under workshop serve. }}
<h1>{{pageTitle}}</h1>
<p>{{t.photoReviewHelp}}</p>
<p class="muted photo-review__edit-help">{{t.photoReviewEditHelp}}</p>
<p>{{t.photoReviewPublicCount}}: <strong>{{publicCount}}</strong> · <a href="{{reportHref}}">{{t.navReport}}</a></p>
<div class="photo-review" data-event="{{slug}}" data-delete-label="{{t.photoDeleteRegion}}">
  {{#photos}}
  <article class="photo-review__item" data-file="{{file}}" data-reviewed="{{#reviewed}}true{{/reviewed}}{{^reviewed}}false{{/reviewed}}">
    <h2>{{#caption}}{{caption}}{{/caption}}{{^caption}}{{file}}{{/caption}}</h2>
    {{#processed}}
    <div class="photo-review__frame">
      <img src="{{src}}" srcset="{{srcset}}" sizes="{{sizes}}" width="{{width}}" height="{{height}}" alt="{{alt}}" draggable="false">
      {{#regions}}<div class="photo-review__region photo-review__region--{{style}}" style="left: {{x}}; top: {{y}}; width: {{width}}; height: {{height}};" data-x="{{fx}}" data-y="{{fy}}" data-width="{{fwidth}}" data-height="{{fheight}}" data-style="{{style}}"><span class="photo-review__number">{{number}}</span></div>{{/regions}}
    </div>
    {{/processed}}
    {{^processed}}<p class="notice">{{t.photoNotProcessed}}</p>{{/processed}}
    <dl class="meta">
      <dt>{{t.photoFile}}</dt><dd><code>{{file}}</code></dd>
      <dt>{{t.photoSection}}</dt><dd>{{section}}</dd>
      <dt>{{t.photoRegions}}</dt><dd class="photo-review__count">{{regionCount}}</dd>
      <dt>{{t.photoPublish}}</dt><dd>{{#publish}}<span class="badge badge--published">{{t.published}}</span>{{/publish}}{{^publish}}<span class="badge badge--private">{{t.private}}</span>{{/publish}}</dd>
      <dt>{{t.photoReviewed}}</dt><dd>{{#reviewed}}<span class="badge badge--published">{{t.photoReviewed}}</span>{{/reviewed}}{{^reviewed}}<span class="badge badge--private">{{t.photoNotReviewed}}</span>{{/reviewed}}</dd>
    </dl>
    <form class="photo-review__controls" hidden>
      <fieldset>
        <legend class="visually-hidden">{{#caption}}{{caption}}{{/caption}}{{^caption}}{{file}}{{/caption}}</legend>
        <label><input type="checkbox" name="reviewed" {{#reviewed}}checked{{/reviewed}}> {{t.photoReviewed}}</label>
        <label>{{t.photoNewRegionStyle}} <select name="style"><option value="blur">{{t.photoStyleBlur}}</option><option value="pixelate">{{t.photoStylePixelate}}</option></select></label>
        <button type="submit" class="button">{{t.photoSave}}</button>
        <output class="photo-review__status" aria-live="polite"></output>
      </fieldset>
    </form>
  </article>
  {{/photos}}
</div>

"""####),
        ("templates/present.mustache", ####"""
{{! Projection mode: one theme per screen. assets/present.js moves between slides; without it, a long page. }}
{{#group}}
<div class="present">
  <section class="slide slide--title" id="slide-1" aria-labelledby="slide-title">
    <p class="slide__kicker">{{#event}}{{.title}}{{/event}}</p>
    <h1 id="slide-title">{{pageTitle}}</h1>
    {{#industries}}<p>{{industries}}</p>{{/industries}}
    {{#threats}}<p><span class="threat-id">{{t.threatPrefix}}{{id}}</span> {{.title}}</p>{{/threats}}
  </section>
  <section class="slide" id="slide-2" aria-labelledby="slide-impact">
    <p class="slide__kicker">{{t.theme1Kicker}}</p>
    <h2 id="slide-impact"><span class="theme-block__number">①</span> {{t.theme1Title}}</h2>
    <ul>
      {{#impacts}}<li>{{{textHTML}}}</li>{{/impacts}}
    </ul>
    {{#memberImpacts}}{{#hasItems}}
    <h3><span class="threat-id">{{t.threatPrefix}}{{id}}</span> {{t.memberImpactsShort}}</h3>
    <ul class="member-impacts">
      {{#items}}<li><strong>{{industry}}</strong>: {{{impactHTML}}}</li>{{/items}}
    </ul>
    {{/hasItems}}{{/memberImpacts}}
  </section>
  <section class="slide" id="slide-3" aria-labelledby="slide-procedure">
    <p class="slide__kicker">{{t.theme2Kicker}}</p>
    <h2 id="slide-procedure"><span class="theme-block__number">②</span> {{t.theme2GroupTitle}}</h2>
    {{#common}}
    <p class="slide__procedure">{{#procedure}}<span class="procedure-id">{{id}}</span> {{text}}{{/procedure}}</p>
    <p><strong>{{t.reason}}:</strong> {{{reasonHTML}}}</p>
    {{/common}}
    {{^empty(views)}}
    <h3>{{t.diverseViews}}</h3>
    <ul>{{#views}}<li>{{{textHTML}}}</li>{{/views}}</ul>
    {{/empty(views)}}
  </section>
  <section class="slide" id="slide-4" aria-labelledby="slide-obstacles">
    <p class="slide__kicker">{{t.theme3Kicker}}</p>
    <h2 id="slide-obstacles"><span class="theme-block__number">③</span> {{t.theme3Title}}</h2>
    {{> obstacle-table}}
  </section>
  {{#hintHTML}}
  <section class="slide" id="slide-5" aria-labelledby="slide-hint">
    <h2 id="slide-hint">{{t.hint}}</h2>
    <div class="hint prose">{{{hintHTML}}}</div>
  </section>
  {{/hintHTML}}
</div>
<p class="present__help no-print">{{t.presentHelp}} <a href="{{backHref}}">{{t.backToGroup}}</a></p>
{{/group}}

"""####),
        ("templates/print.mustache", ####"""
{{! A4 print: one sheet per group (groups has one item for groups/<id>/print/, all of them for groups/print/). }}
<p class="print-actions no-print"><a href="{{backHref}}">{{t.back}}</a> · {{t.printHelp}}</p>
{{#isAll}}<h1 class="visually-hidden">{{pageTitle}}</h1>{{/isAll}}
{{#groups}}
<article class="print-sheet" aria-labelledby="{{anchor}}-title">
  <header class="print-sheet__header">
    {{#event}}<p>{{.title}}</p><p>{{date}}</p>{{/event}}
  </header>
  {{#isAll}}<h2 id="{{anchor}}-title">{{title}}</h2>{{/isAll}}
  {{^isAll}}<h1 id="{{anchor}}-title">{{title}}</h1>{{/isAll}}
  {{#industries}}<p>{{industries}}</p>{{/industries}}
  {{> group-tables}}
  {{#hintHTML}}
  <aside class="hint">
    <p class="hint__title">{{t.hint}}</p>
    <div class="prose">{{{hintHTML}}}</div>
  </aside>
  {{/hintHTML}}
</article>
{{/groups}}

"""####),
        ("templates/problems.mustache", ####"""
{{! Facilitator only: findings of the build and files left out by --keep-going. }}
<h1>{{pageTitle}}</h1>
<p>{{t.problemsLead}}</p>
<ul class="stats">
  <li class="stat"><span class="stat__value">{{errorCount}}</span><span class="stat__label">{{t.severityError}}</span></li>
  <li class="stat"><span class="stat__value">{{warningCount}}</span><span class="stat__label">{{t.severityWarning}}</span></li>
</ul>
{{#hasLeftOut}}
<section class="notice notice--warning" aria-labelledby="left-out">
  <h2 id="left-out">{{t.leftOut}}</h2>
  <p>{{t.leftOutLead}}</p>
  <ul>{{#leftOut}}<li><code>{{.}}</code></li>{{/leftOut}}</ul>
</section>
{{/hasLeftOut}}
<h2>{{t.findings}}</h2>
<ul class="problems">
  {{#findings}}
  <li class="problem--{{severity}}"><span class="location">{{position}}</span> <span class="severity">{{severityName}}</span> {{message}} <code>[{{code}}]</code></li>
  {{/findings}}
</ul>

"""####),
        ("templates/report.mustache", ####"""
{{! The event report (開催レポート), printable on A4. Only groups with publish: true appear. }}
<article class="report">
  {{#event}}
  <header class="hero">
    {{#programme}}<p class="hero__programme">{{programme}}</p>{{/programme}}
    <h1>{{reportTitle}}</h1>
    {{#themeTitle}}<p class="hero__kicker">{{themeTitle}}</p>{{/themeTitle}}
  </header>
  <nav class="toc no-print" aria-label="{{t.contents}}">
    <h2>{{t.contents}}</h2>
    <ol>
      <li><a href="#overview">{{t.overview}}</a></li>
      <li><a href="#when-where">{{t.whenWhere}}</a></li>
      <li><a href="#timetable">{{t.timetable}}</a></li>
      <li><a href="#seminar">{{t.navSeminar}}</a></li>
      {{^empty(voices)}}<li><a href="#voices">{{t.voices}}</a></li>{{/empty(voices)}}
      <li><a href="#workshop">{{t.workshop}}</a></li>
      <li><a href="#presentations">{{t.presentations}}</a></li>
      <li><a href="#hints">{{t.hints}}</a></li>
      {{#workshopPhotos}}<li><a href="#{{anchor}}">{{.title}}</a></li>{{/workshopPhotos}}
      {{#otherPhotos}}<li><a href="#{{anchor}}">{{.title}}</a></li>{{/otherPhotos}}
      <li><a href="#next-session">{{t.nextSession}}</a></li>
      <li><a href="#contact">{{t.contactTitle}}</a></li>
      <li><a href="#appendix">{{t.appendix}}</a></li>
    </ol>
  </nav>
  <section aria-labelledby="overview">
    <h2 id="overview">{{t.overview}}</h2>
    {{#summaryHTML}}<div class="prose">{{{summaryHTML}}}</div>{{/summaryHTML}}
    {{^summaryHTML}}<p>{{t.reportOverviewFallback}}</p>{{/summaryHTML}}
  </section>
  <section aria-labelledby="when-where">
    <h2 id="when-where">{{t.whenWhere}}</h2>
    <dl class="meta">
      {{#date}}<dt>{{t.date}}</dt><dd><time datetime="{{isoDate}}">{{date}}</time>{{#time}} {{time}}{{/time}}</dd>{{/date}}
      {{#venue}}<dt>{{t.venue}}</dt><dd>{{venue}}</dd>{{/venue}}
      {{#access}}<dt>{{t.access}}</dt><dd>{{access}}</dd>{{/access}}
    </dl>
  </section>
  <section aria-labelledby="timetable">
    <h2 id="timetable">{{t.timetable}}</h2>
    <div class="table-wrap">
      <table class="data schedule">
        <thead><tr><th scope="col">{{t.time}}</th><th scope="col">{{t.programmeItem}}</th></tr></thead>
        <tbody>
          {{#schedule}}<tr><th scope="row">{{time}}</th><td>{{.title}}</td></tr>{{/schedule}}
        </tbody>
      </table>
    </div>
  </section>
  {{/event}}
  <section aria-labelledby="seminar">
    <h2 id="seminar">{{t.navSeminar}}</h2>
    {{#seminarPages}}
    <h3><a href="{{href}}">{{.title}}</a></h3>
    {{#speaker}}<p class="muted">{{speaker}}</p>{{/speaker}}
    {{#summary}}<p>{{summary}}</p>{{/summary}}
    {{/seminarPages}}
    {{#empty(seminarPages)}}<p class="muted">{{t.nothingWritten}}</p>{{/empty(seminarPages)}}
    {{#seminarPhotos}}
    <section class="photo-section" aria-labelledby="{{anchor}}">
      <h3 id="{{anchor}}">{{.title}}</h3>
      {{> photo-grid}}
    </section>
    {{/seminarPhotos}}
  </section>
  {{^empty(voices)}}
  <section aria-labelledby="voices">
    <h2 id="voices">{{t.voices}}</h2>
    <p class="muted">{{t.voicesNote}}</p>
    <div class="voices">
      {{#voices}}
      <section>
        <h3>{{.title}}</h3>
        <ul>{{#items}}<li class="voice">「{{.}}」</li>{{/items}}</ul>
      </section>
      {{/voices}}
    </div>
  </section>
  {{/empty(voices)}}
  <section aria-labelledby="workshop">
    <h2 id="workshop">{{t.workshop}}</h2>
    <p>{{t.workshopIntro}}</p>
    {{#themes}}
    <section class="theme-block">
      <h3 class="theme-block__title"><span class="theme-block__number">{{mark}}</span> {{.title}}</h3>
      <dl class="meta">
        <dt>{{t.individualWork}}</dt><dd>{{individual}}</dd>
        <dt>{{t.groupWork}}</dt><dd>{{group}}</dd>
      </dl>
    </section>
    {{/themes}}
    {{#excluded}}<p class="notice">{{t.excludedPrefix}}{{id}}. {{.title}}{{t.excludedSuffix}}</p>{{/excluded}}
  </section>
  <section aria-labelledby="presentations">
    <h2 id="presentations">{{t.presentations}}</h2>
    {{#groups}}
    <section class="report__group" id="{{anchor}}" aria-labelledby="{{anchor}}-title">
      <h3 id="{{anchor}}-title">{{title}}</h3>
      <p>{{t.groupIntroPrefix}}{{industries}}{{t.groupIntroMiddle}}{{#threats}}「{{id}}. {{.title}}」{{/threats}}{{t.groupIntroSuffix}}</p>
      {{> group-tables}}
    </section>
    {{/groups}}
    {{#empty(groups)}}<p class="muted">{{t.noPublishedGroups}}</p>{{/empty(groups)}}
  </section>
  <section aria-labelledby="hints">
    <h2 id="hints">{{t.hints}}</h2>
    {{#hints}}
    <aside class="hint">
      <p class="hint__title">{{group}}</p>
      <div class="prose">{{{textHTML}}}</div>
    </aside>
    {{/hints}}
    {{#empty(hints)}}<p class="muted">{{t.nothingWritten}}</p>{{/empty(hints)}}
  </section>
  {{#workshopPhotos}}
  <section class="photo-section" aria-labelledby="{{anchor}}">
    <h2 id="{{anchor}}">{{.title}}</h2>
    {{> photo-grid}}
  </section>
  {{/workshopPhotos}}
  {{#otherPhotos}}
  <section class="photo-section" aria-labelledby="{{anchor}}">
    <h2 id="{{anchor}}">{{.title}}</h2>
    {{> photo-grid}}
  </section>
  {{/otherPhotos}}
  <section aria-labelledby="next-session">
    <h2 id="next-session">{{t.nextSession}}</h2>
    {{#event}}{{#next}}
    <dl class="meta">
      {{#date}}<dt>{{t.date}}</dt><dd>{{date}}{{#time}} {{time}}{{/time}}</dd>{{/date}}
      {{#venue}}<dt>{{t.venue}}</dt><dd>{{venue}}</dd>{{/venue}}
    </dl>
    {{#.href}}<p><a href="{{.}}">{{t.nextSessionPage}}</a></p>{{/.href}}
    {{/next}}{{^next}}<p class="muted">{{t.noNextSession}}</p>{{/next}}{{/event}}
  </section>
  <section aria-labelledby="contact">
    <h2 id="contact">{{t.contactTitle}}</h2>
    {{#organiser}}<p>{{organiser}}</p>{{/organiser}}
    {{#contact}}
    <dl class="meta">
      {{#tel}}<dt>{{t.tel}}</dt><dd><a href="{{telHref}}">{{tel}}</a></dd>{{/tel}}
      {{#hours}}<dt>{{t.hours}}</dt><dd>{{hours}}</dd>{{/hours}}
      {{#email}}<dt>{{t.email}}</dt><dd><a href="{{emailHref}}">{{email}}</a></dd>{{/email}}
      {{#url}}<dt>{{t.web}}</dt><dd><a href="{{url}}">{{url}}</a></dd>{{/url}}
    </dl>
    {{/contact}}
  </section>
  <section aria-labelledby="appendix">
    <h2 id="appendix">{{t.appendix}}</h2>
    {{#threatCatalogue}}
    <h3><a href="{{href}}">{{.title}}</a></h3>
    <div class="table-wrap">
      <table class="data">
        <thead><tr><th scope="col">No</th><th scope="col">{{t.threat}}</th><th scope="col">{{t.summary}}</th></tr></thead>
        <tbody>
          {{#items}}<tr><th scope="row">{{id}}</th><td>{{.title}}{{#excluded}} <span class="badge">{{t.excludedBadge}}</span>{{/excluded}}</td><td>{{summary}}</td></tr>{{/items}}
        </tbody>
      </table>
    </div>
    {{/threatCatalogue}}
    {{#controlTable}}
    <h3><a href="{{href}}">{{.title}}</a></h3>
    <div class="table-wrap">
      <table class="data">
        <thead><tr><th scope="col">No</th><th scope="col">{{t.category}}</th><th scope="col">{{t.isoShort}}</th><th scope="col">{{t.control}}</th><th scope="col">{{t.summary}}</th><th scope="col">{{t.procedures}}</th></tr></thead>
        <tbody>
          {{#items}}<tr><th scope="row">{{no}}</th><td>{{categoryName}}</td><td>{{iso}}</td><td>{{.title}}</td><td>{{summary}}</td><td><ul>{{#procedures}}<li><span class="procedure-id">{{id}}</span> {{text}}</li>{{/procedures}}</ul></td></tr>{{/items}}
        </tbody>
      </table>
    </div>
    {{/controlTable}}
  </section>
</article>

"""####),
        ("templates/search.mustache", ####"""
{{! The search page (search/): Pagefind's interface, loaded by assets/search.js over HTTP only. docs/search.md }}
<h1>{{pageTitle}}</h1>
{{#searchIndexed}}
<div id="search" class="search" data-bundle="{{bundleHref}}" data-site-root="{{siteRootHref}}">
  <p class="search__note" id="search-needs-http" hidden>{{t.searchNeedsHTTP}}</p>
  <p class="search__note" id="search-no-index" hidden>{{t.searchIndexMissing}}</p>
  <noscript><p class="search__note">{{t.searchNeedsScript}}</p></noscript>
  <label class="search__label" id="search-label" hidden>{{t.searchLabel}}</label>
  <div id="search-ui" class="search__ui"></div>
</div>
{{/searchIndexed}}
{{^searchIndexed}}
<p class="search__note">{{t.searchNotBuilt}}</p>
{{/searchIndexed}}

"""####),
        ("templates/seminar.mustache", ####"""
{{! A seminar page: seminar.md at seminar/ (isIndex), or one of seminar/*.md. }}
<article class="seminar">
  <header class="hero">
    {{#event}}<p class="hero__programme">{{.title}}</p>{{/event}}
    <h1>{{pageTitle}}</h1>
    {{#seminar}}{{#speaker}}<p class="hero__kicker">{{speaker}}</p>{{/speaker}}{{/seminar}}
  </header>
  {{#seminar}}
  {{#summary}}<p class="notice">{{summary}}</p>{{/summary}}
  {{^empty(toc)}}
  <nav class="toc" aria-label="{{t.contents}}">
    <h2>{{t.contents}}</h2>
    <ol>{{#toc}}<li><a href="#{{id}}">{{.title}}</a></li>{{/toc}}</ol>
  </nav>
  {{/empty(toc)}}
  <div class="prose">
{{{bodyHTML}}}
  </div>
  {{/seminar}}
</article>
{{^empty(pages)}}
<nav class="toc" aria-label="{{t.seminarPages}}">
  <h2>{{t.seminarPages}}</h2>
  <ul>
    {{^isIndex}}<li><a href="{{seminarHref}}">{{t.seminarTitle}}</a></li>{{/isIndex}}
    {{#pages}}
    <li>{{#current}}<span aria-current="page">{{.title}}</span>{{/current}}{{^current}}<a href="{{href}}">{{.title}}</a>{{/current}}{{#summary}} — {{summary}}{{/summary}}</li>
    {{/pages}}
  </ul>
</nav>
{{/empty(pages)}}

"""####),
        ("templates/series.mustache", ####"""
{{! The series report: sessions, threats over the sessions and years (along the catalogue mappings), procedures per threat, controls nobody chose. Public builds print small counts as "<3". }}
<header class="hero">
  {{#programme}}<p class="hero__programme">{{programme}}</p>{{/programme}}
  <h1>{{pageTitle}}</h1>
</header>
<p>{{t.seriesLead}}</p>
{{#suppressesSmallCounts}}<p class="notice series-note">{{t.seriesMinimumCell}}</p>{{/suppressesSmallCounts}}
<ul class="stats" aria-label="{{t.seriesStatsLabel}}">
  <li class="stat"><span class="stat__value">{{sessionCount}}</span><span class="stat__label">{{t.statSessions}}</span></li>
  <li class="stat"><span class="stat__value">{{participantCount}}</span><span class="stat__label">{{t.seriesParticipants}}</span></li>
  <li class="stat"><span class="stat__value">{{groupCount}}</span><span class="stat__label">{{t.seriesGroups}}</span></li>
  <li class="stat"><span class="stat__value">{{yearCount}}</span><span class="stat__label">{{t.seriesYears}}</span></li>
</ul>
<section aria-labelledby="sessions" class="series-section">
  <h2 id="sessions">{{t.seriesSessions}}</h2>
  {{#hasSessions}}
  <figure class="heatmap series-chart series-chart--stacked">
    <figcaption>{{#sessionsChartByYear}}{{t.seriesSessionsChartByYear}}{{/sessionsChartByYear}}{{^sessionsChartByYear}}{{t.seriesSessionsChart}}{{/sessionsChartByYear}}<p>{{t.seriesGroupsNote}}</p></figcaption>
    {{{sessionsChartHTML}}}
    <div class="table-wrap">
      <table class="data series-years">
        <caption>{{t.seriesPerYear}}</caption>
        <thead><tr><th scope="col">{{t.seriesYearColumn}}</th><th scope="col">{{t.statSessions}}</th><th scope="col">{{t.seriesParticipants}}</th><th scope="col">{{t.seriesGroups}}</th></tr></thead>
        <tbody>
          {{#years}}<tr><th scope="row">{{label}}</th><td class="num">{{sessions}}</td><td class="num">{{participants}}</td><td class="num">{{groups}}</td></tr>{{/years}}
        </tbody>
      </table>
    </div>
    <div class="table-wrap">
      <table class="data">
        <thead><tr><th scope="col">{{t.seriesSession}}</th><th scope="col">{{t.date}}</th><th scope="col">{{t.seriesYearColumn}}</th><th scope="col">{{t.seriesCatalogue}}</th><th scope="col">{{t.seriesParticipants}}</th><th scope="col">{{t.seriesGroups}}</th><th scope="col">{{t.seriesTopThreat}}</th></tr></thead>
        <tbody>
          {{#sessions}}
          <tr><th scope="row"><a href="{{href}}">{{.title}}</a></th><td class="date">{{date}}</td><td class="date">{{year}}</td><td>{{#catalogueHref}}<a href="{{catalogueHref}}">{{/catalogueHref}}{{catalogueYear}}{{#catalogueHref}}</a>{{/catalogueHref}}</td><td class="num">{{#participantsSuppressed}}<span class="suppressed">{{participants}}</span>{{/participantsSuppressed}}{{^participantsSuppressed}}{{participants}}{{/participantsSuppressed}}</td><td class="num">{{groups}}</td><td>{{topThreat}}</td></tr>
          {{/sessions}}
        </tbody>
        <tfoot><tr><th scope="row">{{t.seriesTotal}}</th><td></td><td></td><td></td><td class="num">{{participantCount}}</td><td class="num">{{groupCount}}</td><td></td></tr></tfoot>
      </table>
    </div>
  </figure>
  {{/hasSessions}}
  {{^hasSessions}}<p class="muted">{{t.noData}}</p>{{/hasSessions}}
</section>
<section aria-labelledby="series-threats" class="series-section">
  <h2 id="series-threats">{{t.seriesThreats}}</h2>
  <p>{{t.seriesThreatsLead}}{{#hasMappings}} {{t.seriesMappingsLead}}{{/hasMappings}}</p>
  {{#hasThreatRows}}
  <figure class="heatmap series-chart">
    <figcaption>{{t.seriesThreatsChart}}<p>{{t.seriesThreatsCaption}}</p></figcaption>
    {{{threatsChartHTML}}}
    <div class="table-wrap">
      <table class="data">
        <thead><tr><th scope="col">{{t.threat}}</th>{{#years}}<th scope="col">{{label}}</th>{{/years}}<th scope="col">{{t.seriesTotal}}</th></tr></thead>
        <tbody>
          {{#threatRows}}
          <tr id="{{anchor}}"><th scope="row"><span class="threat-id">{{ids}}</span> {{#href}}<a href="{{href}}">{{/href}}{{.title}}{{#href}}</a>{{/href}}{{#note}}<small class="series-note__members">{{note}}</small>{{/note}}</th>{{#cells}}<td class="num">{{#zero}}<span class="muted">0</span>{{/zero}}{{^zero}}{{#suppressed}}<span class="suppressed">{{count}}</span>{{/suppressed}}{{^suppressed}}{{count}}{{/suppressed}}{{/zero}}</td>{{/cells}}<td class="num"><strong>{{total}}</strong></td></tr>
          {{/threatRows}}
        </tbody>
      </table>
    </div>
  </figure>
  {{/hasThreatRows}}
  {{^hasThreatRows}}<p class="muted">{{t.noData}}</p>{{/hasThreatRows}}
</section>
<section aria-labelledby="series-procedures" class="series-section">
  <h2 id="series-procedures">{{t.seriesProcedures}}</h2>
  <p>{{t.seriesProceduresLead}}</p>
  {{#hasThreatRows}}
  <div class="table-wrap">
    <table class="data series-procedures">
      <thead><tr><th scope="col">{{t.threat}}</th><th scope="col">{{t.seriesProceduresChosen}}</th></tr></thead>
      <tbody>
        {{#threatRows}}
        <tr><th scope="row"><span class="threat-id">{{ids}}</span> {{.title}}</th><td>{{^empty(procedures)}}<ol class="series-top">{{#procedures}}<li>{{#href}}<a href="{{href}}">{{/href}}<span class="procedure-id">{{id}}</span>{{#href}}</a>{{/href}} {{text}}{{#also}} <small>({{t.seriesAlso}} {{also}})</small>{{/also}} — {{#suppressed}}<span class="suppressed">{{count}}</span>{{/suppressed}}{{^suppressed}}{{count}}{{/suppressed}}</li>{{/procedures}}</ol>{{/empty(procedures)}}{{#empty(procedures)}}<span class="muted">{{t.noData}}</span>{{/empty(procedures)}}</td></tr>
        {{/threatRows}}
      </tbody>
    </table>
  </div>
  {{/hasThreatRows}}
  {{^hasThreatRows}}<p class="muted">{{t.noData}}</p>{{/hasThreatRows}}
</section>
<section aria-labelledby="series-unchosen" class="series-section">
  <h2 id="series-unchosen">{{t.seriesUnchosen}}</h2>
  <p>{{t.seriesUnchosenLead}}</p>
  {{#unchosenTables}}
  <h3><a href="{{href}}">{{.title}}</a></h3>
  {{^empty(controls)}}<ul>{{#controls}}<li><a href="{{href}}">{{no}}. {{.title}}</a> <span class="badge">{{categoryName}}</span></li>{{/controls}}</ul>{{/empty(controls)}}
  {{#empty(controls)}}<p class="muted">{{t.allControlsChosen}}</p>{{/empty(controls)}}
  {{/unchosenTables}}
  {{#empty(unchosenTables)}}<p class="muted">{{t.noData}}</p>{{/empty(unchosenTables)}}
</section>

"""####),
        ("templates/threats.mustache", ####"""
{{! A threat catalogue, each threat with anchor t-<id> and how many participants wrote about it. }}
<section class="hero">
  {{#catalogue}}{{#source}}<p class="hero__programme">{{source}}</p>{{/source}}{{/catalogue}}
  <h1>{{pageTitle}}</h1>
</section>
<p>{{t.threatsIntro}}</p>
{{^empty(events)}}<p class="muted">{{t.usedIn}}: {{#events}}<a href="{{href}}">{{label}}</a> {{/events}}</p>{{/empty(events)}}
<div class="table-wrap">
  <table class="data">
    <caption>{{t.threatsCaption}}</caption>
    <thead><tr><th scope="col">No</th><th scope="col">{{t.threat}}</th><th scope="col">{{t.summary}}</th>{{#hasLineage}}<th scope="col">{{t.lineageColumn}}</th>{{/hasLineage}}<th scope="col">{{t.participantsCount}}</th></tr></thead>
    <tbody>
      {{#threats}}
      <tr id="{{anchor}}">
        <th scope="row"><span class="threat-id">{{id}}</span></th>
        <td>{{.title}}</td>
        <td>{{summary}}</td>
        {{#hasLineage}}<td>{{#lineage}}<p class="lineage">{{direction}}: {{#href}}<a href="{{href}}">{{catalogue}} {{t.threat}} {{ids}}</a>{{/href}}{{^href}}{{catalogue}}{{/href}}（{{change}}）</p>{{/lineage}}</td>{{/hasLineage}}
        <td class="num"><span class="bar" aria-hidden="true"><span class="bar__fill" style="width: {{percent}}%"></span></span> {{count}}</td>
      </tr>
      {{/threats}}
    </tbody>
  </table>
</div>

"""####),
        ("templates/worksheet.mustache", ####"""
{{! Facilitator only: one participant's worksheet with the three themes. }}
<header class="hero">
  <h1>{{pageTitle}}</h1>
  <p class="hero__kicker">{{industry}}</p>
</header>
<dl class="meta">
  <dt>{{t.group}}</dt><dd>{{#group}}{{#href}}<a href="{{href}}">{{/href}}{{title}}{{#href}}</a>{{/href}}{{/group}}</dd>
  <dt>{{t.industry}}</dt><dd>{{industry}}</dd>
  <dt>{{t.publication}}</dt><dd>{{#published}}<span class="badge badge--published">{{t.published}}</span>{{/published}}{{^published}}<span class="badge badge--private">{{t.private}}</span>{{/published}}</dd>
</dl>
<section class="theme-block" aria-labelledby="theme-1">
  <h2 class="theme-block__title" id="theme-1"><span class="theme-block__number">①</span> {{t.theme1Title}}</h2>
  {{#impacts}}
  <article class="card">
    <h3>{{#threat}}<span class="threat-id">{{t.threatPrefix}}{{id}}</span> {{#href}}<a href="{{href}}">{{/href}}{{.title}}{{#href}}</a>{{/href}}{{/threat}}</h3>
    <dl class="meta">
      <dt>{{t.business}}</dt><dd>{{{businessHTML}}}</dd>
      <dt>{{t.impact}}</dt><dd>{{{impactHTML}}}</dd>
      {{#severity}}<dt>{{t.severity}}</dt><dd><span class="severity severity--{{severityClass}}">{{severity}}</span></dd>{{/severity}}
    </dl>
  </article>
  {{/impacts}}
  {{#empty(impacts)}}<p class="muted">{{t.nothingWritten}}</p>{{/empty(impacts)}}
</section>
<section class="theme-block" aria-labelledby="theme-2">
  <h2 class="theme-block__title" id="theme-2"><span class="theme-block__number">②</span> {{t.theme2Title}}</h2>
  {{#choices}}
  <article class="card">
    <h3>{{#procedure}}<span class="procedure-id">{{id}}</span> {{#href}}<a href="{{href}}">{{/href}}{{text}}{{#href}}</a>{{/href}}{{/procedure}}</h3>
    <dl class="meta">
      {{^empty(threats)}}<dt>{{t.threat}}</dt><dd>{{#threats}}<span class="threat-id">{{id}}</span> {{.title}} {{/threats}}</dd>{{/empty(threats)}}
      <dt>{{t.reason}}</dt><dd>{{{reasonHTML}}}</dd>
    </dl>
  </article>
  {{/choices}}
  {{#empty(choices)}}<p class="muted">{{t.nothingWritten}}</p>{{/empty(choices)}}
</section>
<section class="theme-block" aria-labelledby="theme-3">
  <h2 class="theme-block__title" id="theme-3"><span class="theme-block__number">③</span> {{t.theme3Title}}</h2>
  {{#obstacles}}
  <h3>{{#procedure}}<span class="procedure-id">{{id}}</span> {{text}}{{/procedure}}</h3>
  {{> obstacle-table}}
  {{/obstacles}}
  {{#empty(obstacles)}}<p class="muted">{{t.nothingWritten}}</p>{{/empty(obstacles)}}
</section>
<p><a href="{{worksheetsHref}}">{{t.backToWorksheets}}</a></p>

"""####),
        ("templates/worksheets.mustache", ####"""
{{! Facilitator only: every participant worksheet of an event. }}
<h1>{{pageTitle}}</h1>
<p>{{t.worksheetsLead}}</p>
<ul class="stats">
  <li class="stat"><span class="stat__value">{{count}}</span><span class="stat__label">{{t.statParticipants}}</span></li>
  <li class="stat"><span class="stat__value">{{publishedCount}}</span><span class="stat__label">{{t.statPublished}}</span></li>
</ul>
<div class="table-wrap">
  <table class="data">
    <thead><tr><th scope="col">{{t.participant}}</th><th scope="col">{{t.group}}</th><th scope="col">{{t.industry}}</th><th scope="col">{{t.theme1Short}}</th><th scope="col">{{t.theme2Short}}</th><th scope="col">{{t.theme3Short}}</th><th scope="col">{{t.publication}}</th></tr></thead>
    <tbody>
      {{#worksheets}}
      <tr>
        <th scope="row"><a href="{{href}}">{{participant}}</a></th>
        <td>{{groupTitle}}</td>
        <td>{{industry}}</td>
        <td class="num">{{impactCount}}</td>
        <td class="num">{{choiceCount}}</td>
        <td class="num">{{obstacleCount}}</td>
        <td>{{#published}}<span class="badge badge--published">{{t.published}}</span>{{/published}}{{^published}}<span class="badge badge--private">{{t.private}}</span>{{/published}}</td>
      </tr>
      {{/worksheets}}
    </tbody>
  </table>
</div>

"""####),
    ]
}
