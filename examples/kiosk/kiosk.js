// The kiosk's own behaviour, around the column: no text selection or context menu, and back to
// the start after some idle minutes, so that the next person finds the home screen (and nobody
// finds the previous person's search).
const column = document.querySelector('gov-disclosure-column');
const hint = document.getElementById('idle-hint');
const minutes = Number(new URLSearchParams(location.search).get('idle') || column.dataset.idleMinutes || 3);
let timer;

function home() {
  column.reset();
  column.mode = 'elderly';
  column.removeAttribute('lang');
  window.scrollTo(0, 0);
  hint.textContent = '';
}

function awake() {
  clearTimeout(timer);
  timer = setTimeout(() => {
    home();
    hint.textContent = `已闲置 ${minutes} 分钟，已返回首页`;
  }, minutes * 60_000);
}

for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart']) document.addEventListener(type, awake, { passive: true, capture: true });
document.addEventListener('contextmenu', (event) => event.preventDefault());
document.addEventListener('selectstart', (event) => event.preventDefault());
document.addEventListener('dragstart', (event) => event.preventDefault());
document.getElementById('home').addEventListener('click', home);
awake();
