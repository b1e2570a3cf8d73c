// Renders the Genting logo (an SVG sprout on a teal tile) to the PNG icons the web
// manifest names, using Debian's Chromium through playwright-core (never a downloaded
// browser). Run once after changing the logo: `node scripts/make-icons.mjs`; the PNGs
// in public/ are committed, so builds do not need a browser.
// Maskable icon: the artwork stays inside the central 80% safe zone
// (https://web.dev/articles/maskable-icon), the tile fills the whole square.
import { chromium } from 'playwright-core';
import { mkdir, writeFile } from 'node:fs/promises';

const TEAL = '#0f6e63';
const LEAF = '#ffffff';
const SOIL = '#f5c451';

/** The sprout drawn in a 100x100 box; `scale` shrinks it around the centre. */
function sprout(scale) {
  const t = `translate(50 50) scale(${scale}) translate(-50 -50)`;
  return `<g transform="${t}">
    <path d="M50 78 C50 64 50 54 50 44" stroke="${LEAF}" stroke-width="6" stroke-linecap="round" fill="none"/>
    <path d="M50 50 C36 50 26 40 25 25 C40 25 50 34 50 50 Z" fill="${LEAF}"/>
    <path d="M50 44 C52 28 63 19 78 19 C78 35 67 45 50 44 Z" fill="${LEAF}"/>
    <path d="M28 80 Q50 70 72 80" stroke="${SOIL}" stroke-width="6" stroke-linecap="round" fill="none"/>
  </g>`;
}

function svg({ rounded, scale }) {
  const radius = rounded ? 22 : 0;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
    <rect width="100" height="100" rx="${radius}" fill="${TEAL}"/>${sprout(scale)}</svg>`;
}

const icons = [
  { file: 'icon-192.png', size: 192, rounded: true, scale: 0.9 },
  { file: 'icon-512.png', size: 512, rounded: true, scale: 0.9 },
  { file: 'icon-maskable-512.png', size: 512, rounded: false, scale: 0.7 },
  { file: 'apple-touch-icon.png', size: 180, rounded: false, scale: 0.8 },
];

async function main() {
  await mkdir('public', { recursive: true });
  await writeFile('public/favicon.svg', svg({ rounded: true, scale: 0.9 }));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    for (const icon of icons) {
      const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
      const markup = svg(icon).replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `);
      await page.setContent(`<html><body style="margin:0;background:transparent">${markup}</body></html>`);
      await page.screenshot({ path: `public/${icon.file}`, omitBackground: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
