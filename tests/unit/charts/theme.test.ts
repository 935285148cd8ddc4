import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { bandThresholds, bandWidths, fontSize, minRenderedText } from '../../../src/charts/dimensions.ts';
import { themes } from '../../../src/charts/paint.ts';

const chartsCss = readFileSync('src/styles/charts.css', 'utf8');
const baseCss = readFileSync('src/styles/base.css', 'utf8');
const globalCss = readFileSync('src/styles/global.css', 'utf8');

/** The light and dark values of a `--name: light-dark(a, b)` declaration. */
function lightDark(css: string, name: string): { light: string; dark: string } {
  const match = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(css);
  assert.ok(match, `--${name} is declared with light-dark() in the CSS`);
  return { light: match[1]!.toLowerCase(), dark: match[2]!.toLowerCase() };
}

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

for (const mode of ['light', 'dark'] as const) {
  const theme = themes[mode];

  test(`the ${mode} chart theme in paint.ts matches the page CSS`, () => {
    assert.equal(lightDark(baseCss, 'bg')[mode], theme.bg);
    assert.equal(lightDark(baseCss, 'text')[mode], theme.text);
    assert.equal(lightDark(baseCss, 'text-muted')[mode], theme.textMuted);
    theme.series.forEach((colour, index) => assert.equal(lightDark(chartsCss, `chart-${index + 1}`)[mode], colour, `--chart-${index + 1}`));
    assert.equal(lightDark(chartsCss, 'chart-muted-mark')[mode], theme.mutedMark);
    assert.equal(lightDark(chartsCss, 'chart-grid')[mode], theme.grid);
    assert.equal(lightDark(chartsCss, 'chart-axis')[mode], theme.axis);
    assert.equal(lightDark(chartsCss, 'chart-range')[mode], theme.range);
  });

  test(`in the ${mode} theme chart text reaches 4.5:1 and marks 3:1 against the page`, () => {
    for (const [name, colour] of [['text', theme.text], ['muted text', theme.textMuted], ...theme.series.map((c, i) => [`series ${i + 1} (used for labels too)`, c])] as const) {
      assert.ok(contrast(colour, theme.bg) >= 4.5, `${name} ${colour} on ${theme.bg}: ${contrast(colour, theme.bg).toFixed(2)}`);
    }
    for (const [name, colour] of [['muted marks', theme.mutedMark], ['axis', theme.axis]] as const) {
      assert.ok(contrast(colour, theme.bg) >= 3, `${name} ${colour} on ${theme.bg}: ${contrast(colour, theme.bg).toFixed(2)}`);
    }
  });
}

test('the container-query thresholds in charts.css are the ones dimensions.ts computes', () => {
  const inCss = [...chartsCss.matchAll(/@container chart \(min-width: (\d+)px\)/g)].map((match) => Number(match[1]));
  assert.deepEqual(inCss, bandThresholds.slice(1));
});

test('within each band the smallest chart text renders at 12 px or more', () => {
  // The narrowest chart container: a 320 px phone less the page's 16 px gutters.
  const phoneContainer = 320 - 2 * 16;
  bandWidths.forEach((width, index) => {
    const narrowest = index === 0 ? phoneContainer : bandThresholds[index]!;
    assert.ok((fontSize.tick * narrowest) / width >= minRenderedText - 0.05, `band ${width} shown from ${narrowest}px`);
  });
});

test('a story draws only the bands its text column can show, and the CSS keeps the last one drawn on', async () => {
  const { site } = await import('../../../src/site.ts');
  const { bandsUpTo } = await import('../../../src/charts/dimensions.ts');
  assert.match(globalCss, /--measure:\s*38rem;/);
  assert.equal(site.proseWidth, 38 * 16);
  assert.deepEqual(bandsUpTo(site.proseWidth), [280, 380, 520]);
  assert.equal([...chartsCss.matchAll(/\.chart__band\[data-band='\d'\]:not\(:last-child\)/g)].length, bandWidths.length - 1);
});
