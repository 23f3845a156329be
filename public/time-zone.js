// Suggests this device's time zone on the settings form when it differs from the one selected.
// Progressive enhancement: without this script the grouped <select> works as it is.
(() => {
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
})();
