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
