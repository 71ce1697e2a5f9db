// Text from files (messages, tags, keys) and file names goes to a terminal: escape what a
// terminal would act on (C0, DEL, C1 open escape sequences; bidi controls reorder what is
// shown; line separators break "one line") so it is shown, never interpreted.
// JSON and CSV outputs keep the data as it is; only console text goes through here.

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeChar(ch: string): string {
  const cp = ch.charCodeAt(0);
  return cp < 0x100 ? `\\x${cp.toString(16).padStart(2, "0")}` : `\\u${cp.toString(16).padStart(4, "0")}`;
}

/** `text` with every terminal control character written as a visible \xNN or \uNNNN escape. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}
