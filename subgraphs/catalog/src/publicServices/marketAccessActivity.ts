/**
 * The activity as the answer repeats it to the asker: what they wrote, as read. Control
 * characters (NUL and the other C0 and C1 codes) and halves of cut characters are read as the
 * spaces between words, and invisible format characters (zero-width, direction overrides,
 * which could make the echoed text display as something else) are dropped — so that the
 * answer does not hand raw bytes back into a page or a log. Case, width and punctuation are
 * kept: the search normalises those, but the asker should recognise their own words.
 */
const FORMAT_CHARACTERS = /\p{Cf}+/gu;
const SPACES_AND_CONTROLS = /[\s\p{Cc}\p{Cs}]+/gu;

export function activityAsRead(activity: string): string {
  return activity.replace(FORMAT_CHARACTERS, '').replace(SPACES_AND_CONTROLS, ' ').trim();
}
