// Finds Debian's browsers for the browser tests — chromium, firefox-esr, and WebKitGTK's
// WebKitWebDriver with MiniBrowser under Xvfb — installs what is missing when we are root (CI on a
// new machine), and otherwise says how to install it. `GOV_ENGINES=chromium` asks for fewer.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const any = (...paths) => paths.filter(Boolean).find((path) => existsSync(path));
const ENGINES = {
  chromium: { packages: ['chromium', 'fonts-noto-cjk'], found: () => any(process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser') },
  firefox: { packages: ['firefox-esr', 'fonts-noto-cjk'], found: () => any(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox') },
  webkit: {
    packages: ['webkit2gtk-driver', 'xvfb', 'fonts-noto-cjk'],
    found: () =>
      any(process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver') &&
      any('/usr/bin/Xvfb') &&
      any(process.env.MINIBROWSER_PATH, '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'),
  },
};

const asked = (process.env.GOV_ENGINES ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim());
const missing = asked.filter((name) => !ENGINES[name]?.found());
if (missing.length) {
  const packages = [...new Set(missing.flatMap((name) => ENGINES[name]?.packages ?? []))];
  if (process.getuid?.() !== 0) {
    console.error(
      `The browser tests need ${missing.join(', ')}. Install ${missing.length > 1 ? 'them' : 'it'} with:\n  sudo apt-get install -y ${packages.join(' ')}\nor run fewer engines, e.g. GOV_ENGINES=chromium npm test.`,
    );
    process.exit(1);
  }
  console.log(`Missing ${missing.join(', ')}: installing Debian's ${packages.join(' ')} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  const still = missing.filter((name) => !ENGINES[name].found());
  if (still.length) {
    console.error(`apt-get finished but ${still.join(', ')} is still missing.`);
    process.exit(1);
  }
}
for (const name of asked) console.log(`${name}: ${ENGINES[name].found()}`);
