/** The lexical rules of an iCalendar file (RFC 5545): TEXT escaping and line folding. */

/** A TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma and newline escaped. */
export function icsText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Folds content lines at 75 octets, never inside a UTF-8 sequence (RFC 5545, 3.1). */
export function foldOctets(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let size = 0;
      for (const char of line) {
        const bytes = Buffer.byteLength(char, 'utf8');
        // The first line holds 75 octets; each continuation line 74 after its leading space.
        if (size + bytes > (parts.length === 0 ? 75 : 74)) {
          parts.push(current);
          current = '';
          size = 0;
        }
        current += char;
        size += bytes;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}
