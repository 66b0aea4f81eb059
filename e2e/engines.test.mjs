// The core of the app in every engine (issue 17, "Every engine"): the same test bodies run in
// Chromium, Firefox ESR and WebKitGTK through the engine layer (engine.mjs; API in harness.mjs).
// One browser per engine for this file, a fresh profile and server per test; engines run one
// after the other. $THUISWIJZER_ENGINES=firefox (comma list) runs a subset.
// Each test ends with the privacy watch: no request beyond 127.0.0.1, no CSP violation, no
// console error (as far as each engine lets us see: see the LIMITS of each driver).
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchEngine, enginesToRun } from "./engine.mjs";

const SESSION_KEY = "thuiswijzer.sessie";
const PASS = "lange zin als wachtwoord";
const main = { css: "main" };
const h1 = (name) => ({ role: "heading", level: 1, name, within: main });

/** Every storage key Thuiswijzer owns (its keys start with "thuiswijzer"). */
const ownKeys = (s) => [...Object.keys(s.local), ...Object.keys(s.session)].filter((k) => k.startsWith("thuiswijzer"));
const allText = (s) => JSON.stringify(s);

async function next(tab, short, heading) {
  await tab.link(`Volgende: ${short}`);
  await tab.find(h1(heading));
}

async function answer(tab, legend, value) {
  await tab.check({ label: value, within: { role: "group", name: legend } });
}

/** Starts a case on /casus with a label, kept on the device or not, and a concern. */
async function startCase(tab, { label, keep, concern }) {
  await tab.goto("/casus");
  await tab.fill("Label voor deze casus", label);
  if (keep) await tab.check("Bewaar deze casus op dit apparaat");
  await tab.fill("Wat is uw zorg?", concern);
}

const TESTS = {
  async "the watch itself: a CSP violation and a console error in the page are caught"(s) {
    const tab = s.tab;
    await tab.goto("/");
    await tab.evaluate(() => {
      fetch("http://192.0.2.1/e2e-probe").catch(() => {});
      console.error("e2e probe");
    });
    const seen = () => s.problems.join("\n");
    const deadline = Date.now() + 5000;
    while (!(/CSP violation.*connect-src/.test(seen()) && /console error: e2e probe/.test(seen())) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.match(seen(), /CSP violation.*connect-src/, "the CSP violation is reported");
    assert.match(seen(), /console error: e2e probe/, "the console error is seen");
    await new Promise((r) => setTimeout(r, 700)); // every channel reports (some report twice)
    s.problems.length = 0;
    await s.assertClean("the watch, after its probe");
  },

  async "core journey: a teacher from the start page to the summary"(s) {
    const tab = s.tab;
    await tab.goto("/");
    await tab.find(h1("Thuiswijzer"));
    await tab.axe("start");
    await tab.check("Leraar");
    await tab.link(/^(Start een nieuwe casus|Verder met deze casus)$/);
    await tab.waitUrl(/\/casus$/);
    await tab.find(h1("Over de casus"));
    assert.match(await tab.evaluate(() => document.title), /^Over de casus – Stap 1 van 9/);

    await tab.fill("Label voor deze casus", "Groep 6, november");
    await tab.fill({ label: "Jaren" }, "9");
    await tab.check("Basisonderwijs");
    await tab.fill("Wat is uw zorg?", "Komt de laatste weken moe en zonder eten naar school.");
    assert.equal(await tab.checked({ role: "radio", name: "Leraar" }), true, "role carried over from the start page");
    await tab.axe("casus (filled)");

    await next(tab, "Signalen", "Signalen");
    await tab.check("Is vaak erg moe.");
    await tab.check({ label: "Het kind vertelde het", within: { css: ".signal:has(#signaal-erg_moe)" } });
    await tab.check({ label: "Herhaaldelijk", within: { css: ".signal:has(#signaal-erg_moe)" } });
    await tab.check("Verzuimt vaak of spijbelt.");
    await tab.waitText("2 signalen aangekruist.");
    await tab.axe("signalen (two ticked)");

    await next(tab, "Veiligheid", "Veiligheid");
    assert.match(await tab.text(main), /aandachtsfunctionaris/);
    await answer(tab, "Heeft het kind zelf verteld over geweld, mishandeling of misbruik?", "Nee");
    await answer(tab, /^Vraag 1:/, "Ja");
    await answer(tab, /^Vraag 2a:/, "Nee");
    await answer(tab, /^Vraag 2b:/, "Nee");
    await answer(tab, /^Vraag 3:/, "Ja");
    await answer(tab, /^Vraag 4:/, "Ja");
    await tab.waitText("De afweging wijst op hulp bieden of organiseren, zonder melding.", { css: "section.weighing" });
    assert.equal(await tab.count({ role: "alert" }), 0, "no acute alert");
    await tab.axe("veiligheid (answered)");

    await next(tab, "Gesprek", "Gesprek met ouders en kind");
    await next(tab, "Analyse", "Verklarende analyse voorbereiden");
    await tab.fill("Het kind: wat het nodig heeft en hoe het gaat", "Moe, mist ontbijt; leert goed als het uitgerust is.");
    await tab.fill("Wat u zag en hoorde", "Drie keer deze maand zonder ontbijt; twee dagen afwezig.");
    await tab.waitText(/^2 van \d+ onderdelen ingevuld\.$/);

    await next(tab, "Netwerk", "Netwerk en krachten");
    await tab.button("Persoon of plek toevoegen");
    await tab.fill("Wie (relatie, geen naam)", "oma van moederskant");
    await tab.fill("Wat kan deze persoon doen?", "twee middagen per week opvangen");
    await tab.axe("netwerk");

    await next(tab, "Opties", "Mogelijkheden om thuis te blijven");
    await answer(tab, /^Is er iemand in het eigen netwerk die kan helpen/, "Ja");
    await answer(tab, /^Dreigt een uithuisplaatsing/, "Nee");
    assert.equal(await tab.count("ul.option-list > li.option"), 13, "all thirteen options, none hidden");
    assert.match(await tab.text("#optie-eigen_netwerk .fit"), /Past bij de beschreven doelgroep$/);
    await tab.axe("opties (answered)");

    await next(tab, "Overzicht", "Controleer uw antwoorden");
    const review = await tab.text("dl.summary-list");
    for (const want of [/Groep 6, november/, /9 jaar en 0 maanden/, /Is vaak erg moe\./, /oma van moederskant: twee middagen per week opvangen/]) {
      assert.match(review, want);
    }
    await next(tab, "Samenvatting", "Samenvatting");
    assert.match(await tab.evaluate(() => document.title), /^Samenvatting – Stap 9 van 9/);
    await tab.axe("samenvatting");
    const file = await tab.download(() => tab.button("Download als tekstbestand"));
    assert.match(file.text, /Groep 6, november/);
    assert.match(file.text, /oma van moederskant/);
    await s.assertClean("teacher journey");
  },

  async "storage: a kept case survives a reload and is listed in a new tab; an unkept one is not"(s) {
    const tab = s.tab;
    await startCase(tab, { label: "Bewaarde casus groep 7", keep: true, concern: "Kind komt vaak te laat en is moe." });
    await tab.waitFor(() => Object.values({ ...localStorage }).some((v) => v.includes("vaak te laat")), null, { message: "the case in localStorage" });
    await tab.reload();
    await tab.find({ label: "Wat is uw zorg?" });
    assert.equal(await tab.value("Wat is uw zorg?"), "Kind komt vaak te laat en is moe.", "the working copy survives a reload");

    const other = await s.newTab("/");
    assert.match(await other.text("table.case-list"), /Bewaarde casus groep 7/);
    assert.equal(ownKeys({ local: {}, session: (await other.storage()).session }).length, 0, "a new tab starts without a working copy");
    await other.goto("/casus");
    await other.fill("Label voor deze casus", "Niet bewaarde casus");
    await other.waitFor((k) => (sessionStorage.getItem(k) || "").includes("Niet bewaarde"), SESSION_KEY, { message: "the working copy in sessionStorage" });
    await other.close();
    const third = await s.newTab("/");
    const list = await third.text("table.case-list");
    assert.match(list, /Bewaarde casus groep 7/);
    assert.doesNotMatch(list, /Niet bewaarde casus/);
    await third.close();
    await s.assertClean("storage");
  },

  async "lock: turn it on, a reload shows the lock screen, unlock, and wipe from the lock screen"(s) {
    const tab = s.tab;
    await startCase(tab, { label: "Casus slot groep 5", keep: true, concern: "Kind is vaak moe en stil." });
    await tab.waitFor(() => Object.values({ ...localStorage }).some((v) => v.includes("vaak moe")), null, { message: "the case in localStorage" });
    await tab.goto("/gegevens");
    await tab.fill("Kies een wachtwoord", PASS);
    await tab.fill("Typ het wachtwoord nog een keer", PASS);
    await tab.fill(/^Op slot na/, "15");
    await tab.button("Zet het slot aan");
    await tab.waitText("Het slot staat aan. De bewaarde casussen staan nu versleuteld");
    const sealed = await tab.storage();
    for (const secret of ["Casus slot groep 5", "vaak moe"]) assert.ok(!allText(sealed).includes(secret), `no "${secret}" in storage once locked`);

    await tab.reload();
    await tab.find(h1("Thuiswijzer is op slot"));
    assert.doesNotMatch(await tab.text(main), /Casus slot groep 5|vaak moe/);
    await tab.axe("lock screen");
    await tab.fill({ label: "Wachtwoord" }, "niet het goede wachtwoord");
    await tab.button("Ontgrendel");
    await tab.waitText("Dit wachtwoord is niet goed");
    await tab.fill({ label: "Wachtwoord" }, PASS);
    await tab.button("Ontgrendel");
    await tab.waitText("Het slot staat aan. Na 15 minuten");
    assert.match(await tab.text("table.case-list"), /Casus slot groep 5/);

    // Locked again (by a reload), then a forgotten passphrase: wipe from the lock screen.
    await tab.reload();
    await tab.find(h1("Thuiswijzer is op slot"));
    await tab.button("Alles wissen");
    await tab.button("Ja, wis alles");
    await tab.waitText("Alles is gewist");
    assert.deepEqual(ownKeys(await tab.storage()), [], "no Thuiswijzer key left");
    await tab.reload();
    assert.equal(await tab.count(h1("Thuiswijzer is op slot")), 0, "no lock screen after wiping");
    await s.assertClean("lock");
  },

  async "wipe: Alles wissen leaves no Thuiswijzer key in any storage"(s) {
    const tab = s.tab;
    await startCase(tab, { label: "Te wissen casus", keep: true, concern: "Wordt zo gewist." });
    await tab.waitFor(() => Object.values({ ...localStorage }).some((v) => v.includes("zo gewist")), null, { message: "the case in localStorage" });
    await tab.goto("/gegevens");
    await tab.axe("gegevens");
    await tab.button("Alles wissen");
    await tab.button("Ja, wis alles");
    await tab.waitText("Alles is gewist");
    const left = await tab.storage();
    assert.deepEqual(ownKeys(left), [], "no Thuiswijzer key left");
    assert.doesNotMatch(allText(left), /Te wissen casus|zo gewist/);
    assert.match(await tab.text(main), /geen casussen op dit apparaat/);
    await tab.goto("/casus");
    assert.equal(await tab.value("Label voor deze casus"), "", "nothing comes back on the case page");
    await s.assertClean("wipe");
  },

  async "export and import: an encrypted file round trip into a fresh tab"(s) {
    const tab = s.tab;
    const concern = "Zorg <script>alert(1)</script> blijft tekst.";
    await startCase(tab, { label: "Export test", keep: false, concern });
    await tab.goto("/gegevens");
    await tab.fill(/^Wachtwoord voor het bestand/, "een lang wachtwoord 123");
    const file = await tab.download(() => tab.button("Exporteer de open casus"));
    const json = JSON.parse(file.text);
    assert.equal(json.encrypted, true);
    assert.ok(json.kdf.iterations >= 600000);
    assert.doesNotMatch(file.text, /Export test|script/, "the export is encrypted");

    // A fresh tab (no working copy) imports it.
    const dir = mkdtempSync(join(tmpdir(), "tw-import-"));
    const path = join(dir, "casus.json");
    writeFileSync(path, file.text);
    const other = await s.newTab("/gegevens");
    await other.fill(/^Wachtwoord van het bestand/, "fout wachtwoord");
    await other.upload("Importeer een casus uit een bestand", path);
    await other.waitText(/wachtwoord/i, { css: "#import-melding" });
    assert.doesNotMatch(await other.text("#import-melding"), /geïmporteerd/);
    await other.fill(/^Wachtwoord van het bestand/, "een lang wachtwoord 123");
    await other.upload("Importeer een casus uit een bestand", path);
    await other.waitText("geïmporteerd", { css: "#import-melding" });
    await other.goto("/casus");
    assert.equal(await other.value("Label voor deze casus"), "Export test");
    assert.equal(await other.value("Wat is uw zorg?"), concern, "markup stayed text");
    await s.assertClean("export and import");
  },
};

for (const name of enginesToRun()) {
  describe(name, () => {
    let engine;
    before(async () => {
      engine = await launchEngine(name);
    });
    after(async () => {
      await engine?.close();
    });
    for (const [title, body] of Object.entries(TESTS)) {
      test(title, async () => {
        const s = await engine.session();
        try {
          await body(s);
        } finally {
          await s.close();
        }
      });
    }
  });
}
