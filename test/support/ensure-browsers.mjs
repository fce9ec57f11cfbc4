// Finds Debian's chromium for the browser tests, installs it when missing and we are root (CI on
// a new machine), and otherwise says how to install it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = () => CANDIDATES.find((path) => existsSync(path));

if (!found()) {
  const root = process.getuid?.() === 0;
  if (!root) {
    console.error('The browser tests need Chromium. Install it with:\n  sudo apt-get install -y chromium fonts-noto-cjk\nor set CHROME_PATH to a Chromium or Chrome binary.');
    process.exit(1);
  }
  console.log('Chromium is missing: installing Debian\'s chromium and CJK fonts (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
  if (!found()) {
    console.error('apt-get finished but no chromium binary was found.');
    process.exit(1);
  }
}
console.log(`Using ${found()}`);
