// Figures, not a timed test (issue 13): a journey per role with a realistic case, once by the
// short route (role and age, what was seen, the safety weighing, the summary) and once by the
// full route (every step). It counts clicks and keystrokes, the words shown and the page height
// of every step at 1280 px with details closed, and the PDF pages of the default summary, and
// prints them as a table. A click is a mouse click (into a field too, unless the cursor is
// already there); moving on to the next field, or the one after, is a Tab (a keystroke), as a
// user at a keyboard does. The assertions are that the journey could be made, that the summary
// prints on one page and that the options step stays within 2,500 px; the numbers go to
// docs/benchmark.md by hand.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setup } from "./harness.mjs";
import { freshPage, expectHeading } from "./journeys-lib.mjs";

/** Counts what the user does and measures what the user sees. */
class Meter {
  constructor(page) {
    this.page = page;
    this.clicks = 0;
    this.keys = 0;
    this.steps = [];
  }
  async click(locator) {
    await locator.click();
    this.clicks += 1;
  }
  async check(locator) {
    await locator.check();
    this.clicks += 1;
  }
  /** Click into a field and type: one click, one keystroke per character. No click when the
   *  cursor is already there (a "toevoegen" button puts it in the new field). */
  async type(locator, text) {
    if (!(await locator.evaluate((el) => el === document.activeElement))) {
      await locator.click();
      this.clicks += 1;
    }
    await locator.fill(text);
    this.keys += text.length;
  }
  /** Move on with Tab to the next field and type: a keystroke per Tab instead of a click. Only
   *  where that field is the next stop or the one after (fails otherwise). */
  async tabType(locator, text, presses = 1) {
    for (let i = 0; i < presses; i++) await this.page.keyboard.press("Tab");
    this.keys += presses;
    assert.ok(await locator.evaluate((el) => el === document.activeElement), `Tab (${presses}×) reaches the field`);
    await locator.fill(text);
    this.keys += text.length;
  }
  async answer(legend, value) {
    await this.check(this.page.getByRole("group", { name: legend }).getByLabel(value, { exact: true }));
  }
  /** Follows "Volgende: …". */
  async next(short, heading) {
    await this.measure();
    await this.click(this.page.getByRole("link", { name: `Volgende: ${short}`, exact: true }));
    await expectHeading(this.page, heading);
  }
  /** "Naar de samenvatting" beside "Volgende" (the short route skips steps). */
  async toSummary() {
    await this.measure();
    await this.click(this.page.getByRole("link", { name: "Naar de samenvatting", exact: true }));
    await expectHeading(this.page, "Samenvatting");
  }
  /** Words in <main> and the page height, for the step on screen. */
  async measure() {
    const m = await this.page.evaluate(() => ({
      step: document.querySelector("main h1")?.innerText.trim() ?? location.pathname,
      words: (document.querySelector("main")?.innerText ?? "").split(/\s+/).filter(Boolean).length,
      height: document.documentElement.scrollHeight,
    }));
    this.steps.push(m);
  }
}

/** The realistic cases (the same people as tests/fixtures/), with what each step gets. */
const ROLES = [
  {
    role: "Huisarts",
    years: "14",
    concern: "Meisje van 14 komt voor de derde keer met hoofdpijn en buikpijn zonder lichamelijke oorzaak. Ze mist veel school en slaapt slecht.",
    signals: [
      ["Verzuimt vaak of spijbelt.", "Het kind vertelde het", "Deze maand"],
      ["Is vaak erg moe.", "Zelf gezien of gehoord", "Herhaaldelijk"],
    ],
    analysis: [["Het kind: wat het nodig heeft en hoe het gaat", "Slim meisje, sinds de zomer somber en vaak moe."]],
    network: ["oma (moederskant)", "ziet haar elke week"],
    step: ["Verwijzing naar de POH-Jeugd", "huisarts", "deze week"],
    parents: "We maken ons zorgen omdat uw dochter vaak hoofdpijn heeft en veel school mist. We willen samen kijken wat helpt.",
  },
  {
    role: "Leraar",
    years: "8",
    concern: "Sinds de kerstvakantie komt de leerling vaak moe en zonder eten op school en wordt hij te laat opgehaald.",
    signals: [
      ["Heeft vaak honger, of heeft geen eten of drinken bij zich.", "Het kind vertelde het", "Herhaaldelijk"],
      ["Is vaak erg moe.", "Zelf gezien of gehoord", "Herhaaldelijk"],
    ],
    analysis: [["Het kind: wat het nodig heeft en hoe het gaat", "Vrolijke jongen, sinds januari stiller en moe."]],
    network: ["buurvrouw", "haalt de kinderen soms op"],
    step: ["Gesprek met moeder", "leraar en intern begeleider", "volgende week"],
    parents: "We zien dat uw zoon vaak moe is en soms zonder eten op school komt. We willen graag met u praten over wat kan helpen.",
  },
  {
    role: "Lokaal team / jeugdprofessional",
    years: "2",
    concern: "Ouders zijn uitgeput sinds de geboorte van hun tweede kind; de peuter praat nog weinig en er zijn schulden.",
    signals: [
      ["Loopt achter in de taal- of spraakontwikkeling.", "Iemand anders", "Deze maand"],
      ["Gezin heeft schulden of betalingsachterstanden.", "Een ouder vertelde het", "Deze maand"],
    ],
    analysis: [["Wat u zag en hoorde", "Huisbezoek: huis netjes, moeder huilde; de peuter zegt nog geen tweewoordzinnen."]],
    network: ["buren", "kunnen af en toe oppassen"],
    step: ["Aanmelding bij schuldhulpverlening", "lokaal team", "deze week"],
    parents: "U vertelde dat u heel moe bent en dat er geldzorgen zijn. We willen bespreken hoe het lichter kan.",
  },
];

async function pdfPages(page) {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4" });
  await page.emulateMedia({ media: "screen" });
  const file = join(mkdtempSync(join(tmpdir(), "tw-fig-")), "s.pdf");
  writeFileSync(file, pdf);
  return Number(execFileSync("pdfinfo", [file], { encoding: "utf8" }).match(/Pages:\s+(\d+)/)[1]);
}

let t;
before(async () => {
  t = await setup();
});
after(async () => {
  await t?.close();
});

test("journey figures per role: short and full route", async () => {
  const rows = [];
  for (const r of ROLES) {
    for (const full of [false, true]) {
      const page = await freshPage(t, "/");
      await page.setViewportSize({ width: 1280, height: 900 });
      const m = new Meter(page);
      await m.measure();
      // Choosing the role starts the case (the role is asked here only).
      await m.click(page.getByRole("button", { name: r.role, exact: true }));
      await expectHeading(page, "Over de casus");
      await m.type(page.getByLabel("Jaren", { exact: true }), r.years);
      // The concern comes right after the age (years, months): two Tabs.
      await m.tabType(page.getByLabel("Wat is uw zorg?"), r.concern, 2);
      await m.next("Signalen", "Signalen");
      for (const [label, who, when] of r.signals) {
        const input = page.getByLabel(label, { exact: true });
        await m.check(input);
        const box = page.locator(".signal", { has: input });
        await m.check(box.getByLabel(who, { exact: true }));
        await m.check(box.getByLabel(when, { exact: true }));
      }
      await m.next("Veiligheid", "Veiligheid");
      await m.answer("Heeft het kind zelf verteld over geweld, mishandeling of misbruik?", "Nee");
      await m.answer(/^Vraag 1:/, "Nee");
      await m.answer(/^Vraag 2a:/, "Nee");
      await m.answer(/^Vraag 2b:/, "Nee");
      if (full) {
        await m.next("Gesprek", "Gesprek met ouders en kind");
        await m.next("Analyse", "Verklarende analyse voorbereiden");
        for (const [label, text] of r.analysis) await m.type(page.getByLabel(label, { exact: true }), text);
        await m.next("Netwerk", "Netwerk en krachten");
        // The first row is there to fill; focus is on the heading after "Volgende", so one Tab.
        await page.waitForFunction(() => document.activeElement?.matches("main h1"));
        await m.tabType(page.getByLabel("Wie (relatie, geen naam)"), r.network[0]);
        await m.tabType(page.getByLabel("Wat kan deze persoon doen?"), r.network[1]);
        await m.next("Opties", "Mogelijkheden om thuis te blijven");
        await m.answer(/^Is minstens één ouder of verzorger bereid om mee te doen/, "Ja");
        await m.answer(/^Dreigt een uithuisplaatsing/, "Nee");
        await m.click(page.getByRole("button", { name: "Afspraak toevoegen" }));
        await page.waitForFunction(() => document.activeElement?.id === "afspraak-1-wat");
        await m.type(page.getByLabel("Wat", { exact: true }), r.step[0]);
        await m.tabType(page.getByLabel("Wie (rol, geen naam)"), r.step[1]);
        await m.type(page.getByLabel("Wanneer in woorden (niet verplicht)"), r.step[2]);
        await m.next("Overzicht", "Controleer uw antwoorden");
        await m.next("Samenvatting", "Samenvatting");
      } else {
        await m.toSummary();
      }
      await m.measure();
      const reached = { clicks: m.clicks, keys: m.keys };
      const pages = await pdfPages(page);
      await m.check(page.getByLabel("Voor het gesprek met ouders", { exact: true }));
      await m.type(page.getByLabel("Wat wilt u met de ouders bespreken?"), r.parents);
      const parentPages = await pdfPages(page);
      assert.equal(pages, 1, `${r.role}: the default summary prints on one page`);
      assert.equal(parentPages, 1, `${r.role}: the parents' summary prints on one page`);
      const words = m.steps.reduce((n, s) => n + s.words, 0);
      rows.push({
        role: r.role,
        route: full ? "volledig" : "kort",
        clicks: `${reached.clicks} (+${m.clicks - reached.clicks})`,
        keys: `${reached.keys} (+${m.keys - reached.keys})`,
        words,
        steps: m.steps.map((s) => `${s.step} ${s.words}w/${s.height}px`).join("; "),
        tallest: Math.max(...m.steps.map((s) => s.height)),
        options: m.steps.find((s) => s.step === "Mogelijkheden om thuis te blijven")?.height,
        pages: `${pages}/${parentPages}`,
      });
    }
  }
  console.log("\nTot de samenvatting (tussen haakjes: daarna nog de tekst voor de ouders).");
  console.log("| rol | route | klikken | toetsaanslagen | woorden in beeld | hoogste stap (px, 1280 breed) | pdf-pagina's (collega/ouders) |");
  console.log("|---|---|---|---|---|---|---|");
  for (const x of rows) console.log(`| ${x.role} | ${x.route} | ${x.clicks} | ${x.keys} | ${x.words} | ${x.tallest} | ${x.pages} |`);
  console.log("\nPer stap (woorden / paginahoogte):");
  for (const x of rows) console.log(`- ${x.role}, ${x.route}: ${x.steps}`);
  // Issue 13: no step taller than 2,500 px at 1280 px with its details closed. Held here for
  // the options step, which reached it (two columns from 70em); the others are only printed.
  for (const x of rows.filter((r) => r.options)) assert.ok(x.options <= 2500, `${x.role}: Opties is ${x.options} px tall at 1280 px`);
});
