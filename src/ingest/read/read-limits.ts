/**
 * What one office file may cost to read. A plan is a few hundred kilobytes of
 * XML or a few hundred pages; a file past these is refused before it is read
 * whole (a zip bomb inflates to gigabytes from a few megabytes), and a reader
 * that runs past its time is stopped.
 */
export const READ_LIMITS = {
  /** Inflated bytes of the parts of a Word file the reader opens, together. */
  inflatedBytes: 64 * 1024 * 1024,
  /** Inflated bytes per compressed byte: text compresses tenfold, a bomb a thousandfold. */
  inflationRatio: 200,
  /** Pages of a PDF. */
  pdfPages: 1500,
  /** Time to read one PDF, in milliseconds. */
  pdfMilliseconds: 120_000,
} as const;

/** A file refused for what it would cost to read: its message says which limit. */
export class TooLargeError extends Error {}
