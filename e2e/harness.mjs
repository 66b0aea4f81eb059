// Shared set-up for the end-to-end tests: serve dist/ on 127.0.0.1, start Debian's Chromium
// through playwright-core, and watch everything a page does that it must not do:
// requests beyond 127.0.0.1, CSP violations, console errors and uncaught exceptions.
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { startServer } from "../scripts/serve.mjs";
import assert from "node:assert/strict";
import { mkdtempSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const DIST = process.env.THUISWIJZER_DIST || "dist";
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

if (!existsSync(join(DIST, "index.html"))) {
  throw new Error(`e2e: ${DIST}/index.html is missing; run \`make dist\` first`);
}

/** Starts server + browser. `opts.dist` serves another build than $THUISWIJZER_DIST;
 * `opts.prefix` ("/x/") serves it under a sub-path (and `open` then goes there);
 * `opts.offline()` drops requests. */
export async function setup(opts = {}) {
  const server = await startServer(opts.dist || DIST, 0, "127.0.0.1", opts);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const userDataDir = mkdtempSync(join(tmpdir(), "thuiswijzer-e2e-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: ARGS,
    viewport: opts.viewport || { width: 1280, height: 900 },
    permissions: ["clipboard-read", "clipboard-write"],
    acceptDownloads: true,
  });
  const problems = [];
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

export function assertClean(t, label = "page") {
  assert.deepEqual(t.problems, [], `problems on ${label}`);
}
