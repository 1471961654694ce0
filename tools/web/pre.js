// pre.js: the browser build's side of saving (emcc --pre-js; runs in the page before main).
// The home folder (/home/web_user, where the game keeps its plain progress files and settings)
// lives in the browser's IndexedDB through IDBFS: read back before the game starts, written
// after every change the game makes. When IndexedDB is missing, blocked (private browsing) or
// full, the game goes on in memory and the page shows a banner (words from scripts/lang).
var Codebridge = {
  home: '/home/web_user',
  storageOk: true,
  syncing: false,
  again: false,
  words: {},
  lastKeyUnidentified: false,
};

Codebridge.banner = function () {
  var el = document.getElementById('storage-banner');
  if (!el || Codebridge.storageOk) return;
  el.textContent = Codebridge.words.no_storage || 'Progress cannot be saved on this device';
  if (!el.hidden) return;
  el.hidden = false;
  window.dispatchEvent(new Event('resize')); // the game gives the banner its room
};

Codebridge.setWord = function (key, words) {
  Codebridge.words[key] = words;
  Codebridge.banner();
};

Codebridge.failed = function (why) {
  if (Codebridge.storageOk) console.warn('codebridge: progress not saved: ' + (why && (why.stack || why.message || why.name) || why));
  Codebridge.storageOk = false;
  Codebridge.banner();
};

// One write to IndexedDB at a time, started once the game's frame has made all its changes
// (a save reads the files after it starts: a file renamed meanwhile fails it, so a failed
// save is tried again before the banner says anything).
Codebridge.save = function () {
  if (!Codebridge.loaded || !Codebridge.storageOk) return; // never overwrite what was not read
  if (Codebridge.syncing || Codebridge.due) {
    Codebridge.again = Codebridge.syncing;
    return;
  }
  Codebridge.due = setTimeout(function () {
    Codebridge.due = null;
    Codebridge.syncing = true;
    FS.syncfs(false, function (err) {
      Codebridge.syncing = false;
      Codebridge.tries = err ? (Codebridge.tries || 0) + 1 : 0;
      if (err && Codebridge.tries >= 3) Codebridge.failed(err);
      if (Codebridge.again || err) {
        Codebridge.again = false;
        Codebridge.save();
      }
    });
  }, 50);
};

Codebridge.changed = function (path) {
  if (path && path.indexOf(Codebridge.home + '/') === 0) Codebridge.save();
};

Codebridge.storageUsable = function () {
  try {
    return typeof indexedDB !== 'undefined' && indexedDB !== null;
  } catch (e) {
    return false; // some browsers throw just for looking, with storage blocked
  }
};

// A name for this device in the progress files (a browser cannot read the computer's name):
// made once and kept with the progress.
Codebridge.deviceName = function () {
  var dir = Codebridge.home + '/.config/codebridge', file = dir + '/device.txt';
  try {
    return FS.readFile(file, { encoding: 'utf8' }).trim();
  } catch (e) {
    var name = 'browser-' + Math.floor(Math.random() * 0x10000).toString(16);
    try {
      FS.mkdirTree(dir);
      FS.writeFile(file, name + '\n');
    } catch (e2) {}
    return name;
  }
};

Module.preRun = Module.preRun || [];
Module.preRun.push(function () {
  FS.mount(IDBFS, {}, Codebridge.home);
  // Every change the game makes to a file goes through these FS calls: each is wrapped to
  // ask for a save once the change is whole (a written file closed, a rename, a delete).
  var wrap = function (name, after) {
    var original = FS[name];
    FS[name] = function () {
      var result = original.apply(FS, arguments);
      after.apply(null, arguments);
      return result;
    };
  };
  var written = false;
  wrap('write', function (stream) {
    if (stream && stream.path && stream.path.indexOf(Codebridge.home + '/') === 0) written = true;
  });
  wrap('close', function () {
    if (written) Codebridge.save();
    written = false;
  });
  ['rename', 'unlink', 'mkdir', 'rmdir'].forEach(function (name) {
    wrap(name, function (path, second) {
      Codebridge.changed(path);
      if (name === 'rename') Codebridge.changed(second);
    });
  });
  var ready = function () {
    Codebridge.loaded = Codebridge.storageOk;
    ENV.CODEBRIDGE_DATA = '/app'; // the levels, scripts and fonts packed into the page
    ENV.CODEBRIDGE_DEVICE = Codebridge.deviceName();
    ENV.CODEBRIDGE_RENDERER = 'software'; // WebGL is not everywhere; the canvas is
    removeRunDependency('codebridge-storage');
  };
  addRunDependency('codebridge-storage');
  if (!Codebridge.storageUsable()) {
    Codebridge.failed('no IndexedDB');
    ready();
    return;
  }
  try {
    FS.syncfs(true, function (err) {
      if (err) Codebridge.failed(err);
      ready();
    });
  } catch (e) {
    Codebridge.failed(e);
    ready();
  }
});

// The page may be closed at any time: what is not yet written goes now.
window.addEventListener('pagehide', function () {
  if (!Codebridge.due) return;
  clearTimeout(Codebridge.due);
  Codebridge.due = null;
  if (!Codebridge.syncing) FS.syncfs(false, function () {});
});

// --- the on-screen keyboard ------------------------------------------------------------------
// A tablet shows its keyboard only for a focused text field: while the game's editor wants
// text, the hidden field #keys holds the focus. Keyboards that send real key presses reach SDL
// as usual; the ones that send none (Android's, key code 229) are read from the field.
Codebridge.touchScreen = function () {
  return window.matchMedia && window.matchMedia('(pointer: coarse)').matches;
};

Codebridge.keyboard = function (on) {
  var field = document.getElementById('keys');
  if (!field) return;
  if (on && Codebridge.touchScreen()) field.focus({ preventScroll: true });
  else if (!on && document.activeElement === field) field.blur();
};

window.addEventListener('DOMContentLoaded', function () {
  var field = document.getElementById('keys');
  if (!field) return;
  field.addEventListener('keydown', function (e) {
    Codebridge.lastKeyUnidentified = e.keyCode === 229 || e.key === 'Unidentified';
  });
  field.addEventListener('input', function (e) {
    if (Codebridge.lastKeyUnidentified) {
      if (e.inputType === 'deleteContentBackward') Module.ccall('web_key', null, ['number'], [8]);
      else if (e.inputType === 'insertLineBreak') Module.ccall('web_key', null, ['number'], [13]);
      else if (e.data) Module.ccall('web_text', null, ['string'], [e.data]);
    }
    field.value = '';
  });
});

// --- the teacher's files -----------------------------------------------------------------------
// Save progress file: bytes the game made, downloaded under a name.
Codebridge.download = function (ptr, len, name) {
  var blob = new Blob([HEAPU8.slice(ptr, ptr + len)], { type: 'application/x-tar' });
  var a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 60000);
};

// Add a class list / Add levels: the browser's file picker; each file is copied into the
// page's memory and handed to the game (web_picked), which checks it and keeps it or says no.
Codebridge.pick = function (kind, accept, multiple) {
  var input = document.createElement('input');
  input.type = 'file';
  input.accept = accept;
  input.multiple = !!multiple;
  input.style.display = 'none';
  input.id = 'codebridge-picker';
  var old = document.getElementById('codebridge-picker');
  if (old) old.remove();
  document.body.appendChild(input);
  input.addEventListener('change', function () {
    Array.prototype.forEach.call(input.files, function (file, i) {
      var reader = new FileReader();
      reader.onload = function () {
        var path = '/tmp/picked-' + Date.now() + '-' + i;
        FS.writeFile(path, new Uint8Array(reader.result));
        Module.ccall('web_picked', null, ['number', 'string', 'string'], [kind, path, file.name]);
      };
      reader.readAsArrayBuffer(file);
    });
  });
  input.click();
};
