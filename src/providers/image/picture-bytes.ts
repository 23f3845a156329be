/**
 * What every raster illustrator returns goes through here: the bytes must really be a PNG, JPEG or
 * WebP picture (told by their magic numbers, not by what the server claims) before they are stored
 * in R2 and linked from a page or an email.
 */
import { type Illustration, ProviderError } from "../types";

type Kind = Pick<Illustration, "contentType" | "extension">;

/** The picture's type from its first bytes, or undefined when it is not a PNG, JPEG or WebP. */
export function sniffPicture(bytes: Uint8Array): Kind | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 8 && bytes[0] === 0x89 && ascii(1, 4) === "PNG" && bytes[4] === 0x0d && bytes[5] === 0x0a) {
    return { contentType: "image/png", extension: "png" };
  }
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return { contentType: "image/jpeg", extension: "jpg" };
  }
  if (bytes.length >= 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") {
    return { contentType: "image/webp", extension: "webp" };
  }
  return undefined;
}

/**
 * The bytes as an Illustration, or a non-retried ProviderError when they are not a picture: the
 * same request would get the same kind of answer again.
 * @example
 * return checkedPicture(decodeBase64(b64), "OpenAI image");
 */
export function checkedPicture(bytes: Uint8Array, what: string): Illustration {
  if (bytes.length === 0) throw new ProviderError(`${what}: the image was empty`, true);
  const kind = sniffPicture(bytes);
  if (!kind) throw new ProviderError(`${what}: the reply was not a PNG, JPEG or WebP picture`, false);
  return { body: bytes, ...kind };
}

/** Base64 (as the image APIs send it) to bytes; a ProviderError when it is not base64. */
export function decodeBase64(b64: string, what: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(b64.replace(/\s+/g, ""));
  } catch {
    throw new ProviderError(`${what}: the image data was not valid base64`, false);
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
