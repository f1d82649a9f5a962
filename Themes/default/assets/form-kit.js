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
