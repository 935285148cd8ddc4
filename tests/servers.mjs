// Ports and paths shared by the test runner (which builds) and Playwright (which serves and visits).
// Two builds: the real site at a root, and the fixture site (real content plus test stories:
// a draft, a future one, a corrected one) under a sub-path, as a newsroom hosting it in a folder would.
// A fourth port serves a page of another site (tests/fixtures/embed-host/) that embeds our charts.
// READOUT_PORT_BASE moves all the ports, so two checkouts can run their tests at once.
const base = Number(process.env.READOUT_PORT_BASE ?? 4401);
export const ports = { site: base, fixture: base + 1, dev: base + 2, embedHost: base + 3 };
export const subPath = '/news/';
export const origins = {
  site: `http://localhost:${ports.site}`,
  fixture: `http://localhost:${ports.fixture}`,
  dev: `http://localhost:${ports.dev}`,
  embedHost: `http://localhost:${ports.embedHost}`,
};
/** Where the fixture site's pages live: origin plus sub-path, without a trailing slash. */
export const fixtureRoot = `${origins.fixture}${subPath.replace(/\/$/, '')}`;
