/**
 * Characters that change a terminal or the order text is shown in: every C0 control, DEL, the C1
 * controls (ESC sequences clear and recolour the screen; U+009B is an escape on its own), and the
 * bidi embeddings, overrides and isolates, which make a name read as something else.
 */
const TERMINAL_UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * `text` with each such character written as an escape (`\x1b`, `\u202e`): file names and
 * values come from content, and printing them must show what is there, not act on the terminal.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(TERMINAL_UNSAFE, (character) => {
    const code = character.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
