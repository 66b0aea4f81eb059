// Identifier warnings in a real browser: a full name at the very start of a note and a hidden
// reading-direction character in the label are flagged beside their field, the hidden
// character is shown by its code, and an ordinary professional note gives no warning.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, open, assertClean } from "./harness.mjs";

test("names and reading-direction characters are flagged beside the field", async () => {
  const t = await setup();
  try {
    const { page } = t;
    await open(t, "/casus");
    const zorg = page.getByLabel("Wat is uw zorg?");

    await zorg.fill("De school meldt dat het kind in de klas vaak moe is. Van de week belde Veilig Thuis.");
    await page.getByLabel("Label voor deze casus").fill("Groep 6, november");
    await page.waitForTimeout(200);
    assert.equal(await page.locator(".id-warning").count(), 0, "an ordinary note gives no warning");

    await zorg.fill("Jan de Vries, vader van het kind, belde vanmorgen.");
    const warn = page.locator("#zorg-warn");
    await warn.waitFor();
    assert.match(await warn.innerText(), /„Jan de Vries”: Dit lijkt op een naam/);

    await page.getByLabel("Label voor deze casus").fill("Groep \u202E6 november");
    const labelWarn = page.locator("#casus-label-warn");
    await labelWarn.waitFor();
    const text = await labelWarn.innerText();
    assert.match(text, /„U\+202E”: Dit is een onzichtbaar teken/);
    assert.ok(!text.includes("\u202E"), "the warning does not contain the character itself");
    assertClean(t, "identifier warnings");
  } finally {
    await t.close();
  }
});
