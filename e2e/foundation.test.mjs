// The foundation: the built site loads from 127.0.0.1 only, the app takes over the static
// start screen, routing works, and axe finds no violation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { setup, open, axe, assertClean, DIST, focusLands } from "./harness.mjs";

test("start page loads, is accessible and routes to the first step", async () => {
  const t = await setup();
  try {
    // The wasm files fetched when the static start page works (recorded by the page itself, at
    // that moment).
    await t.context.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (!document.documentElement?.hasAttribute("data-start-ready")) return;
        obs.disconnect();
        window.__wasmAtReady = performance.getEntriesByType("resource").map((e) => e.name).filter((n) => n.endsWith(".wasm"));
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-start-ready"] });
    });
    await open(t, "/");
    const page = t.page;
    // A fresh profile: the start page works with the main module only (src/ui/boot.rs); the
    // app itself (the chunk tw_app) waits for idle or the first input.
    const atReady = await page.waitForFunction(() => window.__wasmAtReady).then((h) => h.jsonValue());
    assert.deepEqual(atReady.map((n) => /_bg\.wasm$/.test(n)), [true], `only the main wasm at start: ${atReady}`);
    assert.equal(await page.locator("h1").innerText(), "Thuiswijzer");
    assert.match(await page.locator("body").innerText(), /Alles blijft op dit apparaat/);
    assert.match(await page.title(), /Thuiswijzer/);
    await axe(page, "start");
    // When the browser is idle after start, the app is fetched (a page's first visit does not
    // wait for the network).
    const chunks = readdirSync(DIST).filter((f) => f.endsWith(".wasm") && !f.includes("_bg.")).length;
    await page.waitForFunction(
      (n) => performance.getEntriesByType("resource").filter((e) => e.name.endsWith(".wasm")).length >= n + 1,
      chunks,
      { timeout: 30000 },
    );

    // The role is asked once: on the start page a role button starts the case. A deep link to
    // the Casus step without a role asks it there; the role alone is no case yet, so the start
    // page still offers the role buttons.
    await open(t, "/casus");
    await page.getByRole("radio", { name: "Huisarts", exact: true }).check();
    assert.equal(await page.getByRole("button", { name: "Wijzig uw rol" }).isVisible(), false, "the radio buttons stay while the user is on the step");
    await open(t, "/");
    await page.getByRole("button", { name: "Leraar", exact: true }).click();
    await page.waitForURL(/\/casus$/);
    assert.match(await page.locator(".role-shown").innerText(), /^Uw rol: Leraar/);
    assert.equal(await page.getByRole("radio", { name: "Leraar", exact: true }).count(), 0);
    assert.match(await page.title(), /Stap 1 van \d+/);
    assert.equal(await page.locator("h1").innerText(), "Over de casus");
    // Focus moved to the heading of the new step.
    assert.equal(await focusLands(page, "H1"), "H1");
    await axe(page, "casus");
    assertClean(t, "foundation journey");
  } finally {
    await t.close();
  }
});

// A role or a step link of the frame shows its step in the frame after the click, and the
// address follows in a task after that paint (ui/shell.rs open_step). The back button works as
// before, a link clicked with a modifier key is left to the browser, and a move in history between
// the click and the address following wins.
test("a step shows at once and its address follows; a move in history in between wins", async () => {
  const t = await setup();
  try {
    const page = t.page;
    await open(t, "/");
    await page.locator("main .role-start button").first().waitFor();
    // In the first frame after the click: the step's heading, the address not yet followed.
    const firstFrame = (selector) =>
      page.evaluate(
        (sel) =>
          new Promise((resolve) => {
            document.querySelector(sel).click();
            requestAnimationFrame(() => resolve([document.querySelector("main h1")?.textContent, location.pathname]));
          }),
        selector,
      );
    assert.deepEqual(await firstFrame("main .role-start button"), ["Over de casus", "/"]);
    await page.waitForURL(/\/casus$/);
    assert.equal(await focusLands(page, "H1"), "H1");
    // Someone already in a field of the new step before the focus moves keeps that focus.
    await page.goBack();
    await page.locator("main .role-start button").first().waitFor();
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          document.querySelector("main .role-start button").click();
          requestAnimationFrame(() => {
            document.getElementById("casus-label").focus();
            resolve();
          });
        }),
    );
    await page.waitForURL(/\/casus$/);
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "casus-label", "the focus stays in the field");
    assert.deepEqual(await firstFrame("main .actions a.button:not(.secondary)"), ["Signalen", "/casus"]);
    await page.waitForURL(/\/signalen$/);
    assert.match(await page.title(), /^Signalen – Stap 2 van/);
    // The link of the step shown: the focus stays on it and no history entry is added.
    const current = page.locator('nav.step-nav a[aria-current="page"]');
    await current.focus();
    const before = await page.evaluate(() => history.length);
    await page.keyboard.press("Enter");
    await page.waitForTimeout(300);
    assert.deepEqual(
      await page.evaluate(() => [history.length, document.activeElement?.getAttribute("aria-current"), location.pathname]),
      [before, "page", "/signalen"],
    );
    // A link clicked with a modifier key: the app and the router leave it to the browser (a
    // listener added last records that, and keeps the browser from opening a tab).
    const prevented = await page.evaluate(() => {
      let seen = null;
      addEventListener("click", (e) => { seen = e.defaultPrevented; e.preventDefault(); }, { once: true });
      const link = document.querySelector('nav.step-nav a[data-step="veiligheid"]');
      link.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ctrlKey: true }));
      return seen;
    });
    assert.equal(prevented, false, "a ctrl-click on a step link is left to the browser");
    assert.equal(await page.locator("main h1").innerText(), "Signalen");
    await page.goBack();
    await page.waitForURL(/\/casus$/);
    assert.equal(await page.locator("main h1").innerText(), "Over de casus");
    await page.goBack();
    await page.waitForURL((u) => u.pathname === "/");
    await page.locator("main .role-start button").first().waitFor();
    assert.equal(await page.locator(".step-frame:not(.ahead)").count(), 0);

    // A move to "/over" (as the router sees the back button: the address, then popstate) in
    // the same task as a role click, before the address follows the step: the move wins.
    await page.evaluate(() => {
      document.querySelector("main .role-start button").click();
      history.pushState(null, "", "/over");
      dispatchEvent(new PopStateEvent("popstate", { state: null }));
    });
    await page.locator("main h1", { hasText: "Over Thuiswijzer" }).waitFor();
    await page.waitForTimeout(500);
    assert.deepEqual(
      await page.evaluate(() => [location.pathname, document.querySelector("main h1")?.textContent, document.querySelectorAll(".step-frame:not(.ahead)").length]),
      ["/over", "Over Thuiswijzer", 0],
    );
    // And the start page works as before.
    await page.evaluate(() => {
      history.pushState(null, "", "/");
      dispatchEvent(new PopStateEvent("popstate", { state: null }));
    });
    await page.locator("main .role-start button").first().waitFor();
    assert.equal(await page.locator(".step-frame:not(.ahead)").count(), 0);
    await page.locator("main .role-start button").first().click();
    await page.waitForURL(/\/casus$/);
    assert.equal(await page.locator("main h1").innerText(), "Over de casus");
    assertClean(t, "step opened ahead of its address");
  } finally {
    await t.close();
  }
});

// The start page of a fresh profile is static HTML that the main module makes work
// (src/ui/boot.rs): the app (tw_app) comes when the browser is idle or at the first input. A
// control that has focus keeps it when the app takes over, and a role chosen before the app is
// there starts the case once it is. Held back by the server here, as on a slow connection.
test("the start page works before the app is there", async () => {
  for (const how of ["focus", "enter"]) {
    let release = () => {};
    const held = new Promise((r) => (release = r));
    const t = await setup({ hold: (url) => (/split_tw_app-[0-9a-f]+\.wasm$/.test(url) ? held : null) });
    try {
      const { page } = t;
      await page.goto(t.origin + "/");
      await page.waitForSelector("html[data-start-ready]");
      const leraar = page.getByRole("button", { name: "Leraar", exact: true });
      assert.equal(await page.locator(".loading-note").count(), 0, "no loading note on a start page that works");
      if (how === "focus") {
        await axe(page, "static start page");
        await leraar.focus();
        await page.waitForTimeout(300);
        assert.equal(await page.locator("html[data-app-ready]").count(), 0, "the app waits for its chunk");
        release();
        await page.waitForSelector("html[data-app-ready]");
        assert.equal(await page.evaluate(() => document.activeElement?.id), "start-rol-leraar", "focus stays on the button");
      } else {
        await leraar.focus();
        await page.keyboard.press("Enter");
        await page.waitForTimeout(300);
        assert.equal(await page.locator("html[data-app-ready]").count(), 0, "the app waits for its chunk");
        release();
        await page.waitForURL(/\/casus$/);
        assert.match(await page.locator(".role-shown").innerText(), /^Uw rol: Leraar/);
        assert.equal(await focusLands(page, "H1"), "H1");
      }
      assertClean(t, `start page before the app (${how})`);
    } finally {
      release();
      await t.close();
    }
  }
});

// The app starts when the browser is idle or on the first input; a page that is never idle
// (here a chain of busy tasks without a pause between them, as a busy tab or an extension can
// cause) starts it anyway, without any input (src/app/page.rs, `when_idle`'s timeout).
test("a page that is never idle starts the app without input", async () => {
  const t = await setup();
  try {
    const { page } = t;
    await page.addInitScript(() => {
      // (Zero timeouts would leave pauses: nested ones wait 4 ms.)
      const until = performance.now() + 8000;
      const channel = new MessageChannel();
      const spin = () => {
        const t0 = performance.now();
        while (performance.now() - t0 < 4);
        if (performance.now() < until) channel.port2.postMessage(0);
      };
      channel.port1.onmessage = spin;
      spin();
    });
    const t0 = Date.now();
    await page.goto(t.origin + "/");
    await page.waitForSelector("html[data-app-ready]", { timeout: 7000 });
    assert.ok(Date.now() - t0 < 7000, "the app started while the page was still busy");
    assertClean(t, "never idle");
  } finally {
    await t.close();
  }
});

// When the app cannot be fetched, the page says so (on a deep link instead of "wordt geladen"),
// and the next input tries again.
test("an app that cannot be fetched is told, and the next input tries again", async () => {
  for (const path of ["/", "/casus"]) {
    let blocked = true;
    const t = await setup({ offline: (url) => blocked && /split_tw_app-[0-9a-f]+\.wasm$/.test(url) });
    try {
      const { page } = t;
      const told = page.getByText("Thuiswijzer kon niet helemaal worden geladen.");
      await page.goto(t.origin + path);
      if (path === "/") {
        await page.waitForSelector("html[data-start-ready]");
        await page.getByRole("button", { name: "Huisarts", exact: true }).click();
      }
      await told.waitFor();
      assert.equal(await page.locator(".loading-note").count(), 0, `${path}: not "wordt geladen" beside it`);
      blocked = false;
      if (path === "/") {
        await page.getByRole("button", { name: "Huisarts", exact: true }).click();
        await page.waitForURL(/\/casus$/);
        assert.match(await page.locator(".role-shown").innerText(), /^Uw rol: Huisarts/);
      } else {
        await page.locator("#app h1").click();
        await page.waitForSelector("html[data-app-ready]");
        assert.equal(await page.locator("#app h1").innerText(), "Over de casus");
      }
      assert.equal(await told.count(), 0, `${path}: the notice goes with the static screen`);
      assert.deepEqual(t.problems.filter((p) => !/ERR_FAILED|Failed to load resource|Failed to fetch|NetworkError/.test(p)), [], "nothing but the refused fetch");
    } finally {
      await t.close();
    }
  }
});

// The build (scripts/wasm-assets.mjs): every JS module and wasm file, chunks included, has a
// content hash in its name and is loaded with a sha384 integrity that matches its bytes (the
// modules by the module preloads that the boot's loader inserts), and the
// service worker caches every one of them (offline use reaches every page).
test("every module and chunk is hashed, loaded with its integrity and cached for offline use", async () => {
  const { readFileSync } = await import("node:fs");
  const { createHash } = await import("node:crypto");
  const sri = (f) => `sha384-${createHash("sha384").update(readFileSync(`${DIST}/${f}`)).digest("base64")}`;
  const code = readdirSync(DIST).filter((f) => /\.(js|wasm)$/.test(f) && f !== "sw.js");
  const html = readFileSync(`${DIST}/index.html`, "utf8");
  const loaderName = code.find((f) => f.startsWith("__wasm_split-"));
  assert.ok(loaderName, "the chunk loader is part of the build");
  const loader = readFileSync(`${DIST}/${loaderName}`, "utf8");
  const sw = readFileSync(`${DIST}/sw.js`, "utf8");
  const chunks = code.filter((f) => f.endsWith(".wasm") && !f.includes("_bg."));
  assert.ok(chunks.length >= 1, `the page bodies are a chunk of their own (${chunks.length})`);
  for (const f of code) {
    assert.match(f, /-[0-9a-f]{16}(_bg)?\.(js|wasm)$/, `${f} has a content hash in its name`);
    const integrity = sri(f);
    const where = f.endsWith(".js") ? html : chunks.includes(f) ? loader : html;
    const ref = f.endsWith(".js")
      ? `"href":"[^"]*/${f}","integrity":"${integrity}"`
      : chunks.includes(f)
        ? `fetch\\(new URL\\("\\./${f}", import\\.meta\\.url\\), \\{ integrity: "${integrity}" \\}\\)`
        : `fetch\\('[^']*/${f}', \\{ integrity: '${integrity}' \\}\\)`;
    assert.match(where, new RegExp(ref.replaceAll("+", "\\+")), `${f} is loaded with its integrity`);
    assert.ok(sw.includes(`"${f}"`), `${f} is in the service worker's list`);
  }
  assert.doesNotMatch(loader, /fetch\(new URL\("[^"]+", import\.meta\.url\)\)/, "no chunk is fetched without integrity");
});

// Every route has its heading and intro in the built HTML (public/routes.html, from the content
// files): a deep link paints them before the wasm arrives, and the app takes over without
// moving what was painted (no layout shift, no later and larger paint that becomes the LCP).
test("a deep link paints its first screen before the wasm, and the app takes over in place", async () => {
  // A fresh profile per path: on a second visit the service worker would answer the held request.
  // Phone size as Lighthouse; Opties also on a wide screen, where it takes more width. "Over"
  // has longer paragraphs than its heading and version line: its static screen holds the first
  // sections, so the largest paint stays static there too.
  const phone = { width: 412, height: 823 };
  for (const [path, viewport] of [["/casus", phone], ["/", phone], ["/opties", { width: 1280, height: 900 }], ["/over", phone]]) {
    const t = await setup({ viewport });
    try {
      const { page } = t;
      await page.addInitScript(() => {
        window.__paint = { shifts: [], lcp: [], ready: null };
        new MutationObserver(() => {
          if (window.__paint.ready === null && document.documentElement.hasAttribute("data-app-ready")) window.__paint.ready = performance.now();
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-app-ready"] });
        new PerformanceObserver((l) => window.__paint.shifts.push(...l.getEntries().map((e) => e.value))).observe({ type: "layout-shift", buffered: true });
        new PerformanceObserver((l) => window.__paint.lcp.push(...l.getEntries().map((e) => e.startTime))).observe({ type: "largest-contentful-paint", buffered: true });
      });
      const firstScreen = () =>
        page.evaluate(() => {
          // The shown element (a deep link hides the static start screen until the app removes
          // it; the start page has the steps' frame waiting, hidden, after its content).
          const shown = (s) => [...document.querySelectorAll(s)].find((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility === "visible");
          const h1 = shown("main h1");
          // A step's intro is the first paragraph of its body (ui/bodies.rs), elsewhere the
          // paragraph after the heading.
          const intro = shown("main .step-body > p:first-child") || (h1 && h1.nextElementSibling);
          return {
            heading: h1 && h1.innerText,
            intro: intro && intro.innerText,
            boxes: ["main .step-nav", "main .step-progress", "main h1", "main h1 + p", "main .step-body > p:first-child", "#begin-kop", "main .role-start", "#bewaard-start-kop"].map((s) => JSON.stringify(shown(s)?.getBoundingClientRect())),
          };
        });
      let release;
      const held = new Promise((r) => (release = r));
      await page.route(/\.wasm$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(t.origin + path, { waitUntil: "load" });
      const before = await firstScreen();
      assert.equal(await page.evaluate(() => document.documentElement.hasAttribute("data-app-ready")), false, `${path}: the wasm is held back`);
      release();
      await page.waitForSelector("html[data-app-ready]");
      await page.waitForTimeout(300);
      const after = await firstScreen();
      const { shifts, lcp, ready } = await page.evaluate(() => window.__paint);
      assert.ok(lcp.length > 0 && lcp.every((at) => at < ready), `${path}: the largest paint is static (${lcp}), before the app (${ready})`);
      assert.deepEqual(after, before, `${path}: the app shows the same first screen in the same place`);
      assert.deepEqual(shifts, [], `${path}: no layout shift`);
      if (path === "/casus") {
        assert.equal(before.heading, "Over de casus");
        assert.match(before.intro, /^Vul alleen in wat nodig is/);
      }
      assertClean(t, `static first screen of ${path}`);
    } finally {
      await t.close();
    }
  }
});
