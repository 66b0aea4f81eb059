// Turns the benchmark's figures into the console table and docs/benchmark.md: the same rows,
// the ratio Thuiswijzer / baseline where both apply, and each target met or not.

export function median(xs) {
  const v = xs.filter((x) => typeof x === "number" && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

const kb = (n) => (n === null || n === undefined ? "–" : (n / 1000).toFixed(1));
const ms = (n) => (n === null || n === undefined ? "–" : Math.round(n).toString());
const mb = (n) => (n === null || n === undefined ? "–" : (n / 2 ** 20).toFixed(2));
const ratio = (a, b) => (typeof a === "number" && typeof b === "number" && b > 0 ? `${(a / b).toFixed(2)}×` : "n.v.t.");
const sum = (rows, k) => rows.reduce((s, r) => s + r[k], 0);

const lhMedian = (runs, pick) => median(runs.filter((r) => !r.runtimeError).map(pick));
const score = (runs, c) => lhMedian(runs, (r) => r.scores[c]);
const metric = (runs, m) => lhMedian(runs, (r) => r.metrics[m]);

function derived(R) {
  const L = R.lighthouse;
  const ok = R.journeys.filter((j) => j.ready);
  const wasmBytes = ok.map((j) => (j.wasm || []).reduce((s, m) => s + m.bytes, 0));
  return {
    brotli: { app: sum(R.sizes.app, "brotli"), base: sum(R.sizes.baseline, "brotli") },
    gzip: { app: sum(R.sizes.app, "gzip"), base: sum(R.sizes.baseline, "gzip") },
    raw: { app: sum(R.sizes.app, "raw"), base: sum(R.sizes.baseline, "raw") },
    lcp: { app: metric(L.app, "lcp"), base: metric(L.baseline, "lcp"), casus: metric(L.casus, "lcp") },
    fcp: { app: metric(L.app, "fcp"), base: metric(L.baseline, "fcp"), casus: metric(L.casus, "fcp") },
    tbt: { app: metric(L.app, "tbt"), base: metric(L.baseline, "tbt"), casus: metric(L.casus, "tbt") },
    si: { app: metric(L.app, "si"), base: metric(L.baseline, "si"), casus: metric(L.casus, "si") },
    cls: { app: metric(L.app, "cls"), base: metric(L.baseline, "cls"), casus: metric(L.casus, "cls") },
    scores: Object.fromEntries(
      ["performance", "accessibility", "best-practices", "seo"].map((c) => [c, { app: score(L.app, c), base: score(L.baseline, c), casus: score(L.casus, c) }]),
    ),
    ready: median(ok.map((j) => j.readyAt)),
    heapLoad: { app: R.transfer.app.heapAfterLoad && R.transfer.app.heapAfterLoad.used, base: R.transfer.baseline.heapAfterLoad && R.transfer.baseline.heapAfterLoad.used },
    heapJourney: median(ok.map((j) => j.heapAfterJourney && j.heapAfterJourney.used)),
    wasm: median(wasmBytes),
    wasmHow: [...new Set(ok.flatMap((j) => (j.wasm || []).map((m) => m.how)))],
    lcpElement: (L.app.find((r) => r.lcpElement) || {}).lcpElement,
    lcpElementBase: (L.baseline.find((r) => r.lcpElement) || {}).lcpElement,
  };
}

/** The rows: [what, Thuiswijzer, baseline, ratio]. */
function rows(R, D) {
  const r = [];
  const both = (label, a, b, f) => r.push([label, f(a), f(b), ratio(a, b)]);
  const only = (label, a, f = (x) => x) => r.push([label, f(a), "n.v.t.", "n.v.t."]);
  both("Eerste lading brotli (KB)", D.brotli.app, D.brotli.base, kb);
  both("Eerste lading gzip (KB)", D.gzip.app, D.gzip.base, kb);
  both("Eerste lading ongecomprimeerd (KB)", D.raw.app, D.raw.base, kb);
  both("Gemeten overdracht, brotli-server (KB, incl. headers)", R.transfer.app.bytes, R.transfer.baseline.bytes, kb);
  both("Verzoeken bij eerste lading", R.transfer.app.requests, R.transfer.baseline.requests, (x) => String(x));
  both("FCP, Lighthouse mobiel gesimuleerd (ms)", D.fcp.app, D.fcp.base, ms);
  both("LCP, Lighthouse mobiel gesimuleerd (ms)", D.lcp.app, D.lcp.base, ms);
  both("Total Blocking Time (ms)", D.tbt.app, D.tbt.base, ms);
  both("Speed Index (ms)", D.si.app, D.si.base, ms);
  both("CLS", D.cls.app, D.cls.base, (x) => (x === null ? "–" : x.toFixed(3)));
  for (const [c, label] of [["performance", "prestaties"], ["accessibility", "toegankelijkheid"], ["best-practices", "best practices"], ["seo", "SEO"]]) {
    both(`Lighthouse ${label}, start`, D.scores[c].app, D.scores[c].base, (x) => (x === null ? "–" : String(x)));
  }
  for (const [c, label] of [["performance", "prestaties"], ["accessibility", "toegankelijkheid"], ["best-practices", "best practices"], ["seo", "SEO"]]) {
    only(`Lighthouse ${label}, /casus`, D.scores[c].casus, (x) => (x === null ? "–" : String(x)));
  }
  only("LCP /casus (ms)", D.lcp.casus, ms);
  only(`App klaar na laden, ${R.settings.cpuSlowdown}× CPU, geen netwerkvertraging (ms)`, D.ready, ms);
  both("JS-heap na laden (MB)", D.heapLoad.app, D.heapLoad.base, mb);
  only("JS-heap na de hele reis, incl. Playwright-hulpscript (MB)", D.heapJourney, mb);
  only("ter vergelijking: baseline-heap met Playwright-hulpscript (MB)", R.transfer.baseline.heapWithHelper && R.transfer.baseline.heapWithHelper.used, mb);
  only("wasm-geheugen na de hele reis (MB)", D.wasm, mb);
  const o = R.offline;
  only("Tweede lading online, tot app klaar (ms)", o.onlineSecond, ms);
  only("Offline lading via service worker (ms)", o.sw ? (o.offlineOk ? ms(o.offline) : "mislukt") : "geen service worker");
  both(`Vloer: klik zonder handler, invoer → paint (ms, ${R.settings.cpuSlowdown}× CPU)`, R.floor && R.floor.app, R.floor && R.floor.baseline, ms);
  for (const it of R.interactions) {
    r.push([`Interactie: ${it.label} (ms, ${R.settings.cpuSlowdown}× CPU)`, it.skipped ? it.skipped : ms(it.ms), "n.v.t.", "n.v.t."]);
  }
  for (const [label, value] of scaleRows(R)) only(label, value);
  return r;
}

const SCALE_STATES = [
  ["open", "open bewaard door een eerdere versie"],
  ["sealed", "versleuteld en ontgrendeld"],
];

/** The rows of the scale run (bench/scale.mjs): [what, figure or why there is none]. */
function scaleRows(R) {
  const S = R.scale;
  if (!S) return [];
  const out = [];
  for (const [key, name] of SCALE_STATES) {
    const s = S[key] || {};
    const why = S.error || s.skipped || "niet gemeten";
    const cell = (v) => (typeof v === "number" ? ms(v) : why);
    const pre = `${S.cases} casussen × ${S.signals} signalen, ${name}:`;
    const cpu = `(ms, ${R.settings.cpuSlowdown}× CPU)`;
    out.push([`${pre} casuslijst openen tot alle rijen staan ${cpu}`, cell(s.list)]);
    out.push([`${pre} casus openen tot het formulier gevuld is ${cpu}`, cell(s.open)]);
    out.push([`${pre} typen, per toets (mediaan / slechtste) ${cpu}`, typeof s.typing === "number" ? `${ms(s.typing)} / ${ms(s.typingWorst)}` : why]);
    out.push([`${pre} signaal aanvinken (mediaan / slechtste) ${cpu}`, typeof s.tick === "number" ? `${ms(s.tick)} / ${ms(s.tickWorst)}` : why]);
    out.push([`${pre} langste taak in 2,5 s na typen / na aanvinken (opslaan) ${cpu}`, typeof s.afterTyping === "number" ? `${ms(s.afterTyping)} / ${ms(s.afterTick)}` : why]);
  }
  return out;
}

export function table(R) {
  const D = derived(R);
  const rs = [["meting", "Thuiswijzer", "baseline", "verhouding"], ...rows(R, D)];
  const w = [0, 1, 2, 3].map((i) => Math.max(...rs.map((x) => String(x[i]).length)));
  return rs.map((x, n) => x.map((c, i) => (i === 0 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join("  ") + (n === 0 ? "\n" + w.map((k) => "-".repeat(k)).join("  ") : "")).join("\n");
}

function failingList(runs, cat) {
  const seen = new Map();
  for (const r of runs) for (const f of (r.failing && r.failing[cat]) || []) seen.set(f.id, `${f.title}${f.display ? ` (${f.display})` : ""}`);
  return [...seen.entries()].map(([id, t]) => `\`${id}\`: ${t}`);
}

/** LCP of the app against the baseline per Lighthouse round (app and baseline run in turn, so
 * round i of each met the same load); a run with an error or without LCP counts as missing. */
export function lcpRuns(L, key = "app") {
  return L[key].map((r, i) => {
    const b = L.baseline[i];
    const app = r && !r.runtimeError ? r.metrics.lcp : null;
    const base = b && !b.runtimeError ? b.metrics.lcp : null;
    return { app, base, ratio: typeof app === "number" && typeof base === "number" && base > 0 ? app / base : null };
  });
}

/** Issue 14: LCP ≤ 1.1× the static baseline in every run (not only the median). */
export const LCP_LIMIT = 1.1;
export function lcpTarget(L) {
  const runs = lcpRuns(L);
  const casus = lcpRuns(L, "casus");
  const ratios = runs.map((r) => r.ratio);
  const measured = ratios.filter((x) => x !== null);
  const worst = measured.length ? Math.max(...measured) : null;
  const met = measured.length > 0 && measured.length === runs.length && worst <= LCP_LIMIT;
  const list = (rs) => rs.map((r) => (r.ratio === null ? "–" : `${r.ratio.toFixed(2)}×`)).join(", ");
  const el = (L.app.find((r) => r.lcpElement) || {}).lcpElement;
  return [
    `LCP ≤ ${String(LCP_LIMIT).replace(".", ",")}× baseline`,
    !measured.length ? "niet gemeten" : met ? "gehaald" : "niet gehaald",
    !measured.length ? "–" : `slechtste run ${worst.toFixed(2)}× (${met ? "in elke run binnen de grens" : measured.length < runs.length ? `${runs.length - measured.length} van ${runs.length} runs zonder meting` : `${ratios.filter((x) => x > LCP_LIMIT).length} van ${runs.length} runs boven de grens`})`,
    `Per run (app / baseline, start): ${list(runs)}; /casus tegen dezelfde baseline: ${list(casus)}. Mediaan LCP app ${ms(metric(L.app, "lcp"))} ms, baseline ${ms(metric(L.baseline, "lcp"))} ms; LCP-element app: ${el ? "`" + el.replace(/`/g, "'").slice(0, 90) + "`" : "–"}.`,
  ];
}

function targets(R, D) {
  const t = [];
  // First load.
  {
    const b = D.brotli.app;
    // As scripts/size-check.mjs: exactly the budget passes.
    const met = b <= R.budget * 1000;
    const big = [...R.sizes.app].sort((x, y) => y.brotli - x.brotli)[0];
    const hasWasm = R.sizes.app.some((x) => x.kind === "wasm");
    t.push([
      `Eerste lading ≤ ${R.budget} KB brotli`,
      hasWasm ? (met ? "gehaald" : "niet gehaald") : "niet te beoordelen (geen wasm in dist)",
      met ? `${kb(R.budget * 1000 - b)} KB ruimte` : `${kb(b - R.budget * 1000)} KB te veel`,
      `${kb(b)} KB; grootste bestand ${big.name} (${big.kind}) ${kb(big.brotli)} KB brotli. Baseline ${kb(D.brotli.base)} KB.`,
    ]);
  }
  // LCP.
  t.push(lcpTarget(R.lighthouse));
  // Interactions.
  {
    const visits = (R.firstVisits || []).filter((v) => v.ms !== null).map((v) => ({ label: `Eerste bezoek ${v.slug}`, ms: v.ms }));
    const measured = R.interactions.filter((i) => !i.skipped).concat(visits);
    const slow = measured.filter((i) => i.ms >= 50);
    const missing = R.interactions.filter((i) => i.skipped);
    const worst = measured.length ? measured.reduce((a, b) => (b.ms > a.ms ? b : a)) : null;
    t.push([
      `Elke interactie < 50 ms bij ${R.settings.cpuSlowdown}× CPU`,
      !measured.length ? "niet gemeten" : slow.length ? "niet gehaald" : missing.length ? `gehaald voor ${measured.length} van ${R.interactions.length}; rest niet gemeten` : "gehaald",
      slow.length ? slow.map((i) => `${i.label}: ${ms(i.ms)} ms (${(i.ms - 50).toFixed(1)} ms boven de grens)`).join("; ") : worst ? `traagste ${worst.label} ${ms(worst.ms)} ms` : "–",
      `${measured.length} gemeten (waarvan ${visits.length} eerste bezoeken aan een stap)${missing.length ? `, niet gemeten: ${missing.map((i) => i.id).join(", ")}` : ""}. Vloer (klik zonder handler) app ${ms(R.floor && R.floor.app)} ms, baseline ${ms(R.floor && R.floor.baseline)} ms: dat deel is de pijplijn van Chromium op deze machine, niet de app.`,
    ]);
  }
  // Fifty saved cases.
  if (R.scale) {
    const S = R.scale;
    const got = SCALE_STATES.map(([key, name]) => [name, S[key] || {}]).filter(([, s]) => typeof s.typing === "number");
    const over = [];
    for (const [name, s] of got) {
      for (const [what, v, lim] of [["typen", s.typing, 50], ["aanvinken", s.tick, 50], ["casuslijst", s.list, 200]]) {
        if (!(typeof v === "number" && v <= lim)) over.push(`${name}: ${what} ${ms(v)} ms (grens ${lim})`);
      }
    }
    t.push([
      `${S.cases} bewaarde casussen × ${S.signals} signalen: typen en aanvinken ≤ 50 ms, casuslijst ≤ 200 ms bij ${R.settings.cpuSlowdown}× CPU`,
      got.length < SCALE_STATES.length ? "niet (helemaal) gemeten" : over.length ? "niet gehaald" : "gehaald",
      over.length ? over.join("; ") : "–",
      `Opslag ${S.storeKB ? S.storeKB.toFixed(0) : "–"} KB open, ${S.sealedKB ? S.sealedKB.toFixed(0) : "–"} KB versleuteld. ${S.error ? `Fout: ${S.error}. ` : ""}Zie de rijen "casussen × signalen" hierboven (\`bench/scale.mjs\`).`,
    ]);
  }
  // Lighthouse.
  // Issue 14: performance ≥ 98 on the start page and ≥ 95 on a deep link.
  for (const [page, key, least] of [["start", "app", 98], ["/casus", "casus", 95]]) {
    const runs = R.lighthouse[key];
    const s = (c) => D.scores[c][key];
    const parts = [];
    if (s("accessibility") !== 100) parts.push(`toegankelijkheid ${s("accessibility") ?? "–"} (${100 - (s("accessibility") ?? 0)} te weinig)`);
    if (s("best-practices") !== 100) parts.push(`best practices ${s("best-practices") ?? "–"} (${100 - (s("best-practices") ?? 0)} te weinig)`);
    if (!(s("performance") >= least)) parts.push(`prestaties ${s("performance") ?? "–"} (${least - (s("performance") ?? 0)} te weinig)`);
    const shows = [];
    for (const c of ["accessibility", "best-practices", "performance"]) {
      const f = failingList(runs, c);
      if (f.length) shows.push(`${c}: ${f.slice(0, 6).join("; ")}`);
    }
    const errs = runs.filter((r) => r.runtimeError).map((r) => r.runtimeError);
    if (errs.length) shows.push(`Lighthouse-fout: ${errs[0]}`);
    const perRun = runs.map((r) => (r.runtimeError ? "fout" : `${r.scores.performance} (TBT ${ms(r.metrics.tbt)} ms)`)).join(", ");
    t.push([
      `Lighthouse ${page}: toegankelijkheid en best practices 100, prestaties ≥ ${least}`,
      parts.length ? "niet gehaald" : "gehaald",
      parts.length ? parts.join("; ") : `${s("performance")} / ${s("accessibility")} / ${s("best-practices")}`,
      `Prestaties per run: ${perRun}. ${shows.length ? shows.join(". ") : "Geen audits met puntverlies."}`,
    ]);
  }
  return t;
}

const md = (rs) =>
  rs
    .map((r, i) => `| ${r.map((c) => String(c).replace(/\|/g, "\\|").replace(/\n/g, " ")).join(" | ")} |` + (i === 0 ? `\n|${r.map(() => "---").join("|")}|` : ""))
    .join("\n");

// The human parts of the previous report survive a run: the "Waarom" cell of each target (matched
// by the target's text with its numbers masked, so a new budget keeps its reason) and everything
// below KEPT_MARKER (sections written by people or by other measurements, e.g. the journeys).
export const KEPT_MARKER = "<!-- Alles hieronder schrijft een mens of een andere meting; bench/report.mjs laat het staan. -->";
const targetKey = (doel) => String(doel).replace(/[0-9][0-9.,]*/g, "#").trim();

export function previousHumanParts(previous) {
  const why = new Map();
  const text = previous || "";
  const doelen = (text.split("\n## Doelen")[1] || "").split("\n## ")[0];
  for (const line of doelen.split("\n")) {
    if (!line.startsWith("| ") || line.startsWith("| doel |")) continue;
    const cells = line.slice(2, -2).split(/ \| /);
    if (cells.length >= 5 && cells[4].trim()) why.set(targetKey(cells[0]), cells.slice(4).join(" | ").trim());
  }
  const at = text.indexOf(KEPT_MARKER);
  return { why, kept: at >= 0 ? text.slice(at + KEPT_MARKER.length).replace(/^\n+/, "") : "" };
}

export function report(R, previous = "") {
  const D = derived(R);
  const human = previousHumanParts(previous);
  const m = R.machine;
  const skipped = R.interactions.filter((i) => i.skipped);
  const measured = R.interactions.filter((i) => !i.skipped);
  return `# Benchmark: Thuiswijzer tegen een statische pagina

Gemaakt door \`make bench\` (\`node bench/run.mjs\`) op ${R.date.slice(0, 10)} (${R.date.slice(11, 16)} UTC), duur ${R.seconds} s.
Dit bestand wordt bij elke run opnieuw geschreven; de kolom "Waarom" en alles onder de laatste markering blijven staan (een mens schrijft ze).

## Machine en instellingen

| | |
|---|---|
| Machine | ${m.nproc} cores (\`nproc\`), ${m.cpu}, ${m.memGB} GB |
| Browser | ${m.chromium} (\`${R.settings.chromePath}\`), vlaggen als in \`e2e/harness.mjs\`: \`${R.settings.args.join(" ")}\` |
| Belasting | load average ${m.loadStart} bij de start, ${m.loadEnd} aan het eind (1 min); Lighthouse \`benchmarkIndex\` ${m.benchmarkIndex ?? "–"}. Andere processen op de machine (builds) vertragen alle tijden. |
| Node / Lighthouse | ${m.node} / lighthouse ${m.lighthouse} (npm, vastgepind) |
| Gemeten app | \`${R.dist}\` |
| Baseline | \`bench/baseline/index.html\`, bij elke run gevuld met de statische startmarkup, CSP, titel, stylesheets en icoon uit \`index.html\` (geen wasm, geen JS) |
| Server | \`scripts/serve.mjs\` op 127.0.0.1 met \`compress: true\` (brotli q11 / gzip 9 met Content-Encoding), zelfde headers voor beide |
| Runs | ${R.settings.runs} per meting, mediaan |
| Lighthouse | standaardconfig: mobiel, gesimuleerde throttling (150 ms RTT, ~1,6 Mbps, 4× CPU), categorieën prestaties, toegankelijkheid, best practices, SEO |
| Interacties | Playwright-invoer, viewport 412×823, CPU ${R.settings.cpuSlowdown}× trager (CDP \`Emulation.setCPUThrottlingRate\`) |
| Netwerk | alleen 127.0.0.1${R.foreign.length ? `; **LET OP: verzoeken daarbuiten: ${[...new Set(R.foreign)].join(", ")}**` : " (gecontroleerd in de Playwright-pagina's: geen verzoek daarbuiten; Lighthouse-Chromium met dezelfde vlaggen)"} |

## Resultaten

${md([["meting", "Thuiswijzer", "baseline", "Thuiswijzer / baseline"], ...rows(R, D)])}

Eerste lading per bestand (KB = 1000 bytes, zoals \`scripts/size-check.mjs\`):

${md([["bestand", "soort", "ongecomprimeerd", "gzip", "brotli"], ...R.sizes.app.map((r) => [r.name, r.kind, kb(r.raw), kb(r.gzip), kb(r.brotli)]), ...R.sizes.baseline.map((r) => [`baseline: ${r.name}`, r.kind, kb(r.raw), kb(r.gzip), kb(r.brotli)])])}

Interacties in detail (mediaan over de runs; "Event Timing" is de langste \`event\`-entry van de interactie, afgerond op 8 ms en pas vanaf 16 ms gemeld, "< 16" als er geen was):

${md([["interactie", "invoer → inhoud (ms)", "slechtste (ms)", "Event Timing (ms)", "runs"], ...R.interactions.map((i) => (i.skipped ? [i.label, i.skipped, "–", "–", "0"] : [i.label, ms(i.ms), ms(i.worst), i.eventTiming === null ? "< 16" : ms(i.eventTiming), String(i.samples)]))])}

Eerste bezoek aan elke stap (nieuwe pagina, rolknop en dan "Volgende" tot het einde; mediaan over de runs):

${md([["stap", "invoer → inhoud (ms)", "slechtste (ms)", "runs"], ...(R.firstVisits || []).map((v) => [v.slug, v.ms === null ? "niet gemeten" : ms(v.ms), v.worst === null ? "–" : ms(v.worst), String(v.samples)])])}
${skipped.length ? `\nOvergeslagen (${skipped.length}): ${skipped.map((i) => `${i.id} (${i.skipped})`).join(", ")}. Deze komen vanzelf mee zodra de UI het element heeft (selectors in \`bench/interactions.mjs\`).\n` : ""}
## Doelen

${md([["doel", "status", "hoeveel", "wat de cijfers laten zien", "Waarom"], ...targets(R, D).map((x) => [...x, human.why.get(targetKey(x[0])) || ""])])}

## Hoe er gemeten wordt

1. **Bytes**: \`firstLoad()\` uit \`scripts/size-check.mjs\` (html, js, wasm en css uit \`index.html\`, brotli q11 en gzip -9) voor app en baseline; daarnaast wat Chromium werkelijk ontving bij een eerste lading (CDP \`Network.loadingFinished\` \`encodedDataLength\`, headers inbegrepen, tot de app klaar is plus 0,5 s).
2. **FCP, LCP, TBT**: Lighthouse mobiel met gesimuleerde throttling, mediaan van ${R.settings.runs} runs, app en baseline om en om in dezelfde Chromium.
3. **Interacties**: echte invoer via Playwright in één reis (start → casus → signalen → veiligheid → opties → samenvatting), in een nieuwe context per run. De pagina meet van de \`timeStamp\` van het invoer-event (\`click\`, of \`keydown\` bij typen) tot de inhoud er staat: de paint na het laatste frame waarin de DOM nog veranderde (elk frame is \`requestAnimationFrame\` en dan een taak; het eerste frame zonder DOM-wijziging sluit de meting af). Zo telt ook een stap-inhoud die een taak later komt mee. Een wijziging in verborgen inhoud met \`inert\` (de volgende stap, vooruit opgebouwd op haar plaats) telt niet: die ziet de gebruiker niet (sinds de vijftiende sessie; de build daarvoor had zulke inhoud niet, dus haar cijfers veranderen er niet door). Staat het doel van een klik buiten beeld, dan scrolt de meting het eerst in beeld en wacht 300 ms, zoals een gebruiker eerst scrolt en dan tikt (sinds de achtentwintigste sessie; daarvoor scrolde Playwright in hetzelfde moment als de klik, en telde het opmaken van inhoud die door het scrollen in beeld kwam als deel van de klik). Daarnaast het eerste bezoek aan elke stap in een nieuwe pagina. Typen is de mediaan van 5 toetsen. Stappen die niet als interactie meetellen worden bereikt via een link of via \`history.pushState\` + \`popstate\` (de case blijft in het geheugen). Ontbreekt een element, dan staat er "${"n.v.t. (element ontbreekt)"}".
4. **Geheugen**: JS-heap via CDP \`Runtime.getHeapUsage\` na \`HeapProfiler.collectGarbage\` (anders \`performance.memory\`). "Na laden" is gemeten zonder dat Playwright zijn hulpscript in de pagina zette (aparte context, wachten op \`data-app-ready\` met eigen \`evaluate\`); na de reis zit dat hulpscript er wel in, daarom staat de baseline met hulpscript ernaast. wasm-geheugen is \`WebAssembly.Memory.buffer.byteLength\`; die Memory wordt gevonden doordat een init-script (vóór de scripts van de pagina) \`WebAssembly.instantiate(Streaming)\` en \`new WebAssembly.Memory\` omhult, naar Trunks \`TrunkApplicationStarted\`-event (\`detail.wasm.memory\`) luistert en \`window.wasmBindings\` doorzoekt. Gevonden via: ${D.wasmHow.length ? D.wasmHow.join(", ") : "niets (geen wasm gestart)"}.
5. **Offline**: laden, 1 s wachten, herladen; is \`navigator.serviceWorker.controller\` dan leeg, dan "geen service worker". Anders gaat de server uit en de context offline, en telt de tijd tot \`html[data-app-ready]\`.
6. **Lighthouse-scores**: mediaan van ${R.settings.runs} runs op de startpagina en op \`/casus\`.

Fouten in de console van de gemeten pagina's: ${R.errors && R.errors.length ? R.errors.slice(0, 5).map((e) => "`" + e.replace(/`/g, "'") + "`").join("; ") : "geen"}.
Lighthouse-runs met een fout: ${["app", "baseline", "casus"].map((k) => `${k} ${R.lighthouse[k].filter((r) => r.runtimeError).length}`).join(", ")}.
LCP-element baseline: ${D.lcpElementBase ? "`" + D.lcpElementBase.replace(/`/g, "'").slice(0, 90) + "`" : "–"}.
${measured.length ? "" : "\nGeen enkele interactie gemeten: de app startte niet of dist/ bevat geen wasm.\n"}
${KEPT_MARKER}
${human.kept}`;
}
