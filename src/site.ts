// Site-wide settings an editor-in-chief would change; nothing here depends on the host.

/** Every social card (story, chart, the site's own): the size link previews expect. */
export const cardSize = { width: 1200, height: 630 } as const;

export const site = {
  name: 'Readout',
  tagline: 'Data stories, built to be read anywhere',
  description:
    'Readout is an independent data-journalism site: reported stories with charts you can read on any device, with or without JavaScript.',
  locale: 'en-GB',
  lang: 'en',
  // The newsroom's home time zone: dates are shown as the desk saw them.
  timeZone: 'Asia/Seoul',
  timeZoneLabel: 'KST',
  /** The text column of a story, in CSS px: --measure (38rem) in global.css at the default 16 px. */
  proseWidth: 608,
  /** The page column (--wide, 64rem): a chart's own page gives it all of it. */
  wideWidth: 1024,
  /** Printed under every chart's share panel and in its structured data. */
  licence: {
    name: 'CC BY 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    note: 'You may republish this chart and its data, with credit to Readout and a link to this page.',
  },
  defaultImage: { path: 'og-default.png', ...cardSize, alt: 'Readout: data stories' },
} as const;
