// Renders the site-wide social image from its SVG source. Run by hand when the design changes:
//   node scripts/render-default-card.mjs
import sharp from 'sharp';

await sharp('scripts/assets/og-default.svg').png({ compressionLevel: 9, palette: true }).toFile('public/og-default.png');
console.log('public/og-default.png written');
