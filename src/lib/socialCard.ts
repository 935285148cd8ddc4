import satori from 'satori';
import type { Layout } from '../charts/chart.ts';
import { bandWidths } from '../charts/dimensions.ts';
import { themes } from '../charts/paint.ts';
import { nestedDrawing } from '../charts/standalone.ts';
import { cacheKey, cachedImage } from './imageCache.ts';
import { cardFonts, fontFamily, rendererVersion, svgToPng } from './raster.ts';
import { cardSize } from '../site.ts';

// The image a link shows when it is shared (cardSize, in site.ts). satori sets the words (it wraps
// and clamps them with the font's real metrics and turns them into outlines); the chart goes in as
// its own SVG, because resvg would drop the text of an SVG embedded as an <image>.

export interface CardContent {
  /** The chart's title, or the story's headline. */
  title: string;
  /** Under the title when there is no chart: the story's dek. */
  dek?: string | undefined;
  /** The drawing, with its source line and whether its data is illustrative. */
  chart?: { layout: Layout; source: string; illustrative: boolean } | undefined;
  siteName: string;
}

interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Node | string | null)[]; [name: string]: unknown };
}

const h = (type: string, style: Record<string, string | number>, ...children: (Node | string | null)[]): Node => ({ type, props: { style, children } });

/**
 * The chart's drawing that reads largest in the card: each band drawn, scaled to fit the chart's
 * box (about 1088×280 under a two-line title), text at most 1.6× its size; of equals, the widest.
 * A 700-wide drawing squeezed into 280 px of height would print its 13 px labels at 12 px.
 */
export function cardLayout(layout: (width: number) => Layout): Layout {
  const box = { width: 1088, height: 280 };
  const scale = (drawing: Layout) => Math.min(box.width / drawing.width, box.height / drawing.height, 1.6);
  const drawings = [...bandWidths].reverse().map(layout);
  return drawings.reduce((best, drawing) => (scale(drawing) > scale(best) + 0.01 ? drawing : best));
}

const theme = themes.light;
const flagColour = theme.series[1]!;
const padding = 56;

// satori needs a size for an image; this empty one only reserves the chart's box in the layout.
const placeholder = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>')}`;

function cardTree({ title, dek, chart, siteName }: CardContent): Node {
  const flag = chart?.illustrative
    ? h('div', { alignSelf: 'flex-start', marginBottom: 14, padding: '2px 10px', border: `2px solid ${flagColour}`, borderRadius: 4, color: flagColour, fontSize: 18, fontWeight: 700, letterSpacing: 1 }, 'ILLUSTRATIVE DATA')
    : null;
  const body = chart
    ? h('div', { display: 'flex', flexGrow: 1, flexBasis: 0, minHeight: 0, margin: '24px 0' }, { type: 'img', props: { src: placeholder, style: { flexGrow: 1, height: '100%' } } })
    : h('div', { display: 'flex', flexGrow: 1, flexDirection: 'column' }, dek ? h('div', { marginTop: 28, fontSize: 32, lineHeight: 1.4, color: theme.textMuted, lineClamp: 4 }, dek) : null);
  return h(
    'div',
    {
      width: cardSize.width,
      height: cardSize.height,
      // satori's boxes are content-box unless told otherwise, and the card is 1200×630 in all.
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      padding: `${padding - 12}px ${padding}px 40px`,
      borderTop: `12px solid ${theme.series[0]!}`,
      backgroundColor: theme.bg,
      color: theme.text,
      fontFamily,
      // Korean words are not broken between syllables, as on the site.
      wordBreak: 'keep-all',
    },
    flag,
    h('div', { fontSize: chart ? 44 : 64, fontWeight: 700, lineHeight: 1.2, lineClamp: chart ? 2 : 4 }, title),
    body,
    h(
      'div',
      { display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', fontSize: 20, color: theme.textMuted },
      h('div', { flexShrink: 1, lineClamp: 2, lineHeight: 1.35 }, chart?.source ?? ''),
      h('div', { flexShrink: 0, marginLeft: 32, fontSize: 30, fontWeight: 700, color: theme.text }, siteName),
    ),
  );
}

/** The card as SVG: satori's layout with the chart drawn into the box it reserved. */
export async function cardSvg(content: CardContent): Promise<string> {
  const svg = await satori(cardTree(content) as Parameters<typeof satori>[0], { ...cardSize, fonts: cardFonts() });
  if (!content.chart) return svg;
  const image = /<image\b[^>]*>/.exec(svg)?.[0];
  const attribute = (name: string) => Number(new RegExp(`\\s${name}="([^"]*)"`).exec(image ?? '')?.[1]);
  const box = { x: attribute('x'), y: attribute('y'), width: attribute('width'), height: attribute('height') };
  if (!image || Object.values(box).some(Number.isNaN)) throw new Error('socialCard: satori drew no box for the chart; has its output format changed?');
  return svg.replace(image, nestedDrawing(content.chart.layout, box, theme));
}

/** The card as a PNG, from the cache when nothing that decides its pixels has changed. */
export async function socialCard(content: CardContent): Promise<Buffer> {
  const key = cacheKey('card', rendererVersion(), JSON.stringify(content));
  return cachedImage(key, async () => svgToPng(await cardSvg(content)));
}
