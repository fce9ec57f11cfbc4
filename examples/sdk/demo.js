// The demo page: the SDK reads the demo bundle (the area list and one item). Plain DOM, every
// value from data set as text, never as HTML.
import { createClient, DisclosureError } from '/sdk/gov-disclosure-sdk.js';

const $ = (id) => document.getElementById(id);
const el = (tag, text, props = {}) => Object.assign(document.createElement(tag), { textContent: text ?? '' }, props);
const params = new URLSearchParams(location.search);
const code = params.get('jurisdiction') ?? '430121';
const client = createClient({ src: `/bundle/${code}/manifest.json` });

const LEVEL = { city: '市级', county: '县级', township: '乡级', village: '村级' };
const AUDIENCE = { public: '全社会', specific: '特定群体' };
const MODE = { proactive: '主动', 'on-request': '依申请' };
const MESSAGES = { network: '网络连接失败，请稍后重试。', timeout: '服务器响应超时，请稍后重试。', 'not-found': '没有找到这项内容。', validation: '数据格式有误，请联系网站管理员。', http: '服务器出错，请稍后重试。', config: '页面配置有误。' };

async function main() {
  const column = await client.column();
  $('title').textContent = `${column.jurisdiction.name}基层政务公开标准化规范化专栏`;
  for (const j of column.jurisdictions ?? []) {
    if (j.level === 'township') continue;
    $('jurisdiction').append(el('option', j.name, { value: j.code, selected: j.code === code }));
  }
  $('jurisdiction').addEventListener('change', (event) => (location.search = `?jurisdiction=${event.target.value}`));

  const areas = await client.areas();
  for (const area of areas) {
    const li = el('li', area.name);
    li.append(el('small', `${area.itemCount} 个事项 · ${area.entryCount} 条信息`));
    $('areas').append(li);
  }
  $('status').textContent = `${areas.length} 个领域，${column.counts?.items ?? '?'} 个事项，${column.counts?.entries ?? '?'} 条公开信息`;

  const [first] = await client.items('social-assistance');
  const [item] = await client.items('social-assistance', first.id);
  $('item-name').textContent = `社会救助 › ${first.name} › ${item.name}`;
  const rows = [
    ['公开内容', (item.elements ?? []).map((e) => `${e.required ? '●' : '〇'}${e.name}`).join('、')],
    ['公开依据', item.basis],
    ['公开时限', item.deadline?.text],
    ['公开主体', item.responsible],
    ['公开对象', (item.audience ?? []).map((a) => AUDIENCE[a]).join('、')],
    ['公开方式', (item.mode ?? []).map((m) => MODE[m]).join('、')],
    ['公开层级', (item.levels ?? []).map((l) => LEVEL[l]).join('、')],
  ];
  for (const [name, value] of rows) {
    const tr = el('tr');
    tr.append(el('th', name, { scope: 'row' }), el('td', value ?? '—'));
    $('elements').tBodies[0].append(tr);
  }
  const page = await client.entries(item.id, { limit: 10 });
  for (const entry of page.entries) {
    const li = el('li', `${entry.publishedAt} ${entry.title}`);
    if (entry.validity === 'repealed') li.append(el('strong', '（已废止）', { className: 'repealed' }));
    $('entries').append(li);
  }
}

main().catch((error) => {
  const message = error instanceof DisclosureError ? MESSAGES[error.code] : '页面出错，请稍后重试。';
  $('status').textContent = message;
  $('status').setAttribute('role', 'alert');
  console.error(error);
});
