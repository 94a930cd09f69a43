package browsertest

// helperJS is added to every document before the admin's own scripts (through the DevTools
// protocol, which the page's CSP does not govern). It counts the requests in flight, records
// CSP violations, and finds controls the way a person does: by their label or name.
const helperJS = `(() => {
  if (window.__bt) return;
  const violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    violations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' at ' + (e.sourceFile || '?') + ':' + e.lineNumber + (e.sample ? ' [' + e.sample + ']' : ''));
  });
  let inflight = 0;
  const realFetch = window.fetch.bind(window);
  window.fetch = (...args) => {
    inflight++;
    return realFetch(...args).finally(() => { inflight--; });
  };
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const visible = (el) => !!(el && el.isConnected && (el.offsetWidth || el.offsetHeight || el.getClientRects().length));
  const textOfIds = (ids) => ids.split(/\s+/).map((id) => { const n = document.getElementById(id); return n ? n.textContent : ''; }).join(' ');
  const name = (el) => {
    if (!el) return '';
    if (el.getAttribute('aria-labelledby')) return norm(textOfIds(el.getAttribute('aria-labelledby')));
    if (el.getAttribute('aria-label')) return norm(el.getAttribute('aria-label'));
    if (el.labels && el.labels.length) return norm(Array.from(el.labels).map((l) => l.textContent).join(' '));
    if (el.tagName === 'INPUT' && (el.type === 'submit' || el.type === 'button')) return norm(el.value);
    return norm(el.textContent) || norm(el.getAttribute('title'));
  };
  // best picks the exact match first, then one that starts with the text, then one containing it.
  const best = (els, want) => {
    const w = norm(want);
    const cands = Array.from(els).filter(visible);
    return cands.find((e) => name(e) === w) || cands.find((e) => name(e).startsWith(w)) || cands.find((e) => name(e).includes(w)) || null;
  };
  // section is the smallest region (section, form, fieldset, dialog, article) titled by a
  // heading or legend containing title.
  const section = (title) => {
    if (!title) return document;
    const w = norm(title);
    const labelled = Array.from(document.querySelectorAll('nav,section,form,fieldset,dialog,article,aside,[role]')).filter((r) => visible(r) && (r.getAttribute('aria-label') || r.getAttribute('aria-labelledby')) && name(r).includes(w));
    if (labelled.length) return labelled[labelled.length - 1];
    const heads = Array.from(document.querySelectorAll('h1,h2,h3,h4,legend,caption,[role=heading]')).filter((h) => visible(h) && norm(h.textContent).includes(w));
    for (const h of heads) {
      const r = h.closest('section,form,fieldset,dialog,article,[role=region],[role=dialog]');
      if (r) return r;
    }
    return null;
  };
  const controls = 'input:not([type=hidden]),textarea,select,[contenteditable=true],[role=combobox],[role=textbox]';
  window.__bt = {
    settled() {
      return inflight === 0 && document.readyState === 'complete' && !document.querySelector('.loading,[aria-busy=true]');
    },
    takeViolations() { return violations.splice(0); },
    hasText(t) { return norm(document.body.innerText).includes(norm(t)); },
    heading(t) { const h = document.querySelector('h1'); return !!h && visible(h) && norm(h.textContent).includes(norm(t)); },
    field(label, within) {
      const root = section(within);
      return root ? best(root.querySelectorAll(controls), label) : null;
    },
    button(n, within) {
      const root = section(within);
      return root ? best(root.querySelectorAll('button,[role=button],input[type=submit],input[type=button]'), n) : null;
    },
    link(n, within) {
      const root = section(within);
      return root ? best(root.querySelectorAll('a[href]'), n) : null;
    },
    set(el, value) {
      const proto = el.tagName === 'SELECT' ? HTMLSelectElement.prototype : el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
    selectByText(el, text) {
      const o = Array.from(el.options).find((o) => norm(o.textContent) === norm(text)) || Array.from(el.options).find((o) => norm(o.textContent).includes(norm(text)));
      if (!o) return false;
      this.set(el, o.value);
      return true;
    },
    describe(el) {
      if (!el) return '(nothing)';
      const href = el.getAttribute && el.getAttribute('href');
      return '<' + el.tagName.toLowerCase() + '> "' + name(el).slice(0, 80) + '"' + (href ? ' href=' + href : '');
    },
    name,
    overflow() {
      const inner = window.innerWidth;
      let widest = '';
      let right = inner;
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.right > right + 0.5) { right = r.right; widest = '<' + el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? ' class="' + el.className + '"' : '') + '> right edge ' + Math.round(r.right) + ' px'; }
      }
      return { scroll: document.documentElement.scrollWidth, inner, widest };
    },
  };
})();`
