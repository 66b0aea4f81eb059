// Firefox driver for the engine layer (engine.mjs): Debian's firefox-esr through puppeteer-core
// over WebDriver BiDi (no geckodriver). Sees requests, console errors, uncaught exceptions and
// dialogs through puppeteer's events; CSP violations arrive as reports at the test server.
// Downloads go to a directory set by preference; the file is picked up from there.
import puppeteer from "puppeteer-core";
import { mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { requestProblem } from "./engine.mjs";
import { pageTab } from "./engine-page.mjs";

export const FIREFOX = process.env.FIREFOX_PATH || "/usr/bin/firefox-esr";

export const LIMITS = {
  print: false, // page.pdf() exists over BiDi, but the print tests stay Chromium-only
  clock: false,
  console: true,
  requests: true,
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function launch() {
  const dir = mkdtempSync(join(tmpdir(), "tw-dl-firefox-"));
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      "browser.download.folderList": 2,
      "browser.download.dir": dir,
      "browser.download.useDownloadDir": true,
      "browser.download.always_ask_before_handling_new_types": false,
      "browser.helperApps.neverAsk.saveToDisk": "application/json,text/plain",
      // No traffic of the browser's own beyond the page under test.
      "network.captive-portal-service.enabled": false,
      "network.connectivity-service.enabled": false,
      "browser.safebrowsing.malware.enabled": false,
      "browser.safebrowsing.phishing.enabled": false,
    },
  });
  return {
    async newSession({ viewport, problems, allowConsole = [] }) {
      const context = await browser.createBrowserContext();
      const vp = viewport || { width: 1280, height: 900 };
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
        page.on("dialog", (d) => d.accept().catch(() => {}));
      };
      return {
        async newTab() {
          const page = await context.newPage();
          await page.setViewport(vp);
          watch(page);
          return pageTab(page, (h, path) => h.uploadFile(path));
        },
        async download(_t, action) {
          const before = new Set(readdirSync(dir));
          await action();
          const deadline = Date.now() + 15000;
          for (;;) {
            const fresh = readdirSync(dir).filter((f) => !before.has(f) && !f.endsWith(".part"));
            // Firefox first creates an empty placeholder next to the .part file.
            const done = fresh.find((f) => statSync(join(dir, f)).size > 0 && !readdirSync(dir).includes(`${f}.part`));
            if (done) return join(dir, done);
            if (Date.now() > deadline) throw new Error(`firefox: no download appeared in ${dir}`);
            await sleep(100);
          }
        },
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
