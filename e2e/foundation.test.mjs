// The foundation: the built site loads from 127.0.0.1 only, the app takes over the static
// start screen, routing works, and axe finds no violation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, open, axe, assertClean } from "./harness.mjs";

test("start page loads, is accessible and routes to the first step", async () => {
  const t = await setup();
  try {
    await open(t, "/");
    const page = t.page;
    assert.equal(await page.locator("h1").innerText(), "Thuiswijzer");
    assert.match(await page.locator("body").innerText(), /Alles blijft op dit apparaat/);
    assert.match(await page.title(), /Thuiswijzer/);
    await axe(page, "start");

    await page.getByRole("button", { name: "Leraar", exact: true }).click();
    await page.waitForURL(/\/casus$/);
    assert.match(await page.title(), /Stap 1 van \d+/);
    assert.equal(await page.locator("h1").innerText(), "Over de casus");
    // Focus moved to the heading of the new step.
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), "H1");
    await axe(page, "casus");
    assertClean(t, "foundation journey");
  } finally {
    await t.close();
  }
});
