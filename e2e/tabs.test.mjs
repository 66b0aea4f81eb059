// Privacy that holds across tabs, the back button, damaged storage and a full disk (issue 17):
// wiping and locking reach every tab and end with a fresh page, a page from the back/forward
// cache never brings a wiped case back, an unreadable store never lowers protection, and a
// failed write is told, not hidden.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, open, assertClean } from "./harness.mjs";

const STORE_KEY = "thuiswijzer.v1";
const SESSION_KEY = "thuiswijzer.sessie";
const PASS = "lange zin als wachtwoord";

const ready = (page) => page.waitForSelector("html[data-app-ready]");
const lockScreen = (page) => page.getByRole("heading", { level: 1, name: "Thuiswijzer is op slot" });
/** Everything this origin holds in web storage, as one string (to look for case text). */
const allStorage = (page) =>
  page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));
/** Marks the current page; a fresh page load loses the mark. */
const mark = (page) => page.evaluate(() => (window.__same_page = true));
const samePage = (page) => page.evaluate(() => window.__same_page === true);

async function wipe(page, t) {
  await open(t, "/gegevens");
  await page.getByRole("button", { name: "Alles wissen" }).click();
  await page.getByRole("button", { name: "Ja, wis alles" }).click();
  await page.getByText("Alles is gewist").waitFor();
}

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

test("back after Alles wissen does not bring the case back (back/forward cache)", async () => {
  const t = await setup();
  try {
    const { page } = t;
    await open(t, "/casus");
    await page.getByLabel("Label voor deze casus").fill("Casus die weg moet");
    await page.waitForFunction((k) => (sessionStorage.getItem(k) || "").includes("weg moet"), SESSION_KEY);
    // Another document in the same tab wipes everything; then the user goes back.
    await wipe(page, t);
    await page.goBack();
    await ready(page);
    await page.waitForTimeout(700);
    assert.equal(await page.getByLabel("Label voor deze casus").inputValue(), "", "the wiped case is not shown");
    assert.doesNotMatch(await allStorage(page), /weg moet/, "nor written back");

    // Where the browser keeps pages in its back/forward cache (this headless Chromium runs
    // with it switched off), a page that comes back from it is loaded afresh: it may show a
    // case that was wiped or locked meanwhile.
    await open(t, "/casus");
    await page.getByLabel("Label voor deze casus").fill("Casus uit de cache");
    await page.waitForFunction((k) => (sessionStorage.getItem(k) || "").includes("uit de cache"), SESSION_KEY);
    await mark(page);
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true })));
    await page.waitForFunction(() => window.__same_page !== true);
    await ready(page);
    assertClean(t, "back after wipe");
  } finally {
    await t.close();
  }
});

test("Alles wissen in one tab wipes the case open in another tab", async () => {
  const t = await setup();
  try {
    const a = t.page;
    await open(t, "/");
    const b = await t.context.newPage();
    await b.goto(t.origin + "/casus");
    await ready(b);
    await b.getByLabel("Label voor deze casus").fill("Casus in tab B");
    await b.waitForFunction((k) => (sessionStorage.getItem(k) || "").includes("tab B"), SESSION_KEY);
    await mark(b);

    await wipe(a, t);
    await b.waitForFunction(() => window.__same_page !== true);
    await ready(b);
    await b.waitForTimeout(700);
    assert.doesNotMatch(await b.locator("main").innerText(), /Casus in tab B/);
    assert.doesNotMatch(await allStorage(b), /tab B/, "tab B keeps no copy");
    assert.match(await b.locator("body").innerText(), /Alles is gewist in een ander tabblad/);
    await b.close();
    assertClean(t, "wipe in two tabs");
  } finally {
    await t.close();
  }
});

test("the lock going on, or Nu op slot, in one tab seals and locks every tab", async () => {
  const t = await setup();
  try {
    const a = t.page;
    await open(t, "/");
    const b = await t.context.newPage();
    await b.goto(t.origin + "/casus");
    await ready(b);
    await b.getByLabel("Label voor deze casus").fill("Open casus in tab B");
    await b.waitForFunction((k) => (sessionStorage.getItem(k) || "").includes("tab B"), SESSION_KEY);

    // Lock on in A: B seals its working copy and shows the lock screen on a fresh page.
    await mark(b);
    await turnLockOn(a, t);
    await lockScreen(b).waitFor();
    assert.equal(await samePage(b), false, "tab B was loaded afresh");
    assert.doesNotMatch(await allStorage(b), /tab B/, "no plain copy left in tab B");
    assert.match(await allStorage(b), /thuiswijzer-sessie/, "a sealed copy instead");
    await unlock(b);
    await b.getByLabel("Label voor deze casus").waitFor();
    assert.equal(await b.getByLabel("Label voor deze casus").inputValue(), "Open casus in tab B", "nothing lost");

    // Nu op slot in A locks B too, on fresh pages.
    await mark(a);
    await mark(b);
    await a.getByRole("button", { name: "Nu op slot" }).first().click();
    await lockScreen(a).waitFor();
    await lockScreen(b).waitFor();
    assert.equal(await samePage(a), false, "tab A was loaded afresh");
    assert.equal(await samePage(b), false, "tab B was loaded afresh");
    assert.doesNotMatch(await b.locator("body").innerText(), /Open casus in tab B/);
    await unlock(b);
    await b.getByLabel("Label voor deze casus").waitFor();
    assert.equal(await b.getByLabel("Label voor deze casus").inputValue(), "Open casus in tab B");
    await b.close();
    assertClean(t, "lock in two tabs");
  } finally {
    await t.close();
  }
});

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
    await page.getByLabel("Bewaar deze casus op dit apparaat").check();
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
