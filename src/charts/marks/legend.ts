import { el, group, type SvgNode } from '../svg.ts';
import { fontSize, textWidth, truncateText } from '../dimensions.ts';
import { text } from './text.ts';

export interface LegendEntry {
  label: string;
  /** The fill class of the mark this entry names, e.g. fill-c2. */
  className: string;
}

export interface LegendItem extends LegendEntry {
  x: number;
  row: number;
}

const swatch = 12;
const swatchGap = 6;
const itemGap = 18;

/** Height of one legend row. */
export const legendRow = fontSize.label + 8;

/** Entries left to right, wrapping to a new row rather than past the drawing; a label is shortened only if it alone is too wide. */
export function legendLayout(entries: readonly LegendEntry[], width: number): { items: LegendItem[]; rows: number } {
  const items: LegendItem[] = [];
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const label = truncateText(entry.label, fontSize.label, width - swatch - swatchGap);
    const itemWidth = swatch + swatchGap + textWidth(label, fontSize.label);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row++;
    }
    items.push({ ...entry, label, x, row });
    x += itemWidth + itemGap;
  }
  return { items, rows: entries.length === 0 ? 0 : row + 1 };
}

/** Swatch and name for each series, the key when marks cannot be labelled directly. */
export function legend(items: readonly LegendItem[], top: number): SvgNode | null {
  return group(
    { class: 'legend' },
    items.map((item) => {
      const middle = top + item.row * legendRow + legendRow / 2;
      return el(
        'g',
        {},
        el('rect', { x: item.x, y: middle - swatch / 2, width: swatch, height: swatch, class: item.className }),
        text(item.x + swatch + swatchGap, middle, item.label, { valign: 'middle' }),
      );
    }),
  );
}
