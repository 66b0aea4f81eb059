// End-to-end journeys through the whole flow, per role (issue 4). One browser for the file,
// a fresh tab per journey. Every visited step is scanned by axe; every journey ends with no
// request beyond 127.0.0.1, no console error and no CSP violation.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, open, axe, assertClean } from "./harness.mjs";
import { freshPage, expectHeading, next, goStep, answer, contentOptions } from "./journeys-lib.mjs";

// Fit::label in src/domain/options.rs.
const FIT_PAST = "Past bij de beschreven doelgroep";
const FIT_PAST_NIET = "Past niet bij de beschreven doelgroep";

let t;
before(async () => {
  t = await setup();
});
after(async () => {
  await t?.close();
});

/** Waits for the next frame: the effects of an input are done by then. */
async function settled(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
}

/** Start page: choosing a role starts a new case (one click). */
async function startAs(page, roleLabel) {
  await expectHeading(page, "Thuiswijzer");
  const roles = page.getByRole("group", { name: "Start een nieuwe casus: wat is uw rol?" });
  await roles.getByRole("button", { name: roleLabel, exact: true }).click();
  await page.waitForURL(/\/casus$/);
  await expectHeading(page, "Over de casus");
}

/** Casus step: the role is shown there; "Wijzig uw rol" brings its radio buttons back. */
async function changeRole(page, roleLabel) {
  await page.getByRole("button", { name: "Wijzig uw rol" }).click();
  await page.getByLabel(roleLabel, { exact: true }).check();
}

test("teacher (Leraar) journey from the start page to the summary", async () => {
  const page = await freshPage(t, "/");
  await axe(page, "start");
  await startAs(page, "Leraar");
  assert.match(await page.title(), /^Over de casus – Stap 1 van 8/);

  // Casus: label without a name, age 9, basisonderwijs, the concern.
  await page.getByLabel("Label voor deze casus").fill("Groep 6, november");
  await page.getByLabel("Jaren", { exact: true }).fill("9");
  await page.getByLabel("Basisonderwijs", { exact: true }).check();
  await page.getByLabel("Wat is uw zorg?").fill("Komt de laatste weken moe en zonder eten naar school.");
  assert.match(await page.locator(".role-shown").innerText(), /^Uw rol: Leraar\s+Wijzig uw rol$/, "role carried over from the start page");
  assert.equal(await page.getByRole("radio", { name: "Leraar", exact: true }).count(), 0, "the role is asked once, not again here");
  assert.equal(await page.locator(".id-warning").count(), 0, "no identifier warning for a label without a name");
  await axe(page, "casus (filled)");

  // Signalen: two school-age signals, each with who and when.
  await next(page, "Signalen", "Signalen");
  // Nothing ticked yet: a calm hint beside "Volgende" that the step may stay empty.
  await page.locator(".nothing-yet").getByText(/^U heeft hier nog niets ingevuld\. Dat mag/).waitFor();
  await axe(page, "signalen");
  const moe = page.locator(".signal", { has: page.locator("#signaal-erg_moe") });
  const verzuim = page.locator(".signal", { has: page.locator("#signaal-schoolverzuim") });
  await page.getByLabel("Is vaak erg moe.", { exact: true }).check();
  await moe.getByLabel("Het kind vertelde het", { exact: true }).check();
  await moe.getByLabel("Herhaaldelijk", { exact: true }).check();
  await page.getByLabel("Verzuimt vaak of spijbelt.", { exact: true }).check();
  await verzuim.getByLabel("Zelf gezien of gehoord", { exact: true }).check();
  await verzuim.getByLabel("Deze maand", { exact: true }).check();
  await page.getByText("2 signalen aangekruist.").waitFor();
  assert.equal(await page.locator(".nothing-yet").count(), 0, "the hint goes once something is entered");
  // Age band "basisschool": a toddler-only signal is not offered.
  assert.equal(await page.locator("#signaal-ernstige_luieruitslag").count(), 0);
  await axe(page, "signalen (two ticked)");

  // Veiligheid: answers that point to help without a report.
  await next(page, "Veiligheid", "Veiligheid");
  await axe(page, "veiligheid");
  const body = () => page.locator("main").innerText();
  assert.match(await body(), /intern begeleider/);
  assert.match(await body(), /aandachtsfunctionaris/);
  // What a meldcode step asks of this role is one click away, and so are the sources.
  assert.doesNotMatch(await body(), /De meldcode van uw school zegt wie wat doet/, "closed by default");
  assert.equal(await page.locator(".meldcode-step").count(), 0, "closed, the meldcode steps are not built");
  assert.doesNotMatch(await body(), /https?:\/\/|augeo\.nl/, "no raw source links in view");
  await page.getByText("De vijf stappen van de meldcode: wat u per stap doet en hoe ver u bent (niet verplicht)", { exact: true }).click();
  const sources = page.locator(".meldcode-step", { hasText: "Stap 2:" }).locator("details.sources");
  assert.equal(await sources.locator("summary").innerText(), "Bronnen (2)");
  await sources.locator("summary").focus();
  await page.keyboard.press("Enter");
  await sources.getByRole("link", { name: /augeo\.nl/ }).waitFor();
  assert.match(await body(), /Overleg met de intern begeleider \(basisschool\), de zorgcoördinator \(voortgezet onderwijs\) of de aandachtsfunctionaris/);
  assert.match(await body(), /De meldcode van uw school zegt wie wat doet/);
  await answer(page, "Heeft het kind zelf verteld over geweld, mishandeling of misbruik?", "Nee");
  await answer(page, /^Vraag 1:/, "Ja");
  await answer(page, /^Vraag 2a:/, "Nee");
  await answer(page, /^Vraag 2b:/, "Nee");
  await answer(page, /^Vraag 3:/, "Ja");
  await answer(page, /^Vraag 4:/, "Ja");
  const weighing = page.locator("section.weighing");
  await weighing.getByText("De afweging wijst op hulp bieden of organiseren, zonder melding.").waitFor();
  assert.equal(await page.getByRole("alert").count(), 0, "no acute alert");
  await axe(page, "veiligheid (answered)");

  // Analyse: the teacher prepares; two fields.
  await next(page, "Gesprek", "Gesprek met ouders en kind");
  await next(page, "Analyse", "Verklarende analyse voorbereiden");
  assert.match(await body(), /U bereidt de analyse voor/);
  // The concern is asked once: step 1's text is the analysis' first part, not a second question.
  assert.equal(await page.getByLabel("De zorg of vraag").inputValue(), "Komt de laatste weken moe en zonder eten naar school.");
  await page.getByLabel("Het kind: wat het nodig heeft en hoe het gaat").fill("Moe, mist ontbijt; leert goed als het uitgerust is.");
  await page.getByLabel("Wat u zag en hoorde").fill("Drie keer deze maand zonder ontbijt; twee dagen afwezig.");
  await page.getByText(/^2 van \d+ onderdelen ingevuld\.$/).waitFor();
  await axe(page, "analyse");

  // Netwerk: one person.
  // The first row is there to fill (issue 13: no "toevoegen" first); it becomes an entry, with
  // its remove button, only once typed in, and typing keeps the focus in the field.
  await next(page, "Netwerk", "Netwerk en krachten");
  assert.equal(await page.getByRole("button", { name: /^Verwijder persoon of plek/ }).count(), 0, "the empty row is no entry yet");
  const who = page.getByLabel("Wie (relatie, geen naam)");
  await who.click();
  await page.keyboard.type("oma van moederskant");
  assert.equal(await who.evaluate((el) => el === document.activeElement), true, "typing keeps the focus");
  assert.equal(await who.inputValue(), "oma van moederskant");
  await page.getByLabel("Wat kan deze persoon doen?").fill("twee middagen per week opvangen");
  await page.getByRole("button", { name: "Verwijder persoon of plek 1" }).waitFor();
  await page.getByRole("button", { name: "Persoon of plek toevoegen" }).click();
  await page.waitForFunction(() => document.activeElement?.id === "netwerk-2-wie");
  await page.getByRole("button", { name: "Verwijder persoon of plek 2" }).click();
  await axe(page, "netwerk");

  // Opties: answer some questions; all 13 options in content order; fit labels; details; compare.
  // The person on Netwerk and "those involved accept the help" (Veiligheid, question 4) answer
  // their questions here: checked, with where the answer came from, and changeable.
  await next(page, "Opties", "Mogelijkheden om thuis te blijven");
  for (const [id, legend, note] of [
    ["netwerk_kan_helpen", /^Is er iemand in het eigen netwerk die kan helpen/, /^Afgeleid uit Netwerk: u noemde iemand die kan helpen\./],
    ["ouder_doet_mee", /^Is minstens één ouder of verzorger bereid om mee te doen/, /^Afgeleid uit Veiligheid \(vraag 4\): de betrokkenen aanvaarden de hulp\./],
  ]) {
    const group = page.getByRole("group", { name: legend });
    assert.equal(await group.getByRole("radio", { name: "Ja", exact: true }).isChecked(), true, id);
    assert.match(await page.locator(`#afgeleid-${id}`).innerText(), note);
  }
  await answer(page, /^Dreigt een uithuisplaatsing/, "Nee");
  await answer(page, /^Is er nu een crisis in het gezin/, "Nee");
  await answer(page, /^Gaat het met het kind op de belangrijkste gebieden nog redelijk/, "Ja");
  const expected = contentOptions();
  assert.equal(expected.length, 13, "content has 13 options");
  const items = page.locator("ul.option-list > li.option");
  assert.equal(await items.count(), 13);
  assert.deepEqual(await items.evaluateAll((els) => els.map((e) => e.id)), expected.map((o) => `optie-${o.id}`));
  assert.deepEqual(
    (await items.locator("h3").allInnerTexts()).map((s) => s.trim()),
    expected.map((o) => o.name),
  );
  const fits = (await items.locator(".fit").allInnerTexts()).map((s) => s.replace(/^\S+\s+/, "").trim());
  assert.equal(fits.length, 13, "every option shows a fit");
  assert.ok(fits.includes(FIT_PAST), `one option fits: ${fits.join(" | ")}`);
  assert.ok(fits.includes(FIT_PAST_NIET), `one option does not fit: ${fits.join(" | ")}`);
  assert.match(await page.locator("#optie-eigen_netwerk .fit").innerText(), new RegExp(`${FIT_PAST}$`));
  assert.match(await page.locator("#optie-mst .fit").innerText(), new RegExp(`${FIT_PAST_NIET}$`), "MST is for 10 to 18");
  assert.equal(await page.locator("section.comparison").count(), 0);
  await axe(page, "opties (answered)");

  // The options come first, each with the one reason that decides its fit; then the questions.
  assert.match(await page.locator("#optie-mst .fit-line").innerText(), /het kind is 9 jaar/);
  assert.ok(
    await page.evaluate(() => !!(document.querySelector("ul.option-list").compareDocumentPosition(document.querySelector(".questions-box")) & Node.DOCUMENT_POSITION_FOLLOWING)),
    "the questions follow the options",
  );
  // A question is built only once it can change a fit (issue 14): every shown question has its
  // answers, and the questions never asked for this child are empty.
  const questions = await page.evaluate(() => [...document.querySelectorAll(".question-grid > .question")].map((e) => [e.hidden, e.querySelectorAll("input").length]));
  assert.ok(questions.filter(([hidden]) => !hidden).every(([, inputs]) => inputs === 3), `every shown question has its answers: ${JSON.stringify(questions)}`);
  assert.ok(questions.some(([hidden, inputs]) => hidden && inputs === 0), `a question never asked is not built: ${JSON.stringify(questions)}`);
  // Issue 13: at 1280 px the step uses the width: the questions beside the options, the agreed
  // steps below the options (the page order stays options, questions, agreed steps); below
  // 70em (a tablet, 200 % zoom) one column again.
  const boxes = () =>
    page.evaluate(() =>
      Object.fromEntries(
        [["options", ".options-col"], ["questions", ".questions-box"], ["plan", ".plan-col"]].map(([k, sel]) => {
          const r = document.querySelector(sel).getBoundingClientRect();
          return [k, { left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY }];
        }),
      ),
    );
  let b = await boxes();
  assert.ok(b.questions.left >= b.options.right && Math.abs(b.questions.top - b.options.top) < 2, `questions beside the options at 1280 px: ${JSON.stringify(b)}`);
  assert.ok(b.plan.top >= b.options.bottom && b.plan.right <= b.questions.left, `agreed steps below the options: ${JSON.stringify(b)}`);
  await page.setViewportSize({ width: 1100, height: 900 });
  b = await boxes();
  assert.ok(b.questions.top >= b.options.bottom && b.plan.top >= b.questions.bottom, `one column at 1100 px: ${JSON.stringify(b)}`);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Details of one option: built only when opened.
  const ff = page.locator("#optie-families_first");
  assert.equal(await ff.locator("dl.facts").count(), 0, "closed details are not built");
  const more = ff.getByRole("button", { name: "Meer uitleg over Families First: wat het is, voor wie, duur, voor- en nadelen" });
  await more.click();
  assert.equal(await more.getAttribute("aria-expanded"), "true");
  await ff.locator("dl.facts").getByText("Duur", { exact: true }).waitFor({ state: "visible" });
  await ff.getByRole("heading", { name: "Waarom deze uitkomst" }).waitFor();
  await ff.locator("ul.reasons li").first().waitFor({ state: "visible" });

  // Compare two options side by side.
  await page.getByLabel("Vergelijk Eerst het eigen netwerk", { exact: true }).check();
  await page.getByText("Kies nog één mogelijkheid om te vergelijken.").waitFor();
  await page.getByLabel("Vergelijk Families First", { exact: true }).check();
  const cmp = page.getByRole("region", { name: "Eerst het eigen netwerk en Families First naast elkaar" });
  await cmp.waitFor();
  const table = cmp.getByRole("table");
  assert.deepEqual(
    (await table.getByRole("columnheader").allInnerTexts()).map((s) => s.trim()),
    ["Onderdeel", "Eigen netwerk", "Families First"],
  );
  assert.ok((await table.getByRole("row").count()) >= 8);
  assert.equal(await page.getByLabel("Vergelijk Ambulante Spoedhulp (ASH)", { exact: true }).isDisabled(), true, "a third option cannot be added");
  await axe(page, "opties (details open, comparison)");

  // No placement on the table: the next step is the summary, and Verblijf is not in the list.
  // "Controleer uw antwoorden" is one click away on it.
  assert.equal(await page.getByRole("navigation", { name: "Stappen" }).getByRole("link", { name: "Verblijf" }).count(), 0);
  await next(page, "Samenvatting", "Samenvatting");
  const check = page.locator("details.review-check");
  await check.getByText("Controleer uw antwoorden", { exact: true }).click();
  await axe(page, "samenvatting (answers open)");
  const review = check.locator("dl.summary-list");
  assert.match(await review.innerText(), /Groep 6, november/);
  assert.match(await review.innerText(), /9 jaar en 0 maanden/);
  assert.match(await review.innerText(), /Is vaak erg moe\./);
  assert.match(await review.innerText(), /De afweging wijst op hulp bieden of organiseren, zonder melding\./);
  assert.match(await review.innerText(), /oma van moederskant: twee middagen per week opvangen/);

  // "Wijzig" goes back to the step; change the label and come back.
  await page.getByRole("link", { name: "Wijzig label", exact: true }).click();
  await expectHeading(page, "Over de casus");
  const label = page.getByLabel("Label voor deze casus");
  assert.equal(await label.inputValue(), "Groep 6, november");
  await label.fill("Groep 6, december");
  await goStep(page, "Samenvatting", "Samenvatting");
  assert.match(await page.title(), /^Samenvatting – Stap 8 van 8/);
  await check.getByText("Controleer uw antwoorden", { exact: true }).click();
  assert.match(await review.innerText(), /Groep 6, december/);
  await axe(page, "samenvatting");
  assertClean(t, "teacher journey");
});

test("GP (Huisarts) journey: kindcheck, placement step, back and forward", async () => {
  const page = await freshPage(t, "/");
  await startAs(page, "Huisarts");
  await page.getByLabel("Label voor deze casus").fill("Spreekuur, moeder met depressie");
  await page.getByLabel("Jaren", { exact: true }).fill("7");
  await page.getByLabel("Maanden", { exact: true }).fill("4");
  await page.getByLabel(/^Thuis, bij/).check();
  await axe(page, "casus (GP)");

  await next(page, "Signalen", "Signalen");
  assert.match(await page.locator("main").innerText(), /Denk aan de kindcheck/);
  assert.equal(await page.getByRole("heading", { name: "De kindcheck is van toepassing" }).count(), 0);
  await page.getByLabel(/^Ouder is depressief\./).check();
  await page.getByRole("heading", { name: "De kindcheck is van toepassing" }).waitFor();
  await page.getByText("Voor huisartsen staat de kindcheck in stap 1 van de KNMG-meldcode.").waitFor();
  await axe(page, "signalen (kindcheck)");

  await next(page, "Veiligheid", "Veiligheid");
  const main = page.locator("main");
  await page.getByText("De vijf stappen van de meldcode: wat u per stap doet en hoe ver u bent (niet verplicht)", { exact: true }).click();
  assert.match(await main.innerText(), /U mag zelf verwijzen naar alle vormen van jeugdhulp \(Jeugdwet art\. 2\.6\)/);
  assert.match(await main.innerText(), /Gebruik het afwegingskader van de KNMG-meldcode\./);
  assert.doesNotMatch(await main.innerText(), /intern begeleider \(basisschool\)/, "no school text for a GP");
  await axe(page, "veiligheid (GP)");

  await next(page, "Gesprek", "Gesprek met ouders en kind");
  await next(page, "Analyse", "Verklarende analyse voorbereiden");
  await next(page, "Netwerk", "Netwerk en krachten");
  await next(page, "Opties", "Mogelijkheden om thuis te blijven");
  assert.match(await page.title(), /Stap 7 van 8/);
  const nav = page.getByRole("navigation", { name: "Stappen" });
  // The step shown is marked in the list of steps (aria-current), and only that one.
  const current = async () => (await nav.locator('a[aria-current="page"]').allInnerTexts()).map((s) => s.trim());
  assert.deepEqual(await current(), ["Opties"]);
  assert.equal(await nav.getByRole("link", { name: "Verblijf" }).count(), 0);
  // Where the child lives, filled in on Casus, answers the question here (changeable).
  const home = page.getByRole("group", { name: /^Woont de jongere thuis/ });
  assert.equal(await home.getByRole("radio", { name: "Ja" }).isChecked(), true);
  await page.getByText("Afgeleid uit Casus: het kind woont nu thuis.", { exact: false }).waitFor();
  await answer(page, /^Dreigt een uithuisplaatsing/, "Ja");
  await nav.getByRole("link", { name: "Verblijf", exact: true }).waitFor();
  assert.deepEqual(
    (await nav.getByRole("link").allInnerTexts()).map((s) => s.trim()),
    ["Casus", "Signalen", "Veiligheid", "Gesprek", "Analyse", "Netwerk", "Opties", "Verblijf", "Samenvatting"],
  );
  await page.waitForFunction(() => /Stap 7 van 9/.test(document.title));
  assert.match(await page.locator(".step-progress").innerText(), /Stap 7 van 9/);
  await page.getByRole("region", { name: "Let op" }).getByText("Laat een collega op afstand het besluit toetsen (tegendenker of RET)").waitFor();
  await axe(page, "opties (placement threatens)");

  await next(page, "Verblijf", "Als verblijf nodig is");
  assert.match(await page.title(), /^Als verblijf nodig is – Stap 8 van 9/);
  const needed = page.getByRole("region", { name: "Als verblijf echt nodig is" });
  await needed.getByRole("heading", { name: "Zo thuis mogelijk: eerst familie of netwerk" }).waitFor();
  // The guard-rails before a decision are shown once, on Opties; this step points there. (The
  // body of Opties leaves the page after the paint of this one: wait for that, not count once.)
  await page.getByText("Laat een collega op afstand het besluit toetsen (tegendenker of RET)").waitFor({ state: "detached", timeout: 5000 });
  await page.locator("main").getByRole("link", { name: "Mogelijkheden om thuis te blijven" }).waitFor();
  // No siblings entered: that guard-rail stays away (see the sibling test below).
  assert.equal(await needed.getByRole("heading", { name: "Broers en zussen samen" }).count(), 0);
  await axe(page, "verblijf");

  // Browser history: back to Opties (answer kept), back to Netwerk, forward twice to Verblijf.
  await page.goBack();
  await expectHeading(page, "Mogelijkheden om thuis te blijven");
  assert.equal(await page.getByRole("group", { name: /^Dreigt een uithuisplaatsing/ }).getByLabel("Ja", { exact: true }).isChecked(), true);
  await page.goBack();
  await expectHeading(page, "Netwerk en krachten");
  assert.deepEqual(await current(), ["Netwerk"]);
  await page.goForward();
  await expectHeading(page, "Mogelijkheden om thuis te blijven");
  await page.goForward();
  await expectHeading(page, "Als verblijf nodig is");
  await needed.getByRole("heading", { name: "Zo thuis mogelijk: eerst familie of netwerk" }).waitFor();
  // Far back to the first steps: what was typed is still there.
  // History: casus, signalen, veiligheid, gesprek, analyse, netwerk, opties, verblijf.
  for (let i = 0; i < 7; i++) await page.goBack();
  await expectHeading(page, "Over de casus");
  assert.equal(await page.getByLabel("Label voor deze casus").inputValue(), "Spreekuur, moeder met depressie");
  assert.equal(await page.getByLabel("Jaren", { exact: true }).inputValue(), "7");
  assert.equal(await page.getByLabel("Maanden", { exact: true }).inputValue(), "4");
  await page.goForward();
  await expectHeading(page, "Signalen");
  assert.equal(await page.getByLabel(/^Ouder is depressief\./).isChecked(), true);
  await page.getByRole("heading", { name: "De kindcheck is van toepassing" }).waitFor();

  await goStep(page, "Samenvatting", "Samenvatting");
  assert.match(await page.title(), /Stap 9 van 9/);
  await axe(page, "samenvatting (GP)");
  assertClean(t, "GP journey");
});

test("GP with a sibling: 'Broers en zussen samen' on the placement step", async () => {
  // A browser of its own: when this step hangs the tab, the other journeys must not share
  // the hung renderer.
  const t = await setup();
  try {
  const page = await freshPage(t, "/");
  await startAs(page, "Huisarts");
  await page.getByLabel("Jaren", { exact: true }).fill("7");
  // Typing the number of siblings adds an age field per sibling.
  await page.getByLabel("Aantal broers en zussen").fill("1");
  await page.getByLabel("Leeftijd broer of zus 1").fill("4");
  await axe(page, "casus (sibling)");
  await goStep(page, "Opties", "Mogelijkheden om thuis te blijven");
  await answer(page, /^Dreigt een uithuisplaatsing/, "Ja");
  await next(page, "Verblijf", "Als verblijf nodig is");
  const needed = page.getByRole("region", { name: "Als verblijf echt nodig is" });
  await needed.getByRole("heading", { name: "Broers en zussen samen" }).waitFor();
  await page.goBack();
  await page.goBack();
  await expectHeading(page, "Over de casus");
  assert.equal(await page.getByLabel("Leeftijd broer of zus 1").inputValue(), "4");
  assertClean(t, "sibling journey");
  } finally {
    await t.close();
  }
});

test("local team journey: shared analysis, and a reload keeps the case", async () => {
  const page = await freshPage(t, "/");
  await startAs(page, "Lokaal team / jeugdprofessional");
  await page.getByLabel("Label voor deze casus").fill("Aanmelding wijkteam, week 47");
  await page.getByLabel("Jaren", { exact: true }).fill("12");
  await page.getByLabel("Wat is uw zorg?").fill("Veel ruzie thuis; jongere spijbelt.");

  await goStep(page, "Analyse", "Verklarende analyse voorbereiden");
  const main = page.locator("main");
  assert.match(await main.innerText(), /U maakt de analyse samen met de ouders en het kind/);
  assert.equal(await main.locator(".role-focus").count(), 0, "one box says who makes the analysis, not a second one for the role (issue 13)");
  const fields = main.locator("textarea[id^='analyse-']:not(#analyse-zorg)");
  const total = await fields.count();
  assert.equal(total, 12, "a local team sees every analysis field");
  await page.getByText(/^0 van 12 onderdelen ingevuld\.$/).waitFor();
  // Fields only a local team gets.
  for (const label of ["Hoe is het ontstaan en wat houdt het in stand?", "Wat het gezin zelf denkt", "Conclusie en doelen"]) {
    await page.getByLabel(label, { exact: true }).waitFor();
  }
  await page.getByLabel("Hoe is het ontstaan en wat houdt het in stand?").fill("Spanning na verlies van werk; ruzie houdt het spijbelen in stand.");
  await page.getByLabel("Wat het gezin zelf denkt", { exact: true }).fill("Ouders willen hulp bij de ruzies.");
  await page.getByText(/^2 van 12 onderdelen ingevuld\.$/).waitFor();
  await axe(page, "analyse (lokaal team)");

  // Compare with a school role: fewer fields.
  await goStep(page, "Casus", "Over de casus");
  await changeRole(page, "Intern begeleider");
  await goStep(page, "Analyse", "Verklarende analyse voorbereiden");
  const schoolCount = await fields.count();
  assert.ok(schoolCount < total, `school sees fewer fields (${schoolCount} < ${total})`);
  assert.match(await main.innerText(), /U bereidt de analyse voor/);
  await goStep(page, "Casus", "Over de casus");
  await changeRole(page, "Lokaal team / jeugdprofessional");
  await goStep(page, "Analyse", "Verklarende analyse voorbereiden");
  assert.equal(await fields.count(), total);

  // Reload in the middle: the working case survives (sessionStorage).
  await page.reload();
  await page.waitForSelector("html[data-app-ready]");
  await expectHeading(page, "Verklarende analyse voorbereiden");
  assert.equal(
    await page.getByLabel("Wat het gezin zelf denkt", { exact: true }).inputValue(),
    "Ouders willen hulp bij de ruzies.",
    "analysis text survives a reload (working case in sessionStorage)",
  );
  assert.match(await main.innerText(), /U maakt de analyse samen met de ouders en het kind/, "role survives a reload");
  await goStep(page, "Casus", "Over de casus");
  assert.equal(await page.getByLabel("Label voor deze casus").inputValue(), "Aanmelding wijkteam, week 47");
  assert.equal(await page.getByLabel("Jaren", { exact: true }).inputValue(), "12");
  assert.equal(await page.getByLabel("Wat is uw zorg?").inputValue(), "Veel ruzie thuis; jongere spijbelt.");
  assertClean(t, "local team journey");
});

test("acute danger interrupts: 112 and Veilig Thuis, on every step", async () => {
  const page = await freshPage(t, "/");
  await startAs(page, "Leraar");
  await goStep(page, "Veiligheid", "Veiligheid");
  assert.equal(await page.getByRole("alert").count(), 0);
  // Answered far down the page, the alert is in view at once, and the focus stays put.
  await answer(page, /^Vraag 2a:/, "Ja");
  const alert = page.getByRole("alert");
  await alert.waitFor();
  const inView = await page.evaluate(() => {
    const r = document.querySelector("main [role=alert]").getBoundingClientRect();
    const h1 = document.querySelector("main h1").getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: innerHeight, h1: h1.bottom, focus: document.activeElement?.id };
  });
  assert.ok(inView.h1 < 0, `the step heading (and the alert's own place above it) is out of view: ${JSON.stringify(inView)}`);
  assert.ok(inView.top >= 0 && inView.bottom <= inView.height / 2, `the alert is at the top of the viewport: ${JSON.stringify(inView)}`);
  assert.equal(inView.focus, "afweging-2a-ja", "the alert does not take the focus");
  await page.getByLabel("Er is direct (levens)gevaar.", { exact: true }).check();
  await alert.getByRole("link", { name: "112" }).waitFor();
  const text = await alert.innerText();
  assert.match(text, /Mogelijk acuut gevaar: handel nu/);
  assert.match(text, /\b112\b/);
  assert.match(text, /0800-2000/);
  assert.equal(await alert.getByRole("link", { name: "112" }).getAttribute("href"), "tel:112");
  assert.equal(await alert.getByRole("link", { name: "0800-2000" }).getAttribute("href"), "tel:08002000");
  await page.locator("section.weighing").getByText("De afweging wijst op acute onveiligheid.").waitFor();
  await axe(page, "veiligheid (acute)");

  // Another step: the alert is still there, at the top (before the heading).
  await goStep(page, "Analyse", "Verklarende analyse voorbereiden");
  await alert.waitFor();
  assert.match(await alert.innerText(), /0800-2000/);
  assert.equal(
    await page.evaluate(() => {
      const a = document.querySelector("main [role=alert]");
      const h = document.querySelector("main h1");
      return !!(a && h && a.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING);
    }),
    true,
    "the alert comes before the step heading",
  );
  await axe(page, "analyse (acute alert)");
  // On a narrow phone the numbers to call stay whole: "0800-2000" broke after its hyphen at
  // 320 and 360 px.
  await page.setViewportSize({ width: 320, height: 800 });
  const split = await page.evaluate(() =>
    [...document.querySelectorAll("main [role=alert] a.phone")]
      .filter((a) => new Set([...a.getClientRects()].map((r) => Math.round(r.top))).size > 1)
      .map((a) => a.textContent),
  );
  assert.deepEqual(split, [], "no phone number in the alert takes two lines at 320 px");
  await page.setViewportSize({ width: 1280, height: 900 });
  await goStep(page, "Samenvatting", "Samenvatting");
  await alert.waitFor();

  // A disclosure alone is acute as well; un-ticking the indicator keeps the alert.
  await goStep(page, "Veiligheid", "Veiligheid");
  await answer(page, "Heeft het kind zelf verteld over geweld, mishandeling of misbruik?", "Ja");
  await page.getByLabel("Er is direct (levens)gevaar.", { exact: true }).uncheck();
  await alert.waitFor();
  // Why the weighing points there is one click away.
  await page.locator("section.weighing").getByText("Waarom wijst de afweging hierop?", { exact: true }).click();
  assert.match(await page.locator("section.weighing").innerText(), /Het kind heeft zelf verteld over geweld of misbruik/);
  await answer(page, "Heeft het kind zelf verteld over geweld, mishandeling of misbruik?", "Nee");
  await answer(page, /^Vraag 2a:/, "Nee");
  await page.waitForFunction(() => !document.querySelector("[role=alert]"));
  await goStep(page, "Netwerk", "Netwerk en krachten");
  assert.equal(await page.getByRole("alert").count(), 0, "no alert once nothing acute is left");
  assertClean(t, "acute journey");
});

test("the outcome on Veiligheid, out of view on a phone, is not laid out and stays in the accessibility tree", async () => {
  // On a phone the outcome card is far below the questions; an answer changes it without it
  // being laid out or painted (content-visibility: auto, issue 14), but a screen reader still
  // gets its text (a live region), scrolling to it shows it, and print lays it out.
  const page = await freshPage(t, "/");
  await page.setViewportSize({ width: 412, height: 823 });
  await startAs(page, "Leraar");
  await goStep(page, "Veiligheid", "Veiligheid");
  await answer(page, "Heeft het kind zelf verteld over geweld, mishandeling of misbruik?", "Ja");
  const headline = "De afweging wijst op acute onveiligheid.";
  await page.waitForFunction((h) => document.querySelector("section.weighing strong")?.textContent === h, headline);
  const card = () =>
    page.evaluate(() => {
      const c = document.querySelector("section.weighing");
      return { top: c.getBoundingClientRect().top, height: innerHeight, rendered: c.querySelector("strong").checkVisibility({ contentVisibilityAuto: true }) };
    });
  const away = await card();
  assert.ok(away.top > away.height * 1.5, `the card is well out of view: ${JSON.stringify(away)}`);
  assert.equal(away.rendered, false, "the card's content is skipped while out of view");
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Accessibility.enable");
  // The tree is built after `enable`: ask until it has the region (at most 5 s).
  let nodes = [];
  let live;
  for (let i = 0; i < 50 && !live; i++) {
    if (i) await page.waitForTimeout(100);
    ({ nodes } = await cdp.send("Accessibility.getFullAXTree"));
    live = nodes.find((n) => !n.ignored && n.name?.value === "Waar de antwoorden op wijzen");
  }
  assert.ok(live && (live.properties || []).some((p) => p.name === "live" && p.value.value === "polite"), `the outcome is a polite live region in the accessibility tree: ${JSON.stringify(live)}`);
  assert.ok(nodes.some((n) => !n.ignored && n.name?.value === headline), "its new headline is in the accessibility tree");
  await cdp.detach();
  await page.locator("section.weighing h2").scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector("section.weighing strong").checkVisibility({ contentVisibilityAuto: true }));
  await axe(page, "veiligheid (412 px, outcome in view)");
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("section.weighing")).contentVisibility), "visible", "print lays out the outcome");
  await page.emulateMedia({ media: "screen" });
  await page.setViewportSize({ width: 1280, height: 900 });
  assertClean(t, "outcome on a phone");
});

test("no horizontal scrolling at 360 px on the options step with a comparison (WCAG 1.4.10)", async () => {
  const page = await freshPage(t, "/");
  await page.setViewportSize({ width: 360, height: 800 });
  try {
    await startAs(page, "Leraar");
    await page.getByLabel("Jaren", { exact: true }).fill("9");
    await goStep(page, "Opties", "Mogelijkheden om thuis te blijven");
    await page.getByLabel("Vergelijk Eerst het eigen netwerk", { exact: true }).check();
    await page.getByLabel("Vergelijk Families First", { exact: true }).check();
    await page.locator("section.comparison").waitFor();
    for (const b of await page.locator("button.more-toggle").all()) await b.click();
    for (const d of await page.locator("details.more").all()) await d.evaluate((e) => (e.open = true));
    const overflow = await page.evaluate(() => {
      const w = document.documentElement.clientWidth;
      const seen = new Set();
      return [...document.querySelectorAll("main *")]
        .filter((e) => e.getBoundingClientRect().right > w + 1)
        .map((e) => `${e.tagName.toLowerCase()}${e.className ? "." + String(e.className).split(" ").join(".") : ""}`)
        .filter((k) => !seen.has(k) && seen.add(k));
    });
    assert.deepEqual(overflow, [], "elements wider than a 360 px viewport");
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360);
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
  assertClean(t, "360 px options");
});

test("no horizontal scrolling at 360 px on the other long pages (WCAG 1.4.10)", async () => {
  const page = await freshPage(t, "/");
  await page.setViewportSize({ width: 360, height: 800 });
  const wide = {};
  try {
    await startAs(page, "Huisarts");
    await goStep(page, "Opties", "Mogelijkheden om thuis te blijven");
    await answer(page, /^Dreigt een uithuisplaatsing/, "Ja");
    for (const [short, heading] of [
      ["Signalen", "Signalen"],
      ["Veiligheid", "Veiligheid"],
      ["Gesprek", "Gesprek met ouders en kind"],
      ["Analyse", "Verklarende analyse voorbereiden"],
      ["Verblijf", "Als verblijf nodig is"],
      ["Samenvatting", "Samenvatting"],
    ]) {
      await goStep(page, short, heading);
      for (const d of await page.locator("main details").all()) await d.evaluate((e) => (e.open = true));
      const w = await page.evaluate(() => document.documentElement.scrollWidth);
      if (w > 360) wide[short] = w;
    }
    await page.getByRole("link", { name: "Over Thuiswijzer" }).first().click();
    await page.waitForURL(/\/over$/);
    for (const d of await page.locator("main details").all()) await d.evaluate((e) => (e.open = true));
    const w = await page.evaluate(() => document.documentElement.scrollWidth);
    if (w > 360) wide.over = w;
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
  assert.deepEqual(wide, {}, "page width in px where a 360 px viewport scrolls sideways");
  assertClean(t, "360 px pages");
});

// Words break between words (or at a hyphen), never inside: on a phone the case list and the
// table on Over are one block per row whose cells name their column (`table.stack`,
// style/main.css), an option's name takes the full width; at 1024 px the case list's buttons
// stay whole. Before: five equal columns broke "Verwijderen" into letters at 360 px and into
// "Verwijdere n" at 1024 px, and "Multisysteemtherapie" broke beside the option's buttons. The
// tables keep their rows, cells and column headers for screen readers.
test("whole words at 360 and 1024 px: case list, option names, the table on Over (WCAG 1.4.10)", async () => {
  const page = await freshPage(t, "/");
  // Three cases as an earlier version kept them (open): the list shows them at once.
  await page.evaluate((now) => {
    const cases = [1, 2, 3].map((i) => ({ id: `c-${i}`, saved_at_ms: now - i * 60000, expires_after_days: 30, casus: { schema: 2, label: `Casus groep ${i}` } }));
    localStorage.setItem("thuiswijzer.v1", JSON.stringify({ format: "thuiswijzer-opslag", version: 2, settings: { expiry_days: 30, lock_after_minutes: 15 }, cases }));
  }, Date.now());
  // Words in the elements matching `css` that take more than one line.
  const broken = (css) =>
    page.evaluate((css) => {
      const out = [];
      for (const el of document.querySelectorAll(css)) {
        const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walk.nextNode(); n; n = walk.nextNode()) {
          for (const m of n.data.matchAll(/[^\s-]{2,}/g)) {
            const r = document.createRange();
            r.setStart(n, m.index);
            r.setEnd(n, m.index + m[0].length);
            const lines = new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top)));
            if (lines.size > 1) out.push(m[0]);
          }
        }
      }
      return out;
    }, css);
  const blocks = async (rows, column) => {
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, "no sideways scrolling");
    const first = rows.first();
    assert.equal(await first.evaluate((r) => getComputedStyle(r).display), "block");
    assert.equal(await first.locator("td").nth(1).evaluate((td, c) => getComputedStyle(td, "::before").content.startsWith(`"${c}`), column), true, "the cell names its column");
  };
  try {
    await open(t, "/gegevens");
    const rows = page.locator("table.case-list tbody tr");
    await rows.nth(2).waitFor();
    for (const width of [360, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      await settled(page);
      assert.deepEqual(await broken("table.case-list .row-actions button"), [], `case list buttons at ${width} px`);
    }
    await page.setViewportSize({ width: 360, height: 800 });
    await settled(page);
    await blocks(rows, "Laatst gewijzigd");
    assert.ok((await rows.first().boundingBox()).height < 250, "one case is one short block");
    const table = page.getByRole("table");
    assert.equal(await table.getByRole("row").count(), 4, "header row and three cases");
    assert.equal(await table.getByRole("columnheader", { name: "Laatst gewijzigd" }).count(), 1);
    assert.equal(await table.getByRole("cell", { name: "Casus groep 2", exact: true }).count(), 1);
    await axe(page, "case list at 360 px");

    await page.getByRole("link", { name: "Over Thuiswijzer" }).first().click();
    await page.waitForURL(/\/over$/);
    const meta = page.locator("table.meta-table tbody tr");
    await blocks(meta, "Datum");
    assert.deepEqual(await broken("table.meta-table"), []);
    assert.equal(await page.getByRole("table").getByRole("columnheader", { name: "Herziening" }).count(), 1);
    await axe(page, "over at 360 px");

    await open(t, "/");
    await startAs(page, "Huisarts");
    await goStep(page, "Opties", "Mogelijkheden om thuis te blijven");
    assert.deepEqual(await broken("li.option h3"), [], "option names");
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
  assertClean(t, "whole words");
});

// The next step's body is built ahead, hidden in its place, when the browser is idle
// (ui/bodies.rs): what is ticked after that must show when "Volgende" shows it, and what is
// unticked must go. The start page has the first step built ahead, before any role is chosen: the role
// chosen there is shown, not asked again. Three full idle periods of the browser leave time
// for the body to be built first, and then the frame around it (ui/shell.rs KeptFrame), which
// waits hidden and inert after the start page and must leave it as it was: its title, one
// heading, no extra height.
test("a step built ahead shows what was ticked after it was built", async () => {
  const page = await freshPage(t, "/");
  const startTitle = await page.title();
  const idle = () =>
    page.evaluate(
      () =>
        new Promise((done) => {
          let n = 0;
          const wait = (d) => (d.timeRemaining() >= 45 && ++n >= 3 ? done() : requestIdleCallback(wait));
          requestIdleCallback(wait);
        }),
    );
  const kindcheck = /^Er is een oudersignaal vastgelegd\. Doe de kindcheck/;
  await idle();
  assert.deepEqual(
    await page.evaluate(() => {
      const frame = document.querySelector("main .frame-place > .step-frame");
      return {
        title: document.title,
        headings: [...document.querySelectorAll("main h1")].map((h) => h.innerText.trim()),
        frame: frame && { hidden: getComputedStyle(frame).visibility, inert: frame.inert, height: frame.parentElement.offsetHeight, body: !!frame.querySelector(".step-body #casus-label") },
      };
    }),
    { title: startTitle, headings: ["Thuiswijzer"], frame: { hidden: "hidden", inert: true, height: 0, body: true } },
    "idle on the start page: the first step's frame and body wait hidden and inert; the title and the one heading stay",
  );
  await startAs(page, "Huisarts");
  assert.match(await page.locator(".role-shown").innerText(), /^Uw rol: Huisarts\s+Wijzig uw rol$/, "the role chosen on the start page is shown");
  assert.equal(await page.getByRole("radio", { name: "Huisarts", exact: true }).count(), 0, "and not asked again");
  await page.getByLabel("Jaren", { exact: true }).fill("7");
  await next(page, "Signalen", "Signalen");
  await idle();
  await page.getByLabel(/^Ouder is depressief\./).check();
  await next(page, "Veiligheid", "Veiligheid");
  await page.getByText(kindcheck).waitFor();
  await goStep(page, "Signalen", "Signalen");
  await idle();
  await page.getByLabel(/^Ouder is depressief\./).uncheck();
  await next(page, "Veiligheid", "Veiligheid");
  assert.equal(await page.getByText(kindcheck).count(), 0, "the unticked signal is gone from the step built ahead");
  // Back on the start page, the frame left with the steps and waits there again once idle.
  await page.locator("header a.brand").click();
  await expectHeading(page, "Thuiswijzer");
  await idle();
  assert.deepEqual(
    await page.evaluate(() => [...document.querySelectorAll("main .step-frame")].map((f) => [f.classList.contains("ahead"), f.inert, !!f.querySelector("#casus-label")])),
    [[true, true, true]],
    "the start page has the frame built again, hidden, with the first step's body",
  );
  assertClean(t, "step built ahead");
});

// The summary built ahead on the step before it keeps what it was built with while it waits
// (ui/widgets/waiting.rs) and catches up when "Volgende" shows it: the same text as a summary built
// anew for the same case.
test("the summary built ahead catches up with answers given while it waited", async () => {
  const page = await freshPage(t, "/");
  await startAs(page, "Leraar");
  await page.getByLabel("Jaren", { exact: true }).fill("9");
  await goStep(page, "Opties", "Mogelijkheden om thuis te blijven");
  await answer(page, /^Dreigt een uithuisplaatsing/, "Nee");
  const waiting = page.locator(".step-body.ahead .summary-doc");
  await waiting.waitFor({ state: "attached" });
  const before = await waiting.textContent();
  await answer(page, /^Is er iemand in het eigen netwerk die kan helpen/, "Ja");
  await settled(page);
  assert.equal(await waiting.textContent(), before, "while it waits, the summary is not written again");
  await next(page, "Samenvatting", "Samenvatting");
  const shown = await page.locator(".summary-doc").textContent();
  assert.notEqual(shown, before, "shown, it has the answer given while it waited");
  await page.reload();
  await page.waitForSelector("html[data-app-ready]");
  await expectHeading(page, "Samenvatting");
  assert.equal(await page.locator(".summary-doc").textContent(), shown, "the same as a summary built anew");
  assertClean(t, "summary built ahead");
});

// The talk parts of Gesprek, waiting ahead of Veiligheid, are not built again on every safety
// answer; "Volgende" shows them as the weighing then asks (the exception first when a talk
// may be unsafe).
test("the talk parts built ahead catch up with the safety answers", async () => {
  const page = await freshPage(t, "/");
  await startAs(page, "Leraar");
  await goStep(page, "Veiligheid", "Veiligheid");
  await answer(page, "Heeft het kind zelf verteld over geweld, mishandeling of misbruik?", "Nee");
  const waiting = page.locator(".step-body.ahead details.talk-part");
  await waiting.first().waitFor({ state: "attached" });
  const parts = () => waiting.evaluateAll((ds) => ds.map((d) => d.querySelector("summary").textContent + (d.open ? " (open)" : "")));
  const before = await parts();
  assert.ok(!before[0].endsWith("(open)"), `no exception first yet: ${before}`);
  await page.getByLabel("Er is direct (levens)gevaar.", { exact: true }).check();
  await settled(page);
  assert.deepEqual(await parts(), before, "while they wait, the talk parts are not built again");
  await next(page, "Gesprek", "Gesprek met ouders en kind");
  const first = page.locator("main details.talk-part").first();
  assert.equal(await first.getAttribute("open"), "", "shown, the exception comes first and is open");
  assert.notEqual(await first.locator(":scope > summary").textContent(), before[0].replace(" (open)", ""), "a part other than before comes first");
  assertClean(t, "talk parts built ahead");
});

// What the parents said, shown on Analyse beside its fields, is not written again in the
// Analyse waiting ahead on every key typed in Gesprek; "Volgende" shows it.
test("the talk on Analyse built ahead catches up with what was typed in Gesprek", async () => {
  const page = await freshPage(t, "/");
  await startAs(page, "Leraar");
  await goStep(page, "Gesprek", "Gesprek met ouders en kind");
  await page.locator(".step-body.ahead textarea[id^='analyse-']").first().waitFor({ state: "attached" });
  await page.getByLabel("Hun eigen uitleg", { exact: true }).fill("Veel druk op het werk.");
  await settled(page);
  assert.equal(await page.locator(".step-body.ahead #uit-gesprek").count(), 0, "while it waits, Analyse is not written again");
  await next(page, "Analyse", "Verklarende analyse voorbereiden");
  const talk = page.locator("section", { has: page.locator("#uit-gesprek") });
  assert.match(await talk.innerText(), /Veel druk op het werk\./, "shown, it has what was typed");
  assertClean(t, "talk on Analyse built ahead");
});

// A signal's note is one click away and built when opened (ui/steps/signals_step.rs); what is
// typed in it stays, and a note with text is open when the step is shown again.
test("a signal's note: built when opened, kept on a step change and a reload", async () => {
  const page = await freshPage(t, "/");
  await startAs(page, "Leraar");
  await next(page, "Signalen", "Signalen");
  await page.getByLabel(/^Is vaak erg moe\./).check();
  const note = page.locator(".signal:has(#signaal-erg_moe) details.note");
  assert.equal(await note.locator("textarea").count(), 0, "closed, the note's field is not built");
  await note.locator("summary").click();
  await note.getByLabel("Wat zag of hoorde u precies? (niet verplicht)").fill("Valt twee keer per week in slaap in de klas.");
  await axe(page, "signalen (note open)");
  const noteShown = async (when) => {
    assert.equal(await note.getAttribute("open"), "", `${when}: a note with text is open`);
    assert.equal(await note.locator("textarea").inputValue(), "Valt twee keer per week in slaap in de klas.", `${when}: the note keeps its text`);
  };
  await next(page, "Veiligheid", "Veiligheid");
  await goStep(page, "Signalen", "Signalen");
  await noteShown("after another step");
  await page.reload();
  await page.waitForSelector("html[data-app-ready]");
  await expectHeading(page, "Signalen");
  await noteShown("after a reload");
  // An empty note closes again.
  await note.locator("textarea").fill("");
  await next(page, "Veiligheid", "Veiligheid");
  await goStep(page, "Signalen", "Signalen");
  assert.equal(await note.getAttribute("open"), null, "an empty note is closed when shown again");
  assertClean(t, "signal note");
});

// The body built ahead waits in its place, after the body shown, hidden and inert (ui/bodies.rs,
// style .step-body.ahead): not in the accessibility tree, not focusable, no height of its own,
// not printed; "Volgende" shows that same element instead of building or moving one.
test("the step built ahead waits hidden and inert in its place, and Volgende shows it", async () => {
  const page = await freshPage(t, "/");
  // Narrow, where Signalen (waiting) is much longer than Casus (shown).
  await page.setViewportSize({ width: 412, height: 823 });
  await startAs(page, "Leraar");
  await page.getByLabel("Jaren", { exact: true }).fill("9");
  const ahead = page.locator("main .step-bodies > .step-body.ahead");
  await ahead.waitFor({ state: "attached" });
  const seen = await page.evaluate(() => {
    const bodies = [...document.querySelectorAll("main .step-bodies > .step-body")];
    const waiting = bodies.find((b) => b.classList.contains("ahead"));
    const box = waiting.querySelector('input[type="checkbox"]');
    box.focus();
    waiting.__waiting = true;
    return {
      order: bodies.map((b) => (b.classList.contains("ahead") ? "ahead" : "shown")),
      inert: waiting.inert,
      visibility: getComputedStyle(waiting).visibility,
      focused: document.activeElement === box,
      extraHeight: document.querySelector("main .step-bodies").offsetHeight - bodies.find((b) => b !== waiting).offsetHeight,
      taller: waiting.scrollHeight > waiting.offsetHeight,
      scrollsPastFooter: document.documentElement.scrollHeight - (document.querySelector("footer").getBoundingClientRect().bottom + scrollY) > 1,
    };
  });
  assert.deepEqual(seen, { order: ["shown", "ahead"], inert: true, visibility: "hidden", focused: false, extraHeight: 0, taller: true, scrollsPastFooter: false });
  assert.equal(await page.getByRole("checkbox", { name: /^Ouder is depressief\./ }).count(), 0, "the signals ahead are not in the accessibility tree");
  await page.emulateMedia({ media: "print" });
  assert.equal(await ahead.evaluate((el) => getComputedStyle(el).display), "none", "not printed");
  await page.emulateMedia({ media: "screen" });

  await next(page, "Signalen", "Signalen");
  const shown = await page.evaluate(() => {
    const bodies = [...document.querySelectorAll("main .step-bodies > .step-body")].filter((b) => !b.classList.contains("ahead"));
    return { count: bodies.length, same: bodies[0].__waiting === true, inert: bodies[0].inert, visibility: getComputedStyle(bodies[0]).visibility };
  });
  assert.deepEqual(shown, { count: 1, same: true, inert: false, visibility: "visible" });
  const box = page.getByRole("checkbox", { name: /^Ouder is depressief\./ });
  await box.focus();
  assert.ok(await box.evaluate((el) => document.activeElement === el), "the step shown can be used");

  // On a wide screen the options step widens the page; the options waiting ahead do not.
  await page.setViewportSize({ width: 1280, height: 900 });
  await goStep(page, "Netwerk", "Netwerk en krachten");
  await page.locator("main .step-bodies > .step-body.ahead .options-wide").waitFor({ state: "attached" });
  const width = () => page.locator("main.container").evaluate((el) => el.getBoundingClientRect().width);
  const netwerk = await width();
  await next(page, "Opties", "Mogelijkheden om thuis te blijven");
  assert.ok(netwerk < (await width()), `Netwerk keeps the narrow page (${netwerk} px) while Opties waits ahead`);
  assertClean(t, "step waiting ahead");
});

// While the next step waits in the page (ui/bodies.rs), two steps' ids are in one page: on
// every step of the longest path (a child in a foster family, placement threatening: Verblijf
// and then Weer thuis), no id is there twice (the list of terms on Verblijf and Weer thuis
// shared one before).
test("no id twice in the page while the next step waits, on every step", async () => {
  const page = await freshPage(t, "/");
  await startAs(page, "Huisarts");
  await page.getByLabel("Jaren", { exact: true }).fill("9");
  await page.getByLabel("In een pleeggezin (ook netwerkpleegzorg)").check();
  await goStep(page, "Opties", "Mogelijkheden om thuis te blijven");
  await answer(page, /^Dreigt een uithuisplaatsing/, "Ja");
  const nav = page.getByRole("navigation", { name: "Stappen" });
  const twice = {};
  let waited = 0;
  for (const short of (await nav.getByRole("link").allInnerTexts()).map((s) => s.trim())) {
    await nav.getByRole("link", { name: short, exact: true }).click();
    await page.waitForFunction((s) => document.querySelector('nav a[aria-current="page"]')?.textContent.trim() === s, short);
    // The step after it waits in the page (not after the last two: Weer thuis has only the
    // summary after it, which is not built ahead).
    const ahead = await page.locator("main .step-bodies > .step-body.ahead").waitFor({ state: "attached", timeout: 3000 }).then(() => true, () => false);
    if (ahead) waited++;
    const ids = await page.evaluate(() => {
      const seen = {};
      for (const el of document.querySelectorAll("[id]")) seen[el.id] = (seen[el.id] || 0) + 1;
      return Object.keys(seen).filter((id) => seen[id] > 1);
    });
    if (ids.length) twice[short] = ids;
  }
  assert.ok(waited >= 7, `a step waited ahead on ${waited} steps`);
  assert.deepEqual(twice, {}, "ids in the page more than once, per step shown");
  await goStep(page, "Verblijf", "Als verblijf nodig is");
  await axe(page, "verblijf, weer thuis waiting");
  assertClean(t, "no id twice");
});
