// `make bench`: measures the built app (dist/, or $THUISWIJZER_DIST) and a static baseline page
// with the same first screen, in one run and with the same settings, both served on 127.0.0.1
// by scripts/serve.mjs with brotli/gzip. Prints a table and writes docs/benchmark.md
// (or $BENCH_REPORT; "-" writes nothing). $BENCH_RUNS sets the runs per measurement (3).
// Not part of `make test`. What each part measures: see the comments in bench/*.mjs.
import { chromium } from "playwright-core";
import { existsSync, readFileSync, writeFileSync, rmSync, mkdtempSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir, cpus, totalmem, availableParallelism, loadavg } from "node:os";
import { startServer } from "../scripts/serve.mjs";
import { firstLoad, BUDGET_BROTLI_KB } from "../scripts/size-check.mjs";
import { makeBaseline } from "./baseline.mjs";
import { harnessFlags, chromiumVersion, pageProbes } from "./browser.mjs";
import { INTERACTIONS, journey, floor, firstVisits } from "./interactions.mjs";
import { startLighthouseChrome, audit } from "./lighthouse.mjs";
import { scaleRun } from "./scale.mjs";
import { median, report, table } from "./report.mjs";

const t0 = Date.now();
const REPO = resolve(new URL("..", import.meta.url).pathname);
const DIST = resolve(process.env.THUISWIJZER_DIST || join(REPO, "dist"));
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS || 3));
const REPORT = process.env.BENCH_REPORT || join(REPO, "docs", "benchmark.md");
const CPU_SLOWDOWN = 4;
const READY_MS = 20000;
const log = (m) => console.error(`[bench ${((Date.now() - t0) / 1000).toFixed(0).padStart(3)} s] ${m}`);

if (!existsSync(join(DIST, "index.html"))) {
  console.error(`bench: ${DIST}/index.html ontbreekt; eerst \`make dist\``);
  process.exit(1);
}
const { args: ARGS, chromium: CHROME } = await harnessFlags(DIST);
const BASE = makeBaseline(REPO);
const R = {
  date: new Date().toISOString(),
  dist: DIST,
  machine: {
    nproc: availableParallelism(),
    cpu: cpus()[0] ? cpus()[0].model : "onbekend",
    memGB: (totalmem() / 2 ** 30).toFixed(1),
    loadStart: loadavg()[0].toFixed(2),
    chromium: chromiumVersion(CHROME),
    node: process.version,
    lighthouse: JSON.parse(readFileSync(join(REPO, "node_modules", "lighthouse", "package.json"), "utf8")).version,
  },
  settings: { runs: RUNS, cpuSlowdown: CPU_SLOWDOWN, args: ARGS, chromePath: CHROME },
  foreign: [],
  errors: new Set(),
};

// 1. Bytes of the first load, from the files (as scripts/size-check.mjs counts them).
R.sizes = { app: firstLoad(DIST), baseline: firstLoad(BASE) };
const hasWasm = R.sizes.app.some((r) => r.kind === "wasm");
const hasApp = R.sizes.app.some((r) => r.kind === "wasm" || r.kind === "js");
if (!hasWasm) log("let op: geen wasm in de eerste lading van dist/ (app niet gebouwd?)");

// Both sites on 127.0.0.1 with compression; the app's server can be switched off for step 5.
let offline = false;
const appServer = await startServer(DIST, 0, "127.0.0.1", { compress: true, offline: () => offline });
const baseServer = await startServer(BASE, 0, "127.0.0.1", { compress: true });
const APP = `http://127.0.0.1:${appServer.address().port}`;
const BASEURL = `http://127.0.0.1:${baseServer.address().port}`;
// Warm the servers' compression caches, so no run pays for brotli -q 11.
for (const [origin, rows] of [[APP, R.sizes.app], [BASEURL, R.sizes.baseline]]) {
  for (const r of rows) for (const enc of ["br", "gzip"]) await fetch(`${origin}/${r.name}`, { headers: { "accept-encoding": enc } }).then((x) => x.arrayBuffer());
}

const browser = await chromium.launch({ executablePath: CHROME, args: ARGS });
async function newPage(slow) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, permissions: ["clipboard-read", "clipboard-write"] });
  await context.addInitScript(pageProbes);
  const page = await context.newPage();
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (["http:", "https:", "ws:", "wss:"].includes(u.protocol) && u.hostname !== "127.0.0.1") R.foreign.push(r.url());
  });
  page.on("console", (m) => m.type() === "error" && R.errors.add(m.text().slice(0, 200)));
  page.on("pageerror", (e) => R.errors.add(String(e.message).slice(0, 200)));
  const cdp = await context.newCDPSession(page);
  if (slow) await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  return { context, page, cdp };
}
async function heap(cdp, page) {
  await cdp.send("HeapProfiler.collectGarbage").catch(() => {});
  try {
    const h = await cdp.send("Runtime.getHeapUsage");
    return { used: h.usedSize, total: h.totalSize, how: "CDP Runtime.getHeapUsage (na HeapProfiler.collectGarbage)" };
  } catch {
    const m = await page.evaluate(() => performance.memory && { used: performance.memory.usedJSHeapSize, total: performance.memory.totalJSHeapSize });
    return m ? { ...m, how: "performance.memory" } : null;
  }
}
// Waits for <html data-app-ready> by polling in the page's own world: Playwright's
// waitForSelector would inject its helper script (~0.6 MB of heap) and skew the heap figures.
async function appReady(page) {
  const until = Date.now() + (hasApp ? READY_MS : 0);
  do {
    if (await page.evaluate(() => document.documentElement.hasAttribute("data-app-ready")).catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 50));
  } while (Date.now() < until);
  return false;
}

// 1b. Bytes the browser really received on a first load (encoded, headers included).
async function transferred(url, waitApp) {
  const { context, page, cdp } = await newPage(false);
  await cdp.send("Network.enable");
  const seen = { bytes: 0, requests: 0 };
  cdp.on("Network.loadingFinished", (e) => {
    seen.bytes += e.encodedDataLength;
    seen.requests += 1;
  });
  await page.goto(url, { waitUntil: "load" });
  if (waitApp) await appReady(page);
  await page.waitForTimeout(500);
  const mem = await heap(cdp, page);
  // The same once Playwright's helper script is in the page (as during the journey).
  await page.locator("h1").count();
  const withHelper = await heap(cdp, page);
  await context.close();
  return { ...seen, heapAfterLoad: mem, heapWithHelper: withHelper };
}
log("overdracht en geheugen na laden");
R.transfer = { app: await transferred(APP + "/", true), baseline: await transferred(BASEURL + "/", false) };

// 3a. The floor: a click on text without a handler, on both pages, with the CPU slowed down.
log("vloer: klik zonder handler");
R.floor = {};
for (const [key, url, waitApp] of [["app", APP + "/", true], ["baseline", BASEURL + "/", false]]) {
  const { context, page } = await newPage(true);
  await page.goto(url, { waitUntil: "load" });
  if (waitApp) await appReady(page);
  R.floor[key] = await floor(page);
  await context.close();
}

// 3 + 4. The journey with the CPU slowed down, RUNS times in a fresh context each; memory after it.
log(`${RUNS}× de reis door de app met ${CPU_SLOWDOWN}× CPU-vertraging`);
R.journeys = [];
for (let i = 0; i < RUNS; i++) {
  const { context, page, cdp } = await newPage(true);
  await page.goto(APP + "/", { waitUntil: "load" });
  const ready = await appReady(page);
  const run = { ready };
  if (ready) {
    run.readyAt = await page.evaluate(() => window.__bench.readyAt);
    await page.waitForTimeout(300);
    run.heapAfterLoad = await heap(cdp, page);
    run.results = await journey(page);
    run.heapAfterJourney = await heap(cdp, page);
    run.wasm = await page.evaluate(() => window.__bench.memories());
  }
  R.journeys.push(run);
  await context.close();
}
const skipped = new Map();
R.interactions = INTERACTIONS.map((it) => {
  const got = R.journeys.map((j) => (j.results ? j.results[it.id] : { skipped: hasApp ? "app niet gestart" : "geen app-script in dist" }));
  const ok = got.filter((g) => g && typeof g.ms === "number");
  if (!ok.length) {
    skipped.set(it.id, got[0] && got[0].skipped);
    return { id: it.id, label: it.label, skipped: (got[0] && got[0].skipped) || "n.v.t." };
  }
  const et = ok.map((g) => g.eventTiming).filter((x) => x !== null);
  return {
    id: it.id,
    label: it.label,
    ms: median(ok.map((g) => g.ms)),
    worst: Math.max(...ok.map((g) => g.max ?? g.ms)),
    eventTiming: et.length ? median(et) : null,
    samples: ok.length,
  };
});

// 4a. The first visit of each step, RUNS times in a fresh context each (median per step).
log(`${RUNS}× het eerste bezoek aan elke stap`);
{
  const runs = [];
  for (let i = 0; hasApp && i < RUNS; i++) {
    const { context, page } = await newPage(true);
    await page.goto(APP + "/", { waitUntil: "load" });
    if (await appReady(page)) runs.push(await firstVisits(page).catch(() => []));
    await context.close();
  }
  const slugs = [...new Set(runs.flatMap((r) => r.map((v) => v.slug)))];
  R.firstVisits = slugs.map((slug) => {
    const xs = runs.map((r) => r.find((v) => v.slug === slug)).filter((v) => v && typeof v.ms === "number").map((v) => v.ms);
    return { slug, ms: xs.length ? median(xs) : null, worst: xs.length ? Math.max(...xs) : null, samples: xs.length };
  });
}

// 4b. Fifty saved cases of 200 signals each, open and then sealed (bench/scale.mjs).
log("schaal: 50 bewaarde casussen");
R.scale = hasApp ? await scaleRun({ newPage, appReady, APP, REPO, cpuSlowdown: CPU_SLOWDOWN, log }) : { cases: 50, signals: 200, error: "geen app-script in dist" };

// 5. Second load, then offline through the service worker (if there is one).
log("tweede lading en offline");
{
  const { context, page } = await newPage(false);
  const r = { sw: false };
  if (await page.goto(APP + "/", { waitUntil: "load" }).then(() => appReady(page))) {
    await page.waitForTimeout(1000);
    const regs = await page.evaluate(() => (navigator.serviceWorker ? navigator.serviceWorker.getRegistrations().then((x) => x.length) : 0));
    if (regs) await page.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((res) => setTimeout(res, 5000))]));
    await page.reload({ waitUntil: "load" });
    await appReady(page);
    r.onlineSecond = await page.evaluate(() => window.__bench.readyAt);
    r.sw = await page.evaluate(() => !!(navigator.serviceWorker && navigator.serviceWorker.controller));
    if (r.sw) {
      offline = true;
      await context.setOffline(true);
      const t = Date.now();
      const ok = await page.reload({ waitUntil: "load", timeout: 15000 }).then(() => appReady(page), () => false);
      r.offlineOk = ok;
      r.offline = ok ? await page.evaluate(() => window.__bench.readyAt) : null;
      r.offlineWall = Date.now() - t;
      offline = false;
    }
  } else r.note = "app niet gestart";
  R.offline = r;
  await context.close();
}
await browser.close();

// 2 + 6. Lighthouse, interleaved so drift hits both sites alike.
log(`Lighthouse: ${RUNS}× start (app), ${RUNS}× baseline, ${RUNS}× /casus (app)`);
R.lighthouse = { app: [], baseline: [], casus: [] };
const chrome = await startLighthouseChrome(CHROME, ARGS);
try {
  for (let i = 0; i < RUNS; i++) {
    R.lighthouse.app.push(await audit(chrome, APP + "/"));
    R.lighthouse.baseline.push(await audit(chrome, BASEURL + "/"));
    R.lighthouse.casus.push(await audit(chrome, APP + "/casus"));
    log(`Lighthouse ronde ${i + 1} klaar`);
  }
} finally {
  await chrome.kill();
}

await new Promise((r) => appServer.close(r));
await new Promise((r) => baseServer.close(r));
rmSync(BASE, { recursive: true, force: true });
R.seconds = Math.round((Date.now() - t0) / 1000);
R.machine.loadEnd = loadavg()[0].toFixed(2);
R.machine.benchmarkIndex = median(Object.values(R.lighthouse).flat().map((r) => r.benchmarkIndex));
R.budget = BUDGET_BROTLI_KB;

console.log(table(R));
if (skipped.size) {
  console.log("\nOvergeslagen interacties:");
  for (const [id, why] of skipped) console.log(`  ${id}: ${why}`);
}
if (R.foreign.length) console.log(`\nLET OP: verzoeken buiten 127.0.0.1: ${[...new Set(R.foreign)].join(", ")}`);
R.errors = [...R.errors];
if (R.errors.length) console.log(`\nFouten in de console van de pagina's: ${R.errors.slice(0, 3).join(" | ")}`);
const json = join(mkdtempSync(join(tmpdir(), "thuiswijzer-bench-")), "bench.json");
writeFileSync(json, JSON.stringify(R, null, 1));
if (REPORT !== "-") {
  writeFileSync(REPORT, report(R, existsSync(REPORT) ? readFileSync(REPORT, "utf8") : ""));
  console.log(`\nRapport: ${REPORT}`);
}
console.log(`Ruwe cijfers: ${json}\nDuur: ${R.seconds} s`);
