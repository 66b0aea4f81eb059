// The lock proven in a real browser: with a passphrase the saved cases and this tab's working
// copy are stored sealed (no case text in localStorage or sessionStorage), the app opens only
// with the right passphrase, locks on request, in other tabs and after a period without use,
// and it stays on while a case is kept (a kept case is never written unencrypted).
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, open, axe, assertClean, sealedCaseStored, focusLands } from "./harness.mjs";

const STORE_KEY = "thuiswijzer.v1";
const SESSION_KEY = "thuiswijzer.sessie";
const PASS = "lange zin als wachtwoord";
const LABEL = "Casus slot groep 5";
const CONCERN = "Kind is vaak moe en stil.";

const storage = (page) =>
  page.evaluate(([l, s]) => ({ local: localStorage.getItem(l) || "", session: sessionStorage.getItem(s) || "" }), [
    STORE_KEY,
    SESSION_KEY,
  ]);

async function startCase(t) {
  const { page } = t;
  await open(t, "/casus");
  await page.getByLabel("Label voor deze casus").fill(LABEL);
  await page.getByLabel("Wat is uw zorg?").fill(CONCERN);
  // Not kept yet: keeping needs the lock. This tab's working copy is open while the lock is off.
  await page.waitForFunction((k) => (sessionStorage.getItem(k) || "").includes("vaak moe"), SESSION_KEY);
}

async function turnLockOn(page, minutes = "15") {
  await page.getByLabel("Kies een wachtwoord").fill(PASS);
  await page.getByLabel("Typ het wachtwoord nog een keer").fill(PASS);
  await page.getByLabel("Op slot na").fill(minutes);
  await page.getByRole("button", { name: "Zet het slot aan" }).click();
  await page.getByText("Het slot staat aan. De bewaarde casussen staan nu versleuteld").waitFor();
}

const lockScreen = (page) => page.getByRole("heading", { level: 1, name: "Thuiswijzer is op slot" });

async function unlock(page, pass) {
  await page.getByLabel("Wachtwoord", { exact: true }).fill(pass);
  await page.getByRole("button", { name: "Ontgrendel" }).click();
}

test("the lock seals the saved cases and the working copy, and opens only with the passphrase", async () => {
  const t = await setup();
  try {
    const { page } = t;
    await startCase(t);

    // A second tab that is open while the lock goes on.
    const other = await t.context.newPage();
    await other.goto(t.origin + "/");
    await other.waitForSelector("html[data-app-ready]");

    await page.goto(t.origin + "/gegevens");
    await page.waitForSelector("html[data-app-ready]");
    // Bad input gets a clear message and changes nothing.
    await page.getByLabel("Kies een wachtwoord").fill("kort");
    await page.getByLabel("Typ het wachtwoord nog een keer").fill("kort");
    await page.getByRole("button", { name: "Zet het slot aan" }).click();
    await page.locator("#slot-melding", { hasText: "minstens 10 tekens" }).waitFor();
    await page.getByLabel("Kies een wachtwoord").fill(PASS);
    await page.getByLabel("Typ het wachtwoord nog een keer").fill(PASS + "!");
    await page.getByRole("button", { name: "Zet het slot aan" }).click();
    await page.locator("#slot-melding", { hasText: "niet hetzelfde" }).waitFor();
    await page.getByLabel("Op slot na").fill("0");
    await page.getByLabel("Typ het wachtwoord nog een keer").fill(PASS);
    await page.getByRole("button", { name: "Zet het slot aan" }).click();
    await page.locator("#slot-melding", { hasText: "Vul een heel aantal minuten in" }).waitFor();
    assert.doesNotMatch((await storage(page)).local, /"lock"/, "nothing locked after bad input");

    await turnLockOn(page);
    // With the lock on, keeping uses it: no passphrase is asked, the case is sealed at once.
    await page.getByLabel("Bewaar deze casus op dit apparaat").check();
    await page.locator("#bewaar-uitleg", { hasText: /^Bewaard in deze browser/ }).waitFor();
    await sealedCaseStored(page);
    await axe(page, "gegevens with the lock on");
    let s = await storage(page);
    assert.match(s.local, /"lock":\{"kdf":\{"name":"PBKDF2-SHA256","iterations":600000/);
    assert.match(s.local, /"cipher":"AES-GCM"/);
    for (const secret of [LABEL, "vaak moe", "\"label\""]) {
      assert.ok(!s.local.includes(secret), `localStorage holds no ${secret}`);
      assert.ok(!s.session.includes(secret), `sessionStorage holds no ${secret}`);
    }
    assert.match(s.session, /"format":"thuiswijzer-sessie"/);

    // The other tab has no key: it shows the lock screen.
    await lockScreen(other).waitFor();
    assert.doesNotMatch(await other.locator("main").innerText(), /Casus slot groep 5/);
    await other.close();

    // After a reload only the lock screen shows, and a wrong passphrase is refused.
    await page.reload();
    await page.waitForSelector("html[data-app-ready]");
    await lockScreen(page).waitFor();
    assert.equal(await page.title(), "Op slot – Thuiswijzer");
    assert.doesNotMatch(await page.locator("main").innerText(), /Casus slot groep 5|vaak moe/);
    await axe(page, "lock screen");
    await page.getByRole("button", { name: "Ontgrendel" }).click();
    await page.getByText("Vul uw wachtwoord in.").waitFor();
    await unlock(page, "niet het goede wachtwoord");
    await page.getByText("Dit wachtwoord is niet goed").waitFor();
    assert.equal(await focusLands(page, "slot-wachtwoord"), "slot-wachtwoord", "focus back on the field");
    await axe(page, "lock screen with an error");
    await unlock(page, PASS);
    await page.getByText("Het slot staat aan. Na 15 minuten").waitFor();
    assert.match(await page.locator("table.case-list").innerText(), /Casus slot groep 5/);
    await page.goto(t.origin + "/casus");
    await page.waitForSelector("html[data-app-ready]");
    await lockScreen(page).waitFor();
    await unlock(page, PASS);
    await page.getByLabel("Wat is uw zorg?").waitFor();
    assert.equal(await page.getByLabel("Wat is uw zorg?").inputValue(), CONCERN, "the working copy comes back");

    // Changes while unlocked are stored sealed.
    await page.getByLabel("Wat is uw zorg?").fill(CONCERN + " Eet slecht.");
    await page.waitForTimeout(300);
    s = await storage(page);
    assert.ok(!s.local.includes("Eet slecht") && !s.session.includes("Eet slecht"), "new text is sealed too");

    // "Nu op slot": the case leaves the page; the sealed copy stays.
    await page.getByRole("button", { name: "Nu op slot" }).click();
    await lockScreen(page).waitFor();
    assert.equal(await focusLands(page, "slot-kop"), "slot-kop", "focus on the lock screen heading");
    assert.doesNotMatch(await page.locator("body").innerText(), /vaak moe|Casus slot groep 5/);
    await unlock(page, PASS);
    await page.getByLabel("Wat is uw zorg?").waitFor();
    assert.equal(await page.getByLabel("Wat is uw zorg?").inputValue(), CONCERN + " Eet slecht.", "nothing lost by locking");

    // The lock stays on while a case is kept (kept cases are always sealed); once none is
    // kept, turning it off stores this tab's working copy open again.
    await page.goto(t.origin + "/gegevens");
    await page.waitForSelector("html[data-app-ready]");
    await lockScreen(page).waitFor();
    // By keyboard: Enter in the field unlocks, and focus goes to the page heading.
    await page.getByLabel("Wachtwoord", { exact: true }).fill(PASS);
    await page.getByLabel("Wachtwoord", { exact: true }).press("Enter");
    await page.getByRole("heading", { level: 1, name: "Mijn casussen en privacy" }).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === "H1");
    await page.getByRole("button", { name: "Slot uitzetten" }).click();
    await page.getByRole("button", { name: "Ja, zet het slot uit" }).click();
    await page.locator("#slot-melding", { hasText: "Het slot blijft aan zolang er casussen op dit apparaat bewaard zijn" }).waitFor();
    assert.match((await storage(page)).local, /"lock"/, "still sealed");
    await page.getByRole("button", { name: /^Verwijderen Casus slot groep 5/ }).click();
    await page.getByRole("button", { name: "Ja, verwijder" }).click();
    await page.getByText("Er zijn geen casussen op dit apparaat bewaard.").waitFor();
    await page.getByRole("button", { name: "Slot uitzetten" }).click();
    await page.getByRole("button", { name: "Ja, zet het slot uit" }).click();
    await page.getByText("Het slot staat uit.").waitFor();
    await page.waitForFunction((k) => (sessionStorage.getItem(k) || "").includes("Eet slecht"), SESSION_KEY);
    s = await storage(page);
    assert.doesNotMatch(s.local, /"lock"/);
    assert.doesNotMatch(s.local, /Eet slecht/, "a case that is not kept is not in localStorage");
    await page.reload();
    await page.waitForSelector("html[data-app-ready]");
    assert.equal(await lockScreen(page).count(), 0, "no lock screen once the lock is off");
    assertClean(t, "lock journey");
  } finally {
    await t.close();
  }
});

test("the app locks itself after the chosen minutes without use, and a forgotten passphrase can only wipe", async () => {
  const t = await setup();
  try {
    const { page } = t;
    await page.clock.install();
    await startCase(t);
    await page.goto(t.origin + "/gegevens");
    await page.waitForSelector("html[data-app-ready]");
    await turnLockOn(page, "1");

    // Use within the minute keeps it open.
    await page.clock.fastForward("00:40");
    await page.keyboard.press("Shift");
    await page.clock.fastForward("00:40");
    await page.waitForTimeout(200);
    assert.equal(await lockScreen(page).count(), 0, "not locked while in use");

    // A minute without use locks it.
    await page.clock.fastForward("01:10");
    await lockScreen(page).waitFor();
    assert.doesNotMatch(await page.locator("body").innerText(), /vaak moe|Casus slot groep 5/);

    // Forgotten passphrase: wipe everything, with confirmation.
    await page.getByRole("button", { name: "Alles wissen" }).click();
    await page.getByRole("button", { name: "Ja, wis alles" }).click();
    await page.getByText("Alles is gewist").waitFor();
    const left = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
    assert.deepEqual(left, { local: 0, session: 0 });
    assertClean(t, "inactivity lock");
  } finally {
    await t.close();
  }
});
