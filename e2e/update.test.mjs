// A new version of the app (issue 17, defect 9): the service worker of a new build waits, the
// page offers it, and "Nu bijwerken" takes it now: every tab loads afresh on the new version,
// and the open case is still there. Chromium only (service workers over Playwright).
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setup, open, assertClean, DIST } from "./harness.mjs";

const ready = (page) => page.waitForSelector("html[data-app-ready]");

test("a new version waits, is offered, and Nu bijwerken takes it now without losing the case", async () => {
  // A copy of the build, so this test can publish "the next version" of sw.js in it.
  const dist = mkdtempSync(join(tmpdir(), "tw-update-"));
  cpSync(DIST, dist, { recursive: true });
  const t = await setup({ dist });
  try {
    const { page } = t;
    await open(t, "/casus");
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await ready(page);
    assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), "the page is controlled");
    const oldVersion = readFileSync(join(dist, "sw.js"), "utf8").match(/const VERSION = "([^"]+)"/)[1];
    await page.getByLabel("Label voor deze casus").fill("Casus tijdens de update");
    await page.waitForFunction(() => (sessionStorage.getItem("thuiswijzer.sessie") || "").includes("tijdens de update"));
    const other = await t.context.newPage();
    await other.goto(t.origin + "/");
    await ready(other);
    await other.evaluate(() => (window.__same_page = true));

    // The next build is published: its worker installs and waits; the page offers it.
    const sw = readFileSync(join(dist, "sw.js"), "utf8");
    writeFileSync(join(dist, "sw.js"), sw.replace(`const VERSION = "${oldVersion}"`, `const VERSION = "${oldVersion}-volgende"`));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.evaluate(() => (window.__same_page = true));
    await page.getByText("Er is een nieuwe versie van Thuiswijzer.").waitFor();
    // It installs and then waits until the user takes it (the offer shows from the start of
    // the install).
    await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration()).waiting);
    await page.waitForTimeout(500);
    assert.ok(
      await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()).waiting),
      "the new version still waits",
    );
    assert.equal(await page.evaluate(() => window.__same_page), true, "nothing reloaded unasked");

    // "Nu bijwerken": the new worker takes over; this tab and the other load afresh.
    await page.getByRole("button", { name: "Nu bijwerken" }).click();
    await page.waitForFunction(() => window.__same_page !== true);
    await ready(page);
    await other.waitForFunction(() => window.__same_page !== true);
    await ready(other);
    const own = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("thuiswijzer:")));
    assert.deepEqual(own.map((k) => k.split(":").pop()), [`${oldVersion}-volgende`], "only the new version's cache is left");
    assert.equal(await page.getByText("Er is een nieuwe versie van Thuiswijzer.").count(), 0);
    assert.equal(await page.getByLabel("Label voor deze casus").inputValue(), "Casus tijdens de update", "the case is still there");
    await other.close();
    assertClean(t, "update");
  } finally {
    await t.close();
  }
});
