// Privacy proven in a real browser: nothing leaves 127.0.0.1, storage is opt-in, wiping wipes,
// unreadable data is kept and explained, a tampered import changes nothing, and the app works
// offline after the first visit.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setup, open, axe, assertClean, keepCase, sealedCaseStored, unlockPage } from "./harness.mjs";

const STORE_KEY = "thuiswijzer.v1";


test("a saved case survives a new session; an unsaved one does not; wiping wipes everything", async () => {
  const t = await setup();
  try {
    const { page } = t;
    await open(t, "/casus");
    await page.getByLabel("Label voor deze casus").fill("Bewaarde casus groep 7");
    await keepCase(page);
    await page.getByLabel("Wat is uw zorg?").fill("Kind komt vaak te laat en is moe.");
    // Give the write effect a moment, then read what the browser stored: sealed only.
    await sealedCaseStored(page);
    await page.waitForTimeout(700);
    const written = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    assert.doesNotMatch(written, /vaak te laat|Bewaarde casus/, "a kept case is never written unencrypted");

    // A reload keeps the working copy of this tab (behind the lock).
    await page.reload();
    await page.waitForSelector("html[data-app-ready]");
    await unlockPage(page);
    assert.equal(await page.getByLabel("Wat is uw zorg?").inputValue(), "Kind komt vaak te laat en is moe.");

    // A new tab is a new session: the saved case is listed, an unsaved one would be gone.
    const tab = await t.context.newPage();
    await tab.goto(t.origin + "/");
    await tab.waitForSelector("html[data-app-ready]");
    assert.equal(await tab.evaluate(() => sessionStorage.length), 0, "a new tab starts without a working copy");
    await unlockPage(tab);
    assert.match(await tab.locator("table.case-list").innerText(), /Bewaarde casus groep 7/);
    // The case list fits the width of a tablet in portrait too (issue 13: it overflowed
    // between about 640 and 900 px).
    // On the start page and on "Mijn casussen en privacy".
    for (const path of ["/", "/gegevens"]) {
      if (path !== "/") {
        await tab.goto(t.origin + path);
        await tab.waitForSelector("html[data-app-ready]");
        await unlockPage(tab);
        await tab.locator("table.case-list").waitFor();
      }
      for (const width of [640, 768, 900]) {
        await tab.setViewportSize({ width, height: 900 });
        const over = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(over <= 0, `the case list makes ${path} scroll sideways by ${over} px at ${width} px`);
      }
      await tab.setViewportSize({ width: 1280, height: 900 });
    }
    await tab.getByLabel("Label voor deze casus").count(); // start page has no such field
    await tab.goto(t.origin + "/casus");
    await tab.waitForSelector("html[data-app-ready]");
    await unlockPage(tab);
    await tab.getByLabel("Label voor deze casus").fill("Niet bewaarde casus");
    await tab.waitForFunction(() => (sessionStorage.getItem("thuiswijzer.sessie") || "").includes("thuiswijzer-sessie"));
    await tab.close();
    const third = await t.context.newPage();
    await third.goto(t.origin + "/");
    await third.waitForSelector("html[data-app-ready]");
    await unlockPage(third);
    const list = await third.locator("table.case-list").innerText();
    assert.match(list, /Bewaarde casus groep 7/);
    assert.doesNotMatch(list, /Niet bewaarde casus/);
    await third.close();

    // Another app on the same origin keeps its data through "Alles wissen".
    await page.evaluate(async () => {
      localStorage.setItem("andere-app", "blijft");
      sessionStorage.setItem("andere-app", "blijft");
      await (await caches.open("andere-app")).put("/andere-app", new Response("blijft"));
    });

    // Wipe everything, with confirmation.
    await page.goto(t.origin + "/gegevens");
    await page.waitForSelector("html[data-app-ready]");
    await unlockPage(page);
    await axe(page, "gegevens");
    await page.getByRole("button", { name: "Alles wissen" }).click();
    await page.getByRole("button", { name: "Ja, wis alles" }).click();
    await page.getByText("Alles is gewist").waitFor();
    const left = await page.evaluate(async () => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      caches: await caches.keys(),
    }));
    assert.deepEqual(left.local, ["andere-app"], "only the other app's key is left");
    assert.deepEqual(left.session, ["andere-app"]);
    // Only the other app's cache and the app's own files (refilled for offline use) are left.
    const scope = `thuiswijzer:${t.origin}/:`;
    assert.ok(left.caches.includes("andere-app"), "the other app's cache is kept");
    assert.deepEqual(left.caches.filter((k) => k !== "andere-app" && !k.startsWith(scope)), []);
    assert.match(await page.locator("main").innerText(), /geen casussen op dit apparaat/);
    assertClean(t, "storage journey");
  } finally {
    await t.close();
  }
});

test("the list of saved cases follows changes made on other pages, and a deletion asked on one page is not carried to the next", async () => {
  // The table is built once and kept while the app is unlocked (src/ui/widgets/stored.rs).
  const t = await setup();
  try {
    const { page } = t;
    await open(t, "/casus");
    await page.getByLabel("Label voor deze casus").fill("Lijstcasus groep 2");
    await keepCase(page);
    // Client-side navigation only: the app (and the kept table) stays in the page.
    await page.locator("header a.brand").click();
    const list = page.locator("table.case-list");
    await list.getByText("Lijstcasus groep 2").waitFor();
    await page.getByRole("button", { name: "Verwijderen Lijstcasus groep 2" }).click();
    await page.getByRole("button", { name: "Ja, verwijder" }).waitFor();
    await page.getByRole("link", { name: "Verder met deze casus" }).click();
    await page.getByLabel("Label voor deze casus").fill("Lijstcasus groep 3");
    await page.locator('header a[href$="gegevens"]').click();
    await page.getByRole("heading", { level: 1, name: "Mijn casussen en privacy" }).waitFor();
    await list.getByText("Lijstcasus groep 3").waitFor();
    assert.doesNotMatch(await list.innerText(), /groep 2/, "the row shows the new label");
    assert.equal(await page.getByRole("button", { name: "Ja, verwijder" }).count(), 0, "no deletion is being confirmed");
    await page.getByRole("button", { name: "Verwijderen Lijstcasus groep 3" }).click();
    await page.getByRole("button", { name: "Ja, verwijder" }).click();
    await page.getByText("Er zijn geen casussen op dit apparaat bewaard.").waitFor();
    await page.locator("header a.brand").click();
    await page.getByText("Er zijn geen casussen op dit apparaat bewaard.").waitFor();
    assert.equal(await page.locator("table.case-list").count(), 0);
    assertClean(t, "kept case list");
  } finally {
    await t.close();
  }
});

test("unreadable stored data is explained, kept untouched and not overwritten", async () => {
  const t = await setup();
  try {
    const { page } = t;
    await page.goto(t.origin + "/over");
    const corrupt = '{"format":"thuiswijzer-opslag","version":1,"cases":[{"id":"x"';
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORE_KEY, corrupt]);
    await open(t, "/gegevens");
    await page.getByRole("heading", { name: "De bewaarde gegevens zijn niet te lezen" }).waitFor();
    await axe(page, "gegevens, onleesbaar");
    // Typing in a case and asking to keep it must not overwrite the damaged data.
    await page.goto(t.origin + "/casus");
    await page.waitForSelector("html[data-app-ready]");
    await page.getByLabel("Label voor deze casus").fill("Nieuwe casus");
    await keepCase(page, { wait: false });
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORE_KEY), corrupt);

    // A future version is refused too, with its own message.
    await page.evaluate((k) => localStorage.setItem(k, '{"format":"thuiswijzer-opslag","version":99,"cases":[]}'), STORE_KEY);
    await open(t, "/gegevens");
    const msg = await page.locator("#onleesbaar").innerText();
    assert.match(msg, /nieuwere versie/i);

    // Store format 4: an index that names a case whose own key is missing. It is explained,
    // and setting it aside keeps the index and every case key found in one text.
    const index = JSON.stringify({ format: "thuiswijzer-opslag", version: 4, rev: 2, settings: { expiry_days: 30 },
      cases: [{ id: "a", saved_at_ms: Date.now(), expires_after_days: 30, part: 1 }, { id: "b", saved_at_ms: Date.now(), expires_after_days: 30, part: 2 }] });
    await page.evaluate(([k, v]) => { localStorage.setItem(k, v); localStorage.setItem(k + ".casus.a.1", '{"label":"Casus A"}'); }, [STORE_KEY, index]);
    await open(t, "/gegevens");
    assert.match(await page.locator("#onleesbaar").innerText(), /Een bewaarde casus ontbreekt/);
    await page.getByRole("button", { name: "Zet apart en begin opnieuw" }).click();
    await page.getByText("De onleesbare gegevens staan apart.").waitFor();
    const left = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    const aside = Object.keys(left).filter((k) => k.startsWith(STORE_KEY + ".onleesbaar."));
    assert.deepEqual(Object.keys(left).filter((k) => k.startsWith(STORE_KEY)), aside, "only the text set aside is left");
    assert.equal(aside.length, 1);
    assert.deepEqual(JSON.parse(left[aside[0]]), { [STORE_KEY]: index, [STORE_KEY + ".casus.a.1"]: '{"label":"Casus A"}' });
    assertClean(t, "unreadable storage");
  } finally {
    await t.close();
  }
});

test("cases an earlier version kept open: a passphrase being typed stays when the saved cases are read again", async () => {
  const t = await setup();
  try {
    const { page } = t;
    await page.goto(t.origin + "/over");
    const store = (labels) => JSON.stringify({
      format: "thuiswijzer-opslag", version: 2, settings: { expiry_days: 30, lock_after_minutes: 15 },
      cases: labels.map((label, i) => ({ id: `oud-${i}`, saved_at_ms: Date.now(), expires_after_days: 30, casus: { label } })),
    });
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORE_KEY, store(["Oude casus groep 3"])]);
    await open(t, "/gegevens");
    await page.getByRole("heading", { name: "Uw bewaarde casussen staan nog onversleuteld op dit apparaat" }).waitFor();
    const field = page.getByLabel("Wachtwoord voor het slot", { exact: true });
    await field.fill("half getypt wachtwoord");
    // A second tab writes the saved cases: this tab reads them again and lists the new one.
    const other = await t.context.newPage();
    await other.goto(t.origin + "/over");
    await other.evaluate(([k, v]) => localStorage.setItem(k, v), [STORE_KEY, store(["Oude casus groep 3", "Oude casus groep 4"])]);
    await page.locator("table.case-list").getByText("Oude casus groep 4").waitFor();
    assert.equal(await field.inputValue(), "half getypt wachtwoord");
    await other.close();
    assertClean(t, "open cases, passphrase kept");
  } finally {
    await t.close();
  }
});

test("export and import: encrypted round trip, wrong passphrase, tampered and wrong files", async () => {
  const t = await setup();
  const dir = mkdtempSync(join(tmpdir(), "tw-export-"));
  try {
    const { page } = t;
    await open(t, "/casus");
    await page.getByLabel("Label voor deze casus").fill("Export test");
    await page.getByLabel("Wat is uw zorg?").fill("Zorg <script>alert(1)</script> blijft tekst.");
    await page.goto(t.origin + "/gegevens");
    await page.waitForSelector("html[data-app-ready]");
    await page.getByLabel(/Wachtwoord voor het bestand/).fill("een lang wachtwoord 123");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Exporteer de open casus" }).click(),
    ]);
    const file = join(dir, "export.json");
    await download.saveAs(file);
    const text = readFileSync(file, "utf8");
    const json = JSON.parse(text);
    assert.equal(json.encrypted, true);
    assert.ok(json.kdf.iterations >= 600000);
    assert.doesNotMatch(text, /Export test|script/, "the export is encrypted");

    // Start a new case and import the file with the right passphrase.
    page.on("dialog", (d) => d.accept());
    let seen = 0;
    const importWith = async (path, pass) => {
      await page.getByLabel(/Wachtwoord van het bestand/).fill(pass);
      await page.getByLabel("Importeer een casus uit een bestand").setInputFiles(path);
      await page.waitForFunction((n) => Number(document.querySelector("#import-melding")?.dataset.n || 0) > n, seen);
      seen = Number(await page.locator("#import-melding").getAttribute("data-n"));
      return page.locator("#import-melding").innerText();
    };
    assert.match(await importWith(file, "een lang wachtwoord 123"), /geïmporteerd/);

    // Wrong passphrase.
    assert.match(await importWith(file, "fout wachtwoord"), /wachtwoord/i);
    // Tampered: flip a character of the ciphertext.
    const tampered = { ...json, data: (json.data[0] === "A" ? "B" : "A") + json.data.slice(1) };
    const tamperedPath = join(dir, "tampered.json");
    writeFileSync(tamperedPath, JSON.stringify(tampered));
    assert.match(await importWith(tamperedPath, "een lang wachtwoord 123"), /wachtwoord|gewijzigd|veranderd/i);
    // Not an export file at all.
    const wrongPath = join(dir, "wrong.json");
    writeFileSync(wrongPath, JSON.stringify({ hello: "world" }));
    const wrongMsg = await importWith(wrongPath, "");
    assert.doesNotMatch(wrongMsg, /geïmporteerd/);

    // The imported case is the exported one; markup stayed text.
    await page.goto(t.origin + "/casus");
    await page.waitForSelector("html[data-app-ready]");
    assert.equal(await page.getByLabel("Label voor deze casus").inputValue(), "Export test");
    assert.equal(await page.getByLabel("Wat is uw zorg?").inputValue(), "Zorg <script>alert(1)</script> blijft tekst.");
    assertClean(t, "export and import");
  } finally {
    await t.close();
  }
});

test("identifiers typed into free text are flagged beside the field", async () => {
  const t = await setup();
  try {
    const { page } = t;
    await open(t, "/casus");
    await page.getByLabel("Wat is uw zorg?").fill("Moeder belde van 06-12345678, BSN 111222333.");
    const warn = page.locator("#zorg-warn");
    await warn.waitFor();
    const text = await warn.innerText();
    assert.match(text, /BSN/);
    assert.match(text, /telefoon/i);
    await axe(page, "casus met waarschuwing");
    assertClean(t, "identifier warnings");
  } finally {
    await t.close();
  }
});

test("after the first visit the app works offline through the service worker", async () => {
  let offline = false;
  const t = await setup({ offline: () => offline });
  try {
    const { page } = t;
    await open(t, "/");
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForSelector("html[data-app-ready]");
    assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), "the page is controlled");
    offline = true;
    await t.context.setOffline(true);
    await page.goto(t.origin + "/signalen");
    await page.waitForSelector("html[data-app-ready]");
    assert.equal(await page.locator("h1").innerText(), "Signalen");
  } finally {
    await t.close();
  }
});

test("two tabs never silently overwrite each other's changes", async () => {
  const t = await setup();
  try {
    const a = t.page;
    await open(t, "/casus");
    await a.getByLabel("Label voor deze casus").fill("Gedeelde casus");
    await a.getByLabel("Jaren", { exact: true }).fill("7");
    await keepCase(a);
    await sealedCaseStored(a);

    const b = await t.context.newPage();
    await b.goto(t.origin + "/");
    await b.waitForSelector("html[data-app-ready]");
    await unlockPage(b);
    // The start page builds the first step ahead when idle (src/ui/bodies.rs), for the empty
    // case; the case opened from the list must show its own numbers there.
    await b.waitForTimeout(1500);
    await b.getByRole("button", { name: /Openen Gedeelde casus/ }).click();
    await b.waitForURL(/\/casus$/);
    assert.equal(await b.getByLabel("Label voor deze casus").inputValue(), "Gedeelde casus");
    assert.equal(await b.getByLabel("Jaren", { exact: true }).inputValue(), "7", "the age of the case opened");

    const banner = b.getByText("Deze casus is in een ander tabblad gewijzigd.");
    const stored = () => a.evaluate((k) => localStorage.getItem(k), STORE_KEY);

    // Tab A changes the saved case while tab B changed nothing: B shows A's version, no banner,
    // also on the next change (it used to appear on every other change).
    for (const text of ["Tab A schreef dit.", "Tab A schreef dit. En nog iets."]) {
      await a.getByLabel("Wat is uw zorg?").fill(text);
      await b.waitForFunction((v) => document.getElementById("zorg")?.value === v, text);
      assert.equal(await banner.count(), 0, `no conflict banner in tab B after "${text}"`);
    }
    // Number fields too (they keep what the user types, also when it is not valid).
    await a.getByLabel("Jaren", { exact: true }).fill("8");
    await b.waitForFunction(() => document.getElementById("leeftijd-jaren")?.value === "8");

    // Both tabs change it: the later one (B) is told and writes nothing until the user chooses.
    const beforeBoth = await stored();
    await a.getByLabel("Wat is uw zorg?").fill("Tab A schreef het laatst.");
    await b.getByLabel("Label voor deze casus").fill("Gedeelde casus, label uit tab B");
    await a.waitForFunction(([k, v]) => localStorage.getItem(k) !== v, [STORE_KEY, beforeBoth]);
    await banner.waitFor();
    const afterA = await stored();
    await b.getByLabel("Wat is uw zorg?").fill("Tab B typte dit terwijl de melding er stond.");
    await b.waitForTimeout(900); // longer than the pause before the saved copy is written
    assert.equal(await stored(), afterA, "tab B wrote nothing");

    // Loading A's version asks first, because B typed while the banner showed; "no" keeps it.
    let question = "";
    b.once("dialog", (d) => {
      question = d.message();
      d.dismiss();
    });
    await b.getByRole("button", { name: "Laad de versie uit het andere tabblad" }).click();
    await b.waitForTimeout(200);
    assert.match(question, /iets getypt nadat de melding/);
    assert.equal(await b.getByLabel("Wat is uw zorg?").inputValue(), "Tab B typte dit terwijl de melding er stond.", "nothing dropped");
    assert.equal(await banner.count(), 1, "still the user's choice");
    b.once("dialog", (d) => d.accept());
    await b.getByRole("button", { name: "Laad de versie uit het andere tabblad" }).click();
    await b.waitForFunction(() => document.getElementById("zorg")?.value === "Tab A schreef het laatst.");
    assert.equal(await b.getByLabel("Label voor deze casus").inputValue(), "Gedeelde casus");
    await b.close();
    assertClean(t, "two tabs");
  } finally {
    await t.close();
  }
});

test("after Alles wissen the app still works offline: the worker refills only its own cache", async () => {
  let offline = false;
  const t = await setup({ offline: () => offline });
  try {
    const { page } = t;
    await open(t, "/");
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForSelector("html[data-app-ready]");
    assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), "the page is controlled");
    await open(t, "/gegevens");
    await page.getByRole("button", { name: "Alles wissen" }).click();
    await page.getByRole("button", { name: "Ja, wis alles" }).click();
    await page.getByText("Alles is gewist").waitFor();
    // The app's files come back into the worker's own cache (no case data is in there).
    await page.waitForFunction(async () => {
      const own = (await caches.keys()).filter((k) => k.startsWith("thuiswijzer:"));
      if (own.length !== 1) return false;
      const urls = (await (await caches.open(own[0])).keys()).map((r) => r.url);
      return urls.some((u) => u.endsWith(".wasm")) && urls.some((u) => u.endsWith("/"));
    });
    offline = true;
    await t.context.setOffline(true);
    await page.goto(t.origin + "/signalen");
    await page.waitForSelector("html[data-app-ready]");
    assert.equal(await page.locator("h1").innerText(), "Signalen");
  } finally {
    await t.close();
  }
});
