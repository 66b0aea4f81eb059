// Lighthouse 12 (npm `lighthouse`, pinned in package.json) with its default config: mobile
// form factor, simulated throttling (Lantern: 150 ms RTT, ~1.6 Mbps, 4× CPU). One Chromium
// (chrome-launcher, Debian's /usr/bin/chromium, the e2e flags) serves every run; Lighthouse
// resets storage and cache before each.
import lighthouse from "lighthouse";
import { launch } from "chrome-launcher";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
export const METRICS = {
  fcp: "first-contentful-paint",
  lcp: "largest-contentful-paint",
  tbt: "total-blocking-time",
  si: "speed-index",
  cls: "cumulative-layout-shift",
};

export async function startLighthouseChrome(chromePath, args) {
  process.env.CHROME_PATH = chromePath;
  return launch({
    chromePath,
    chromeFlags: args,
    userDataDir: mkdtempSync(join(tmpdir(), "thuiswijzer-lh-")),
    logLevel: "silent",
  });
}

/** One Lighthouse run; returns scores (0–100), metrics and what the report points at. */
export async function audit(chrome, url) {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: CATEGORIES,
    maxWaitForLoad: 30000,
  });
  const lhr = result.lhr;
  const scores = {};
  for (const c of CATEGORIES) scores[c] = lhr.categories[c] && lhr.categories[c].score !== null ? Math.round(lhr.categories[c].score * 100) : null;
  const metrics = {};
  for (const [k, id] of Object.entries(METRICS)) metrics[k] = lhr.audits[id] ? lhr.audits[id].numericValue : null;
  // Audits that cost points (weight > 0, score < 1), per category.
  const failing = {};
  for (const c of CATEGORIES) {
    const cat = lhr.categories[c];
    if (!cat) continue;
    failing[c] = cat.auditRefs
      .filter((r) => r.weight > 0 && lhr.audits[r.id] && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
      .map((r) => ({ id: r.id, title: lhr.audits[r.id].title, display: lhr.audits[r.id].displayValue || "" }));
  }
  const lcpEl = lhr.audits["largest-contentful-paint-element"];
  let lcpElement = null;
  try {
    const item = lcpEl.details.items[0].items ? lcpEl.details.items[0].items[0] : lcpEl.details.items[0];
    lcpElement = item.node ? item.node.snippet || item.node.selector : null;
  } catch {
    lcpElement = null;
  }
  return {
    url,
    scores,
    metrics,
    failing,
    lcpElement,
    runtimeError: lhr.runtimeError ? lhr.runtimeError.message : null,
    warnings: lhr.runWarnings || [],
    version: lhr.lighthouseVersion,
    benchmarkIndex: lhr.environment ? lhr.environment.benchmarkIndex : null,
  };
}
