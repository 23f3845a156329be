// A stand-in for OpenAI and Amazon Polly on 127.0.0.1 for the media fan-out benchmark: every
// request is answered after a fixed delay L (changeable between runs), with just enough of a real
// reply for the Worker's providers to accept it. It counts what it was asked for.
import http from "node:http";
import { HOST } from "./lib.mjs";

/** A valid 1×1 PNG; the illustrator sniffs the bytes, so the format need not be webp. */
const TINY_PNG_B64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

/** MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, no padding: floor(144 × 128000 / 44100) = 417 bytes a frame. */
const MP3_FRAME_BYTES = 417;
const MP3_FRAMES = 40; // about one second of (silent) audio

function mp3Bytes() {
  const frame = Buffer.alloc(MP3_FRAME_BYTES);
  frame.writeUInt32BE(0xfffb9064, 0);
  return Buffer.concat(Array.from({ length: MP3_FRAMES }, () => frame));
}
const MP3 = mp3Bytes();

const SPEECH_MARKS = '{"time":0,"type":"sentence","start":0,"end":5,"value":"Hello"}\n';

let storyCount = 0;

/** A story in the shape src/story/schema.ts accepts: exactly 4 scenes. */
function storyJson() {
  storyCount++;
  const scene = (n) => ({
    paragraphs: [
      `Scene ${n}: Pip the fox and Mabel the rabbit walked softly under the silver moon, counting the sleepy stars one by one.`,
      "The wind hummed a quiet song, and every tree seemed to nod goodnight to them.",
    ],
    illustration: `A small red fox and a grey rabbit in a yellow raincoat under a big moon, scene ${n}, soft evening light.`,
  });
  return {
    title: `The Moon Counting Walk ${storyCount}`,
    scenes: [1, 2, 3, 4].map(scene),
    moral: "Even the longest walk ends with a cosy bed.",
  };
}

function sendJson(res, status, value, headers = {}) {
  const body = JSON.stringify(value);
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body), ...headers });
  res.end(body);
}

export function reply(req, res, body) {
  const path = new URL(req.url, `http://${HOST}`).pathname;
  if (req.method === "POST" && path === "/v1/chat/completions") {
    return [
      "chat",
      () =>
        sendJson(res, 200, {
          id: `chatcmpl-bench-${storyCount}`,
          object: "chat.completion",
          created: Math.floor(Date.now() / 1000),
          model: "bench-text",
          choices: [
            {
              index: 0,
              message: { role: "assistant", content: JSON.stringify(storyJson()), refusal: null },
              finish_reason: "stop",
              logprobs: null,
            },
          ],
          usage: { prompt_tokens: 900, completion_tokens: 600, total_tokens: 1500 },
        }),
    ];
  }
  if (req.method === "POST" && path === "/v1/moderations") {
    let inputs = 1;
    try {
      const input = JSON.parse(body).input;
      inputs = Array.isArray(input) ? input.length : 1;
    } catch {
      // One result then.
    }
    const results = Array.from({ length: inputs }, () => ({ flagged: false, categories: {}, category_scores: {} }));
    return ["moderation", () => sendJson(res, 200, { id: "modr-bench", model: "omni-moderation-latest", results })];
  }
  if (req.method === "POST" && path === "/v1/images/generations") {
    return [
      "image",
      () => sendJson(res, 200, { created: Math.floor(Date.now() / 1000), data: [{ b64_json: TINY_PNG_B64 }] }),
    ];
  }
  if (req.method === "POST" && path === "/v1/speech") {
    let format = "";
    try {
      format = JSON.parse(body).OutputFormat ?? "";
    } catch {
      // Unknown format: answered as an error below.
    }
    if (format === "mp3") {
      return [
        "polly-mp3",
        () => {
          res.writeHead(200, {
            "Content-Type": "audio/mpeg",
            "Content-Length": MP3.length,
            "x-amzn-RequestCharacters": "100",
          });
          res.end(MP3);
        },
      ];
    }
    if (format === "json") {
      return [
        "polly-marks",
        () => {
          res.writeHead(200, {
            "Content-Type": "application/x-json-stream",
            "Content-Length": Buffer.byteLength(SPEECH_MARKS),
            "x-amzn-RequestCharacters": "100",
          });
          res.end(SPEECH_MARKS);
        },
      ];
    }
    return ["polly-unknown", () => sendJson(res, 400, { message: `Unsupported OutputFormat ${format}` })];
  }
  return ["unknown", () => sendJson(res, 404, { error: { message: `No stand-in for ${req.method} ${path}` } })];
}

/**
 * Starts the stand-in on 127.0.0.1:`port`. `delayMs` is settable; `counts()` and `reset()` read
 * and clear the request counts by kind (chat, moderation, image, polly-mp3, polly-marks, …).
 */
export async function startStandIn(port) {
  let delayMs = 0;
  let counts = {};
  const timers = new Set();
  const server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => {
      // A bench request is small; cap what is buffered anyway.
      if (body.length < 1_000_000) body += chunk;
    });
    req.on("end", () => {
      const [kind, send] = reply(req, res, body);
      counts[kind] = (counts[kind] ?? 0) + 1;
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) send();
      }, delayMs);
      timers.add(timer);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, HOST, resolve);
  });
  return {
    url: `http://${HOST}:${port}`,
    setDelay(ms) {
      delayMs = ms;
    },
    counts: () => ({ ...counts }),
    reset() {
      counts = {};
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
