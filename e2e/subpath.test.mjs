// Hosting under a sub-path: the site built with `--public-url /thuiswijzer/` (make dist-sub),
// served only under /thuiswijzer/, loads, routes, answers a deep link, registers its service
// worker for that path and asks for nothing outside it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { setup, open, assertClean } from "./harness.mjs";

const SUB_DIST = process.env.THUISWIJZER_SUB_DIST || "target/dist-sub";

test("the site built for a sub-path works under that path", async () => {
  assert.ok(existsSync(join(SUB_DIST, "index.html")), `${SUB_DIST}/index.html is missing; run \`make dist-sub\``);
  const t = await setup({ dist: SUB_DIST, prefix: "/thuiswijzer/" });
  try {
    const { page } = t;
    await open(t, "/");
    assert.equal(await page.locator("main h1").innerText(), "Thuiswijzer");
    await page.getByRole("button", { name: "Leraar", exact: true }).click();
    await page.waitForURL(/\/thuiswijzer\/casus$/);
    assert.equal(await page.locator("main h1").innerText(), "Over de casus");
    await page.getByRole("link", { name: /^Volgende: / }).click();
    await page.waitForURL(/\/thuiswijzer\/signalen$/);

    // A deep link paints its own heading before the wasm (the route screens find their route
    // under the path), is answered with the app, and the static header links stay under the path.
    let release;
    const held = new Promise((r) => (release = r));
    await page.route(/\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${t.origin}/thuiswijzer/samenvatting`);
    assert.equal(await page.locator("main h1").innerText(), "Samenvatting");
    release();
    await page.waitForSelector("html[data-app-ready]");
    await page.unroute(/\.wasm$/);
    await page.locator("main h1", { hasText: "Samenvatting" }).waitFor();
    await page.getByRole("link", { name: "Mijn casussen en privacy" }).click();
    await page.waitForURL(/\/thuiswijzer\/gegevens$/);
    await page.locator("main h1", { hasText: "Mijn casussen en privacy" }).waitFor();

    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(scope, `${t.origin}/thuiswijzer/`);
    const outside = t.requests.filter((u) => u.startsWith("http") && !u.startsWith(`${t.origin}/thuiswijzer/`));
    assert.deepEqual(outside, [], "every request stays under /thuiswijzer/");
    assertClean(t, "sub-path");
  } finally {
    await t.close();
  }
});
