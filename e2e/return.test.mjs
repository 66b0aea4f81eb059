// "Weer thuis" (issue 16 part 3): a child who lives in a foster family. The step appears only
// once the Casus step says the child lives elsewhere; the afwegingen follow one another; the
// answers show up as considerations for and against, with every way forward still listed; the
// summary variant "Weer thuis" carries them and prints on one A4. axe-clean on both pages.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setup, open, axe, assertClean } from "./harness.mjs";

const flat = (s) => s.replace(/\s+/g, " ");

async function pdfPages(page) {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", printBackground: false });
  await page.emulateMedia({ media: "screen" });
  const file = join(mkdtempSync(join(tmpdir(), "tw-return-")), "weer-thuis.pdf");
  writeFileSync(file, pdf);
  return Number(execFileSync("pdfinfo", [file], { encoding: "utf8" }).match(/Pages:\s+(\d+)/)[1]);
}

test("a child in a foster family: the Weer thuis path to its summary", async () => {
  const t = await setup();
  const page = t.page;
  try {
    await open(t, "/casus");
    const nav = page.getByRole("navigation", { name: "Stappen" });
    assert.equal(await nav.getByRole("link", { name: "Weer thuis" }).count(), 0, "no step while the child lives at home");
    await page.locator("#leeftijd-jaren").fill("9");
    await page.getByLabel("In een pleeggezin (ook netwerkpleegzorg)").check();
    await nav.getByRole("link", { name: "Weer thuis" }).waitFor();

    await nav.getByRole("link", { name: "Weer thuis" }).click();
    await page.getByRole("heading", { level: 1, name: "Weer thuis" }).waitFor();
    assert.match(await page.title(), /^Weer thuis – Stap \d+ van \d+/);
    // Issue 13: with nothing filled in and the details closed the step fits 2,500 px at 1280 px,
    // the three ways forward side by side.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`Weer thuis (pleeggezin, leeg) bij 1280 px: ${height} px`);
    assert.ok(height <= 2500, `Weer thuis is ${height} px tall at 1280 px`);
    const tops = await page.locator("ul.return-ways > li").evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    assert.equal(new Set(tops).size, 1, `the three ways side by side: ${tops}`);

    // Afweging 1 "ja": afwegingen 2 and 3 are not asked.
    const afweging2 = page.locator("#wt-herstel_binnen_termijn-ja");
    assert.equal(await afweging2.isVisible(), true);
    await page.locator("#wt-balans_hersteld-ja").check();
    await afweging2.waitFor({ state: "hidden" });

    // The factors, the conditions and each note are one click away (issue 13: a short step).
    const factors = page.locator("details.return-part", { has: page.locator("#wt-factoren") });
    assert.equal(await factors.getAttribute("open"), null, "the factors start closed");
    await page.locator("#wt-factoren").click();
    await page.locator("#wt-onveiligheid_weg-ja").check();
    await page.locator("#wt-extra_zorg_kind-ja").check();
    await page.locator("#wt-voorwaarden").click();
    await page.locator("#wt-hulp_na-nee").check();
    // The note is built when its disclosure is opened.
    const balans = page.locator(".question", { has: page.locator("#wt-balans_hersteld-ja") });
    assert.equal(await balans.locator("textarea").count(), 0, "closed, the note's field is not built");
    await balans.locator("details.more > summary").click();
    await page.locator("#wt-notitie-balans_hersteld").fill("bezoekweekenden verlopen goed");

    const considerations = page.locator("section", { has: page.locator("#wt-overwegingen") });
    await considerations.getByText("Onveiligheid voldoende weggenomen (ja)").waitFor();
    // What is not known yet and what is still to arrange: long lists, one click away.
    await considerations.getByText(/^Nog te regelen \(\d+\)$/).click();
    const shown = flat(await considerations.innerText());
    assert.match(shown, /Spreekt voor terugkeer.*Balans tussen wat ouders kunnen en wat het kind nodig heeft voldoende hersteld \(ja\): bezoekweekenden verlopen goed/);
    assert.match(shown, /Spreekt tegen terugkeer \(nu\).*Kind heeft problemen die thuis veel extra zorg vragen \(ja\)/);
    assert.match(shown, /Nog te regelen.*Hulp voor ouders en kind na de terugkeer \(nee\)/);
    // The three ways forward, whatever the answers, in their fixed order.
    const ways = await page.locator("section", { has: page.locator("#wt-wegen") }).locator("h3").allInnerTexts();
    assert.deepEqual(ways, ["Terugkeer naar huis", "Terugkeer met voorwaarden en extra hulp", "Blijven wonen waar het kind nu woont"]);
    assert.match(flat(await page.locator("main").innerText()), /beslist niet over terugkeer/);
    // Reflow (WCAG 1.4.10): at 360 px one column, nothing sideways, every disclosure open.
    await page.setViewportSize({ width: 360, height: 800 });
    for (const d of await page.locator("main details").all()) await d.evaluate((e) => (e.open = true));
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, "no sideways scrolling at 360 px");
    await page.setViewportSize({ width: 1280, height: 900 });
    await axe(page, "weer-thuis");

    // The summary variant "Weer thuis".
    await nav.getByRole("link", { name: "Samenvatting" }).click();
    await page.getByLabel("Weer thuis (afwegingen over terugkeer)").check();
    const title = (await page.locator(".summary-title").innerText()).trim();
    assert.equal(title, "Weer thuis: afwegingen over terugkeer naar huis");
    const doc = flat(await page.locator(".summary-doc").innerText());
    assert.match(doc, /Woont nu: in een pleeggezin/);
    assert.match(doc, /bezoekweekenden verlopen goed/);
    assert.match(doc, /Terugkeer naar huis; Terugkeer met voorwaarden en extra hulp; Blijven wonen waar het kind nu woont/);
    assert.equal(await pdfPages(page), 1, "the Weer thuis summary prints on one A4");
    await axe(page, "samenvatting weer thuis");
    assertClean(t, "weer thuis");
  } finally {
    await t.close();
  }
});
