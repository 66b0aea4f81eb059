// Chromium driver for the engine layer (engine.mjs): Debian's /usr/bin/chromium through
// playwright-core. Sees every request, console message, uncaught exception and dialog.
import { chromium } from "playwright-core";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { requestProblem } from "./engine.mjs";
import { pageTab } from "./engine-page.mjs";

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

export const LIMITS = {
  print: true, // page.pdf() works (Chromium-only tests use harness.setup())
  clock: true,
  console: true,
  requests: true,
};

export async function launch() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  return {
    async newSession({ viewport, problems, allowConsole = [] }) {
      const context = await browser.newContext({ viewport: viewport || { width: 1280, height: 900 }, acceptDownloads: true });
      const watch = (page) => {
        page.setDefaultTimeout(15000);
        page.on("request", (r) => {
          const p = requestProblem(r.url());
          if (p) problems.push(p);
        });
        page.on("console", (m) => {
          if (m.type() === "error" && !allowConsole.some((re) => re.test(m.text()))) problems.push(`console error: ${m.text()}`);
        });
        page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
        page.on("dialog", (d) => d.accept());
      };
      await context.exposeBinding("__cspViolation", (_src, v) => problems.push(`CSP violation: ${v}`));
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => window.__cspViolation(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const dir = mkdtempSync(join(tmpdir(), "tw-dl-chromium-"));
      return {
        context,
        async newTab() {
          const page = await context.newPage();
          watch(page);
          return pageTab(page, (h, path) => h.setInputFiles(path));
        },
        async download(t, action) {
          const [dl] = await Promise.all([t.page.waitForEvent("download"), action()]);
          const path = join(dir, dl.suggestedFilename());
          await dl.saveAs(path);
          return path;
        },
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
