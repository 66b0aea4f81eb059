// In-page element lookup shared by every engine: one function, sent as source text with each
// query, so Chromium, Firefox and WebKit find elements by exactly the same rules.
//
// A query is an object (or a CSS selector string):
//   { role: "button", name: "Alles wissen" }   role + accessible name (name optional)
//   { role: "heading", level: 1, name: /Op slot/ }
//   { label: "Wat is uw zorg?" }                form control by its label (label, aria-label(ledby), legend)
//   { text: "Alles is gewist" }                 the innermost visible element containing the text
//   { css: "table.case-list" }                  a CSS selector
//   any of them with within: <query>           search inside the first match of another query
// Names: a string matches the whole name exactly (whitespace collapsed); a RegExp is tested.
// `text` with a string matches a substring. Only visible elements count (they have a layout box).

/** Turns a query into JSON that survives the trip into the page (RegExps become {re, flags}). */
export function encodeQuery(q) {
  if (typeof q === "string") return { css: q };
  const out = {};
  for (const [k, v] of Object.entries(q)) {
    if (v instanceof RegExp) out[k] = { re: v.source, flags: v.flags };
    else if (k === "within") out[k] = encodeQuery(v);
    else out[k] = v;
  }
  return out;
}

/** Describes a query for error messages. */
export function describeQuery(q) {
  if (typeof q === "string") return q;
  const parts = Object.entries(q).map(([k, v]) => (k === "within" ? `within ${describeQuery(v)}` : `${k}=${v instanceof RegExp ? v : JSON.stringify(v)}`));
  return `{${parts.join(", ")}}`;
}

// The page side. Kept free of closures over module scope: it is serialised with toString().
function findInPage(q, all) {
  const norm = (s) => String(s || "").replace(/\s+/g, " ").trim();
  const matches = (want, got, substring) => {
    if (want == null) return true;
    if (typeof want === "object" && want.re !== undefined) return new RegExp(want.re, want.flags).test(got);
    return substring ? got.includes(norm(want)) : got === norm(want);
  };
  const visible = (el) => {
    if (!el.getClientRects().length) return false;
    const cs = getComputedStyle(el);
    return cs.visibility !== "hidden";
  };
  const textOf = (el) => norm(el.innerText !== undefined ? el.innerText : el.textContent);
  const byIds = (ids) =>
    norm(
      ids
        .split(/\s+/)
        .map((id) => document.getElementById(id))
        .filter(Boolean)
        .map((e) => e.textContent)
        .join(" "),
    );
  const accName = (el) => {
    const lb = el.getAttribute("aria-labelledby");
    if (lb) return byIds(lb);
    const al = el.getAttribute("aria-label");
    if (al) return norm(al);
    if (el.labels && el.labels.length) return norm([...el.labels].map((l) => l.textContent).join(" "));
    if (el.tagName === "FIELDSET") {
      const lg = el.querySelector(":scope > legend");
      return lg ? norm(lg.textContent) : "";
    }
    if (el.tagName === "IMG") return norm(el.getAttribute("alt"));
    if (el.tagName === "INPUT" && ["button", "submit", "reset"].includes(el.type)) return norm(el.value);
    if (el.tagName === "TABLE") {
      const c = el.querySelector("caption");
      return c ? norm(c.textContent) : "";
    }
    return norm(el.textContent);
  };
  const ROLES = {
    button: 'button, [role="button"], input[type="button"], input[type="submit"], input[type="reset"]',
    link: 'a[href], [role="link"]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    checkbox: 'input[type="checkbox"], [role="checkbox"]',
    radio: 'input[type="radio"], [role="radio"]',
    textbox: 'textarea, input:not([type]), input[type="text"], input[type="search"], input[type="email"], input[type="tel"], input[type="url"], input[type="password"], [role="textbox"]',
    spinbutton: 'input[type="number"], [role="spinbutton"]',
    combobox: 'select, [role="combobox"]',
    group: 'fieldset, [role="group"], [role="radiogroup"]',
    navigation: 'nav, [role="navigation"]',
    region: 'section[aria-label], section[aria-labelledby], [role="region"]',
    table: 'table, [role="table"]',
    alert: '[role="alert"]',
    status: '[role="status"], output',
    main: 'main, [role="main"]',
  };
  const one = (root, q) => {
    let found = [];
    if (q.css) {
      found = [...root.querySelectorAll(q.css)];
    } else if (q.role) {
      found = [...root.querySelectorAll(ROLES[q.role] || `[role="${q.role}"]`)];
      if (q.level) found = found.filter((e) => Number(e.getAttribute("aria-level") || e.tagName.slice(1)) === q.level);
      if (q.name != null) found = found.filter((e) => matches(q.name, accName(e)));
    } else if (q.label != null) {
      const controls = root.querySelectorAll('input, textarea, select, [role="textbox"], [role="checkbox"], [role="radio"], [role="combobox"]');
      found = [...controls].filter((e) => matches(q.label, accName(e)));
    } else if (q.text != null) {
      const scope = root === document ? document.body : root;
      const hits = [scope, ...scope.querySelectorAll("*")].filter(
        (e) => !["SCRIPT", "STYLE", "TEMPLATE"].includes(e.tagName) && matches(q.text, norm(e.textContent), true),
      );
      // The innermost: no child element also matches.
      found = hits.filter((e) => ![...e.children].some((c) => hits.includes(c)));
    }
    // File inputs are often hidden on purpose; they are still driven by label.
    return found.filter((e) => visible(e) || (e.tagName === "INPUT" && e.type === "file"));
  };
  let roots = [document];
  if (q.within) {
    const r = findInPage(q.within, true);
    roots = r.length ? [r[0]] : [];
  }
  const out = [];
  for (const r of roots) out.push(...one(r, q));
  if (q.nth != null) return all ? out.slice(q.nth, q.nth + 1) : out[q.nth] || null;
  return all ? out : out[0] || null;
}

export const FIND_SOURCE = findInPage.toString();

/** A JS expression that evaluates, in the page, to the first match (or null) / all matches. */
export function findExpr(q, all = false) {
  return `(${FIND_SOURCE})(${JSON.stringify(encodeQuery(q))}, ${all})`;
}
