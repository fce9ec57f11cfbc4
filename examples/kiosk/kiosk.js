// The kiosk's own behaviour, around the column: no text selection or context menu, and back to
// the start after some idle minutes, so that the next person finds the home screen (and nobody
// finds the previous person's search). Before it goes back it warns, with a countdown and
// 继续使用, so that someone still reading is not thrown out. (我要办 opens no window here: the
// page's <meta name="gov-disclosure" content="kiosk"> makes it offer a QR code instead.)
const column = document.querySelector('gov-disclosure-column');
const hint = document.getElementById('idle-hint');
const warning = document.getElementById('idle-warning');
const countdown = document.getElementById('idle-countdown');
const minutes = Number(new URLSearchParams(location.search).get('idle') || column.dataset.idleMinutes || 3);
// The warning comes 30 seconds before (a third of the idle time, when that is shorter).
const warnMs = Math.min(30_000, (minutes * 60_000) / 3);
let warnTimer;
let resetTimer;
let tick;

function home() {
  column.reset();
  column.mode = 'elderly';
  column.removeAttribute('lang');
  window.scrollTo(0, 0);
  hint.textContent = '';
}

function warn() {
  const until = Date.now() + warnMs;
  const show = () => (countdown.textContent = String(Math.max(0, Math.ceil((until - Date.now()) / 1000))));
  show();
  tick = setInterval(show, 1000);
  if (!warning.open) warning.showModal();
}

function awake() {
  clearTimeout(warnTimer);
  clearTimeout(resetTimer);
  clearInterval(tick);
  if (warning.open) warning.close();
  warnTimer = setTimeout(warn, minutes * 60_000 - warnMs);
  resetTimer = setTimeout(() => {
    clearInterval(tick);
    if (warning.open) warning.close();
    home();
    hint.textContent = `已闲置 ${minutes} 分钟，已返回首页`;
    awake();
  }, minutes * 60_000);
}

for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart']) document.addEventListener(type, awake, { passive: true, capture: true });
document.addEventListener('contextmenu', (event) => event.preventDefault());
document.addEventListener('selectstart', (event) => event.preventDefault());
document.addEventListener('dragstart', (event) => event.preventDefault());
document.getElementById('home').addEventListener('click', home);
document.getElementById('keep-using').addEventListener('click', awake);
awake();
