// The engine layer: one small page API that drives Chromium (playwright-core), Firefox ESR
// (puppeteer-core over WebDriver BiDi) and WebKitGTK (selenium-webdriver, classic WebDriver),
// so one test body runs in every engine. The API is documented at the top of harness.mjs.
//
// A driver (engine-chromium.mjs, engine-firefox.mjs, engine-webkit.mjs) supplies only the
// primitives: launch() -> { newSession(opts) -> { newTab(), download(action), close() }, close() },
// and per tab goto/reload/back/url/eval/element/click/type/upload/close. Everything else
// (finding elements, waiting, storage, axe, the privacy watch) lives here, once.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { startServer } from "../scripts/serve.mjs";
import { findExpr, describeQuery } from "./engine-find.mjs";

export const ENGINE_NAMES = ["chromium", "firefox", "webkit"];

/** The engines to run: $THUISWIJZER_ENGINES ("chromium,firefox") or all three. */
export function enginesToRun() {
  const want = (process.env.THUISWIJZER_ENGINES || ENGINE_NAMES.join(",")).split(",").map((s) => s.trim()).filter(Boolean);
  for (const n of want) if (!ENGINE_NAMES.includes(n)) throw new Error(`unknown engine ${n}; known: ${ENGINE_NAMES.join(", ")}`);
  return want;
}

const DRIVERS = {
  chromium: () => import("./engine-chromium.mjs"),
  firefox: () => import("./engine-firefox.mjs"),
  webkit: () => import("./engine-webkit.mjs"),
};

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
const AXE_SOURCE = readFileSync(new URL("../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
const DEFAULT_TIMEOUT = 15000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Paths on the test server that collect what a page reports (CSP reports, hook beacons). */
export const REPORT_PATH = "/__e2e/csp-report";
export const PROBLEM_PATH = "/__e2e/problem";

/** Serves `dist` on 127.0.0.1 and adds to it what the privacy watch needs: the CSP header
 * gets `report-uri`, so every engine reports violations (also during page load) to the test
 * server, and in-page hooks can send problems by beacon. Returns { server, origin }. */
export async function serveWatched(dist, prefix, problems, serverOpts = {}) {
  const server = await startServer(dist, 0, "127.0.0.1", { ...serverOpts, prefix: prefix ? `${prefix}/` : undefined });
  const [app] = server.listeners("request");
  server.removeAllListeners("request");
  const base = prefix || "";
  server.on("request", (req, res) => {
    const path = req.url.split("?")[0];
    if (req.method === "POST" && (path === base + REPORT_PATH || path === base + PROBLEM_PATH)) {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        if (path.endsWith(REPORT_PATH)) {
          try {
            const r = JSON.parse(body)["csp-report"] || {};
            problems.push(`CSP violation (report): ${r["violated-directive"] || r["effective-directive"]} ${r["blocked-uri"] || ""}`.trim());
          } catch {
            problems.push(`CSP violation (report): ${body.slice(0, 200)}`);
          }
        } else {
          problems.push(body.slice(0, 500));
        }
        res.writeHead(204);
        res.end();
      });
      return;
    }
    const writeHead = res.writeHead.bind(res);
    res.writeHead = (status, headers) => {
      if (headers && headers["Content-Security-Policy"]) {
        headers = { ...headers, "Content-Security-Policy": `${headers["Content-Security-Policy"]}; report-uri ${base}${REPORT_PATH}` };
      }
      return writeHead(status, headers);
    };
    app(req, res);
  });
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** Is this request URL allowed (the origin itself, or data:/blob:/about:)? */
export function requestProblem(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (!["http:", "https:", "ws:", "wss:"].includes(u.protocol)) return null;
  return u.hostname === "127.0.0.1" ? null : `request beyond 127.0.0.1: ${url}`;
}

/** Did this error come from losing the browser itself (its process or its session gone),
 * rather than from the page? Only then may a test run once more (engines.test.mjs). */
export function browserLost(e) {
  const text = `${e?.name || ""} ${e?.message || ""}`;
  return /NoSuchSessionError|invalid session id|Target (page, context or browser )?(has been )?closed|Connection closed|ECONNREFUSED/.test(text);
}

/** Starts an engine (one browser / driver process; reuse it for a whole test file). */
export async function launchEngine(name, opts = {}) {
  if (!DRIVERS[name]) throw new Error(`unknown engine ${name}`);
  const driver = await DRIVERS[name]();
  const browser = await driver.launch(opts);
  return {
    name,
    /** What this engine cannot do (tests skip or weaken those parts and say so). */
    limits: driver.LIMITS,
    /** A fresh browser profile (empty storage, no service worker) on a fresh server. */
    async session(sopts = {}) {
      const problems = [];
      const prefix = (sopts.prefix || "").replace(/\/$/, "");
      const { server, origin } = await serveWatched(sopts.dist || process.env.THUISWIJZER_DIST || "dist", prefix, problems, sopts.server);
      const ds = await browser.newSession({ ...sopts, origin, problems, problemUrl: origin + prefix + PROBLEM_PATH });
      const session = new Session(name, ds, origin, prefix, problems, server, sopts);
      session.tab = new Tab(session, await ds.newTab());
      return session;
    },
    /** The last lines the browser's driver printed ("" where the driver keeps no log). */
    logTail() {
      return browser.logTail?.() ?? "";
    },
    async close() {
      await browser.close();
    },
  };
}

export class Session {
  constructor(engine, driver, origin, prefix, problems, server, opts) {
    this.engine = engine;
    this.driver = driver;
    this.origin = origin;
    this.prefix = prefix;
    this.problems = problems;
    this.server = server;
    this.allowConsole = opts.allowConsole || [];
  }
  /** A full URL for an app path ("/casus"). */
  url(path = "/") {
    return this.origin + this.prefix + path;
  }
  /** Opens another tab of the same profile (shared localStorage, own sessionStorage). */
  async newTab(path) {
    const tab = new Tab(this, await this.driver.newTab());
    if (path != null) await tab.goto(path);
    return tab;
  }
  /** Does the browser still answer (the URL of the first tab; no script runs for it)? */
  async alive() {
    try {
      await this.tab.url();
      return true;
    } catch {
      return false;
    }
  }
  /** Fails with every problem seen so far: requests beyond 127.0.0.1, CSP violations, console
   * errors, uncaught exceptions (as far as the engine lets us see them: see LIMITS). */
  async assertClean(label = "page") {
    await sleep(150); // let late beacons and CSP reports arrive
    const seen = this.problems.filter((p) => !this.allowConsole.some((re) => re.test(p)));
    assert.deepEqual(seen, [], `problems on ${label} in ${this.engine}`);
  }
  async close() {
    await this.driver.close().catch(() => {});
    await new Promise((r) => this.server.close(r));
  }
}

/** A string or RegExp stands for a label query. */
const asLabel = (q) => (typeof q === "string" || q instanceof RegExp ? { label: q } : q);

export class Tab {
  constructor(session, driver) {
    this.session = session;
    this.d = driver;
    this.timeout = DEFAULT_TIMEOUT;
  }
  get engine() {
    return this.session.engine;
  }
  /** Loads an app path and (unless ready: false) waits until the app has taken over. */
  async goto(path = "/", { ready = true } = {}) {
    await this.d.goto(this.session.url(path));
    if (ready) await this.ready();
  }
  async reload({ ready = true } = {}) {
    await this.d.reload();
    if (ready) await this.ready();
  }
  async back({ ready = true } = {}) {
    await this.d.back();
    if (ready) await this.ready();
  }
  async ready() {
    await this.waitFor(() => !!document.querySelector("html[data-app-ready]"), null, { message: "the app to be ready" });
  }
  url() {
    return this.d.url();
  }
  async waitUrl(re) {
    const deadline = Date.now() + this.timeout;
    for (;;) {
      const u = await this.d.url();
      if (re.test(u)) return u;
      if (Date.now() > deadline) throw new Error(`${this.engine}: URL ${u} never matched ${re}`);
      await sleep(50);
    }
  }
  /** Runs fn(arg) in the page and returns its (JSON) result; promises are awaited. */
  evaluate(fn, arg = null) {
    return this.d.eval(`(${fn.toString()})(${JSON.stringify(arg)})`);
  }
  /** Waits until fn(arg) in the page returns something truthy, and returns it. */
  async waitFor(fn, arg = null, { timeout = this.timeout, message } = {}) {
    const expr = `(${fn.toString()})(${JSON.stringify(arg)})`;
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        const v = await this.d.eval(expr);
        if (v) return v;
      } catch (e) {
        last = e; // the page may be between documents
      }
      if (Date.now() > deadline) {
        throw new Error(`${this.engine}: timed out waiting for ${message || fn.toString().slice(0, 120)}${last ? ` (${last.message.split("\n")[0]})` : ""}`);
      }
      await sleep(60);
    }
  }
  /** The element for a query (see engine-find.mjs), waiting until it exists and is visible. */
  async find(q, { timeout = this.timeout } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      let h = null;
      try {
        h = await this.d.element(findExpr(q));
      } catch (e) {
        if (Date.now() > deadline) throw e;
      }
      if (h) return h;
      if (Date.now() > deadline) throw new Error(`${this.engine}: no element for ${describeQuery(q)} on ${await this.d.url()}`);
      await sleep(60);
    }
  }
  /** How many visible elements match now (no waiting). */
  count(q) {
    return this.d.eval(`${findExpr(q, true)}.length`);
  }
  /** Waits until nothing matches. */
  async waitGone(q) {
    await this.waitFor(new Function(`return ${findExpr(q, true)}.length === 0`), null, { message: `${describeQuery(q)} to disappear` });
  }
  /** Clicks once the element is scrolled into view and has stopped moving (as Playwright's
   * actionability check; the same box three times, 20 ms apart): WebDriver clicks at
   * coordinates, and content that lays itself out as it comes into view (`content-visibility:
   * auto` on the signal domains) can move the element after the scroll, so a click at the old
   * place would miss it. */
  async click(q) {
    const h = await this.find(q);
    await this.d.evalOn(h, (el) =>
      new Promise((resolve) => {
        el.scrollIntoView({ block: "center" });
        const until = performance.now() + 2000;
        let last = "";
        let same = 0;
        const check = () => {
          const now = JSON.stringify(el.getBoundingClientRect());
          same = now === last ? same + 1 : 0;
          last = now;
          // (A tab in the background has no frames: it is not laid out as it scrolls.)
          if (same >= 2 || document.hidden || performance.now() > until) resolve(true);
          else setTimeout(check, 20);
        };
        check();
      }),
    );
    await this.d.click(h);
  }
  button(name) {
    return this.click({ role: "button", name });
  }
  link(name) {
    return this.click({ role: "link", name });
  }
  /** Replaces a field's value by typing (a string query is a label). */
  async fill(q, value) {
    const h = await this.find(asLabel(q));
    await this.d.evalOn(h, (el) => {
      el.focus();
      el.value = "";
      el.dispatchEvent(new Event("input", { bubbles: true }));
    });
    if (value !== "") await this.d.type(h, String(value));
    await this.d.evalOn(h, (el) => el.dispatchEvent(new Event("change", { bubbles: true })));
  }
  /** Ticks a checkbox or radio button (a string query is a label) unless it is already on. */
  async check(q) {
    const h = await this.find(asLabel(q));
    if (!(await this.d.evalOn(h, (el) => el.checked))) await this.d.click(h);
    if (!(await this.d.evalOn(h, (el) => el.checked))) throw new Error(`${this.engine}: ${describeQuery(q)} did not get checked`);
  }
  async value(q) {
    return this.d.evalOn(await this.find(asLabel(q)), (el) => el.value);
  }
  async checked(q) {
    return this.d.evalOn(await this.find(asLabel(q)), (el) => el.checked);
  }
  /** The rendered text of an element (a string query is a CSS selector). */
  async text(q) {
    return this.d.evalOn(await this.find(q), (el) => el.innerText);
  }
  /** Waits until some visible element contains the text (string: substring; RegExp). */
  async waitText(text, within) {
    await this.find(within ? { text, within } : { text });
  }
  /** localStorage and sessionStorage as plain objects. */
  storage() {
    return this.evaluate(() => {
      const dump = (s) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => [s.key(i), s.getItem(s.key(i))]));
      return { local: dump(localStorage), session: dump(sessionStorage) };
    });
  }
  setItem(area, key, value) {
    return this.evaluate(([a, k, v]) => (a === "session" ? sessionStorage : localStorage).setItem(k, v), [area, key, value]);
  }
  /** Chooses a file in a file input (a string query is a label). */
  async upload(q, path) {
    await this.d.upload(await this.find(asLabel(q)), path);
  }
  /** Runs `action` (e.g. a click) and returns the file it downloads: { path, text }. */
  async download(action) {
    const path = await this.session.driver.download(this.d, action);
    return { path, text: readFileSync(path, "utf8") };
  }
  /** The id (or tag name) of the focused element. */
  focused() {
    return this.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || null);
  }
  /** Runs axe-core (WCAG 2.1 A/AA and best practice) in the page and fails on any violation. */
  async axe(label) {
    const has = await this.d.eval("typeof window.axe === 'object' && typeof window.axe.run === 'function'");
    if (!has) await this.d.eval(`(function () {\n${AXE_SOURCE}\n; return typeof window.axe; })()`);
    const v = await this.evaluate(async (tags) => {
      const r = await window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
      return r.violations.map((x) => `${x.id} (${x.impact}): ${x.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
    }, AXE_TAGS);
    assert.deepEqual(v, [], `axe violations on ${label} in ${this.engine}`);
  }
  async close() {
    await this.d.close();
  }
}
