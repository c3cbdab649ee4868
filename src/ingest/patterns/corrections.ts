/** What the names and values of an editor's corrections files look like (data/corrections/). */

/** A corrections file's name: the id of the document it corrects. */
export const CORRECTIONS_FILE = /^([a-z0-9-]+)\.ya?ml$/u;

/** A range of source lines, `120-124`. */
export const LINE_RANGE = /^\s*(\d+)\s*-\s*(\d+)\s*$/u;
