// Privacy that holds with damaged storage and a full disk (issue 17): an unreadable store never
// lowers protection, and a failed write is told, not hidden. The tab and back/forward tests run
// in every engine (engines.test.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, open, assertClean, keepCase } from "./harness.mjs";

const STORE_KEY = "thuiswijzer.v1";
const PASS = "lange zin als wachtwoord";

const ready = (page) => page.waitForSelector("html[data-app-ready]");
const lockScreen = (page) => page.getByRole("heading", { level: 1, name: "Thuiswijzer is op slot" });
/** Everything this origin holds in web storage, as one string (to look for case text). */
const allStorage = (page) =>
  page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));

async function turnLockOn(page, t) {
  await open(t, "/gegevens");
  await page.getByLabel("Kies een wachtwoord").fill(PASS);
  await page.getByLabel("Typ het wachtwoord nog een keer").fill(PASS);
  await page.getByRole("button", { name: "Zet het slot aan" }).click();
  await page.getByText("Het slot staat aan.").first().waitFor();
}

async function unlock(page) {
  await page.getByLabel("Wachtwoord", { exact: true }).fill(PASS);
  await page.getByRole("button", { name: "Ontgrendel" }).click();
}

// Back after "Alles wissen", wiping in another tab, and locking in another tab (defects 1-4)
// run in every engine: e2e/engines.test.mjs ("tabs: ...").

test("a store whose lock was edited never switches the lock off, even after the right passphrase", async () => {
  const t = await setup();
  try {
    const { page } = t;
    await open(t, "/casus");
    await page.getByLabel("Label voor deze casus").fill("Casus met slot");
    await turnLockOn(page, t);
    await open(t, "/casus");
    await lockScreen(page).waitFor();
    // Someone edits the lock parameters in storage.
    await page.evaluate((k) => {
      const s = JSON.parse(localStorage.getItem(k));
      s.lock.kdf.iterations = 1000;
      localStorage.setItem(k, JSON.stringify(s));
    }, STORE_KEY);
    await page.reload();
    await ready(page);
    await lockScreen(page).waitFor();
    await unlock(page);
    await page.waitForTimeout(800);
    await page.getByLabel("Label voor deze casus").fill("Casus met slot, gewijzigd");
    await page.waitForTimeout(800);
    assert.doesNotMatch(await allStorage(page), /Casus met slot/, "nothing written in plain text");
    assert.doesNotMatch(await page.locator("body").innerText(), /Het slot staat uit/);
  } finally {
    await t.close();
  }
});

test("a full storage is told: the case stays in the tab and is not called Bewaard", async () => {
  const t = await setup();
  try {
    const { page } = t;
    await open(t, "/casus");
    await page.getByLabel("Label voor deze casus").fill("Casus bij volle opslag");
    // Fill localStorage to the quota with another key.
    await page.evaluate(() => {
      let chunk = "x".repeat(512 * 1024);
      for (let i = 0; ; i++) {
        try {
          localStorage.setItem(`vol.${i}`, chunk);
        } catch {
          if (chunk.length < 16) break;
          chunk = chunk.slice(0, chunk.length / 2);
        }
      }
    });
    await keepCase(page, { wait: false });
    await page.getByText("Opslaan op dit apparaat lukt niet").first().waitFor();
    assert.doesNotMatch(await page.locator("#bewaar-uitleg").innerText(), /^Bewaard/);
    assert.match(await page.locator("#bewaar-uitleg").innerText(), /Niet bewaard/);
    assert.equal(await page.getByLabel("Label voor deze casus").inputValue(), "Casus bij volle opslag");

    // The same for this tab's working copy (sessionStorage), on a fresh page.
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("vol.")).forEach((k) => localStorage.removeItem(k)));
    await page.getByLabel("Bewaar deze casus op dit apparaat").uncheck();
    await open(t, "/casus");
    assert.equal(await page.getByText("Opslaan op dit apparaat lukt niet").count(), 0);
    await page.evaluate(() => {
      let chunk = "x".repeat(512 * 1024);
      for (let i = 0; ; i++) {
        try {
          sessionStorage.setItem(`vol.${i}`, chunk);
        } catch {
          if (chunk.length < 16) break;
          chunk = chunk.slice(0, chunk.length / 2);
        }
      }
    });
    await page.getByLabel("Label voor deze casus").fill("Casus bij volle opslag, meer tekst die niet past");
    await page.getByText("Opslaan op dit apparaat lukt niet").first().waitFor();
    assert.equal(
      await page.getByLabel("Label voor deze casus").inputValue(),
      "Casus bij volle opslag, meer tekst die niet past",
      "the case stays in memory",
    );
  } finally {
    await t.close();
  }
});
