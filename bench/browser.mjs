// Browser set-up shared by the benchmark's parts: the Chromium flags of the end-to-end tests
// (e2e/harness.mjs is the one source of them), and the in-page probes for input-to-paint,
// Event Timing, app readiness and wasm memory (installed before any page script runs).
import { execFileSync } from "node:child_process";

/** The Chromium path and flags of e2e/harness.mjs (imported, so they never drift apart). */
export async function harnessFlags(dist) {
  process.env.THUISWIJZER_DIST = dist; // harness.mjs checks that this folder has index.html
  const { ARGS, CHROMIUM } = await import("../e2e/harness.mjs");
  return { args: ARGS, chromium: CHROMIUM };
}

export function chromiumVersion(path) {
  try {
    const out = execFileSync(path, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    return (out.match(/Chromium [\d.]+/) || [out.trim()])[0];
  } catch {
    return "onbekend";
  }
}

/**
 * Runs in every page before its own scripts (Playwright addInitScript, which the page's CSP
 * does not block). Exposes `window.__bench`:
 * - `arm(type)` / `result(timeoutMs)`: the time from the `timeStamp` of the next trusted event
 *   of that type (the input's hardware time) until the page shows what the input changed: the
 *   paint after the last frame in which the DOM still changed (issue 14: "to the step's
 *   content", not only to the next paint; a page body that arrives a task or a fetch later
 *   counts). Each frame is requestAnimationFrame, then a task (the task runs once the frame is
 *   painted); the measurement ends after QUIET_MS without a DOM change.
 * - `events`: Event Timing entries (PerformanceObserver 'event', durationThreshold 16).
 * - `readyAt`: performance.now() when <html data-app-ready> appeared.
 * - `memories()`: the wasm memories found (see `wasmMemoryProbe` below) and how.
 */
export function pageProbes() {
  const QUIET_MS = 300;
  const b = (window.__bench = { events: [], readyAt: null, found: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        b.events.push({ name: e.name, startTime: e.startTime, duration: e.duration, interactionId: e.interactionId || 0 });
      }
    }).observe({ type: "event", durationThreshold: 16, buffered: true });
  } catch {
    b.noEventTiming = true;
  }
  const markReady = () => {
    if (b.readyAt === null && document.documentElement && document.documentElement.hasAttribute("data-app-ready")) b.readyAt = performance.now();
  };
  // Runs before <html> exists: watch the document's subtree for the attribute.
  new MutationObserver(markReady).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-app-ready"] });

  // A change counts unless it is inside content the page keeps hidden and inert (the next
  // step's body, built ahead in its place: src/ui/bodies.rs), or adds or removes only such
  // content: that is not what the input shows.
  const shows = (r) => {
    const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
    if (el && el.closest("[inert]")) return false;
    const nodes = r.type === "childList" ? [...r.addedNodes, ...r.removedNodes] : [];
    return !(nodes.length && nodes.every((n) => n.nodeType === 1 && n.hasAttribute("inert")));
  };
  b.arm = (type) => {
    b.armedAt = performance.now();
    b.pending = new Promise((resolve) => {
      const handler = (e) => {
        if (!e.isTrusted) return;
        window.removeEventListener(type, handler, true);
        const start = e.timeStamp;
        let changes = 0;
        const seen = new MutationObserver((records) => (changes += records.filter(shows).length));
        seen.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
        let end = null;
        let quietSince = null;
        const frame = (before) =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              const now = performance.now();
              if (end === null || changes !== before) {
                end = now;
                quietSince = now;
              } else if (now - quietSince >= QUIET_MS) {
                seen.disconnect();
                return resolve(end - start);
              }
              frame(changes);
            }, 0),
          );
        frame(0);
      };
      window.addEventListener(type, handler, true);
    });
  };
  b.result = (timeout) => Promise.race([b.pending, new Promise((r) => setTimeout(() => r(null), timeout))]);
  b.eventTiming = (since) => {
    const own = b.events.filter((e) => e.startTime >= since - 1 && e.interactionId > 0);
    return own.length ? Math.max(...own.map((e) => e.duration)) : null;
  };

  // wasm memory: (1) Trunk's loader fires `TrunkApplicationStarted` with the instance's
  // exports (`detail.wasm.memory`); (2) every WebAssembly.instantiate(Streaming) result is
  // kept; (3) every `new WebAssembly.Memory` (an imported memory) is kept.
  const keep = (mem, how) => {
    if (mem instanceof WebAssembly.Memory && !b.found.some((f) => f.mem === mem)) b.found.push({ mem, how });
  };
  const fromResult = (r, how) => {
    const inst = r && (r.instance || r);
    if (inst && inst.exports) for (const v of Object.values(inst.exports)) keep(v, how);
    return r;
  };
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const orig = WebAssembly[name];
    if (typeof orig !== "function") continue;
    WebAssembly[name] = function (...a) {
      return orig.apply(this, a).then((r) => fromResult(r, `WebAssembly.${name}`));
    };
  }
  const OrigMemory = WebAssembly.Memory;
  WebAssembly.Memory = new Proxy(OrigMemory, {
    construct(target, a) {
      const m = new target(...a);
      keep(m, "new WebAssembly.Memory");
      return m;
    },
  });
  addEventListener("TrunkApplicationStarted", (e) => {
    const w = e.detail && e.detail.wasm;
    if (w) for (const v of Object.values(w)) keep(v, "TrunkApplicationStarted detail.wasm.memory");
  });
  b.memories = () => {
    if (window.wasmBindings) for (const v of Object.values(window.wasmBindings)) keep(v, "window.wasmBindings");
    return b.found.map((f) => ({ bytes: f.mem.buffer.byteLength, how: f.how }));
  };
}
