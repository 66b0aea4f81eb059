// WebKit driver for the engine layer (engine.mjs): Debian's WebKitGTK MiniBrowser under Xvfb,
// through WebKitWebDriver (webkit2gtk-driver) and selenium-webdriver. Classic WebDriver only:
// no events from the browser, no script before the page's own. So the watch is a hook that is
// (re)installed with every command this driver sends, once per document:
//  - CSP violations: the `securitypolicyviolation` event, plus the CSP `report-uri` that the
//    test server adds (that one also covers violations during page load);
//  - requests beyond 127.0.0.1: the page's Resource Timing entries (buffered, so also those made
//    before the hook; requests that fail before a response may leave no entry);
//  - console errors and uncaught exceptions: only those after the hook is in (console.error is
//    wrapped; `error` / `unhandledrejection` listeners). Errors during page load are not seen.
// Each hook reports by navigator.sendBeacon to the test server. Dialogs are accepted (the
// unhandledPromptBehavior capability). Downloads land in the driver's $HOME.
import { Builder } from "selenium-webdriver";
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, statSync, existsSync, openSync, closeSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const LIMITS = {
  print: false, // no print command in classic WebDriver
  clock: false,
  console: "after-load", // see above
  requests: "resource-timing",
  minWidth: 447, // the window cannot be made narrower
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// The in-page watch; serialised with toString(), so it uses nothing from this module.
function hook(problemUrl) {
  if (window.__twHooked) return;
  window.__twHooked = true;
  const send = (msg) => {
    try {
      navigator.sendBeacon(problemUrl, String(msg).slice(0, 500));
    } catch (e) {
      /* nothing to report to */
    }
  };
  document.addEventListener("securitypolicyviolation", (e) => send(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  window.addEventListener("error", (e) => send(`uncaught: ${e.message}`));
  window.addEventListener("unhandledrejection", (e) => send(`uncaught (promise): ${e.reason}`));
  const orig = console.error;
  console.error = function (...args) {
    send(`console error: ${args.map(String).join(" ")}`);
    return orig.apply(this, args);
  };
  const seen = new Set();
  const check = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    try {
      const u = new URL(name);
      if (/^(https?|wss?):$/.test(u.protocol) && u.hostname !== "127.0.0.1") send(`request beyond 127.0.0.1: ${name}`);
    } catch (e) {
      /* not a URL */
    }
  };
  performance.getEntriesByType("navigation").forEach((e) => check(e.name));
  new PerformanceObserver((l) => l.getEntries().forEach((e) => check(e.name))).observe({ type: "resource", buffered: true });
}
const HOOK = hook.toString();

export async function launch() {
  const port = await freePort();
  const home = mkdtempSync(join(tmpdir(), "tw-webkit-home-"));
  // What the driver and the browsers it starts print, for the report when a session is lost.
  const log = join(home, "webkit.log");
  const out = openSync(log, "a");
  // Own process group, so close() ends xvfb-run, Xvfb and the driver together.
  const proc = spawn("xvfb-run", ["-a", "-s", "-screen 0 1280x1024x24", "WebKitWebDriver", `--port=${port}`], {
    env: { ...process.env, HOME: home },
    detached: true,
    stdio: ["ignore", out, out],
  });
  closeSync(out); // the driver has its own copy
  const server = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30000;
  for (;;) {
    try {
      const r = await fetch(`${server}/status`);
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error("webkit: WebKitWebDriver did not start");
    await sleep(100);
  }
  return {
    async newSession({ viewport, problemUrl }) {
      const driver = await new Builder()
        .usingServer(server)
        .withCapabilities({ browserName: "MiniBrowser", unhandledPromptBehavior: "accept" })
        .build();
      const vp = viewport || { width: 1280, height: 900 };
      await driver.manage().window().setRect({ width: Math.max(vp.width, LIMITS.minWidth), height: vp.height });
      await driver.manage().setTimeouts({ script: 30000 });
      let current = await driver.getWindowHandle();
      const focus = async (handle) => {
        if (current !== handle) {
          await driver.switchTo().window(handle);
          current = handle;
        }
      };
      const prelude = `(${HOOK})(${JSON.stringify(problemUrl)});`;
      let first = true;
      const dlDirs = [home, join(home, "Downloads")];
      const listing = () => dlDirs.filter(existsSync).flatMap((d) => readdirSync(d).map((f) => join(d, f)));
      return {
        driver,
        async newTab() {
          let handle;
          if (first) {
            first = false;
            handle = current;
          } else {
            await driver.switchTo().newWindow("tab");
            handle = await driver.getWindowHandle();
            current = handle;
          }
          return tab(driver, handle, focus, prelude);
        },
        async download(_t, action) {
          const before = new Set(listing());
          await action();
          const deadline = Date.now() + 15000;
          for (;;) {
            const done = listing().find(
              (f) => !before.has(f) && statSync(f).isFile() && statSync(f).size > 0 && !/\.(part|download|wkdownload)$/.test(f),
            );
            if (done) return done;
            if (Date.now() > deadline) throw new Error(`webkit: no download appeared in ${dlDirs.join(" or ")}`);
            await sleep(100);
          }
        },
        close: () => driver.quit(),
      };
    },
    /** The last lines the driver and its browsers printed. */
    logTail(lines = 15) {
      return readFileSync(log, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
    },
    async close() {
      try {
        process.kill(-proc.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
    },
  };
}

function tab(driver, handle, focus, prelude) {
  const run = async (fn) => {
    await focus(handle);
    return fn();
  };
  return {
    driver,
    goto: (url) => run(() => driver.get(url)),
    reload: () => run(() => driver.navigate().refresh()),
    back: () => run(() => driver.navigate().back()),
    url: () => run(() => driver.getCurrentUrl()),
    eval: (expr) =>
      run(async () => {
        const r = await driver.executeAsyncScript(
          `const done = arguments[arguments.length - 1];
           try { ${prelude} } catch (e) {}
           Promise.resolve().then(() => (${expr})).then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ err: String(e && e.stack || e) }));`,
        );
        if (r.err) throw new Error(`webkit: ${r.err}`);
        return r.ok;
      }),
    element: (expr) => run(() => driver.executeScript(`try { ${prelude} } catch (e) {} return ${expr};`)),
    evalOn: (el, fn) => run(() => driver.executeScript(`return (${fn.toString()})(arguments[0]);`, el)),
    click: (el) => run(() => el.click()),
    type: (el, text) => run(() => el.sendKeys(text)),
    upload: (el, path) => run(() => el.sendKeys(path)),
    close: () =>
      run(async () => {
        await driver.close();
        const rest = await driver.getAllWindowHandles();
        if (rest.length) await focus(rest[0]);
      }),
  };
}
