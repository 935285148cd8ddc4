declare namespace App {
  interface Locals {
    /** Set by the route so <Chart id> in MDX can find the declarations of the page it is on. */
    chartHost?: import('./lib/storyCharts.ts').ChartHost;
    /** Set by the story layout: <Footnote> adds its note, the layout numbers and lists them. */
    footnotes?: import('./lib/footnotes.ts').Footnotes;
  }
}
