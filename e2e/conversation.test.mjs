// The conversation (issue 15): a teacher prepares the talk with the parents on the step
// "Gesprek" (guidance for the role and situation, closed by default), prints the gesprekskaart
// (one A4, read back from Chromium's PDF), records the parents' view and the child's words, and
// finds them beside the analysis and in the summaries; the parents' version carries the child's
// words only after the explicit choice. axe on every new screen.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setup, open, axe, assertClean } from "./harness.mjs";
import { expectHeading, next, goStep, answer } from "./journeys-lib.mjs";

const casus = JSON.parse(readFileSync(new URL("../tests/fixtures/leraar_8.json", import.meta.url), "utf8"));
const EXPLANATION = "Sinds vader weg is, lukt het ’s ochtends niet om alles klaar te hebben.";
const WISH = "Dat mama niet meer moe is";
const CARD = "Gesprekskaart (voor uzelf, bij het gesprek met ouders)";
const flat = (s) => s.replace(/\s+/g, " ");

async function printed(page) {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", printBackground: false });
  await page.emulateMedia({ media: "screen" });
  const file = join(mkdtempSync(join(tmpdir(), "tw-kaart-")), "gesprekskaart.pdf");
  writeFileSync(file, pdf);
  const pages = Number(execFileSync("pdfinfo", [file], { encoding: "utf8" }).match(/Pages:\s+(\d+)/)[1]);
  return { pages, text: execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }) };
}

test("a teacher prepares the talk, prints the gesprekskaart, records the parents' view and the child's words", async () => {
  const t = await setup();
  try {
    const page = t.page;
    page.setDefaultTimeout(15000);
    await page.goto(t.origin + "/over");
    await page.evaluate((c) => {
      sessionStorage.setItem("thuiswijzer.sessie", JSON.stringify({ case_id: null, base_saved_at_ms: null, casus: c }));
    }, casus);
    await open(t, "/veiligheid");
    await next(page, "Gesprek", "Gesprek met ouders en kind");
    assert.match(await page.title(), /^Gesprek met ouders en kind – Stap 4 van 8/);

    // Prepare: the guidance is closed by default; the teacher's own opening, no GP text; the
    // neglect signals of the case bring their tip; never announce a report, never promise secrecy.
    const part = (name) => page.locator("details.talk-part", { has: page.locator("summary", { hasText: name }) });
    assert.equal(await part("Wat u nu nog niet zegt of belooft").getAttribute("open"), null, "closed by default");
    await part("Wat u nu nog niet zegt of belooft").locator(":scope > summary").click();
    await page.getByText(/^Kondig in dit gesprek geen melding aan\./).waitFor();
    await page.getByText(/^Beloof een kind geen geheimhouding\./).waitFor();
    await part("Openen").locator(":scope > summary").click();
    await page.getByText(/intern begeleider, zorgcoördinator of aandachtsfunctionaris wie het gesprek/).waitFor();
    assert.equal(await page.getByText(/spreken, tenzij/).count(), 0, "no GP guidance for a teacher");
    await part("De zorg: wat u zag en hoorde").locator(":scope > summary").click();
    await page.getByText(/^Bij zorgen over eten, kleding, slaap of gezondheid/).waitFor();
    const share = page.getByRole("region", { name: "Mag ik dit delen?" });
    await share.getByText("School en de AVG", { exact: true }).waitFor();
    assert.equal(await share.getByText("Beroepsgeheim", { exact: true }).count(), 0);
    await axe(page, "gesprek (voorbereiden)");

    // The gesprekskaart: one A4 with the facts and the guidance.
    await page.getByRole("link", { name: "Naar de gesprekskaart (samenvatting)" }).click();
    await expectHeading(page, "Samenvatting");
    // Where a summary is shared, the same check for the role, closed by default.
    const check = page.locator("details.share-check");
    assert.equal(await check.getAttribute("open"), null);
    await check.locator("summary").first().click();
    await check.getByText("School en de AVG", { exact: true }).waitFor();
    assert.equal(await check.getByText("Beroepsgeheim", { exact: true }).count(), 0);
    await page.getByLabel(CARD, { exact: true }).check();
    await page.locator(".summary-title", { hasText: "Gesprekskaart" }).waitFor();
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      const { pages, text } = await printed(page);
      assert.equal(pages, 1, `the gesprekskaart fits one A4 at ${width} px; got ${pages} pages`);
      assert.match(flat(text), /Kondig in dit gesprek geen melding aan/);
      assert.match(flat(text), /Heeft vaak honger/, "the facts of the case");
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await axe(page, "gesprekskaart");

    // Record what the parents and the child said; identifier warnings apply to the new fields.
    await goStep(page, "Gesprek", "Gesprek met ouders en kind");
    // Opened guidance stays open when an answer changes other parts (built anew, it closed).
    await part("Openen").locator(":scope > summary").click();
    const childPrompts = page.locator("section[aria-labelledby=gesprek-kind] details.more").first();
    await childPrompts.locator(":scope > summary").click();
    await answer(page, "Wonen de ouders met gezag apart, of is er een (v)echtscheiding?", "Ja");
    await part("Beide ouders met gezag").locator(":scope > summary").click();
    await page.getByText(/^Wonen de ouders apart of is er een \(v\)echtscheiding\? Spreek ze zo nodig apart/).waitFor();
    // An opened rule of "Mag ik dit delen?" stays open while the page is filled in (each
    // change of the case built the rules anew, closed).
    const avg = share.locator("details", { has: page.locator(":scope > summary", { hasText: "School en de AVG" }) });
    await avg.locator(":scope > summary").click();
    await avg.locator("p").first().waitFor();
    await answer(page, "Zijn beide ouders met gezag gehoord?", "Nee");
    await page.getByLabel("Hun eigen uitleg").fill(EXPLANATION);
    assert.equal(await avg.getAttribute("open"), "", "the opened rule stays open");
    assert.equal(await part("Openen").getAttribute("open"), "", "the opened part stays open");
    assert.equal(await childPrompts.getAttribute("open"), "", "the child's prompts stay open");
    await answer(page, "Herkennen de ouders de zorg?", "Ja");
    await page.getByLabel("Wat willen zij?").fill("Bel haar op 06-12345678");
    await page.locator("#gesprek-willen-warn").waitFor();
    await page.getByLabel("Wat willen zij?").fill("Hulp bij de ochtenden.");
    await page.locator("#gesprek-willen-warn").waitFor({ state: "detached" });
    await page.getByLabel("Wat wenst het kind?").fill(WISH);
    await page.getByLabel("Hoe heeft u het kind gehoord?").fill("Drie huizen getekend in de klas");
    await axe(page, "gesprek (ingevuld)");

    // Beside the analysis, and as the derived answer to "does the family share it".
    await next(page, "Analyse", "Verklarende analyse voorbereiden");
    const talk = page.getByRole("region", { name: "Uit het gesprek met de ouders en het kind" });
    assert.match(flat(await talk.innerText()), new RegExp(EXPLANATION));
    assert.match(flat(await talk.innerText()), new RegExp(WISH));
    const shared = page.getByRole("group", { name: "Herkennen de ouders en het kind zich in deze analyse?" });
    assert.equal(await shared.getByLabel("Ja", { exact: true }).isChecked(), true);
    await page.getByText(/^Afgeleid uit het gesprek met de ouders\./).waitFor();
    await axe(page, "analyse (met gesprek)");

    // The summaries: colleagues read both; the parents only after the explicit choice.
    await goStep(page, "Samenvatting", "Samenvatting");
    let doc = flat(await page.locator(".summary-doc").innerText());
    assert.match(doc, new RegExp(EXPLANATION));
    assert.match(doc, new RegExp(WISH));
    assert.match(doc, /Beide ouders met gezag gehoord: nee/);
    await page.getByLabel("Voor het gesprek met ouders", { exact: true }).check();
    await page.locator(".summary-title", { hasText: "Voor ons gesprek" }).waitFor();
    doc = flat(await page.locator(".summary-doc").innerText());
    assert.match(doc, new RegExp(EXPLANATION), "the parents' own words");
    assert.doesNotMatch(doc, new RegExp(WISH), "not the child's words without the choice");
    await goStep(page, "Gesprek", "Gesprek met ouders en kind");
    await page.getByLabel("Zet de woorden van het kind in de versie voor de ouders").check();
    await goStep(page, "Samenvatting", "Samenvatting");
    await page.getByLabel("Voor het gesprek met ouders", { exact: true }).check();
    await page.locator(".summary-doc", { hasText: WISH }).waitFor();
    assertClean(t, "conversation journey");
  } finally {
    await t.close();
  }
});
