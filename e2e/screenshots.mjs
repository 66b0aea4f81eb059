// Screenshots of the start page, the options step, the summary and the lock screen at 360 px
// and 1280 px wide, into docs/screenshots/. Not a test: run once with
//   THUISWIJZER_DIST=/tmp/e2e-dist node e2e/screenshots.mjs
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { setup } from "./harness.mjs";
import { freshPage, expectHeading, next, goStep, answer } from "./journeys-lib.mjs";

const OUT = fileURLToPath(new URL("../docs/screenshots/", import.meta.url));
mkdirSync(OUT, { recursive: true });

const t = await setup();
try {
  for (const width of [360, 1280]) {
    const page = await freshPage(t, "/");
    await page.setViewportSize({ width, height: width < 600 ? 800 : 900 });
    await expectHeading(page, "Thuiswijzer");
    await page.screenshot({ path: `${OUT}start-${width}.png`, fullPage: true });

    await page.getByRole("button", { name: "Leraar", exact: true }).click();
    await expectHeading(page, "Over de casus");
    await page.getByLabel("Label voor deze casus").fill("Groep 6, november");
    await page.getByLabel("Jaren", { exact: true }).fill("9");
    await page.getByLabel("Basisonderwijs", { exact: true }).check();
    await page.getByLabel("Wat is uw zorg?").fill("Komt de laatste weken moe en zonder eten naar school.");
    await goStep(page, "Opties", "Mogelijkheden om thuis te blijven");
    await answer(page, /^Is er iemand in het eigen netwerk die kan helpen/, "Ja");
    await answer(page, /^Is minstens één ouder of verzorger bereid om mee te doen/, "Ja");
    await answer(page, /^Dreigt een uithuisplaatsing/, "Nee");
    await page.getByLabel("Vergelijk Eerst het eigen netwerk", { exact: true }).check();
    await page.getByLabel("Vergelijk Families First", { exact: true }).check();
    await page.locator("section.comparison").waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${OUT}opties-${width}.png`, fullPage: true });
    console.log(`opties at ${width} px: page is ${await page.evaluate(() => document.documentElement.scrollWidth)} px wide`);

    await goStep(page, "Samenvatting", "Samenvatting");
    await page.screenshot({ path: `${OUT}samenvatting-${width}.png`, fullPage: true });

    // The lock: on with a passphrase, then locked.
    await page.goto(t.origin + "/gegevens");
    await page.waitForSelector("html[data-app-ready]");
    await page.getByLabel("Kies een wachtwoord").fill("een lange zin als wachtwoord");
    await page.getByLabel("Typ het wachtwoord nog een keer").fill("een lange zin als wachtwoord");
    await page.getByRole("button", { name: "Zet het slot aan" }).click();
    await page.locator("#slot-melding", { hasText: "Het slot staat aan" }).waitFor();
    await page.getByRole("button", { name: "Nu op slot" }).first().click();
    await expectHeading(page, "Thuiswijzer is op slot");
    await page.screenshot({ path: `${OUT}slot-${width}.png`, fullPage: true });
  }
  console.log("problems:", t.problems);
} finally {
  await t.close();
}
