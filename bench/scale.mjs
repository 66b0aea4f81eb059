// Scale (issue #14 point 2): fifty saved cases of 200 recorded signals each, first as an
// earlier version kept them (open, readable), then sealed with the lock by the app itself and
// unlocked. With the CPU slowed down 4×, in each state: opening the case list (input until
// every row is on screen and painted), opening a saved case (until its label is in the form),
// typing in the case's label (per key, input → next paint), ticking a signal (input → next
// paint), and the longest task within 2.5 s after typing and after ticking (the debounced
// write of the store, which would delay the next input).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { find, click, timed, goStep } from "./interactions.mjs";

export const SCALE = { cases: 50, signals: 200 };
const PASS = "lange zin als wachtwoord voor de meting";
const LIST_ROWS = "table.case-list tbody tr";

/** The signal ids of the catalogue (`src/content/signals.toml`), in file order. */
function signalIds(repo) {
  const toml = readFileSync(join(repo, "src", "content", "signals.toml"), "utf8");
  return toml
    .split(/^\[\[signals\]\]\s*$/m)
    .slice(1)
    .map((part) => (part.match(/^id = "([^"]+)"/m) || [])[1])
    .filter(Boolean);
}

/** In the page: the store an earlier version wrote, with every case kept open. */
function seedOpenStore({ cases, signals, ids, now }) {
  const note = "Gezien op het plein tijdens de pauze, samen met de mentor besproken.";
  const casus = (i) => ({
    schema: 2,
    label: `Casus ${i + 1}`,
    age: { years: 6 + (i % 10), months: 0 },
    concern: "Het kind komt vaak te laat en heeft honger. ".repeat(4),
    notes: "Aantekening bij de casus. ".repeat(10),
    signals: Array.from({ length: signals }, (_, k) => ({ id: ids[k % ids.length], observer: "zelf", when: "herhaaldelijk", note })),
  });
  localStorage.setItem(
    "thuiswijzer.v1",
    JSON.stringify({
      format: "thuiswijzer-opslag",
      version: 2,
      settings: { expiry_days: 30, lock_after_minutes: 15 },
      cases: Array.from({ length: cases }, (_, i) => ({ id: `schaal-${i + 1}`, saved_at_ms: now - i * 60000, expires_after_days: 30, casus: casus(i) })),
    }),
  );
}

/** In the page: the longest task since `since` (ms on the page's clock), or 0. */
function installLongTasks() {
  if (window.__longTasks) return;
  window.__longTasks = [];
  try {
    new PerformanceObserver((l) => window.__longTasks.push(...l.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: "longtask" });
  } catch {
    window.__longTasks = null;
  }
}
async function longestTaskAfter(page, since, waitMs = 2500) {
  await page.waitForTimeout(waitMs);
  return page.evaluate((s) => (window.__longTasks ? Math.max(0, ...window.__longTasks.filter((t) => t.start >= s).map((t) => t.duration)) : null), since);
}

/** Measures from the next trusted `type` input until `ready()` holds in the page and the frame after it painted. */
async function timedUntil(page, type, readyFn, arg, act, timeout = 20000) {
  await page.evaluate(
    ([t, src, a, limit]) => {
      const ready = new Function("a", `return (${src})(a)`);
      window.__scalePending = new Promise((resolve) => {
        const handler = (e) => {
          if (!e.isTrusted) return;
          window.removeEventListener(t, handler, true);
          const start = e.timeStamp;
          const until = performance.now() + limit;
          const poll = () => {
            if (ready(a)) requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
            else if (performance.now() > until) resolve(null);
            else requestAnimationFrame(poll);
          };
          poll();
        };
        window.addEventListener(t, handler, true);
      });
    },
    [type, readyFn.toString(), arg, timeout],
  );
  await act();
  return page.evaluate(() => window.__scalePending);
}

const med = (xs) => {
  const v = xs.filter((x) => typeof x === "number").sort((a, b) => a - b);
  return v.length ? v[Math.floor(v.length / 2)] : null;
};

/** The measurements in one state of the store; the page is unlocked on the start page. */
async function measureState(page, label, cases) {
  const out = {};
  await page.evaluate(installLongTasks);
  // The case list: the header link "Mijn casussen en privacy" (client-side route), three times.
  const lists = [];
  for (let i = 0; i < 3; i++) {
    await goStep(page, "");
    const link = await find(page, [(p) => p.locator('header a[href$="gegevens"]')]);
    if (!link) return { skipped: "geen link naar /gegevens" };
    lists.push(await timedUntil(page, "click", (n) => document.querySelectorAll("table.case-list tbody tr").length >= n, cases, () => link.click({ timeout: 15000 })));
  }
  out.list = med(lists);
  out.listRows = await page.locator(LIST_ROWS).count();
  // Opening a saved case.
  const open = await find(page, [(p) => p.locator("table.case-list").getByRole("button", { name: new RegExp(`^Openen ${label}$`) })]);
  if (!open) return { ...out, skipped: "geen knop Openen" };
  out.open = await timedUntil(page, "click", (l) => (document.querySelector("#casus-label") || {}).value === l, label, () => open.click({ timeout: 15000 }));
  // Typing in the case's label.
  const field = await find(page, [(p) => p.locator("#casus-label")]);
  await field.click({ timeout: 15000 });
  await page.keyboard.press("End");
  const keys = [];
  for (const ch of " groep") keys.push((await timed(page, "keydown", () => page.keyboard.press(ch))).ms);
  const since = await page.evaluate(() => performance.now());
  out.typing = med(keys);
  out.typingWorst = Math.max(...keys.filter((x) => typeof x === "number"));
  out.afterTyping = await longestTaskAfter(page, since);
  // Ticking a signal, three times (off, on, off).
  if (!(await goStep(page, "signalen"))) return { ...out, skipped: "stap signalen niet bereikt" };
  const box = await find(page, [(p) => p.locator('main input[type="checkbox"]')]);
  if (!box) return { ...out, skipped: "geen signaal" };
  const ticks = [];
  let tickSince = null;
  for (let i = 0; i < 3; i++) {
    if (i === 2) tickSince = await page.evaluate(() => performance.now());
    ticks.push((await timed(page, "click", () => click(page, box), box)).ms);
  }
  out.tick = med(ticks);
  out.tickWorst = Math.max(...ticks.filter((x) => typeof x === "number"));
  out.afterTick = await longestTaskAfter(page, tickSince);
  return out;
}

/**
 * The whole scale run in a fresh context of `newPage(slow)` (bench/run.mjs): seeds the open
 * store, measures, lets the app seal it with the lock, reloads, unlocks and measures again.
 */
export async function scaleRun({ newPage, appReady, APP, REPO, cpuSlowdown, log, size = SCALE }) {
  const ids = signalIds(REPO);
  const { context, page, cdp } = await newPage(false);
  const cpu = (rate) => cdp.send("Emulation.setCPUThrottlingRate", { rate });
  const r = { cases: size.cases, signals: size.signals };
  try {
    await page.goto(APP + "/", { waitUntil: "load" });
    await appReady(page);
    await page.evaluate(seedOpenStore, { ...size, ids, now: Date.now() });
    r.storeKB = await page.evaluate(() => localStorage.getItem("thuiswijzer.v1").length / 1000);
    await page.reload({ waitUntil: "load" });
    await appReady(page);
    log(`schaal: ${size.cases} casussen × ${size.signals} signalen, open (${r.storeKB.toFixed(0)} KB)`);
    await cpu(cpuSlowdown);
    r.open = await measureState(page, "Casus 1", size.cases);
    // The app seals the open cases itself (at full speed: PBKDF2 is not what is measured).
    await cpu(1);
    await goStep(page, "gegevens");
    await page.getByLabel("Wachtwoord voor het slot", { exact: true }).fill(PASS);
    await page.getByLabel("Herhaal het wachtwoord", { exact: true }).fill(PASS);
    await page.getByRole("button", { name: "Zet het slot aan en versleutel" }).click();
    await page.getByText("Uw bewaarde casussen staan nu versleuteld op dit apparaat.").waitFor({ timeout: 60000 });
    // Since store format 4 every case has a key of its own beside the index "thuiswijzer.v1".
    const stored = () => Object.keys(localStorage).filter((k) => k.startsWith("thuiswijzer.v1")).map((k) => localStorage.getItem(k)).join("");
    await page.waitForFunction(`!(${stored.toString()})().includes("Casus 1")`, null, { timeout: 60000 });
    r.sealedKB = await page.evaluate(`(${stored.toString()})().length / 1000`);
    await page.reload({ waitUntil: "load" });
    await page.getByRole("heading", { level: 1, name: "Thuiswijzer is op slot" }).waitFor({ timeout: 20000 });
    await page.getByLabel("Wachtwoord", { exact: true }).fill(PASS);
    await page.getByRole("button", { name: "Ontgrendel" }).click();
    await page.getByRole("heading", { level: 1, name: "Thuiswijzer is op slot" }).waitFor({ state: "detached", timeout: 60000 });
    log(`schaal: versleuteld (${r.sealedKB.toFixed(0)} KB) en ontgrendeld`);
    await cpu(cpuSlowdown);
    // Another case than before: the first one's label changed while typing.
    r.sealed = await measureState(page, "Casus 2", size.cases);
  } catch (e) {
    r.error = String(e.message || e).split("\n")[0].slice(0, 160);
  } finally {
    await context.close();
  }
  return r;
}
