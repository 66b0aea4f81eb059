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

    // The role is asked once: on the start page a role button starts the case. A deep link to
    // the Casus step without a role asks it there; the role alone is no case yet, so the start
    // page still offers the role buttons.
    await open(t, "/casus");
    await page.getByRole("radio", { name: "Huisarts", exact: true }).check();
    assert.equal(await page.getByRole("button", { name: "Wijzig uw rol" }).isVisible(), false, "the radio buttons stay while the user is on the step");
    await open(t, "/");
    await page.getByRole("button", { name: "Leraar", exact: true }).click();
    await page.waitForURL(/\/casus$/);
    assert.match(await page.locator(".role-shown").innerText(), /^Uw rol: Leraar/);
    assert.equal(await page.getByRole("radio", { name: "Leraar", exact: true }).count(), 0);
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
