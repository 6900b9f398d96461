// Trunk initializer (see index.html, data-initializer): plain JavaScript that
// runs before the wasm, so that a failure to load or start it still ends on a
// readable screen instead of a blank page.

const PANEL_ID = 'fatal-error';
// The remembered interface language (src/browser/preferences.rs writes it).
const LANG_KEY = 'tsvmtd:lang';

// index.html is written in Vietnamese, the default. When she chose English, show
// the loading and error screens in English too: each text carries its English
// in data-en (the catalogue's entries, tests/static_text.rs).
function applyRememberedLanguage() {
  let lang = null;
  try {
    lang = JSON.parse(localStorage.getItem(LANG_KEY));
  } catch {
    return; // storage blocked or unreadable: stay in Vietnamese
  }
  if (lang !== 'en') {
    return;
  }
  document.documentElement.lang = 'en';
  for (const element of document.querySelectorAll('[data-en]')) {
    element.textContent = element.dataset.en;
  }
}

applyRememberedLanguage();

// The reload button of the error screen. Delegated, so it also serves the panel
// that the Rust panic hook rebuilds, and works after the wasm has stopped.
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('[data-action="reload"]') : null;
  if (target) {
    location.reload();
  }
});

function showFailure(reason) {
  console.error('tsvmtd: the app failed to start', reason);
  const panel = document.getElementById(PANEL_ID);
  // A Rust panic has already filled and shown the panel, in the user's language.
  if (!panel || !panel.hidden) {
    return;
  }
  const detail = panel.querySelector('pre');
  if (detail) {
    detail.textContent = String((reason && reason.stack) || reason);
  }
  document.getElementById('boot')?.remove();
  document.getElementById('app')?.setAttribute('hidden', '');
  panel.hidden = false;
  panel.querySelector('button')?.focus();
}

// The first visit on a slow link takes seconds: show how much of the app has
// arrived. Trunk reports the bytes read so far against the wasm's size; the bar
// only moves when the whole percentage changes.
function showProgress({ current, total }) {
  const bar = document.getElementById('boot-progress');
  if (!bar || !total) {
    return;
  }
  const percent = Math.min(100, Math.floor((current / total) * 100));
  if (bar.value !== percent) {
    bar.value = percent;
  }
  bar.hidden = false;
}

export default function initializer() {
  return {
    onProgress: showProgress,
    onStart: () => {
      if (typeof WebAssembly !== 'object') {
        showFailure(new Error('WebAssembly is not available in this browser'));
      }
    },
    onFailure: showFailure,
  };
}
