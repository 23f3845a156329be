// Suggests this device's time zone on the settings form when it differs from the one selected.
// Progressive enhancement: without this script the grouped <select> works as it is.
// Not at once: the first Intl.DateTimeFormat() loads the locale data (≈70 ms on a slow phone),
// which, run as the parser finishes, made one long task of parsing, this and the first layout
// (Lighthouse: 440 ms blocking). Idle time comes after the page is shown and usable.
(window.requestIdleCallback ?? ((run) => setTimeout(run, 200)))(() => {
  const box = document.querySelector("[data-zone-suggestion]");
  const button = box?.querySelector("[data-zone-for]");
  const select = button && document.getElementById(button.dataset.zoneFor);
  let zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return;
  }
  if (!select || !zone || select.value === zone) return;
  if (![...select.options].some((option) => option.value === zone)) return;

  box.querySelector("[data-zone-name]").textContent = zone.replaceAll("_", " ");
  box.hidden = false;
  button.addEventListener("click", () => {
    select.value = zone;
    box.hidden = true;
    select.focus();
  });
});
