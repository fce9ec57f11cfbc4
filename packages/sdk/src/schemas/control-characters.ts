import * as z from 'zod/mini';
import { CONTROL_CHARACTERS } from '../forms/control-characters.js';
import { email, text } from './common.js';

const noControlCharacters = () => z.refine<string>((value) => !CONTROL_CHARACTERS.test(value), 'Control characters are not allowed');

/**
 * Text a citizen submits: as `text`, and without control characters (other than tab and line
 * breaks), which cannot be stored, shown or exported (CSV) faithfully.
 */
export const submittedText = (max?: number) => text(max).check(noControlCharacters());

/** An e-mail address a citizen submits, without control characters. */
export const submittedEmail = () => email().check(noControlCharacters());
