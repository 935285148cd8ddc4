import type { Attrs, Paint } from './svg.ts';

// Concrete colours for SVG that leaves the page (standalone downloads, social cards, snapshots),
// where no stylesheet defines the custom properties. They mirror src/styles/charts.css and
// base.css; a unit test keeps the two in step.

export interface Theme {
  bg: string;
  text: string;
  textMuted: string;
  series: readonly string[];
  mutedMark: string;
  grid: string;
  axis: string;
  range: string;
}

export const themes: Record<'light' | 'dark', Theme> = {
  light: {
    bg: '#fdfcf9',
    text: '#1b1b1b',
    textMuted: '#555452',
    series: ['#0b5fa5', '#b34100', '#00735a', '#8e3d8f', '#7a5c00', '#4d5a66'],
    mutedMark: '#7b8189',
    grid: '#e3e0d9',
    axis: '#8a8782',
    range: '#f1ece1',
  },
  dark: {
    bg: '#121417',
    text: '#ebebea',
    textMuted: '#a8acb2',
    series: ['#6cb4ee', '#ff8f5a', '#3fc9a0', '#e39ad2', '#e8bd4a', '#a3adb8'],
    mutedMark: '#7d848d',
    grid: '#2c3138',
    axis: '#6f747c',
    range: '#232830',
  },
};

/** Turns the chart's colour classes into fill/stroke attributes of one theme. */
export function paintWith(theme: Theme): Paint {
  const table: Record<string, Attrs> = {
    'fill-text': { fill: theme.text },
    'fill-muted': { fill: theme.textMuted },
    'fill-muted-mark': { fill: theme.mutedMark },
    'fill-estimate': { fill: theme.bg },
    'fill-bg': { fill: theme.bg },
    'fill-range': { fill: theme.range },
    'stroke-muted-mark': { stroke: theme.mutedMark },
    'stroke-grid': { stroke: theme.grid },
    'stroke-axis': { stroke: theme.axis },
    'stroke-annotation': { stroke: theme.textMuted },
    'stroke-bg': { stroke: theme.bg },
    halo: { stroke: theme.bg, 'stroke-width': 4, 'stroke-linejoin': 'round' },
  };
  theme.series.forEach((colour, index) => {
    table[`fill-c${index + 1}`] = { fill: colour };
    table[`stroke-c${index + 1}`] = { stroke: colour };
  });
  return (className) => table[className];
}
