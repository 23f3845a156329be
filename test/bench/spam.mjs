#!/usr/bin/env node
// `node test/bench/spam.mjs` (also `npm run bench -- --only spam`): scores a generated nightly
// email with SpamAssassin's local rules (`spamassassin -t -L`, no network tests), once as the
// offline providers make it (an SVG painting: no picture in the email) and once with OpenAI's
// JPEG pictures (an <img> cover). Lower is better; 5 is SpamAssassin's spam threshold, our aim
// is ≤ 1.0. Skips politely when spamassassin is not installed (Debian: apt-get install spamassassin).
//
// The email is rendered by src/email/story-email.tsx (bundled with esbuild) and wrapped in MIME
// the way the send_email builder form does: multipart/alternative, text then HTML, quoted-
// printable, the nightly email's List-Unsubscribe headers. SPAM_SRC=<dir> renders another copy of
// src/ instead (for a before/after comparison).
// Measures, never fails.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { ROOT } from "./lib.mjs";

export const SPAM_GOAL = 1.0;

function hasSpamAssassin() {
  const probe = spawnSync("spamassassin", ["--version"], { encoding: "utf8" });
  return probe.status === 0 ? probe.stdout.split("\n")[0] : null;
}

async function bundleEmail(srcRoot) {
  const dir = join(tmpdir(), `nightlight-spam-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, "email.mjs");
  await build({
    entryPoints: [join(srcRoot, "src/email/story-email.tsx")],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile,
    logLevel: "error",
    tsconfig: join(ROOT, "tsconfig.json"),
    nodePaths: [join(ROOT, "node_modules")],
  });
  return { mod: await import(pathToFileURL(outfile).href), dir };
}

/** Quoted-printable (RFC 2045): lines ≤ 76 characters with soft breaks, UTF-8 bytes escaped. */
function quotedPrintable(text) {
  const out = [];
  for (const line of text.split(/\r?\n/)) {
    let encoded = "";
    for (const byte of Buffer.from(line, "utf8")) {
      const ch = String.fromCharCode(byte);
      encoded +=
        (byte >= 33 && byte <= 126 && ch !== "=") || byte === 32
          ? ch
          : `=${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    }
    encoded = encoded.replace(/ $/, "=20");
    const pieces = [];
    while (encoded.length > 75) {
      let cut = 75;
      // Never split an "=XX" escape.
      const lastEscape = encoded.lastIndexOf("=", cut);
      if (lastEscape > cut - 3) cut = lastEscape;
      pieces.push(`${encoded.slice(0, cut)}=`);
      encoded = encoded.slice(cut);
    }
    pieces.push(encoded);
    out.push(pieces.join("\r\n"));
  }
  return out.join("\r\n");
}

/** RFC 2047 encoded-word for a header with non-ASCII characters. */
const headerText = (text) =>
  /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text, "utf8").toString("base64")}?=`;

function mime({ from, to, subject, text, html, headers = {} }) {
  const boundary = `nl-${Math.random().toString(36).slice(2)}`;
  const lines = [
    `From: ${from.name} <${from.email}>`,
    `To: ${to}`,
    `Subject: ${headerText(subject)}`,
    `Date: ${new Date().toUTCString().replace("GMT", "+0000")}`,
    `Message-ID: <${Date.now()}.${Math.random().toString(36).slice(2)}@nightlight.example>`,
    "MIME-Version: 1.0",
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: quoted-printable",
    "",
    quotedPrintable(text),
    `--${boundary}`,
    "Content-Type: text/html; charset=utf-8",
    "Content-Transfer-Encoding: quoted-printable",
    "",
    quotedPrintable(html),
    `--${boundary}--`,
    "",
  ];
  return lines.join("\r\n");
}

/** The beginning of a short story, as openingLines keeps it (about 700 characters, two paragraphs). */
const SCENE = [
  "As the sky turned lavender over the Whispering Woods, Pip the little red fox tied his green scarf and looked for the lantern that had rolled under the ferns. It was his grandmother's lantern, and it glowed the soft gold of honey.",
  "Under the biggest fern sat Luna the owl, blinking her round eyes. “I saw something shine down by the stream,” she whispered, “but the path is dark, and I am a little bit afraid.” Pip smiled and held out his paw. “Then we will go together,” he said.",
];

const STORY_ID = "q3vT8kYp0ZmW2xLb9cRf4aNh";
const BASE = "https://stories.nightlight.example";

/**
 * The nightly email's props for one case, as jobs/notify.ts builds them. A copy of src/ without
 * `isMailPicture` (before the email learned that mail clients don't show SVG) linked whatever
 * cover there was by a signed /media link.
 */
function emailProps(mod, picture, scene = SCENE) {
  const newer = typeof mod.isMailPicture === "function";
  const contentType = picture === "jpeg" ? "image/jpeg" : "image/svg+xml";
  const file = picture === "jpeg" ? "scene-0.jpg" : "scene-0.svg";
  const signed = `${BASE}/media/stories/${STORY_ID}/${file}?exp=1795000000&sig=Xk2v9QeYc1pLr7Tg0WbZs4Hn8Ua3Mf6Jd5Ko2Ei9Rq1`;
  const coverUrl = newer ? (mod.isMailPicture(contentType) ? `${BASE}/stories/${STORY_ID}/cover` : undefined) : signed;
  const unsubscribeUrl = newer
    ? `${BASE}/unsubscribe/hh_k3Jd9QpL2xYz/tV1c7Qm0ZkP4sR8yLb2nX6wH9eA3jU5gD1fK7oI0pMq`
    : undefined;
  return {
    locale: "en",
    kind: "nightly",
    familyName: "The Okafor family",
    partOfDay: "evening",
    bedtime: "7:30 PM",
    title: "Pip and the Lantern of Whispering Woods",
    storyLanguage: "en",
    // Before, the email carried the first ~240 characters; now about 700 (notify's openingLines).
    opening: newer ? scene : scene[0].slice(0, 240),
    storyUrl: `${BASE}/stories/${STORY_ID}`,
    coverUrl,
    coverAlt: "Pip the fox holds a glowing lantern among the ferns",
    keptFor: "2 days",
    unsubscribeUrl,
    settingsUrl: `${BASE}/settings`,
  };
}

function headersFor(props) {
  const headers = { "Content-Language": props.locale };
  if (props.unsubscribeUrl) {
    headers["List-Unsubscribe"] = `<${props.unsubscribeUrl}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  return headers;
}

/** SpamAssassin's score and the rules that fired, for one message. */
function score(message) {
  if (process.env.SPAM_DUMP) writeFileSync(`${process.env.SPAM_DUMP}-${Date.now()}.eml`, message);
  const run = spawnSync("spamassassin", ["-t", "-L"], { input: message, encoding: "utf8", maxBuffer: 8 << 20 });
  const status = /^X-Spam-Status: \w+, score=(-?[\d.]+)[\s\S]*?tests=([\s\S]*?)autolearn/m.exec(run.stdout);
  if (!status) return { error: (run.stderr || run.stdout).slice(0, 300) };
  const rules = status[2].replace(/\s+/g, "").split(",").filter(Boolean);
  return { score: Number(status[1]), rules };
}

export async function spamScores({ srcRoot = process.env.SPAM_SRC || ROOT } = {}) {
  const version = hasSpamAssassin();
  if (!version) return { skipped: "spamassassin is not installed (apt-get install spamassassin)" };
  const { mod, dir } = await bundleEmail(srcRoot);
  try {
    const cases = {};
    const CASES = {
      "offline (SVG painting)": ["svg", SCENE],
      "OpenAI (JPEG pictures)": ["jpeg", SCENE],
    };
    for (const [name, [picture, scene]] of Object.entries(CASES)) {
      const props = emailProps(mod, picture, scene);
      const { subject, html, text } = mod.storyEmail(props);
      const message = mime({
        from: { name: "Nightlight", email: "stories@nightlight.example" },
        to: "parent@example.com",
        subject,
        text,
        html,
        headers: headersFor(props),
      });
      cases[name] = score(message);
    }
    return { spamassassin: version, goal: SPAM_GOAL, cases };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function spamRows(result) {
  if (result.skipped) return [["spam score", `skipped: ${result.skipped}`, "", "n/a"]];
  return Object.entries(result.cases).map(([name, r]) => [
    `spam score, ${name}`,
    r.error ? `error: ${r.error}` : `${r.score} (${r.rules.join(", ")})`,
    `≤ ${SPAM_GOAL}`,
    r.error ? "n/a" : r.score <= SPAM_GOAL ? "met" : "MISSED",
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await spamScores();
  for (const [label, measured, goal, verdict] of spamRows(result))
    console.log(`${label}: ${measured} ${goal} ${verdict}`);
}
