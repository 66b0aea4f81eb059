// Summaries that travel: a typical case prints on one A4 (Chromium's PDF, read back with
// poppler), the copied text reads back from the clipboard, and markup stays text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setup, open, axe, assertClean } from "./harness.mjs";

/** A typical teacher's case, put in through the page's own storage format. */
const CASE = {
  schema: 1,
  label: "Groep 6, november",
  role: "leraar",
  age: { years: 9, months: 4 },
  school: "basisonderwijs",
  household: ["moeder"],
  siblings: [{ age_years: 6 }],
  concern: "Kind komt de laatste weken moe en zonder ontbijt op school en is snel boos. <b>vet</b>",
  signals: [],
  answers: { ouder_doet_mee: "ja", netwerk_kan_helpen: "ja", dreigt_uithuisplaatsing: "nee" },
  strengths: "Moeder zoekt zelf contact met school. Het kind voetbalt graag.",
  network: [{ who: "oma van moederskant", what: "kan twee middagen per week opvangen" }],
  steps: [{ what: "Gesprek met moeder", who: "leerkracht en intern begeleider", when: "volgende week" }],
  open_questions: "Is er contact met het lokaal team geweest?",
};

async function loadCase(t) {
  await t.page.goto(t.origin + "/over");
  await t.page.evaluate((c) => {
    sessionStorage.setItem("thuiswijzer.sessie", JSON.stringify({ case_id: null, base_saved_at_ms: null, casus: c }));
  }, CASE);
}

test("the default summary of a typical case prints on one A4 with its key text", async () => {
  const t = await setup();
  try {
    await loadCase(t);
    await open(t, "/samenvatting");
    const page = t.page;
    await axe(page, "samenvatting");
    const doc = await page.locator(".summary-doc").innerText();
    assert.match(doc, /Groep 6, november/);
    assert.match(doc, /<b>vet<\/b>/, "markup typed by the user shows as text");
    assert.match(doc, /geen besluit|niet.*beslissing|ondersteunt/i);

    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4", printBackground: false });
    const dir = mkdtempSync(join(tmpdir(), "tw-pdf-"));
    const file = join(dir, "samenvatting.pdf");
    writeFileSync(file, pdf);
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    const pages = Number(info.match(/Pages:\s+(\d+)/)[1]);
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    assert.equal(pages, 1, `the default summary fits one A4; got ${pages} pages`);
    assert.match(text, /Groep 6, november/);
    assert.match(text, /Thuiswijzer/);
    assert.doesNotMatch(text, /Mijn casussen en privacy|Kopieer als tekst|Volgende:/, "no navigation or buttons in print");
    assertClean(t, "summary print");
  } finally {
    await t.close();
  }
});

test("copy as text puts the plain summary on the clipboard", async () => {
  const t = await setup();
  try {
    await loadCase(t);
    await open(t, "/samenvatting");
    const page = t.page;
    await page.getByLabel("Voor het gesprek met ouders").check();
    await page.getByRole("button", { name: "Kopieer als tekst" }).click();
    await page.getByText("De tekst staat op het klembord").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /Groep 6, november|gesprek/i);
    assert.match(copied, /oma van moederskant/);
    for (const jargon of [/meldnorm/i, /afwegingsvraag/i, /acuut gevaar/i]) {
      assert.doesNotMatch(copied, jargon, "the parents' version has no meldcode internals");
    }
    assert.ok(!copied.includes("<li>"), "plain text, no HTML");
    assertClean(t, "copy");
  } finally {
    await t.close();
  }
});
