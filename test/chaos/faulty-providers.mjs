// A stand-in for OpenAI and Amazon Polly (the bench's replies) that fails a share of calls the way
// real providers do: 5xx, 429 with Retry-After, a hang that drops the connection, malformed or
// truncated JSON, and over-long output. Seeded, so a chaos night can be run again the same way.
// Loopback only.
import http from "node:http";
import { HOST } from "../bench/lib.mjs";
import { reply } from "../bench/stand-in.mjs";

export const FAULTS = ["5xx", "429", "hang", "malformed", "truncated", "overlong"];

/** mulberry32: a small seeded PRNG (the run must be repeatable). */
export function prng(seed) {
  let a = [...String(seed)].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 16777619), 2166136261) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A chat reply whose story text is far over every limit (a model that would not stop). */
function overlongChat(res) {
  const paragraph = "And the little fox walked on and on under the moon. ".repeat(80);
  const story = {
    title: "The Walk That Did Not End ".repeat(12),
    scenes: [1, 2, 3, 4].map((n) => ({ paragraphs: [paragraph, paragraph], illustration: `Scene ${n}, a fox.` })),
    moral: "Walking is good. ".repeat(40),
  };
  const body = JSON.stringify({
    id: "chatcmpl-overlong",
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: "chaos-text",
    choices: [
      {
        index: 0,
        message: { role: "assistant", content: JSON.stringify(story), refusal: null },
        finish_reason: "stop",
        logprobs: null,
      },
    ],
    usage: { prompt_tokens: 900, completion_tokens: 4000, total_tokens: 4900 },
  });
  res.writeHead(200, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) });
  res.end(body);
}

/**
 * Starts the faulty stand-in on 127.0.0.1:`port`. `share` (0–1) of calls fail, each with a fault
 * drawn from `faults`; `hangMs` is how long a hang lasts before the connection is dropped (set it
 * past the client's timeout to test timeouts, or shorter to keep a run quick). `setShare(0)` is
 * "the providers recover". `counts()` gives calls by kind and by fault.
 */
export async function startFaultyProviders(
  port,
  { share = 0.3, seed = "chaos", faults = FAULTS, hangMs = 20_000 } = {},
) {
  const random = prng(seed);
  let failShare = share;
  const counts = { calls: 0, faults: {}, kinds: {} };
  const sockets = new Set();
  const server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => {
      if (body.length < 1_000_000) body += chunk;
    });
    req.on("end", () => {
      const [kind, send] = reply(req, res, body);
      counts.calls++;
      counts.kinds[kind] = (counts.kinds[kind] ?? 0) + 1;
      const fault = random() < failShare ? faults[Math.floor(random() * faults.length)] : undefined;
      if (fault) counts.faults[fault] = (counts.faults[fault] ?? 0) + 1;
      switch (fault) {
        case "5xx":
          res.writeHead(random() < 0.5 ? 500 : 503, { "Content-Type": "application/json" });
          return res.end(
            '{"error":{"message":"The server had an error while processing your request.","type":"server_error"}}',
          );
        case "429":
          res.writeHead(429, { "Content-Type": "application/json", "Retry-After": "2" });
          return res.end(
            '{"error":{"message":"Rate limit reached. Please try again in 2s.","type":"requests","code":"rate_limit_exceeded"}}',
          );
        case "hang":
          // Answer nothing, then drop the connection: the client sees a timeout or a reset.
          setTimeout(() => res.socket?.destroy(), hangMs).unref();
          return;
        case "malformed":
          res.writeHead(200, { "Content-Type": "application/json" });
          return res.end('{"id": "chatcmpl-x", "choices": [ {"message": {"content": "{\\"title\\": oops');
        case "truncated": {
          // A Content-Length the body never reaches: the connection closes half way.
          res.writeHead(200, { "Content-Type": "application/json", "Content-Length": "4096" });
          res.write('{"id":"chatcmpl-trunc","object":"chat.completion","choices":[{"index":0,"message":');
          return setTimeout(() => res.socket?.destroy(), 50).unref();
        }
        case "overlong":
          if (kind === "chat") return overlongChat(res);
          return send();
        default:
          return send();
      }
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, HOST, resolve);
  });
  return {
    url: `http://${HOST}:${port}`,
    setShare(value) {
      failShare = value;
    },
    counts: () => structuredClone(counts),
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
