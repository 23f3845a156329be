/**
 * "French (français)": a language's name in English, with its own name beside it when that
 * differs, so a parent who reads only that language still finds it in a list.
 * @example
 * languageLabel("en") // "English"
 * languageLabel("es") // "Spanish (español)"
 */
export function languageLabel(code: string): string {
  try {
    const english = new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
    const native = new Intl.DisplayNames([code], { type: "language" }).of(code) ?? english;
    return native.toLowerCase() === english.toLowerCase() ? english : `${english} (${native})`;
  } catch {
    return code;
  }
}
