// Helpers shared by the journey tests (journeys.test.mjs, keyboard.test.mjs, screenshots.mjs).
// One browser per test file; every journey gets a fresh tab so no case data leaks between them.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { open, focusLands } from "./harness.mjs";

/** Closes the current tab and opens a new one (fresh in-memory case, fresh sessionStorage). */
export async function freshPage(t, path = "/") {
  const old = t.page;
  t.page = await t.context.newPage();
  t.page.setDefaultTimeout(15000);
  if (old && !old.isClosed()) await old.close();
  t.problems.length = 0;
  await open(t, path);
  // A stored case (localStorage) must not carry over from an earlier journey.
  await t.page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  try {
    await open(t, path);
  } catch (e) {
    const state = await t.page
      .evaluate(() => `${location.href} readyState=${document.readyState} html=${document.documentElement.outerHTML.slice(0, 200)}`)
      .catch((x) => x.message);
    throw new Error(`${e.message.split("\n")[0]}; page: ${state}; problems: ${t.problems.join(" | ")}`);
  }
  return t.page;
}

/** Waits until the page heading (main h1) reads exactly `text`. */
export async function expectHeading(page, text) {
  await page.locator("main h1").filter({ hasText: text }).first().waitFor({ timeout: 5000 });
  assert.equal((await page.locator("main h1").innerText()).trim(), text);
}

/** Follows the "Volgende: …" link and waits for the next step's heading. */
export async function next(page, short, heading) {
  await page.getByRole("link", { name: `Volgende: ${short}`, exact: true }).click();
  await expectHeading(page, heading);
}

/** Uses the step list ("Stappen") to go to a step. */
export async function goStep(page, short, heading) {
  await page.getByRole("navigation", { name: "Stappen" }).getByRole("link", { name: short, exact: true }).click();
  await expectHeading(page, heading);
}

/** Waits for focus to land on the step heading (the app focuses it after the next paint). */
export async function expectFocusOnH1(page) {
  assert.equal(await focusLands(page, "H1"), "H1", "focus on the step heading");
}

/** Answers a Ja / Nee / Weet ik (nog) niet question by its legend. */
export async function answer(page, legend, value) {
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel(value, { exact: true }).check();
}

/** The options of src/content/options.toml, in content order: [{ id, name }]. */
export function contentOptions() {
  const file = fileURLToPath(new URL("../src/content/options.toml", import.meta.url));
  const text = readFileSync(file, "utf8");
  return text
    .split(/^\[\[options\]\]\s*$/m)
    .slice(1)
    .map((chunk) => ({
      id: chunk.match(/^id = "([^"]+)"/m)[1],
      name: chunk.match(/^name = "([^"]+)"/m)[1],
    }));
}
