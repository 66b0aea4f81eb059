// One journey by keyboard only (issue 4): Tab, Shift+Tab, arrow keys, Space and Enter; no mouse.
// After every step change focus must be on the h1, and every focused control must show a
// visible focus indicator (WCAG 2.4.7).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, axe, assertClean } from "./harness.mjs";
import { freshPage, expectHeading, expectFocusOnH1 } from "./journeys-lib.mjs";

let t;
before(async () => {
  t = await setup();
});
after(async () => {
  await t?.close();
});

/** What has focus, and how its focus is drawn. */
function focused(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    const cs = getComputedStyle(e);
    return {
      tag: e.tagName,
      id: e.id,
      type: e.getAttribute("type"),
      name: e.getAttribute("name"),
      text: (e.innerText || "").trim().slice(0, 60),
      outline: cs.outlineStyle,
      outlineWidth: cs.outlineWidth,
      focusVisible: e.matches(":focus-visible"),
    };
  });
}

async function assertFocusVisible(page, what) {
  const f = await focused(page);
  assert.ok(f.focusVisible, `${what}: :focus-visible matches (${JSON.stringify(f)})`);
  assert.notEqual(f.outline, "none", `${what}: outline is drawn (${JSON.stringify(f)})`);
  assert.notEqual(f.outlineWidth, "0px", `${what}: outline has a width (${JSON.stringify(f)})`);
  // The whole ring is drawn: no ancestor that clips (overflow, paint containment,
  // content-visibility) cuts it off at its edge.
  const clippedBy = await page.evaluate(() => {
    const el = document.activeElement;
    const cs = getComputedStyle(el);
    const grow = parseFloat(cs.outlineOffset) + parseFloat(cs.outlineWidth);
    const r = el.getBoundingClientRect();
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      const clips = s.overflowX !== "visible" || s.overflowY !== "visible" || /paint|strict|content/.test(s.contain) || s.contentVisibility === "auto";
      if (!clips) continue;
      const b = a.getBoundingClientRect();
      const left = b.left + a.clientLeft;
      const top = b.top + a.clientTop;
      if (r.left - grow < left - 0.5 || r.top - grow < top - 0.5 || r.right + grow > left + a.clientWidth + 0.5 || r.bottom + grow > top + a.clientHeight + 0.5) {
        return `${a.tagName.toLowerCase()}.${a.className}`;
      }
    }
    return null;
  });
  assert.equal(clippedBy, null, `${what}: the focus ring is not cut off`);
  return f;
}

/** Presses Tab until `pred(focused)` holds; fails after `max` presses. */
async function tabUntil(page, pred, what, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (pred(f)) return f;
  }
  throw new Error(`Tab never reached ${what} within ${max} presses`);
}

test("keyboard only: role, casus, label, next step; focus on h1 and visible", async () => {
  const page = await freshPage(t, "/");
  await expectHeading(page, "Thuiswijzer");

  // The first Tab reaches the skip link, which becomes visible.
  await page.keyboard.press("Tab");
  let f = await assertFocusVisible(page, "skip link");
  assert.equal(f.text, "Naar de inhoud");

  // Into the role buttons: the role is asked once, and Enter on one starts the case.
  f = await tabUntil(page, (x) => x.tag === "BUTTON" && x.id.startsWith("start-rol-"), "the role buttons");
  await assertFocusVisible(page, "first role button");
  assert.equal(f.id, "start-rol-huisarts");
  f = await tabUntil(page, (x) => x.id === "start-rol-leraar", "the Leraar button", 3);
  await assertFocusVisible(page, "role button");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/casus$/);
  await expectHeading(page, "Over de casus");
  await expectFocusOnH1(page);

  // From the heading, Tab reaches the age within two stops (the "keep on this device" choice
  // comes first), with visible focus on each: what a short route needs comes first.
  for (let i = 0; i < 2; i++) {
    await page.keyboard.press("Tab");
    f = await assertFocusVisible(page, "control before the years field");
    if (f.id === "leeftijd-jaren") break;
  }
  assert.equal(f.id, "leeftijd-jaren");
  await page.keyboard.type("9");
  // Past the months and the concern to the label field.
  f = await tabUntil(page, (x) => x.id === "casus-label", "the label field", 3);
  await assertFocusVisible(page, "label field");
  await page.keyboard.type("Groep 6, november");
  // The role is shown with one control to change it; Enter brings the radio buttons back with
  // focus on the chosen role.
  await page.keyboard.press("Tab");
  f = await assertFocusVisible(page, "change-role button on the casus step");
  assert.equal(f.text, "Wijzig uw rol");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.id === "rol-leraar");
  await assertFocusVisible(page, "role radio on the casus step");

  // Tab to "Volgende: Signalen" and press Enter.
  f = await tabUntil(page, (x) => x.tag === "A" && x.text.startsWith("Volgende:"), "the next-step link");
  assert.equal(f.text, "Volgende: Signalen");
  await assertFocusVisible(page, "next link");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/signalen$/);
  await expectHeading(page, "Signalen");
  await expectFocusOnH1(page);

  // Shift+Tab from the heading reaches the step list; Tab comes back into the step.
  await page.keyboard.press("Shift+Tab");
  f = await assertFocusVisible(page, "step list link");
  assert.equal(f.text, "Samenvatting");
  // The first control of the step: the first signal checkbox. Space ticks it.
  f = await tabUntil(page, (x) => x.type === "checkbox", "the first signal", 10);
  await assertFocusVisible(page, "signal checkbox");
  await page.keyboard.press("Space");
  await page.getByText("1 signaal aangekruist.").waitFor();
  assert.equal(await page.locator(`#${f.id}`).isChecked(), true);
  // Its "who" radios follow; the arrow key changes the answer.
  const signal = f.id.replace(/^signaal-/, "");
  f = await tabUntil(page, (x) => x.type === "radio", "the observer radios", 3);
  assert.equal(f.id, `${signal}-wie-zelf`);
  await page.keyboard.press("ArrowRight");
  assert.equal((await focused(page)).id, `${signal}-wie-kind`);
  assert.equal(await page.locator(`#${signal}-wie-kind`).isChecked(), true);
  await assertFocusVisible(page, "observer radio");

  // And on to the next step.
  f = await tabUntil(page, (x) => x.tag === "A" && x.text.startsWith("Volgende:"), "the next-step link", 120);
  assert.equal(f.text, "Volgende: Veiligheid");
  await page.keyboard.press("Enter");
  await expectHeading(page, "Veiligheid");
  await expectFocusOnH1(page);

  // What was typed is kept: back to the casus step by the step list, with Enter.
  await page.keyboard.press("Shift+Tab");
  for (let i = 0; i < 20 && (await focused(page)).text !== "Casus"; i++) await page.keyboard.press("Shift+Tab");
  f = await assertFocusVisible(page, "step list link Casus");
  assert.equal(f.text, "Casus");
  await page.keyboard.press("Enter");
  await expectHeading(page, "Over de casus");
  await expectFocusOnH1(page);
  assert.equal(await page.getByLabel("Label voor deze casus").inputValue(), "Groep 6, november");
  assert.equal(await page.getByLabel("Jaren", { exact: true }).inputValue(), "9");
  await axe(page, "casus (keyboard)");
  assertClean(t, "keyboard journey");
});
