// The ten most common interactions, measured in one journey through the app with the CPU
// slowed down 4× (CDP Emulation.setCPUThrottlingRate). Each is real input from Playwright; the
// page measures from the input event's timeStamp to after the next paint (bench/browser.mjs),
// and keeps the Event Timing entries as a cross-check. The UI is still being built: when an
// element is missing, the interaction is reported as "n.v.t. (element ontbreekt)" and the
// journey goes on.

const FIND_MS = 1500; // how long to wait for an element before calling it missing
const PAINT_MS = 5000; // how long to wait for the input's next paint

/** The first candidate locator that has a visible element, or null. */
export async function find(page, candidates, timeout = FIND_MS) {
  const until = Date.now() + timeout;
  do {
    for (const make of candidates) {
      const loc = make(page);
      const n = await loc.count().catch(() => 0);
      for (let i = 0; i < Math.min(n, 20); i++) {
        if (await loc.nth(i).isVisible().catch(() => false)) return loc.nth(i);
      }
    }
    await page.waitForTimeout(100);
  } while (Date.now() < until);
  return null;
}

/** All visible elements of the first candidate that has at least `min` of them. */
async function findAll(page, candidates, min, timeout = FIND_MS) {
  const until = Date.now() + timeout;
  do {
    for (const make of candidates) {
      const loc = make(page);
      const n = await loc.count().catch(() => 0);
      const vis = [];
      for (let i = 0; i < Math.min(n, 40); i++) if (await loc.nth(i).isVisible().catch(() => false)) vis.push(loc.nth(i));
      if (vis.length >= min) return vis;
    }
    await page.waitForTimeout(100);
  } while (Date.now() < until);
  return null;
}

/** Clicks an element, or its label when the input itself is hidden by custom styling. */
export async function click(page, loc) {
  try {
    await loc.click({ timeout: 2000 });
  } catch (e) {
    const id = await loc.getAttribute("id").catch(() => null);
    if (!id) throw e;
    await page.locator(`label[for="${id}"]`).first().click({ timeout: 2000 });
  }
}

/** How long the page may settle after the benchmark scrolled a target into view. */
const SETTLE_MS = 300;

/**
 * Scrolls `target` into view first when it is out of view, and lets the page settle, as a user
 * scrolls and only then taps: Playwright's click otherwise scrolls in the same moment as the
 * input, and the work the scroll causes lands in the input's measurement (on Veiligheid the
 * outcome card, `content-visibility: auto`, came into range with the scroll to the first
 * question and was laid out one frame after the click in some runs and not in others: the
 * answer measured 39–56 or 68–100 ms). A target in view is not touched and not waited for,
 * so a click that comes right after the page is ready (first visits) keeps its timing.
 */
export async function inView(page, target) {
  const inside = await target
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
    })
    .catch(() => true);
  if (inside) return;
  await target.scrollIntoViewIfNeeded({ timeout: 2000 }).catch(() => {});
  await page.waitForTimeout(SETTLE_MS);
}

/**
 * Measures one input: brings `target` (when given) into view first (`inView`), then arms the
 * probe, acts, and reads the time to the next paint.
 */
export async function timed(page, type, act, target) {
  if (target) await inView(page, target);
  const since = await page.evaluate((t) => (window.__bench.arm(t), window.__bench.armedAt), type);
  await act();
  const ms = await page.evaluate((t) => window.__bench.result(t), PAINT_MS);
  await page.waitForTimeout(60); // let the Event Timing observer deliver
  const et = await page.evaluate((s) => window.__bench.eventTiming(s), since);
  return { ms, eventTiming: et };
}

const stepPath = (slug) => new RegExp(`/${slug}$`);

/** Goes to a step without measuring: a link to it, or else a client-side history navigation. */
export async function goStep(page, slug) {
  if (stepPath(slug).test(new URL(page.url()).pathname)) return true;
  const link = await find(page, [(p) => p.locator(`nav a[href$="/${slug}"]`), (p) => p.locator(`a[href$="/${slug}"]`)], 500);
  if (link) {
    await link.click({ timeout: 2000 }).catch(() => {});
  } else {
    await page.evaluate((s) => {
      const base = new URL(document.baseURI).pathname.replace(/\/$/, "");
      history.pushState(null, "", `${base}/${s}`);
      dispatchEvent(new PopStateEvent("popstate", { state: null }));
    }, slug);
  }
  await page.waitForURL(stepPath(slug), { timeout: 3000 }).catch(() => {});
  await page.waitForTimeout(150);
  return stepPath(slug).test(new URL(page.url()).pathname);
}

const byText = (re) => (p) => p.locator("main").getByRole("button", { name: re });

/**
 * The journey. Each entry: `id`, `label` (Dutch, for the report), `step` (reached first,
 * unmeasured), and `run(page)` returning { ms, eventTiming } or a string when it could not
 * be measured.
 */
export const INTERACTIONS = [
  {
    // The start page's role buttons set the role and open the first step (issue 13: one click
    // instead of two), so choosing the role and opening the first step are one interaction.
    id: "eerste-stap",
    label: "Rol kiezen en eerste stap openen",
    async run(page) {
      const buttons = await findAll(page, [(p) => p.locator("main .role-start button")], 1);
      if (!buttons) return null;
      const target = buttons[Math.min(1, buttons.length - 1)];
      const r = await timed(page, "click", () => click(page, target), target);
      await page.waitForURL(stepPath("casus"), { timeout: 3000 }).catch(() => {});
      return r;
    },
  },
  {
    id: "typen",
    label: "Typen in een tekstveld (per toets)",
    step: "casus",
    async run(page) {
      const field = await find(page, [(p) => p.locator("#casus-label"), (p) => p.locator('main input[type="text"]:not([inputmode="numeric"])'), (p) => p.locator("main textarea")]);
      if (!field) return null;
      await field.click({ timeout: 2000 });
      const keys = [];
      for (const ch of "Groep") keys.push(await timed(page, "keydown", () => page.keyboard.press(ch)));
      const ms = keys.map((k) => k.ms).filter((x) => x !== null).sort((a, b) => a - b);
      const et = keys.map((k) => k.eventTiming).filter((x) => x !== null);
      return { ms: ms.length ? ms[Math.floor(ms.length / 2)] : null, max: ms.length ? ms[ms.length - 1] : null, eventTiming: et.length ? Math.max(...et) : null };
    },
  },
  {
    id: "volgende",
    label: "Volgende stap",
    step: "casus",
    async run(page) {
      const next = await find(page, [(p) => p.locator("main .actions a.button:not(.secondary)"), (p) => p.locator("main").getByRole("link", { name: /^Volgende/ })]);
      if (!next) return null;
      const from = page.url();
      const r = await timed(page, "click", () => next.click({ timeout: 2000 }), next);
      await page.waitForURL((u) => u.toString() !== from, { timeout: 3000 }).catch(() => {});
      return r;
    },
  },
  {
    id: "signaal",
    label: "Signaal aanvinken",
    step: "signalen",
    async run(page) {
      const box = await find(page, [(p) => p.locator('main input[type="checkbox"]')]);
      if (!box) return null;
      return timed(page, "click", () => click(page, box), box);
    },
  },
  {
    id: "veiligheid",
    label: "Veiligheidsvraag beantwoorden",
    step: "veiligheid",
    async run(page) {
      const radio = await find(page, [(p) => p.locator('main input[type="radio"][value="ja"]'), (p) => p.locator('main input[type="radio"]')]);
      if (!radio) return null;
      return timed(page, "click", () => click(page, radio), radio);
    },
  },
  {
    id: "optie-details",
    label: "Details van een optie openen",
    step: "opties",
    async run(page) {
      const opener = await find(page, [
        (p) => p.locator("main details:not([open]) > summary"),
        (p) => p.locator('main button[aria-expanded="false"]'),
        byText(/details|meer over|lees meer/i),
      ]);
      if (!opener) return null;
      return timed(page, "click", () => opener.click({ timeout: 2000 }), opener);
    },
  },
  {
    id: "vergelijken",
    label: "Twee opties vergelijken",
    step: "opties",
    async run(page) {
      const boxes = await findAll(
        page,
        [
          (p) => p.locator('main input[type="checkbox"][name*="vergelijk"], main input[type="checkbox"][id*="vergelijk"]'),
          (p) => p.locator("main").getByLabel(/vergelijk/i),
        ],
        2,
      );
      if (!boxes) return null;
      await click(page, boxes[0]);
      const button = await find(page, [byText(/^vergelijk/i)], 300);
      if (!button) return timed(page, "click", () => click(page, boxes[1]), boxes[1]);
      await click(page, boxes[1]);
      return timed(page, "click", () => button.click({ timeout: 2000 }), button);
    },
  },
  {
    id: "samenvatting",
    label: "Samenvatting openen",
    async run(page) {
      const link = await find(page, [(p) => p.locator('nav a[href$="/samenvatting"]'), (p) => p.locator('a[href$="/samenvatting"]')]);
      if (!link) return null;
      const r = await timed(page, "click", () => link.click({ timeout: 2000 }), link);
      await page.waitForURL(stepPath("samenvatting"), { timeout: 3000 }).catch(() => {});
      return r;
    },
  },
  {
    id: "kopieer",
    label: "Kopiëren als tekst",
    step: "samenvatting",
    async run(page) {
      const button = await find(page, [byText(/kopieer|kopiëren/i)]);
      if (!button) return null;
      return timed(page, "click", () => button.click({ timeout: 2000 }), button);
    },
  },
];

export const MISSING = "n.v.t. (element ontbreekt)";

/**
 * Runs the whole journey once in `page` (already on the start page, app ready, CPU slowed).
 * Returns { [id]: { ms, max?, eventTiming } | { skipped: reason } }.
 */
export async function journey(page) {
  const out = {};
  for (const it of INTERACTIONS) {
    try {
      if (it.step && !(await goStep(page, it.step))) {
        out[it.id] = { skipped: `n.v.t. (stap /${it.step} niet bereikt)` };
        continue;
      }
      const r = await it.run(page);
      if (r === null) out[it.id] = { skipped: MISSING };
      else if (r.ms === null) out[it.id] = { skipped: "geen meting (geen paint binnen 5 s)" };
      else out[it.id] = r;
    } catch (e) {
      out[it.id] = { skipped: `fout: ${String(e.message || e).split("\n")[0].slice(0, 80)}` };
    }
  }
  return out;
}

/**
 * The first visit of every step (issue 14 point 4): in a fresh page (app ready, CPU slowed),
 * the role button opens the first step, then "Volgende" goes to each next step until there is
 * none. Returns [{ slug, ms }] in route order (`ms` null: nothing measured within 5 s).
 */
export async function firstVisits(page) {
  const out = [];
  const buttons = await findAll(page, [(p) => p.locator("main .role-start button")], 1);
  if (!buttons) return out;
  let from = page.url();
  const role = buttons[Math.min(1, buttons.length - 1)];
  let r = await timed(page, "click", () => click(page, role), role);
  for (let i = 0; i < 12; i++) {
    await page.waitForURL((u) => u.toString() !== from, { timeout: 3000 }).catch(() => {});
    out.push({ slug: new URL(page.url()).pathname.split("/").pop(), ms: r.ms });
    await page.waitForTimeout(150);
    const next = await find(page, [(p) => p.locator("main .actions a.button:not(.secondary)")], 1000);
    if (!next) break;
    from = page.url();
    r = await timed(page, "click", () => next.click({ timeout: 2000 }), next);
  }
  return out;
}

/** The floor: median of 5 clicks on the lead paragraph (no handler), input to next paint. */
export async function floor(page) {
  const target = await find(page, [(p) => p.locator("main p.lead"), (p) => p.locator("main h1")]);
  if (!target) return null;
  const xs = [];
  for (let i = 0; i < 5; i++) {
    const r = await timed(page, "click", () => target.click({ timeout: 2000 }), target);
    if (r.ms !== null) xs.push(r.ms);
  }
  xs.sort((a, b) => a - b);
  return xs.length ? xs[Math.floor(xs.length / 2)] : null;
}
