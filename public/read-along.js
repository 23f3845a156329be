// The story page works without this. With it: sentences light up as they are read, a story
// still being made reloads when something new is ready, and Print works.
(() => {
  const $ = (s) => [...document.querySelectorAll(s)];
  const spans = $(".sentence");
  const audio = document.querySelector("audio");
  const button = document.querySelector("[data-read-aloud]");
  const synth = window.speechSynthesis;
  const still = matchMedia("(prefers-reduced-motion: reduce)").matches;
  let current,
    speaking = false;

  const highlight = (el) => {
    if (el === current) return;
    current?.classList.remove("reading");
    current?.removeAttribute("aria-current");
    current = el;
    if (!el) return;
    el.classList.add("reading");
    el.setAttribute("aria-current", "true");
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.bottom > innerHeight)
      el.scrollIntoView({ block: "center", behavior: still ? "auto" : "smooth" });
  };

  // Recorded: the n-th sentence mark (the title's is first) belongs to the n-th span.
  if (audio?.dataset.marks) {
    fetch(audio.dataset.marks)
      .then((r) => (r.ok ? r.json() : []))
      .then((marks) => {
        const times = marks.filter((m) => m.type === "sentence").map((m) => m.time);
        audio.ontimeupdate = () => {
          let i = -1;
          while (i + 1 < times.length && times[i + 1] <= audio.currentTime * 1000) i++;
          highlight(spans[i]);
        };
        audio.onended = () => highlight();
      })
      .catch(() => {});
  }

  // Not recorded: the device's voice, one utterance per sentence.
  if (button && synth && window.SpeechSynthesisUtterance) {
    const lang = button.dataset.lang;
    const label = button.textContent;
    let run = 0; // cancel() fires late errors: only the latest run may stop
    const stop = () => {
      run++;
      synth.cancel();
      speaking = false;
      button.textContent = label;
      button.classList.remove("stop");
      highlight();
    };
    button.onclick = () => {
      if (speaking) return stop();
      synth.cancel();
      const mine = ++run;
      const base = (v) => v.toLowerCase().split(/[-_]/)[0];
      const voice = synth.getVoices().find((v) => base(v.lang) === base(lang));
      spans.forEach((el, i) => {
        const u = new SpeechSynthesisUtterance(el.textContent);
        u.lang = lang;
        if (voice) u.voice = voice;
        u.rate = 0.9; // a bedtime pace
        u.onstart = () => mine === run && highlight(el);
        u.onerror = () => mine === run && stop();
        if (i === spans.length - 1) u.onend = u.onerror;
        synth.speak(u);
      });
      speaking = true;
      button.textContent = "Stop reading";
      button.classList.add("stop");
    };
    button.hidden = false;
  }

  $("[data-print]").forEach((b) => {
    b.hidden = false;
    b.onclick = () => print();
  });

  // Being made: poll every 2 s, reload when something new is ready. Not while someone listens
  // (so the text is written): then update the steps, and reload once they stop.
  const live = document.querySelector("[data-status]");
  const step = (name, text, done = true) => {
    const li = live.querySelector(`[data-step=${name}]`);
    li.className = `step ${done ? "done" : "active"}`;
    li.textContent = text + (done ? " ✓" : "…");
  };
  const poll = async () => {
    try {
      const r = await fetch(live.dataset.status, { cache: "no-store" });
      if (r.status === 404 || r.status === 410) return location.reload();
      const s = await r.json();
      const { painting: p, narrating: n } = s.steps;
      if (`${[s.status, p.done, n]}` !== live.dataset.state) {
        if (!speaking && !(audio?.paused === false)) return location.reload();
        step("painting", `Painting pictures ${p.done} of ${p.total}`, p.done >= p.total);
        if (n !== "pending")
          step("narrating", n === "ready" ? "Recording the narration" : "This device will read it aloud");
        if (s.ready) step("ready", "Ready");
      }
    } catch {}
    setTimeout(poll, 2000);
  };
  if (live) setTimeout(poll, 2000);
})();
