// Browser test of the marsad web UI: search, an annotated article, the map, the timeline and
// an actor page, in Debian's headless chromium; screenshots go to screenshots/.
// Needs a running `marsad serve` over a store with the examples: see run.sh.
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";

const base = process.env.MARSAD_URL || "http://127.0.0.1:18080";
const shots = new URL("./screenshots/", import.meta.url).pathname;
mkdirSync(shots, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const errors = [];
page.on("pageerror", (error) => errors.push(error.message));
let passed = 0, failed = 0;

async function check(name, body) {
  try {
    await body();
    passed++;
    console.log(`ok   ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}: ${error.message}`);
  }
}

await check("search shows highlighted hits", async () => {
  await page.goto(`${base}/`);
  await page.fill("input[name=q]", "داعش");
  await page.press("input[name=q]", "Enter");
  await page.waitForSelector(".hit mark", { timeout: 10000 });
  await page.screenshot({ path: `${shots}search.png`, fullPage: true });
});

await check("an article shows its mentions, events and claims", async () => {
  await page.click(".hit h3 a");
  await page.waitForSelector(".article-text", { timeout: 10000 });
  for (const selector of [".m-actor", ".m-place", ".ev", "mark, .hl"]) {
    if ((await page.locator(`.article-text ${selector}`).count()) === 0 && selector !== "mark, .hl") throw new Error(`no ${selector}`);
  }
  const title = await page.locator(".article-text .m-actor").first().getAttribute("title");
  if (!title) throw new Error("a mention has no hover text");
  await page.screenshot({ path: `${shots}article.png`, fullPage: true });
});

await check("the map draws countries, rivers and event points", async () => {
  await page.goto(`${base}/#/map`);
  await page.waitForSelector("svg circle.point", { timeout: 10000 });
  if ((await page.locator("svg path.country").count()) < 10) throw new Error("few countries");
  // Rivers (Natural Earth): the Euphrates and the Tigris at least, drawn under the points.
  const rivers = await page.locator("svg path.river").evaluateAll((paths) => paths.map((p) => p.textContent));
  if (!rivers.includes("Euphrates") || !rivers.includes("Tigris")) throw new Error(`rivers: ${rivers.join(", ")}`);
  const riversUnderPoints = await page.evaluate(() => {
    const [river, point] = [document.querySelector("svg path.river"), document.querySelector("svg circle.point")];
    return Boolean(river.compareDocumentPosition(point) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  if (!riversUnderPoints) throw new Error("rivers drawn over the points");
  // The last point is drawn last, on top of any it overlaps.
  await page.locator("svg circle.point").last().click();
  await page.waitForSelector("main h3", { timeout: 5000 });
  await page.screenshot({ path: `${shots}map.png` });
});

await check("the timeline lists a day's events on click", async () => {
  await page.goto(`${base}/#/timeline`);
  await page.waitForSelector("rect.bar", { timeout: 10000 });
  const day = await page.locator("rect.bar").first().getAttribute("data-day");
  await page.locator("rect.bar").first().click();
  await page.waitForFunction((d) => document.querySelector(".day-list h3")?.textContent.startsWith(d), day, { timeout: 5000 });
  if ((await page.locator(".day-list tr").count()) < 2) throw new Error(`no events listed for ${day}`);
  await page.screenshot({ path: `${shots}timeline.png`, fullPage: true });
});

await check("an actor page opens from the list", async () => {
  await page.goto(`${base}/#/actors`);
  await page.waitForSelector("table a", { timeout: 10000 });
  await page.locator("table a").first().click();
  await page.waitForSelector("h2", { timeout: 10000 });
  await page.screenshot({ path: `${shots}actor.png`, fullPage: true });
});

await check("no script errors", async () => {
  if (errors.length) throw new Error(errors.join("; "));
});

await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
