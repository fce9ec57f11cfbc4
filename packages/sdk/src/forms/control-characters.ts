/**
 * C0 control characters other than tab and line breaks, and DEL: text holding them cannot be
 * stored, shown or exported (CSV) faithfully. The submission schemas refuse them; forms check text
 * with this before sending. (A module of its own: a form imports it without the schemas.)
 */
export const CONTROL_CHARACTERS = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f]/;
