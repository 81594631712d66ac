/**
 * The report in a real browser: Debian's chromium driven by playwright-core. The page opens from
 * disk with nothing fetched and no script or CSP error, shows the marks and the tables, shows a
 * mention's record on hover, focus and click, runs no script from the text, and screenshots.
 * Skipped, with a warning, only where /usr/bin/chromium is absent (.ci/run installs it).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { createExtractor, renderReport, type Extraction } from '../../src';
import { TYPE_COLOURS } from '../../src/report/assets';

const CHROMIUM = process.env.GUANZHI_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  console.warn(`SKIPPED test/report/browser.test.ts: no chromium at ${CHROMIUM}. Install it (apt-get install -y chromium; .ci/run does this when it can) or set GUANZHI_CHROMIUM.`);
const describeInBrowser = haveChromium ? describe : describe.skip;

const TEXT_A = '宁波市委常委、政法委书记李明远在海曙区主持会议，全年执行到位金额3518万元，要深化“放管服”改革。本报记者陈晓东';
const EVIL = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'"&</style>`;
const TEXT_B = `湖北高院召开会议。${EVIL}近600人参加培训。`;

// functions run in the page (the project's typecheck has no DOM lib)
declare const getComputedStyle: (element: unknown) => { backgroundColor: string };

const hex = (c: string) => `rgb(${[1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)).join(', ')})`;

describeInBrowser('the report in chromium', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  let exA: Extraction;
  let exB: Extraction;
  const requests: string[] = [];
  const problems: string[] = [];
  let dialogs = 0;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    const extractor = createExtractor();
    exA = extractor.extract(TEXT_A, { docId: 'ningbo.txt', explain: true });
    exB = extractor.extract(TEXT_B, { docId: `hubei<b>.txt`, explain: true });
    dir = mkdtempSync(join(tmpdir(), 'guanzhi-browser-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, renderReport([{ text: TEXT_A, extraction: exA }, { text: TEXT_B, extraction: exB }]));
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('opens from disk: only the file itself is loaded, no script error, no CSP violation', () => {
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/^file:\/\/.*report\.html$/);
    expect(problems).toEqual([]);
  });

  test('every mention is highlighted in its type colour; the summary and the tables are there', async () => {
    expect(await page.locator('mark.gz-m').count()).toBe(exA.mentions.length + exB.mentions.length);
    const person = page.locator('#d1 mark.gz-t-person').first();
    expect(await person.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(hex(TYPE_COLOURS.person));
    expect(await page.locator('#summary svg.gz-chart').count()).toBe(2);
    expect(await page.locator('#d1 details[data-table="positions"] tbody tr').count()).toBe(exA.positions.length);
    expect(await page.locator('#d1 details[data-table="metrics"] tbody tr').count()).toBe(exA.metrics.length);
    expect(await page.locator('#d1 details[data-table="organisations"] tbody tr').count()).toBe(exA.organisations.length);
    expect(await page.locator('#d1 details[data-table="slogans"] tbody tr').count()).toBe(exA.slogans.length);
    expect(await page.locator('#d2 h2').textContent()).toBe('hubei<b>.txt');
  });

  test('hovering a mention shows its record; leaving it hides the card', async () => {
    const card = page.locator('#gz-card');
    await page.locator('#d1 mark.gz-m', { hasText: '宁波市委' }).first().hover();
    await expect(card.isVisible()).resolves.toBe(true);
    const text = await card.innerText();
    for (const s of ['organisation', '中共宁波市委员会', 'party_committee', 'prefectural', '宁波市 (330200)', 'organ:committee+region', 'committee']) expect(text).toContain(s);
    await page.locator('#d1 h2').hover();
    await expect(card.isHidden()).resolves.toBe(true);

    await page.locator('#d1 mark.gz-t-title', { hasText: '常委' }).hover();
    const title = await card.innerText();
    for (const s of ['position', '李明远', '常委 (Standing Committee Member)', 'title-chain-before-name']) expect(title).toContain(s);
  });

  test('a click pins the card (other hovers leave it), Escape closes it; focus shows it too', async () => {
    const card = page.locator('#gz-card');
    const metric = page.locator('#d1 mark.gz-t-metric', { hasText: '3518万元' });
    await metric.click();
    await page.locator('#d1 mark.gz-t-person').first().hover();
    const pinned = await card.innerText();
    for (const s of ['35,180,000', '元', 'exact', '执行到位金额', 'pinned']) expect(pinned).toContain(s);
    await page.keyboard.press('Escape');
    await expect(card.isHidden()).resolves.toBe(true);
    await page.locator('#d1 h2').hover();
    await page.locator('#d1 mark.gz-t-slogan').focus();
    expect(await card.innerText()).toContain('放管服');
    expect(await card.getAttribute('data-for')).toBe(await page.locator('#d1 mark.gz-t-slogan').getAttribute('id'));
    await page.keyboard.press('Escape');
  });

  test('the legend hides and shows a type', async () => {
    const person = page.locator('#d1 mark.gz-t-person').first();
    await page.locator('#d1 .gz-legend button[data-type="person"]').click();
    expect(await person.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await page.locator('#d2 .gz-legend button[data-type="person"]').click();
    expect(await person.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(hex(TYPE_COLOURS.person));
  });

  test('markup in the text is shown as text and never runs', async () => {
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(await page.locator('#d2 .gz-article').textContent()).toBe(TEXT_B);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
  });

  test('a screenshot is a PNG of the page', async () => {
    await page.locator('#d1 mark.gz-t-title').first().hover();
    const png = await page.screenshot({ path: join(dir, 'report.png') });
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.length).toBeGreaterThan(10_000);
  });
});
