// Trunk initializer (see index.html, data-initializer): plain JavaScript that
// runs before the wasm. It fills the loading screen's progress bar, and hands
// a failure to load or start the wasm to the guard script of index.html, which
// shows the error screen (it also catches what happens before or without this
// file: a script that does not load, this one included).

function showFailure(reason) {
  if (typeof window.tsvmtdStartFailed === 'function') {
    window.tsvmtdStartFailed(reason);
  } else {
    console.error('tsvmtd: the app failed to start', reason);
  }
}

// The first visit on a slow link takes seconds: show how much of the app has
// arrived. Trunk reports the bytes read so far against the wasm's size (which
// scripts/post-build.mjs sets to the size of the published file); the bar only
// moves when the whole percentage changes.
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
