// Trunk initializer (see index.html, data-initializer): plain JavaScript that
// runs before the wasm, so that a failure to load or start it still ends on a
// readable screen instead of a blank page.

const PANEL_ID = 'fatal-error';

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
  document.getElementById('boot-status')?.remove();
  document.getElementById('app')?.setAttribute('hidden', '');
  panel.hidden = false;
  panel.querySelector('button')?.focus();
}

export default function initializer() {
  return {
    onStart: () => {
      if (typeof WebAssembly !== 'object') {
        showFailure(new Error('WebAssembly is not available in this browser'));
      }
    },
    onFailure: showFailure,
  };
}
