// The tab adapter shared by the Chromium (playwright-core) and Firefox (puppeteer-core) drivers:
// both page objects have the same calls, except for putting a file into an upload field.
export function pageTab(page, upload) {
  return {
    page,
    goto: (url) => page.goto(url).then(() => {}),
    reload: () => page.reload().then(() => {}),
    back: () => page.goBack().then(() => {}),
    url: async () => page.url(),
    eval: (expr) => page.evaluate(expr),
    async element(expr) {
      const h = await page.evaluateHandle(expr);
      const el = h.asElement();
      if (!el) await h.dispose();
      return el;
    },
    evalOn: (h, fn) => h.evaluate(fn),
    click: (h) => h.click(),
    type: (h, text) => h.type(text),
    upload: (h, path) => upload(h, path),
    close: () => page.close(),
  };
}
