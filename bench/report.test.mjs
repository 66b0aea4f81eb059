// The benchmark report keeps what people wrote: the "Waarom" cells and the sections below the marker.
import { test } from "node:test";
import assert from "node:assert/strict";
import { previousHumanParts, KEPT_MARKER } from "./report.mjs";

const old = `# Benchmark

## Doelen

| doel | status | hoeveel | wat de cijfers laten zien | Waarom |
|---|---|---|---|---|
| Eerste lading < 370 KB brotli | gehaald | 6.2 KB ruimte | 363.8 KB | Het budget volgt de meting. |
| LCP ≤ 1,2× baseline | gehaald | 1.06× | LCP app 963 ms |  |

## Hoe er gemeten wordt

| a | b | c | d | e |
|---|---|---|---|---|
| x | y | z | w | niet uit deze tabel |

${KEPT_MARKER}
## Reizen per rol

Door een mens of de reis-meting geschreven.
`;

test("a reason survives a new budget, an empty cell stays empty, other tables are ignored", () => {
  const { why } = previousHumanParts(old);
  const key = (s) => s.replace(/[0-9][0-9.,]*/g, "#").trim();
  assert.equal(why.get(key("Eerste lading < 150 KB brotli")), "Het budget volgt de meting.");
  assert.equal(why.has(key("LCP ≤ 1,2× baseline")), false);
  assert.equal(why.size, 1);
});

test("everything below the marker is kept", () => {
  const { kept } = previousHumanParts(old);
  assert.match(kept, /^## Reizen per rol/);
  assert.equal(previousHumanParts("no marker here").kept, "");
});

// Issue 14 asks LCP ≤ 1.1× the baseline in every run: one slow run fails the target even when
// the median passes, and a run without a figure is not counted as met.
test("the LCP target holds every run, not the median", async () => {
  const { lcpRuns, lcpTarget } = await import("./report.mjs");
  const run = (lcp, err) => ({ metrics: { lcp }, runtimeError: err || null, lcpElement: "<p class=\"lead\">" });
  const L = (app, base) => ({ app: app.map((x) => run(x)), baseline: base.map((x) => run(x)), casus: app.map((x) => run(x)) });
  const ok = L([900, 905, 990], [900, 900, 900]);
  assert.deepEqual(lcpRuns(ok).map((r) => r.ratio.toFixed(2)), ["1.00", "1.01", "1.10"]);
  assert.equal(lcpTarget(ok)[1], "gehaald");
  const oneSlow = L([900, 900, 1000], [900, 900, 900]);
  assert.equal(lcpTarget(oneSlow)[1], "niet gehaald");
  assert.match(lcpTarget(oneSlow)[2], /1\.11×/);
  assert.match(lcpTarget(oneSlow)[3], /1\.00×, 1\.00×, 1\.11×/);
  const missing = { ...ok, app: [run(900), run(null, "boom"), run(900)] };
  assert.equal(lcpTarget(missing)[1], "niet gehaald");
});
