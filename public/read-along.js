// The story page works without this. With it: listening (recorded narration or the device's own
// voice) with pause, speed, voices, a sleep timer and a bedtime display; the sentence being read
// lights up and stays in view; the picture book turns with a tap; printing sends light JPEG copies
// of the pictures; and a story still being made reloads when something new is ready.
// Every word it shows comes from the page (`data-text`), in the story's language.
(() => {
  const $ = (s, root = document) => [...root.querySelectorAll(s)];
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (whole, k) => values[k] ?? whole);
  const still = matchMedia("(prefers-reduced-motion: reduce)").matches;
  const behavior = still ? "auto" : "smooth";
  const spans = $(".sentence");
  const pages = document.querySelector(".book-pages");
  const MINUTE = 60_000;
  const FADE_MS = 20_000; // the recorded voice fades out over this long when the sleep timer ends

  // --- The sentence being read: lit, and kept in view with its scene's picture. ---
  let current;
  let shownScene;
  const highlight = (el) => {
    if (el === current) return;
    current?.classList.remove("reading");
    current?.removeAttribute("aria-current");
    current = el;
    if (!el) return;
    el.classList.add("reading");
    el.setAttribute("aria-current", "true");
    follow(el);
  };
  const follow = (el) => {
    const scene = el.closest("[data-scene]");
    const newScene = scene && scene !== shownScene;
    if (scene) shownScene = scene;
    if (pages) {
      // Picture book: turn to the sentence's page, and scroll its words if they overflow.
      if (newScene) turnTo(scene);
      // On a phone the whole page scrolls (.book-leaf); in a wide spread only its words do.
      const words = [el.closest(".book-text"), el.closest(".book-leaf")].find(
        (b) => b && b.scrollHeight > b.clientHeight + 1,
      );
      if (words) {
        const top = el.getBoundingClientRect().top - words.getBoundingClientRect().top + words.scrollTop;
        words.scrollTo({ top: top - words.clientHeight / 3, behavior });
      }
      return;
    }
    const r = el.getBoundingClientRect();
    const picture = newScene && scene.querySelector(".picture");
    if (picture) {
      // A new scene: show its picture at the top, if the sentence still fits below it.
      const top = picture.getBoundingClientRect().top - 16;
      if (r.bottom - top < innerHeight * 0.9) return scrollBy({ top, behavior });
    }
    if (r.top < innerHeight * 0.15 || r.bottom > innerHeight * 0.8)
      scrollBy({ top: r.top - innerHeight * 0.35, behavior });
  };

  // --- Picture book: swipe (CSS scroll-snap), the ‹ › links, a tap on either side, the arrow keys. ---
  const pageList = $(".book-page");
  const pageIndex = () => Math.round(Math.abs(pages.scrollLeft) / pages.clientWidth);
  const turnTo = (page) => page.scrollIntoView({ inline: "start", block: "nearest", behavior });
  const turn = (by) => {
    const page = pageList[pageIndex() + by];
    if (page) turnTo(page);
  };
  if (pages) {
    pages.addEventListener("click", (e) => {
      const link = e.target.closest("[data-turn]");
      if (link) {
        e.preventDefault();
        return turn(Number(link.dataset.turn));
      }
      if (e.target.closest("a, button, select") || getSelection()?.toString()) return;
      const r = pages.getBoundingClientRect();
      const x = (e.clientX - r.left) / r.width;
      const rtl = getComputedStyle(pages).direction === "rtl";
      if (x < 0.3) turn(rtl ? 1 : -1);
      else if (x > 0.7) turn(rtl ? -1 : 1);
    });
  }

  // --- Listening. ---
  const box = document.querySelector("[data-listen]");
  let playing = false;
  let voiceFound; // undefined until the device's voices have been looked for
  // The progress list while the story is being made (see "Being made" below).
  const live = document.querySelector("[data-status]");
  const words = live && JSON.parse(live.dataset.text);
  if (box) listen(box);

  function listen(box) {
    const text = JSON.parse(box.dataset.text);
    const bar = box.querySelector(".listen-bar");
    const play = box.querySelector("[data-play]");
    const bedtime = box.querySelector("[data-bedtime]");
    const speed = box.querySelector("[data-speed]");
    const voices = box.querySelector("[data-voice]");
    const sleep = box.querySelector("[data-sleep]");
    const note = box.querySelector("[data-note]");
    const audio = box.querySelector("audio");
    const say = (words) => {
      note.textContent = words;
    };
    let state = "idle"; // idle → playing ⇄ paused → idle
    let deadline; // when the sleep timer ends (ms), while a timer runs
    let timer;
    let left; // a paused timer's remaining time

    const on = {
      sentence: (i) => highlight(spans[i]),
      // The end of the story: again from the start while a sleep timer still runs.
      end: () =>
        deadline && deadline - Date.now() > 5_000 ? engine.start().catch(() => finish("")) : finish(text.goodNight),
    };
    const engine = audio ? recorded(audio, on) : device(box.dataset.lang, on);
    if (!engine) return;

    const setState = (next) => {
      state = next;
      playing = next === "playing";
      box.dataset.state = next;
      play.textContent = next === "playing" ? text.pause : next === "paused" ? text.resume : text.play;
      play.setAttribute("aria-pressed", String(next === "playing"));
      keepAwake(next === "playing");
    };
    const finish = (words) => {
      clearTimeout(timer);
      deadline = undefined;
      setState("idle");
      highlight();
      say(words);
    };
    const arm = (ms) => {
      clearTimeout(timer);
      deadline = ms === undefined ? undefined : Date.now() + ms;
      if (ms !== undefined)
        timer = setTimeout(() => {
          say(text.fading);
          engine.fadeOut(() => finish(text.goodNight));
        }, ms);
    };
    const sleepMs = () => (sleep.value === "end" ? undefined : Number(sleep.value) * MINUTE);

    const start = () => {
      say("");
      engine.speed(Number(speed.value));
      setState("playing");
      arm(sleepMs());
      engine.start().catch(() => setState("idle"));
    };
    const pause = () => {
      engine.pause();
      left = deadline && deadline - Date.now();
      clearTimeout(timer);
      setState("paused");
    };
    const resume = () => {
      setState("playing");
      arm(left || sleepMs());
      engine.resume().catch(() => setState("paused"));
    };
    play.addEventListener("click", () => (state === "playing" ? pause() : state === "paused" ? resume() : start()));
    speed.addEventListener("change", () => {
      engine.speed(Number(speed.value));
      remember("speed", speed.value);
    });
    sleep.addEventListener("change", () => {
      left = undefined;
      if (state === "playing") arm(sleepMs());
    });
    // Bedtime: dim, warm, large; one tap also starts listening.
    bedtime.addEventListener("click", () => {
      const dim = !document.documentElement.classList.contains("bedtime");
      document.documentElement.classList.toggle("bedtime", dim);
      bedtime.setAttribute("aria-pressed", String(dim));
      if (dim && state !== "playing") (state === "paused" ? resume : start)();
      if (dim) box.scrollIntoView({ block: "start", behavior });
    });
    const saved = recall("speed");
    if (saved && [...speed.options].some((o) => o.value === saved)) speed.value = saved;

    if (audio) {
      audio.controls = false; // our bar instead of the browser's
      bar.hidden = false;
      return;
    }
    // The device's voice: only once it has a voice for the story's language.
    say(text.looking);
    // No voice: the note says so kindly, in place, and the controls stay hidden (nothing moves).
    engine.whenVoices((found) => {
      bar.hidden = !found.length;
      // The progress list said "no recording"; now it can say who will read.
      voiceFound = found.length > 0;
      narratingStep();
      if (!found.length) {
        box.dataset.voice = "none"; // the note fills the box the controls would have (CSS)
        return say(text.noVoice);
      }
      say("");
      const chosen = recall("voice");
      voices.replaceChildren(
        ...found.map((v) => new Option(voiceName(v.name), v.voiceURI, false, v.voiceURI === chosen)),
      );
      engine.voice(found.find((v) => v.voiceURI === voices.value));
    });
    voices.addEventListener("change", () => {
      engine.voice(engine.voices().find((v) => v.voiceURI === voices.value));
      remember("voice", voices.value);
    });
  }

  /**
   * A voice's name as a person would say it, short enough for a phone's menu: "Microsoft Denise
   * Online (Natural) - French (France)" → "Denise". The menu only lists the story's language, so
   * the language part says nothing.
   */
  function voiceName(name) {
    const short = name
      .replace(/^Microsoft\s+/, "")
      .replace(/\s+-\s+.*$/, "")
      .replace(/\s+Online\b/, "")
      .replace(/\s*\((Natural|Enhanced|Premium|Compact)\)/gi, "")
      .trim();
    return short || name;
  }

  /** Recorded narration: the n-th sentence mark (the title's is first) belongs to the n-th span. */
  function recorded(audio, on) {
    let times = [];
    if (audio.dataset.marks) {
      fetch(audio.dataset.marks)
        .then((r) => (r.ok ? r.json() : []))
        .then((marks) => {
          times = marks.filter((m) => m.type === "sentence").map((m) => m.time);
        })
        .catch(() => {});
    }
    audio.addEventListener("timeupdate", () => {
      let i = -1;
      while (i + 1 < times.length && times[i + 1] <= audio.currentTime * 1000) i++;
      if (i >= 0) on.sentence(i);
    });
    audio.addEventListener("ended", () => on.end());
    let fading;
    return {
      start() {
        audio.currentTime = 0;
        return audio.play();
      },
      pause: () => audio.pause(),
      resume: () => audio.play(),
      speed(x) {
        audio.playbackRate = x;
      },
      // A gentle volume ramp, then pause (iOS ignores volume: there it just pauses at the end).
      fadeOut(done) {
        clearInterval(fading);
        const from = audio.volume;
        const began = Date.now();
        fading = setInterval(() => {
          const k = Math.min(1, (Date.now() - began) / FADE_MS);
          audio.volume = from * (1 - k);
          if (k < 1 && !audio.paused) return;
          clearInterval(fading);
          audio.pause();
          audio.volume = from;
          done();
        }, 200);
      },
    };
  }

  /**
   * The device's voice, one sentence at a time: pause and resume restart the current sentence
   * (pause() is unreliable on Android), speed and voice apply from the next sentence, and the
   * sleep timer stops at the end of the sentence being read.
   */
  function device(lang, on) {
    const synth = window.speechSynthesis;
    if (!synth || !window.SpeechSynthesisUtterance) return undefined;
    const base = (tag) => tag.toLowerCase().split(/[-_]/)[0];
    const voices = () => synth.getVoices().filter((v) => base(v.lang) === base(lang));
    let at = 0;
    let run = 0; // cancel() fires late end and error events: only the latest run may go on
    let rate = 1;
    let voice;
    let stopAfter;
    const speakFrom = (from) => {
      const mine = ++run;
      synth.cancel();
      at = from;
      const next = () => {
        if (mine !== run) return;
        if (stopAfter) {
          const done = stopAfter;
          stopAfter = undefined;
          return done();
        }
        if (at >= spans.length) return on.end();
        const i = at;
        const u = new SpeechSynthesisUtterance(spans[i].textContent);
        u.lang = voice?.lang ?? lang;
        if (voice) u.voice = voice;
        u.rate = rate;
        u.onstart = () => mine === run && on.sentence(i);
        u.onend = () => {
          if (mine !== run) return;
          at = i + 1;
          next();
        };
        u.onerror = (e) => {
          if (mine !== run || e.error === "interrupted" || e.error === "canceled") return;
          at = i + 1;
          next();
        };
        synth.speak(u);
      };
      next();
      return Promise.resolve();
    };
    return {
      voices,
      start() {
        stopAfter = undefined;
        return speakFrom(0);
      },
      pause() {
        run++;
        synth.cancel();
      },
      resume: () => speakFrom(at),
      speed(x) {
        rate = x;
      },
      voice(v) {
        voice = v;
      },
      fadeOut(done) {
        stopAfter = done;
      },
      // Chrome loads voices late (voiceschanged); headless and some Linux builds have none at all.
      whenVoices(ready) {
        let answered = false;
        const answer = () => {
          const found = voices();
          if (answered && !found.length) return;
          answered = true;
          ready(
            found.sort(
              (a, b) => Number(b.default) - Number(a.default) || Number(b.localService) - Number(a.localService),
            ),
          );
        };
        if (synth.getVoices().length) return answer();
        synth.addEventListener("voiceschanged", answer);
        setTimeout(() => answered || answer(), 1500);
      },
    };
  }

  // The screen stays on while listening (Wake Lock API, where there is one).
  let lock;
  let awake = false;
  async function keepAwake(on) {
    awake = on;
    if (!navigator.wakeLock) return;
    if (on && !lock) {
      try {
        const got = await navigator.wakeLock.request("screen");
        if (awake && !lock) {
          lock = got;
          got.addEventListener("release", () => {
            if (lock === got) lock = undefined;
          });
        } else got.release();
      } catch {}
    } else if (!on && lock) {
      const old = lock;
      lock = undefined;
      old.release().catch(() => {});
    }
  }
  // The browser drops the lock when the page is hidden: take it again on return.
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && awake) keepAwake(true);
  });

  function remember(key, value) {
    try {
      localStorage.setItem(`nightlight.listen.${key}`, value);
    } catch {}
  }
  function recall(key) {
    try {
      return localStorage.getItem(`nightlight.listen.${key}`);
    } catch {
      return null;
    }
  }

  // --- Printing: painted SVGs carry paint-texture filters that a PDF stores as megabytes of
  // raster each; print a JPEG copy of each picture instead (sent back after printing). ---
  const copies = new Map();
  const printCopy = (img) => {
    if (copies.has(img) || !img.complete || !img.naturalWidth || !/\.svg(\?|$)/.test(img.currentSrc)) return;
    try {
      const canvas = document.createElement("canvas");
      canvas.width = 1200;
      canvas.height = Math.round((1200 * img.naturalHeight) / img.naturalWidth);
      canvas.getContext("2d").drawImage(img, 0, 0, canvas.width, canvas.height);
      copies.set(img, { src: img.src, copy: canvas.toDataURL("image/jpeg", 0.85) });
    } catch {}
  };
  const swap = (printing) => {
    for (const [img, { src, copy }] of copies) img.src = printing ? copy : src;
  };
  addEventListener("beforeprint", () => {
    $("img.picture").forEach(printCopy);
    swap(true);
  });
  addEventListener("afterprint", () => swap(false));
  $("[data-print]").forEach((b) => {
    b.hidden = false;
    b.addEventListener("click", async () => {
      const pictures = $("img.picture");
      pictures.forEach((img) => {
        img.loading = "eager";
      });
      await Promise.all(pictures.map((img) => img.decode().catch(() => {})));
      pictures.forEach(printCopy);
      swap(true);
      await Promise.all(pictures.map((img) => img.decode().catch(() => {})));
      print();
    });
  });

  // --- Being made: poll every 2 s, reload when something new is ready. Not while someone
  // listens: then update the steps, and reload once they stop. ---
  // Declarations, not arrows: listening may call narratingStep() before this point is reached.
  function step(name, label, done = true) {
    const li = live.querySelector(`[data-step=${name}]`);
    li.className = `step ${done ? "done" : "active"}`;
    li.textContent = label + (done ? " ✓" : "…");
  }
  // Narration not recorded: say who reads it here, once the voices have been looked for.
  function deviceWords() {
    return voiceFound === undefined ? words.unrecorded : voiceFound ? words.deviceVoice : words.noVoice;
  }
  function narratingStep() {
    if (live?.dataset.state.endsWith(",skipped")) step("narrating", deviceWords());
  }
  const poll = async () => {
    try {
      const r = await fetch(live.dataset.status, { cache: "no-store" });
      if (r.status === 404 || r.status === 410) return location.reload();
      const s = await r.json();
      const { painting: p, narrating: n } = s.steps;
      if (`${[s.status, p.done, n]}` !== live.dataset.state) {
        if (!playing) return location.reload();
        step("painting", fill(words.paintingCount, p), p.done >= p.total);
        if (n !== "pending") step("narrating", n === "ready" ? words.narrating : deviceWords());
        if (s.ready) step("ready", words.ready);
      }
    } catch {}
    setTimeout(poll, 2000);
  };
  if (live) setTimeout(poll, 2000);
})();
