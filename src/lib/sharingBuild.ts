// READOUT_SHARING=off builds the stories and their charts without what sharers get: no chart
// pages, embeds, downloads or social cards, and no links to them. For a quick look at a large
// archive, and for `npm run bench`, which uses it to tell what drawing charts costs the story
// pages from what the sharing outputs cost. Never publish such a build: shared links would break.

/** Whether this build writes the sharing outputs: READOUT_SHARING unset or "on", not "off". */
export function buildsSharing(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env['READOUT_SHARING'];
  if (value === undefined || value === '' || value === 'on') return true;
  if (value === 'off') return false;
  throw new Error(`READOUT_SHARING: expected "on" or "off" (or unset, which is "on"), got "${value}"`);
}
