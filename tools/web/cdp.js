// cdp.js: headless Chromium driven over the DevTools protocol through a pipe
// (--remote-debugging-pipe), with Node's built-ins only: no npm package, no network port.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

class Browser {
  // profile: a folder kept between launches (a "browser restart" keeps IndexedDB in it)
  static async launch(profile, width, height) {
    const b = new Browser();
    b.proc = spawn(CHROMIUM, [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage', `--user-data-dir=${profile}`, '--remote-debugging-pipe',
      `--window-size=${width},${height}`, 'about:blank',
    ], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
    b.stderr = '';
    b.proc.stderr.on('data', (d) => { b.stderr += d; });
    b.next = 1;
    b.waiting = new Map();
    b.listeners = [];
    let buf = '';
    b.proc.stdio[4].on('data', (d) => {
      buf += d.toString('utf8');
      let i;
      while ((i = buf.indexOf('\0')) >= 0) {
        const msg = JSON.parse(buf.slice(0, i));
        buf = buf.slice(i + 1);
        b.dispatch(msg);
      }
    });
    b.exited = new Promise((resolve) => b.proc.on('exit', resolve));
    const { targetInfos } = await b.send('Target.getTargets');
    const page = targetInfos.find((t) => t.type === 'page');
    const { sessionId } = await b.send('Target.attachToTarget', { targetId: page.targetId, flatten: true });
    b.session = sessionId;
    await b.page('Page.enable');
    await b.page('Runtime.enable');
    return b;
  }

  dispatch(msg) {
    if (msg.id && this.waiting.has(msg.id)) {
      const { resolve, reject, method } = this.waiting.get(msg.id);
      this.waiting.delete(msg.id);
      if (msg.error) reject(new Error(`${method}: ${msg.error.message}`));
      else resolve(msg.result);
      return;
    }
    for (const l of this.listeners) l(msg);
  }

  send(method, params = {}, sessionId) {
    const id = this.next++;
    const msg = { id, method, params };
    if (sessionId) msg.sessionId = sessionId;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, method });
      this.proc.stdio[3].write(JSON.stringify(msg) + '\0');
    });
  }

  page(method, params) { return this.send(method, params, this.session); }

  waitEvent(method, ms = 20000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} in ${ms} ms`)), ms);
      const l = (msg) => {
        if (msg.method === method && msg.sessionId === this.session) {
          clearTimeout(timer);
          this.listeners = this.listeners.filter((x) => x !== l);
          resolve(msg.params);
        }
      };
      this.listeners.push(l);
    });
  }

  async eval(expr) {
    const r = await this.page('Runtime.evaluate', { expression: expr, awaitPromise: true, returnByValue: true });
    if (r.exceptionDetails) throw new Error(`${expr}: ${r.exceptionDetails.text} ${JSON.stringify(r.exceptionDetails.exception && r.exceptionDetails.exception.description)}`);
    return r.result.value;
  }

  async navigate(url) {
    const loaded = this.waitEvent('Page.loadEventFired');
    await this.page('Page.navigate', { url });
    await loaded;
  }

  async reload() {
    const loaded = this.waitEvent('Page.loadEventFired');
    await this.page('Page.reload', {});
    await loaded;
  }

  async key(key, code, keyCode, text) {
    const base = { key, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode };
    await this.page('Input.dispatchKeyEvent', Object.assign({ type: text ? 'keyDown' : 'rawKeyDown', text }, base));
    await this.page('Input.dispatchKeyEvent', Object.assign({ type: 'keyUp' }, base));
  }

  async type(text) {
    for (const ch of text) {
      const upper = ch.toUpperCase();
      const code = /[a-z]/i.test(ch) ? 'Key' + upper : /[0-9]/.test(ch) ? 'Digit' + ch : '';
      const keyCode = /[a-z0-9]/i.test(ch) ? upper.charCodeAt(0) : { '(': 57, ')': 48, '_': 189, ' ': 32 }[ch] || 0;
      await this.key(ch, code, keyCode, ch);
    }
  }

  async screenshot(file) {
    const { data } = await this.page('Page.captureScreenshot', { format: 'png' });
    fs.writeFileSync(file, Buffer.from(data, 'base64'));
  }

  async close() {
    try { await this.send('Browser.close'); } catch (e) { /* already gone */ }
    const t = setTimeout(() => this.proc.kill('SIGKILL'), 5000);
    await this.exited;
    clearTimeout(t);
  }
}

function tempProfile() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'codebridge-chromium-'));
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

module.exports = { Browser, tempProfile, sleep };
