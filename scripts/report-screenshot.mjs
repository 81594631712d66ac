#!/usr/bin/env node
// npm run report:screenshot: a PNG of a generated report (default out/report.html → docs/report.png),
// taken with Debian's chromium through playwright-core, with the record card of a mention shown.
// Usage: node scripts/report-screenshot.mjs [report.html] [out.png] [--summary]
import { existsSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const summaryOnly = process.argv.includes('--summary');
const input = resolve(args[0] ?? join(root, 'out', 'report.html'));
const output = resolve(args[1] ?? join(root, 'docs', 'report.png'));
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(input)) {
  console.error(`no report at ${input}: run npm run report first`);
  process.exit(2);
}
if (!existsSync(executablePath)) {
  console.error(`no chromium at ${executablePath}: apt-get install chromium (or set CHROMIUM)`);
  process.exit(2);
}
try {
  if (!execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim())
    console.warn('warning: no Chinese font installed (fc-list :lang=zh is empty); the text will show as boxes. apt-get install fonts-wqy-microhei');
} catch {
  /* no fontconfig tools: nothing to check */
}

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(pathToFileURL(input).href);
  if (summaryOnly) {
    await page.screenshot({ path: output, fullPage: false });
  } else {
    // an official's title: its card shows the holder, the canonical organisation, the region and both rules
    const mark = page.locator('#d1 mark.gz-t-title').first();
    const target = (await mark.count()) ? mark : page.locator('#d1 mark.gz-m').first();
    await page.evaluate(() => document.querySelector('#d1')?.scrollIntoView({ block: 'start' }));
    await target.hover();
    await page.waitForSelector('#gz-card:not([hidden])');
    mkdirSync(dirname(output), { recursive: true });
    await page.screenshot({ path: output, fullPage: false });
  }
  console.log(`wrote ${output}`);
} finally {
  await browser.close();
}
