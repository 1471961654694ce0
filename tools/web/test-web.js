// test-web.js: the browser build's test (./build.sh test-web), in headless Chromium from
// Debian, driven over the DevTools protocol (tools/web/cdp.js, Node's built-ins only).
// The page is opened from a local file, as from a USB stick: a pupil picks their name, solves
// level 1 with the keyboard, reloads the page and finds the star kept, then again after the
// browser restarts; a finger drags a block into the program; and the first painted frame is
// timed beside a blank page. Prints "N passed, N failed" and exits 1 on any failure.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Browser, tempProfile, sleep } = require('./cdp.js');

const page = path.resolve(process.argv[2] || 'build-web/codebridge.html');
const shots = process.env.WEB_SHOTS || ''; // a folder to keep screenshots in
const W = 1024, H = 640;
let passed = 0, failed = 0;

function check(ok, what, got) {
  if (ok) passed++;
  else {
    failed++;
    console.log(`FAILED: ${what}${got !== undefined ? ` (got ${JSON.stringify(got)})` : ''}`);
  }
}

const probe = (b) => b.eval("JSON.parse(Module.ccall('web_probe', 'string', [], []))");

async function until(b, what, test, ms = 15000) {
  const end = Date.now() + ms;
  let p;
  while (Date.now() < end) {
    try { p = await probe(b); if (test(p)) return p; } catch (e) { /* not started yet */ }
    await sleep(100);
  }
  check(false, what, p);
  return p;
}

async function shot(b, name) {
  if (shots) await b.screenshot(path.join(shots, `${name}.png`));
}

async function open(profile) {
  const b = await Browser.launch(profile, W, H + 100);
  await b.page('Emulation.setDeviceMetricsOverride', { width: W, height: H, deviceScaleFactor: 1, mobile: false });
  b.errors = [];
  b.listeners.push((m) => {
    if (m.method === 'Runtime.exceptionThrown') b.errors.push(m.params.exceptionDetails.exception?.description || m.params.exceptionDetails.text);
  });
  return b;
}

// Tab until the keyboard focus is on the button with these words, then press Enter.
async function press(b, label) {
  for (let i = 0; i < 60; i++) {
    const p = await probe(b);
    if (p.focused === label) {
      await b.key('Enter', 'Enter', 13, '\r');
      return true;
    }
    await b.key('Tab', 'Tab', 9);
    await sleep(30);
  }
  check(false, `the keyboard reaches "${label}"`);
  return false;
}

async function saved(b) { // the page's last write to IndexedDB has finished
  for (let i = 0; i < 100; i++) {
    if (await b.eval('!Codebridge.syncing && !Codebridge.due')) return;
    await sleep(50);
  }
}

// The first frame the game draws, in ms after the page's navigation started, and a blank
// page's first paint in the same browser.
async function timing(b) {
  const blank = path.join(os.tmpdir(), `codebridge-blank-${process.pid}.html`);
  fs.writeFileSync(blank, '<!doctype html><title>blank</title><p>blank</p>');
  await b.navigate('file://' + blank);
  await sleep(200);
  const blankMs = await b.eval("(performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || -1");
  fs.unlinkSync(blank);
  await b.navigate('file://' + page);
  let gameMs;
  for (let i = 0; i < 200 && !gameMs; i++) {
    gameMs = await b.eval('Codebridge.firstFrameMs');
    if (!gameMs) await sleep(50);
  }
  return { blankMs: Math.round(blankMs), gameMs: Math.round(gameMs || -1) };
}

async function signIn(b) {
  await until(b, 'the page starts', (p) => p.screen === 0);
  await press(b, 'Ada');
  return until(b, 'Ada reaches the map', (p) => p.screen === 1 && p.pupil === 'Ada');
}

async function run() {
  const profile = tempProfile();
  const size = fs.statSync(page).size;
  let b = await open(profile);
  const t = await timing(b);
  console.log(`first frame: game ${t.gameMs} ms after navigation start, blank page ${t.blankMs} ms`);
  check(t.gameMs > 0, 'the game draws its first frame');

  // the teacher adds a class list and a level through the file picker (the page opened with
  // ?teacher, as a teacher's bookmark would)
  await b.navigate('file://' + page + '?teacher');
  await until(b, 'the game runs', (p) => p.screen === 0);
  await press(b, 'Guest');
  await until(b, 'the map shows', (p) => p.screen === 1);
  await press(b, 'Teacher');
  await until(b, 'the teacher screen shows', (p) => p.screen === 5);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codebridge-picked-'));
  fs.writeFileSync(path.join(dir, 'Test.txt'), 'Ada\nBen\n');
  fs.writeFileSync(path.join(dir, 'broken.lua'), 'return {\n  id = "broken",\n  title = "Broken"\n  map = [[\n#>G#\n]],\n}\n');
  await b.page('Page.setInterceptFileChooserDialog', { enabled: true });
  const pick = async (label, file) => {
    const chooser = b.waitEvent('Page.fileChooserOpened', 10000);
    await press(b, label);
    const { backendNodeId } = await chooser;
    await b.page('DOM.setFileInputFiles', { files: [path.join(dir, file)], backendNodeId });
    for (let i = 0; i < 50; i++) {
      const st = await b.eval("Module.ccall('web_status', 'string', [], [])");
      if (st) return st;
      await sleep(100);
    }
    return '';
  };
  const classSaid = await pick('Add a class list', 'Test.txt');
  check(/Test/.test(classSaid), 'Add a class list says it added the class', classSaid);
  const levelSaid = await pick('Add levels', 'broken.lua');
  check(/broken\.lua:\d+:/.test(levelSaid), 'a broken level is refused with its line, as check says', levelSaid);
  console.log(`teacher: "${classSaid}" / "${levelSaid}"`);
  await shot(b, '1-teacher');
  fs.rmSync(dir, { recursive: true, force: true });
  await saved(b);
  await b.navigate('file://' + page);
  check(await b.eval('Codebridge.storageOk'), 'IndexedDB works in a normal profile');

  // solve level 1 with the keyboard alone
  await signIn(b);
  await press(b, '1');
  await until(b, 'level 1 opens', (p) => p.screen === 2);
  await b.key('Enter', 'Enter', 13, '\r'); // the palette's first block into the program
  await sleep(200);
  const ctrl = { key: 'Control', code: 'ControlLeft', windowsVirtualKeyCode: 17 };
  const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, modifiers: 2 };
  await b.page('Input.dispatchKeyEvent', Object.assign({ type: 'rawKeyDown', modifiers: 2 }, ctrl));
  await b.page('Input.dispatchKeyEvent', Object.assign({ type: 'rawKeyDown' }, enter)); // Ctrl+Enter runs
  await b.page('Input.dispatchKeyEvent', Object.assign({ type: 'keyUp' }, enter));
  await b.page('Input.dispatchKeyEvent', Object.assign({ type: 'keyUp' }, ctrl));
  const solved = await until(b, 'level 1 is solved', (p) => p.outcome === 'solved', 20000);
  check(solved.stars === 3, 'three stars for one block', solved.stars);
  await until(b, 'the result shows', (p) => p.screen === 3);
  await shot(b, '2-solved');
  await saved(b);

  // reload: the star is still there
  await b.reload();
  let map = await signIn(b);
  check(map.best === 3, 'after a reload, level 1 still has its three stars', map.best);
  await shot(b, '3-map-after-reload');
  await b.close();

  // restart the browser with the same profile: still there
  b = await open(profile);
  await b.navigate('file://' + page);
  map = await signIn(b);
  check(map.best === 3, 'after the browser restarts, level 1 still has its three stars', map.best);
  const files = await b.eval("FS.readdir(Codebridge.home + '/.local/share/codebridge/progress/Test').join(' ')");
  check(/Ada\.txt/.test(files), 'the progress file is the plain Ada.txt', files);

  // a finger drags "move forward" from the palette into the program
  await press(b, '1');
  const before = await until(b, 'level 1 opens again', (p) => p.screen === 2);
  const blocks = (s) => (s.match(/forward\(\)/g) || []).length;
  await b.page('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
  const from = { x: 560, y: 200 }, to = { x: 780, y: 330 };
  await b.page('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (let i = 1; i <= 10; i++) {
    const p = { x: from.x + (to.x - from.x) * i / 10, y: from.y + (to.y - from.y) * i / 10 };
    await b.page('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [p] });
    await sleep(30);
  }
  await b.page('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  const after = await until(b, 'the dragged block lands in the program', (p) => blocks(p.program) === blocks(before.program) + 1, 5000);
  await shot(b, '4-after-touch-drag');
  console.log(`touch drag: program was ${JSON.stringify(before.program)}, now ${JSON.stringify(after.program)}`);
  check(b.errors.length === 0, 'no error in the page', b.errors);
  await b.close();
  fs.rmSync(profile, { recursive: true, force: true });
  console.log(`page ${size} bytes`);
}

run().catch((e) => {
  failed++;
  console.log(`FAILED: ${e.stack || e}`);
}).finally(() => {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
});
