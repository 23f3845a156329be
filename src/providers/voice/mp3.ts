/**
 * Just enough MP3 parsing to join Polly's chunks and time them: an MP3 file is a run of MPEG audio
 * frames, each with a 4-byte header giving its length and sample count, optionally preceded by an
 * ID3v2 tag and followed by an ID3v1 tag. Concatenating the frames of several files is a valid MP3.
 *
 * Encoders often put a Xing/Info (LAME) or VBRI frame first: no audio, just the file's frame and
 * byte counts, which players trust for the duration. Each chunk's is dropped (mp3AudioFrames) and
 * the joined file gets one new header with the joined counts (joinMp3): a chunk's header kept
 * mid-stream, or the first chunk's kept at the front, makes players report the first chunk's
 * length or a wrong one.
 */

// Bitrates in kbit/s by bitrate index (1..14); index 0 ("free") and 15 are not supported.
const BITRATES = {
  v1l1: [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  v1l2: [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  v1l3: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  v2l1: [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  v2l23: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
} as const;

// Sample rates by version bits (0 = MPEG 2.5, 2 = MPEG 2, 3 = MPEG 1) and sample-rate index.
const SAMPLE_RATES: Record<number, readonly number[]> = {
  0: [11025, 12000, 8000],
  2: [22050, 24000, 16000],
  3: [44100, 48000, 32000],
};

export interface FrameHeader {
  /** Whole frame length in bytes, header included. */
  length: number;
  samples: number;
  sampleRate: number;
}

/** Side information bytes after the header (and CRC): where a Xing/Info tag starts. */
function sideInfoLength(b1: number, b3: number): number {
  const mpeg1 = ((b1 >> 3) & 3) === 3;
  const mono = b3 >> 6 === 3;
  return mpeg1 ? (mono ? 17 : 32) : mono ? 9 : 17;
}

/** Parses the frame header at `pos`, or returns null when there is no valid header there. */
export function readFrameHeader(bytes: Uint8Array, pos: number): FrameHeader | null {
  if (pos + 4 > bytes.length) return null;
  const b1 = bytes[pos + 1]!;
  const b2 = bytes[pos + 2]!;
  if (bytes[pos] !== 0xff || (b1 & 0xe0) !== 0xe0) return null;
  const version = (b1 >> 3) & 3; // 0 = 2.5, 1 = reserved, 2 = MPEG 2, 3 = MPEG 1
  const layerBits = (b1 >> 1) & 3; // 1 = Layer III, 2 = Layer II, 3 = Layer I
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 3;
  const padding = (b2 >> 1) & 1;
  const rates = SAMPLE_RATES[version];
  if (!rates || layerBits === 0 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return null;
  const sampleRate = rates[rateIndex]!;
  const layer = 4 - layerBits;
  const mpeg1 = version === 3;
  const table = mpeg1
    ? layer === 1
      ? BITRATES.v1l1
      : layer === 2
        ? BITRATES.v1l2
        : BITRATES.v1l3
    : layer === 1
      ? BITRATES.v2l1
      : BITRATES.v2l23;
  const bitrate = table[bitrateIndex]! * 1000;

  if (layer === 1) {
    return { length: (Math.floor((12 * bitrate) / sampleRate) + padding) * 4, samples: 384, sampleRate };
  }
  // Layer III in MPEG 2/2.5 carries half the samples per frame, hence half the bytes.
  const samples = layer === 3 && !mpeg1 ? 576 : 1152;
  const length = Math.floor(((samples / 8) * bitrate) / sampleRate) + padding;
  return { length, samples, sampleRate };
}

/** Size of a leading ID3v2 tag (0 when there is none). Its size is a 28-bit "syncsafe" integer. */
function id3v2Size(bytes: Uint8Array): number {
  if (bytes.length < 10 || bytes[0] !== 0x49 || bytes[1] !== 0x44 || bytes[2] !== 0x33) return 0; // "ID3"
  const size = ((bytes[6]! & 0x7f) << 21) | ((bytes[7]! & 0x7f) << 14) | ((bytes[8]! & 0x7f) << 7) | (bytes[9]! & 0x7f);
  const footer = bytes[5]! & 0x10 ? 10 : 0;
  return 10 + size + footer;
}

/**
 * A Xing/Info (LAME) or VBRI header frame carries the *file's* frame count, not audio; left in the
 * middle of a joined file it would make players report the wrong length, so it is dropped.
 */
function isInfoFrame(bytes: Uint8Array, pos: number, frame: FrameHeader): boolean {
  const b1 = bytes[pos + 1]!;
  const crc = (b1 & 1) === 0 ? 2 : 0;
  const sideInfo = sideInfoLength(b1, bytes[pos + 3]!);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, Math.min(at + 4, pos + frame.length)));
  const xing = tag(pos + 4 + crc + sideInfo);
  return xing === "Xing" || xing === "Info" || tag(pos + 36) === "VBRI";
}

/** Walks the audio frames, resynchronising over junk, and calls `visit` for each complete one. */
function walkFrames(bytes: Uint8Array, visit: (pos: number, frame: FrameHeader) => void): void {
  let pos = id3v2Size(bytes);
  let first = true;
  while (pos + 4 <= bytes.length) {
    const frame = readFrameHeader(bytes, pos);
    if (!frame || frame.length < 4) {
      pos += 1;
      continue;
    }
    if (pos + frame.length > bytes.length) break; // a truncated last frame is not played
    if (!(first && isInfoFrame(bytes, pos, frame))) visit(pos, frame);
    first = false;
    pos += frame.length;
  }
}

/**
 * Playing time of an MP3 in milliseconds: the sum of samples / sample rate over its audio frames.
 *
 * @example
 * mp3Duration(await audio.arrayBuffer().then((b) => new Uint8Array(b))); // 1536 (64 frames at 24 kHz)
 */
export function mp3Duration(bytes: Uint8Array): number {
  let ms = 0;
  walkFrames(bytes, (_pos, frame) => {
    ms += (frame.samples / frame.sampleRate) * 1000;
  });
  return ms;
}

/**
 * Only the audio frames of an MP3 (no ID3 tags, no Xing/Info frame), so that the frames of several
 * files can be concatenated into one MP3 whose duration is the sum of theirs.
 */
export function mp3AudioFrames(bytes: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  walkFrames(bytes, (pos, frame) => parts.push(bytes.subarray(pos, pos + frame.length)));
  const total = parts.reduce((sum, p) => sum + p.length, 0);
  if (total === bytes.length) return bytes;
  return concatBytes(parts);
}

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Tag bytes after the side info: "Xing"/"Info", flags (frames + bytes), frame count, byte count. */
const XING_BODY = 16;

/**
 * Joins MP3s that are audio frames only (mp3AudioFrames) and puts one Xing/Info header frame in
 * front carrying the joined frame and byte counts, so players show the real length even when the
 * chunks are VBR. "Xing" when the bitrate varies, "Info" (LAME's name for the same) when it does
 * not. Without audio frames, or without room for a header, the frames are joined as they are.
 *
 * @example
 * const audio = joinMp3(chunks.map(mp3AudioFrames)); // one header, every chunk's audio frames
 */
export function joinMp3(parts: Uint8Array[]): Uint8Array {
  const audio = concatBytes(parts);
  let frames = 0;
  const bitrates = new Set<number>();
  walkFrames(audio, (pos) => {
    frames++;
    bitrates.add(audio[pos + 2]! >> 4);
  });
  if (frames === 0) return audio;

  // The first audio frame's header, without CRC or padding, with a bitrate just big enough to
  // hold the tag (the header frame is never played, so its bitrate does not matter).
  const header = audio.slice(0, 4);
  header[1]! |= 1;
  header[2]! &= ~0x02;
  const sideInfo = sideInfoLength(header[1]!, header[3]!);
  let frame = readFrameHeader(header, 0);
  while (frame && frame.length < 4 + sideInfo + XING_BODY && header[2]! >> 4 < 14) {
    header[2] = (((header[2]! >> 4) + 1) << 4) | (header[2]! & 0x0f);
    frame = readFrameHeader(header, 0);
  }
  if (!frame || frame.length < 4 + sideInfo + XING_BODY) return audio;

  const out = new Uint8Array(frame.length + audio.length);
  out.set(header, 0);
  const tagAt = 4 + sideInfo;
  out.set(new TextEncoder().encode(bitrates.size > 1 ? "Xing" : "Info"), tagAt);
  const view = new DataView(out.buffer);
  view.setUint32(tagAt + 4, 0x3); // frames and bytes fields present
  view.setUint32(tagAt + 8, frames);
  view.setUint32(tagAt + 12, out.length);
  out.set(audio, frame.length);
  return out;
}
