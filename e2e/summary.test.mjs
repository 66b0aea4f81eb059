// Summaries that travel. The realistic cases of tests/fixtures/ (the same files the native
// budget test reads) print to one A4 in every variant, at 1280 and at 360 px wide (Chromium's
// PDF, read back with poppler); the parents' version carries what the professional wrote for
// them and not the professional's own wording; the copied text reads back from the clipboard;
// markup stays text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setup, open, axe, assertClean } from "./harness.mjs";

const fixture = (name) => JSON.parse(readFileSync(new URL(`../tests/fixtures/${name}.json`, import.meta.url), "utf8"));
export const CASES = ["huisarts_14", "leraar_8", "lokaal_team_peuter"].map((name) => ({ name, casus: fixture(name) }));

/** The variants by the label of their radio button, with the title the document must show. */
const VARIANTS = [
  { label: "Voor collega of overleg", title: /^Samenvatting voor collega of overleg/ },
  { label: "Voor het gesprek met ouders", title: /^Voor ons gesprek$/ },
  { label: "Overdracht lokaal team", title: /^Overdracht aan het lokaal team$/ },
  { label: "Gesprekskaart (voor uzelf, bij het gesprek met ouders)", title: /^Gesprekskaart: gesprek met ouders en kind$/ },
];

async function loadCase(t, casus) {
  await t.page.goto(t.origin + "/over");
  await t.page.evaluate((c) => {
    sessionStorage.setItem("thuiswijzer.sessie", JSON.stringify({ case_id: null, base_saved_at_ms: null, casus: c }));
  }, casus);
}

/** Prints the page to an A4 PDF; returns its page count and text. */
async function printed(page) {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", printBackground: false });
  await page.emulateMedia({ media: "screen" });
  const dir = mkdtempSync(join(tmpdir(), "tw-pdf-"));
  const file = join(dir, "samenvatting.pdf");
  writeFileSync(file, pdf);
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const pages = Number(info.match(/Pages:\s+(\d+)/)[1]);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  return { pages, text };
}

const flat = (s) => s.replace(/\s+/g, " ");

test("the default summary of each realistic case prints on one A4 in every variant, at 1280 and 360 px", async () => {
  const t = await setup();
  const counts = [];
  try {
    for (const { name, casus } of CASES) {
      await loadCase(t, casus);
      for (const width of [1280, 360]) {
        await t.page.setViewportSize({ width, height: 900 });
        await open(t, "/samenvatting");
        for (const v of VARIANTS) {
          await t.page.getByLabel(v.label, { exact: true }).check();
          const title = (await t.page.locator(".summary-title").innerText()).trim();
          assert.match(title, v.title, `${name} ${v.label}: the document shows the chosen variant`);
          const { pages, text } = await printed(t.page);
          counts.push(`${name} · ${v.label} · ${width} px: ${pages}`);
          assert.equal(pages, 1, `${name}, ${v.label}, ${width} px: the default summary fits one A4; got ${pages} pages`);
          assert.match(flat(text), new RegExp(v.title.source.replace(/^\^|\$$/g, "")), `${name}: the title is printed`);
          assert.match(text, /Thuiswijzer/);
          assert.match(text, /geen besluit/);
          assert.doesNotMatch(text, /Mijn casussen en privacy|Kopieer als tekst|Volgende:/, "no navigation or buttons in print");
        }
      }
    }
    console.log("PDF pages per case, variant and width:\n" + counts.join("\n"));
    await t.page.setViewportSize({ width: 1280, height: 900 });
    await axe(t.page, "samenvatting");
    assertClean(t, "summary print");
  } finally {
    await t.close();
  }
});

test("the parents' version says what the professional wrote for them, not the private concern", async () => {
  const t = await setup();
  try {
    const { casus } = CASES[1];
    await loadCase(t, { ...casus, for_parents: "", concern: casus.concern + " <b>vet</b>" });
    await open(t, "/samenvatting");
    const page = t.page;
    // The professional's version holds the concern, markup as text.
    const doc = await page.locator(".summary-doc").innerText();
    assert.match(doc, /Sinds de kerstvakantie komt de leerling vaak moe/);
    assert.match(doc, /<b>vet<\/b>/, "markup typed by the user shows as text");
    // The parents' version: the field for them, with its note; the concern never.
    await page.getByLabel("Voor het gesprek met ouders").check();
    const field = page.getByLabel("Wat wilt u met de ouders bespreken?");
    await assert.doesNotReject(field.waitFor());
    assert.match(await page.locator("#voor-ouders-hint").innerText(), /komt letterlijk in de versie voor de ouders/);
    let parents = await page.locator(".summary-doc").innerText();
    assert.doesNotMatch(parents, /kerstvakantie|Valt soms in slaap/, "no private concern, no signal notes");
    assert.match(parents, /Nog niet ingevuld/);
    await field.fill("We willen graag met u praten over hoe het thuis gaat.");
    await page.getByText("We willen graag met u praten over hoe het thuis gaat.", { exact: true }).waitFor();
    parents = await page.locator(".summary-doc").innerText();
    assert.match(parents, /Waarover we willen praten\s+We willen graag met u praten over hoe het thuis gaat\./i);
    assertClean(t, "parents");
  } finally {
    await t.close();
  }
});

test("copy as text puts the plain parents' summary on the clipboard", async () => {
  const t = await setup();
  try {
    const { casus } = CASES[1];
    await loadCase(t, casus);
    await open(t, "/samenvatting");
    const page = t.page;
    await page.getByLabel("Voor het gesprek met ouders").check();
    await page.getByRole("button", { name: "Kopieer als tekst" }).click();
    await page.getByText("De tekst staat op het klembord").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /^Voor ons gesprek\n=+\n/, "the parents' title starts the text");
    assert.match(flat(copied), new RegExp(casus.for_parents.slice(0, 60)), "what the professional wrote for the parents");
    assert.match(copied, /buurvrouw: haalt de kinderen soms op/);
    assert.ok(!copied.includes("kerstvakantie"), "not the professional's own wording of the concern");
    for (const jargon of [/meldnorm/i, /afwegingsvra/i, /acuut gevaar/i, /meldcode/i, /veilig thuis/i]) {
      assert.doesNotMatch(copied, jargon, "the parents' version has no meldcode vocabulary");
    }
    assert.ok(!copied.includes("<li>"), "plain text, no HTML");
    assertClean(t, "copy");
  } finally {
    await t.close();
  }
});
