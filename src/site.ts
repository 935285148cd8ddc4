// Site-wide settings an editor-in-chief would change; nothing here depends on the host.
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
  defaultImage: { path: 'og-default.png', width: 1200, height: 630, alt: 'Readout: data stories' },
} as const;
