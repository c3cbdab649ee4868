/**
 * The layers of the house, checked by `npm test` (tests/unit/layers.test.ts,
 * which also plants violations to see them caught) and by `npm run layers`.
 *
 *   scripts/*.ts → scripts/lib/                on top: may import anything of src/
 *   src/ingest/pipeline.ts (and parse-cache, report, timer)
 *   src/ingest/{read,parse,extract,assemble,render}/   the phases, side by side
 *   src/ingest/readers/                        what a phase reads text with
 *   src/ingest/model/                          the shapes passed between phases
 *   src/ingest/patterns/, messages.ts, reference-data.ts
 *   src/lib/ (shared with the site)  →  src/schema/ (imports nothing of ours)
 *
 * The site (pages, components, layouts, client) never imports the ingest.
 */
const PHASES = 'read|parse|extract|assemble|render';
const ingest = (path) => `^src/ingest/${path}`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A module that imports itself through others cannot be read from the bottom up.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'schema-imports-nothing-of-ours',
      comment: 'The schema is the contract every layer reads; it stands on nothing of ours.',
      severity: 'error',
      from: { path: '^src/schema/' },
      to: { path: '^(src|scripts)/', pathNot: '^src/schema/' },
    },
    {
      name: 'lib-imports-only-schema',
      comment: 'src/lib is shared by the site and the ingest: it knows the schema and nothing else of ours.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^(src|scripts)/', pathNot: '^src/(lib|schema)/' },
    },
    {
      name: 'phases-side-by-side',
      comment: 'A phase imports only the model, patterns, readers and the shared helpers; never another phase (the pipeline joins them).',
      severity: 'error',
      from: { path: ingest(`(${PHASES})/`) },
      to: { path: '^src/ingest/', pathNot: [ingest('$1/'), ingest('(model|patterns|readers)/'), ingest('(messages|reference-data)\\.ts$')] },
    },
    {
      name: 'readers-below-phases',
      comment: 'Readers turn text into facts for any phase; they know the model and the patterns only.',
      severity: 'error',
      from: { path: ingest('readers/') },
      to: { path: '^src/ingest/', pathNot: [ingest('(readers|model|patterns)/'), ingest('(messages|reference-data)\\.ts$')] },
    },
    {
      name: 'model-below-readers',
      comment: 'The shapes passed between phases stand on the patterns and messages only.',
      severity: 'error',
      from: { path: ingest('model/') },
      to: { path: '^src/ingest/', pathNot: [ingest('(model|patterns)/'), ingest('messages\\.ts$')] },
    },
    {
      name: 'patterns-at-the-bottom',
      comment: 'Named patterns and the reviewed data import nothing else of the ingest.',
      severity: 'error',
      from: { path: [ingest('patterns/'), ingest('(messages|reference-data)\\.ts$')] },
      to: { path: '^src/ingest/', pathNot: ingest('patterns/') },
    },
    {
      name: 'pipeline-on-top-of-the-ingest',
      comment: 'The pipeline joins the phases; nothing of the ingest imports it or its helpers back.',
      severity: 'error',
      from: { path: '^src/ingest/', pathNot: ingest('pipeline\\.ts$') },
      to: { path: ingest('(pipeline|parse-cache|report|timer)\\.ts$') },
    },
    {
      name: 'site-never-imports-ingest',
      comment: 'The site reads content/ and dist/api through the schema; the ingest is a build step, not a library of the site.',
      severity: 'error',
      from: { path: '^src/(client|pages|components|layouts|lib|schema)/|^src/content\\.config\\.ts$' },
      to: { path: '^src/ingest/|^scripts/' },
    },
    {
      name: 'script-helpers-below-scripts',
      comment: 'scripts/lib holds what the scripts share; a script is an entry point, never imported.',
      severity: 'error',
      from: { path: '^scripts/lib/' },
      to: { path: '^scripts/[^/]+\\.ts$' },
    },
    {
      name: 'scripts-on-top',
      comment: 'Scripts run the project; nothing under src/ imports them.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^scripts/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^(src|scripts)/',
    // TypeScript 7 ships no JavaScript API for the cruiser to parse with; swc reads the sources, and keeps the
    // type-only imports (they are arrows of the house too).
    parser: 'swc',
  },
};
