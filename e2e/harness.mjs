// Shared set-up for the end-to-end tests. Two APIs, both kept stable for every test file:
//
// 1. Chromium only (playwright-core): `setup(opts)` serves dist/ on 127.0.0.1 and starts Debian's
//    Chromium; it returns { origin, prefix, server, context, page, problems, requests, close() }.
//    `open(t, path)`, `axe(page, label)`, `assertClean(t, label)`. Use it for what only Chromium
//    can do here: PDF print (page.pdf), the clipboard, a fake clock (page.clock), offline mode.
//    Chromium-only for that reason today: summary.test.mjs (print, clipboard), the inactivity
//    lock in lock.test.mjs (clock), the offline test in privacy.test.mjs (setOffline); the other
//    files there use Playwright locators and still run in Chromium only.
//
// 2. Every engine (engine.mjs): Chromium (playwright-core), Firefox ESR (puppeteer-core over
//    WebDriver BiDi) and WebKitGTK (selenium-webdriver + WebKitWebDriver under Xvfb).
//      for (const name of enginesToRun()) describe(name, () => {
//        let engine;
//        before(async () => (engine = await launchEngine(name)));   // one browser per file
//        after(() => engine.close());
//        test("…", async () => {
//          const s = await engine.session({ dist, prefix, viewport, allowConsole }); // fresh profile + server
//          try { const tab = s.tab; …; await s.assertClean("label"); } finally { await s.close(); }
//        });
//      });
//    Session: s.tab, s.newTab(path?) (same profile: shared localStorage, own sessionStorage),
//      s.url(path), s.problems, s.assertClean(label), s.alive(), s.engine, s.close().
//    A test whose browser is lost (browserLost(e), or !s.alive()) runs once more with a fresh
//    browser in engines.test.mjs, saying so; engine.logTail() has what the driver printed.
//    Tab: goto(path, {ready}), reload(), back(), url(), waitUrl(re), ready();
//      find(q), count(q), waitGone(q), click(q), button(name), link(name);
//      fill(q, value), check(q), value(q), checked(q)   (a string q is a label);
//      text(q) (innerText; a string q is a CSS selector), waitText(text|re, withinQ?);
//      evaluate(fn, arg), waitFor(fn, arg, {timeout, message})   (fn runs in the page: no closures);
//      storage() -> {local:{k:v}, session:{k:v}}, setItem("local"|"session", k, v);
//      upload(q, path), download(async () => click…) -> {path, text}; focused(); axe(label); close().
//    Queries (engine-find.mjs): {role, name, level}, {label}, {text}, {css} or a CSS string, each
//      with optional `within: query` and `nth`; a string name matches exactly, a RegExp is tested.
//    Dialogs (confirm) are accepted in every engine.
//    The watch: requests beyond 127.0.0.1, CSP violations (also reported by the browser to the
//    test server through a `report-uri` the server adds), console errors, uncaught exceptions.
//    Limits per engine are in each driver's LIMITS (engine-*.mjs): WebKit sees console errors
//    and exceptions only after the page has loaded, requests only through Resource Timing, and
//    cannot print; Firefox and WebKit have no fake clock here.
//    $THUISWIJZER_ENGINES=chromium,firefox limits the engines (default: all three).
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { serveWatched } from "./engine.mjs";
import assert from "node:assert/strict";
import { mkdtempSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const DIST = process.env.THUISWIJZER_DIST || "dist";
export { CHROMIUM, ARGS } from "./engine-chromium.mjs";
export { launchEngine, enginesToRun, ENGINE_NAMES } from "./engine.mjs";
import { CHROMIUM, ARGS } from "./engine-chromium.mjs";

if (!existsSync(join(DIST, "index.html"))) {
  throw new Error(`e2e: ${DIST}/index.html is missing; run \`make dist\` first`);
}

/** Starts server + browser. `opts.dist` serves another build than $THUISWIJZER_DIST;
 * `opts.prefix` ("/x/") serves it under a sub-path (and `open` then goes there);
 * `opts.offline(url)` drops the requests it returns true for. */
export async function setup(opts = {}) {
  const problems = [];
  // The server also collects CSP reports (report-uri), so violations during load count too.
  const { server, origin } = await serveWatched(opts.dist || DIST, (opts.prefix || "").replace(/\/$/, ""), problems, opts);
  const userDataDir = mkdtempSync(join(tmpdir(), "thuiswijzer-e2e-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: ARGS,
    viewport: opts.viewport || { width: 1280, height: 900 },
    permissions: ["clipboard-read", "clipboard-write"],
    acceptDownloads: true,
  });
  const requests = [];
  const watch = (page) => {
    page.on("request", (r) => {
      requests.push(r.url());
      const u = new URL(r.url());
      if (!["http:", "https:", "ws:", "wss:"].includes(u.protocol)) return; // data:, blob:
      if (u.hostname !== "127.0.0.1") problems.push(`request beyond 127.0.0.1: ${r.url()}`);
    });
    page.on("console", (m) => {
      if (m.type() === "error" && !(opts.allowConsole || []).some((re) => re.test(m.text()))) {
        problems.push(`console error: ${m.text()}`);
      }
    });
    page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
  };
  context.on("page", watch);
  const page = context.pages()[0] || (await context.newPage());
  watch(page);
  // Report every CSP violation to the test (exposed before any page script runs).
  await context.exposeBinding("__cspViolation", (_src, v) => problems.push(`CSP violation: ${v}`));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return {
    origin,
    prefix: (opts.prefix || "").replace(/\/$/, ""),
    server,
    context,
    page,
    problems,
    requests,
    async close() {
      await context.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Loads a path and waits until the app (not the static start screen) has taken over. */
export async function open(t, path = "/") {
  await t.page.goto(t.origin + (t.prefix || "") + path);
  await t.page.waitForSelector("html[data-app-ready]");
}

/** Runs axe-core (WCAG 2.1 A and AA rules) and fails on any violation. */
export async function axe(page, label) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const v = result.violations.map((x) => `${x.id} (${x.impact}): ${x.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  assert.deepEqual(v, [], `axe violations on ${label}`);
}

/** The id (or else the tag name) of the focused element once it is `expected`, or whatever
 * has the focus after 3 s: the app moves the focus after the next paint
 * (`app::page::focus_after_paint` and `focus_heading_after_paint`), so reading it at once
 * races that task. */
export async function focusLands(page, expected) {
  await page
    .waitForFunction((e) => (document.activeElement?.id || document.activeElement?.tagName) === e, expected, { timeout: 3000 })
    .catch(() => {});
  return page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || null);
}

export function assertClean(t, label = "page") {
  assert.deepEqual(t.problems, [], `problems on ${label}`);
}

/** The passphrase the Chromium-only tests use for the lock. */
export const TEST_PASS = "lange zin als wachtwoord";

/** Ticks "Bewaar deze casus op dit apparaat" with the lock off: keeping asks for a passphrase
 * (a kept case is never written unencrypted), which turns the lock on. Waits until kept unless
 * `wait` is false (for a write that is meant to fail). */
export async function keepCase(page, { pass = TEST_PASS, wait = true } = {}) {
  await page.getByLabel("Bewaar deze casus op dit apparaat").check();
  await page.getByLabel("Wachtwoord voor het slot").fill(pass);
  await page.getByLabel("Herhaal het wachtwoord").fill(pass);
  await page.getByRole("button", { name: "Zet het slot aan en bewaar" }).click();
  if (wait) await page.locator("#bewaar-uitleg", { hasText: /^Bewaard in deze browser/ }).waitFor();
}

/** Waits until localStorage holds at least one sealed saved case. */
export async function sealedCaseStored(page) {
  await page.waitForFunction(() => {
    const raw = localStorage.getItem("thuiswijzer.v1") || "";
    return raw.includes('"lock"') && /"cases":\[\{/.test(raw);
  });
}

/** Unlocks the lock screen of `page` with the passphrase. */
export async function unlockPage(page, pass = TEST_PASS) {
  await page.getByRole("heading", { level: 1, name: "Thuiswijzer is op slot" }).waitFor();
  await page.getByLabel("Wachtwoord", { exact: true }).fill(pass);
  await page.getByRole("button", { name: "Ontgrendel" }).click();
  await page.getByRole("heading", { level: 1, name: "Thuiswijzer is op slot" }).waitFor({ state: "detached" });
}
