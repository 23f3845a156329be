/**
 * Text from people and models, made safe to store and show: a well-formed string (lone surrogates
 * dropped), Unicode NFC, no control characters (C0, C1) and no format characters (Cf: bidi
 * overrides and isolates U+202A–202E / U+2066–2069, zero-width spaces…) except the zero-width
 * joiner that emoji need — so nothing can hide or reorder text in a page, a Subject or a <title>.
 * Tabs become spaces; line breaks survive only where `lines` allows them (else spaces).
 * @example
 * cleanText("Fam\u0000ily \u202Eevil"); // "Family evil"
 */
export function cleanText(value: string, { lines = false }: { lines?: boolean } = {}): string {
  const wellFormed = value.toWellFormed().replace(/\uFFFD/g, "");
  const normalised = wellFormed.normalize("NFC").replace(/\r\n?/g, "\n");
  // ZWJ (U+200D) stays: it builds emoji such as 👨‍👩‍👧. Every other control or format character goes.
  const stripped = normalised.replace(/[\p{Cc}\p{Cf}]/gu, (ch) =>
    ch === "\u200D" || (lines && ch === "\n") ? ch : ch === "\t" || ch === "\n" ? " " : "",
  );
  return stripped;
}
