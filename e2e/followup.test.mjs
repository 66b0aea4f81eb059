// After the first step (issue 16, parts 1 and 2): an evaluation moment proposed from the route,
// "Zet in mijn agenda" downloads a valid .ics with only the case label, afwegingsvraag 5 asked
// again with the earlier answer beside it, the case list shows what is overdue; a contact on
// the sociale kaart appears in the next steps, and "Alles wissen" removes the contacts too.
// Chromium only (a fake clock: page.clock).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { setup, open, axe, assertClean, keepCase, unlockPage } from "./harness.mjs";

// A teacher's case on the route "hulp zonder melding": suspicion, no acute or structural
// unsafety, help offered and accepted; one agreed step.
const CASE = {
  schema: 2,
  label: "Groep 6 B",
  role: "leraar",
  safety: {
    suspicion: "ja",
    acute_unsafety: "nee",
    structural_unsafety: "nee",
    effective_help: "ja",
    help_accepted: "ja",
  },
  steps: [{ what: "Gesprek met de ouders over de nachten", who: "intern begeleider", when: "" }],
};

test("evaluation date, .ics download, question 5 again, overdue in the case list, a contact in the next steps, wipe", async () => {
  const t = await setup();
  const page = t.page;
  try {
    // Today is 1 December 2026 (local noon, so no time zone moves the day).
    await page.clock.setFixedTime(new Date(2026, 11, 1, 12, 0, 0));
    await page.goto(t.origin + "/over");
    await page.evaluate((c) => {
      sessionStorage.setItem("thuiswijzer.sessie", JSON.stringify({ case_id: null, base_saved_at_ms: null, casus: c }));
    }, CASE);

    // Part 1: the evaluation moment, proposed from the route (six weeks), taken over.
    await open(t, "/opties");
    const proposal = page.locator("#evaluatie-voorstel");
    await proposal.getByText("Voorstel: 12-01-2027.").waitFor();
    assert.match(await proposal.innerText(), /voorstel van Thuiswijzer/, "the proposal says it is one");
    await proposal.getByRole("button", { name: "Neem het voorstel over" }).click();
    assert.equal(await page.locator("#evaluatiemoment").inputValue(), "2027-01-12");
    // The agreed step gets a real date (already past: overdue).
    await page.locator("#afspraak-1-datum").fill("2026-11-28");
    await page.locator("#afspraak-1-datum").press("Tab");

    // "Zet in mijn agenda": an RFC 5545 file with the dates and only the label.
    const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Zet in mijn agenda" }).click()]);
    assert.equal(dl.suggestedFilename(), "thuiswijzer-agenda.ics");
    const ics = readFileSync(await dl.path(), "utf8");
    assert.ok(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
    assert.ok(ics.endsWith("END:VCALENDAR\r\n"));
    assert.equal(ics.replace(/\r\n/g, "").includes("\n"), false, "CRLF line ends only");
    const lines = ics.replace(/\r\n /g, "").split("\r\n");
    for (const want of ["DTSTART;VALUE=DATE:20270112", "DTEND;VALUE=DATE:20270113", "DTSTART;VALUE=DATE:20261128", "SUMMARY:Groep 6 B"]) {
      assert.ok(lines.includes(want), `${want} in\n${ics}`);
    }
    assert.ok(lines.some((l) => /^DTSTAMP:20261201T\d{6}Z$/.test(l)), "DTSTAMP in UTC");
    assert.equal(lines.filter((l) => l.startsWith("UID:")).length, 2);
    assert.doesNotMatch(ics, /Gesprek|ouders|nachten|intern begeleider/, "no case text beyond the label");

    // Afwegingsvraag 5 again at the evaluation (one click away), the earlier answer beside it.
    assert.equal(await page.locator("#eerdere-antwoorden").count(), 0, "closed, the evaluation is not built");
    await page.getByText("Evaluatie: afwegingsvraag 5 opnieuw", { exact: true }).click();
    const earlier = page.locator("#eerdere-antwoorden");
    assert.match(await earlier.innerText(), /Bij de afweging: nog niet beantwoord/);
    await page.locator('input[name="evaluatie-vraag-5"][value="ja"]').check();
    await page.getByRole("button", { name: "Leg de evaluatie vast" }).click();
    await earlier.getByText("Evaluatie van 01-12-2026: ja").waitFor();
    assert.equal(await page.locator("#evaluatiemoment").inputValue(), "", "the moment is answered");
    await axe(page, "opties met opvolgen");

    // Keep the case (with the lock, as every kept case): the case list shows the overdue step.
    await open(t, "/gegevens");
    await keepCase(page);
    await page.locator(".case-list .due-overdue").getByText("Te laat: afspraak 1 (28-11-2026)").waitFor();
    // The table is kept from page to page (src/ui/widgets/stored.rs): what is due counts from
    // the day it is shown, not the day it was built (the clock set back to that day).
    await page.clock.setFixedTime(new Date(2026, 10, 28, 12, 0, 0));
    await page.locator("header a.brand").click();
    await page.locator(".case-list .due-today").getByText("Vandaag: afspraak 1 (28-11-2026)").waitFor();
    await page.clock.setFixedTime(new Date(2026, 11, 1, 12, 0, 0));
    await page.locator('header a[href$="gegevens"]').click();
    await page.locator(".case-list .due-overdue").getByText("Te laat: afspraak 1 (28-11-2026)").waitFor();

    // Part 2: a contact on the sociale kaart ...
    await page.getByText("Alleen professionele contacten").waitFor();
    await page.getByRole("button", { name: "Contact toevoegen" }).click();
    await page.locator("#contact-1-soort").selectOption("lokaal_team");
    await page.locator("#contact-1-organisatie").fill("Wijkteam Noord");
    await page.locator("#contact-1-organisatie").press("Tab");
    await page.locator("#contact-1-telefoon").fill("020-1234567");
    await page.locator("#contact-1-telefoon").press("Tab");
    // Kept under its own key, sealed with the lock like the settings: no contact readable.
    await page.waitForFunction(() => (localStorage.getItem("thuiswijzer.kaart") || "").includes('"sealed"'));
    assert.doesNotMatch(await page.evaluate(() => localStorage.getItem("thuiswijzer.kaart")), /020-1234567|Wijkteam|lokaal_team/);
    await axe(page, "gegevens met sociale kaart");

    // ... appears with the next step that names the lokaal team, also after a reload (the
    // lock closes then; unlocking opens the sociale kaart again).
    await open(t, "/veiligheid");
    await unlockPage(page);
    await page.locator(".own-contacts").getByText("Bel het lokaal team: 020-1234567 (Wijkteam Noord)").first().waitFor();
    assert.match(await page.locator(".weighing").innerText(), /0800-2000|Veilig Thuis/);

    // "Alles wissen" removes the contacts too.
    await open(t, "/gegevens");
    await unlockPage(page);
    await page.locator("#wissen-kop").scrollIntoViewIfNeeded();
    await page.getByRole("button", { name: "Alles wissen" }).click();
    await page.getByRole("button", { name: "Ja, wis alles" }).click();
    // The wipe ends with a fresh page, which says so; wait for it, or the next navigation
    // races that reload (seen once in CI: "interrupted by another navigation").
    await page.getByText("Alles is gewist").waitFor();
    await page.waitForFunction(() => localStorage.getItem("thuiswijzer.kaart") === null && localStorage.getItem("thuiswijzer.v1") === null);
    await page.waitForSelector("html[data-app-ready]");
    await open(t, "/gegevens");
    await page.getByText("U heeft nog geen contacten opgeslagen.").waitFor();
    assertClean(t, "follow-up and sociale kaart");
  } finally {
    await t.close();
  }
});
