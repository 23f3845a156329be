// Reads the story aloud with the device's own voice (Web Speech API) when no narration was
// recorded. The button ships `hidden` and only appears where speech synthesis exists, so
// nobody is offered a button that does nothing. Reads the [data-read] elements in page order.
(() => {
  const button = document.querySelector("[data-read-aloud]");
  const synth = window.speechSynthesis;
  if (!button || !synth || typeof SpeechSynthesisUtterance !== "function") return;

  const lang = button.dataset.lang || document.documentElement.lang || "en";
  const label = button.textContent;
  let reading = false;
  let run = 0; // cancel() fires late "interrupted" errors; only the current run may stop itself

  const stop = () => {
    run++;
    synth.cancel();
    reading = false;
    button.textContent = label;
  };

  button.addEventListener("click", () => {
    if (reading) return stop();
    synth.cancel();
    const mine = ++run;
    const done = () => mine === run && stop();
    const base = lang.toLowerCase().split("-")[0];
    const voice = synth.getVoices().find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === base);
    const parts = [...document.querySelectorAll("[data-read]")].map((el) => el.textContent.trim()).filter(Boolean);
    // One utterance per paragraph: some browsers cut a single long utterance short.
    parts.forEach((text, i) => {
      const u = new SpeechSynthesisUtterance(text);
      u.lang = lang;
      if (voice) u.voice = voice;
      u.rate = 0.9; // a bedtime pace
      if (i === parts.length - 1) u.onend = done;
      u.onerror = done;
      synth.speak(u);
    });
    reading = true;
    button.textContent = "Stop reading";
  });

  button.hidden = false;
})();
