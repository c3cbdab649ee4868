// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';

import { siteAddress } from './src/lib/site-address.ts';
import { astroCacheDir } from './scripts/lib/recycle-site.ts';

// SITE_URL (e.g. https://intranet.example/kb/) puts full addresses in citations, previews and exports;
// its path is the base the pages live under, unless SITE_BASE (e.g. /kb/) says it, which must agree.
const { base, url } = siteAddress(process.env);
const site = url ?? undefined;

// Astro's cache (its content data store among it) beside the content it reads: a build of another
// content folder (a test's, a benchmark's) never lends this one its entries.
const cacheDir = astroCacheDir(process.env.KB_CONTENT_DIR ?? './content');

export default defineConfig({
  ...(site ? { site } : {}),
  cacheDir,
  base,
  trailingSlash: 'always',
  // Stylesheets as files, never inlined: the Content-Security-Policy allows style from 'self' only.
  // Eight pages at a time: a copied page waits on the file system, and a rendered one can go on meanwhile
  // (an incremental build at 100 plans spent half its page stage idle, one copy after another). Same bytes either way.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // Lossless whitespace removal: the default JSX rules would glue syllables
  // that sit on either side of an element.
  compressHTML: true,
  // A sitemap needs the site's full address: it is written when SITE_URL is set.
  integrations: [mdx(), ...(site ? [sitemap()] : [])],
  markdown: {
    // Source text must render exactly as written: no smart quotes or dashes,
    // no autolinked URLs.
    processor: satteri({ features: { gfm: false, smartPunctuation: false } }),
  },
  devToolbar: { enabled: false },
  // A page whose cacheKey (lib/page-keys.ts: the hash of the records it shows) and code are those of the previous
  // build is copied from Astro's cache, not rendered again; `npm run build -- --clean` renders every page.
  experimental: { incrementalBuild: true },
  vite: {
    build: {
      // The build empties the folder Astro builds into, or leaves there only the pages Astro would make the same
      // (scripts/lib/recycle-site.ts), which Astro then keeps rather than copying each from its cache.
      emptyOutDir: false,
      rollupOptions: {
        // Astro's MDX pages carry a `"use astro:head-inject"` directive the bundler says it may not keep;
        // Astro handles it itself (nothing of ours to fix), and the warning came once per page.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
