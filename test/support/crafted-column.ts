/**
 * A small catalogue made for the static pages' and the check's tests: two areas with items, a
 * 工作动态 item, a policy, an entry with a hostile body and an attachment, and (on request) the
 * faults the national check must name: a stale news item, a dead 我要办 link, a repealed document
 * not marked as such.
 */
import { STANDARD_AREAS, type RawCatalogue } from '@gov-disclosure/sdk';

export const TODAY = '2026-11-20';

/** The areas the crafted column holds items of. */
const HELD: readonly string[] = ['social-assistance', 'compulsory-education'];

/** The page metadata .gov.cn pages carry (政府网站发展指引), every one of which a page must fill. */
export const PAGE_METADATA = [
  'SiteName',
  'SiteDomain',
  'SiteIDCode',
  'ColumnName',
  'ColumnDescription',
  'ColumnKeywords',
  'ColumnType',
  'ArticleTitle',
  'PubDate',
  'ContentSource',
  'Keywords',
  'Author',
  'Description',
  'Image',
  'Url',
] as const;

export function craftedCatalogue(o: { faults?: boolean; deadLink?: string; okLink?: string } = {}): RawCatalogue {
  const news = o.faults ? '2026-08-01' : '2026-11-18';
  return {
    jurisdiction: { code: '430121', name: '长沙县', level: 'county' },
    // Every other area is declared 不涉及, so that a clean catalogue has no blank area; with faults, 就业 is left blank.
    areas: STANDARD_AREAS.filter((area) => !HELD.includes(area.id) && !(o.faults && area.id === 'employment')).map((area) => ({
      id: area.id,
      name: area.name,
      applicable: false,
      notApplicableReason: '本县无此项职责',
    })),
    items: [
      { id: 'social-assistance:1', area: 'social-assistance', level: 1, name: '最低生活保障' },
      {
        id: 'social-assistance:1.1',
        area: 'social-assistance',
        level: 2,
        parent: 'social-assistance:1',
        name: '办事指南',
        elements: [{ name: '办理条件', required: true }],
        basis: '《社会救助暂行办法》',
        deadline: '信息形成或者变更之日起20个工作日内',
        responsible: '县民政局',
        service: { name: '最低生活保障金给付', url: o.deadLink ?? 'https://zwfw.example.gov.cn/dibao' },
      },
      { id: 'social-assistance:1.2', area: 'social-assistance', level: 2, parent: 'social-assistance:1', name: '工作动态', responsible: '县民政局' },
      { id: 'compulsory-education:1', area: 'compulsory-education', level: 1, name: '招生入学' },
      {
        id: 'compulsory-education:1.1',
        area: 'compulsory-education',
        level: 2,
        parent: 'compulsory-education:1',
        name: '政策文件',
        ...(o.okLink ? { service: { url: o.okLink } } : {}),
      },
    ],
    entries: [
      {
        id: 'social-assistance:1.1~1',
        item: 'social-assistance:1.1',
        title: '城乡低保办事指南',
        indexNo: '430121-001-2026-0001',
        publisher: '县民政局',
        writtenAt: '2026-10-01',
        publishedAt: '2026-10-08',
        docNo: '长县民发〔2026〕3号',
        topic: '民政、扶贫、救灾',
        body: '<h1>办事指南</h1><p>申请低保，请携带户口簿。</p><script>alert(1)</script><img src="https://evil.example/x.png" onerror="alert(2)"><a href="javascript:alert(3)">点我</a><p><a href="files/guide.pdf">下载</a></p>',
        attachments: [{ name: '申请表.pdf', url: 'files/apply.pdf' }],
      },
      { id: 'social-assistance:1.2~1', item: 'social-assistance:1.2', title: '县民政局开展低保复核', publishedAt: news },
      {
        id: 'compulsory-education:1.1~1',
        item: 'compulsory-education:1.1',
        title: '长沙县义务教育入学办法',
        docNo: '长县教发〔2026〕1号',
        publishedAt: '2026-09-01',
      },
      ...(o.faults
        ? [
            {
              id: 'compulsory-education:1.1~2',
              item: 'compulsory-education:1.1',
              title: '关于废止《长沙县义务教育入学办法》（长县教发〔2026〕1号）的通知',
              publishedAt: '2026-11-01',
            },
          ]
        : []),
    ],
    policies: [
      {
        id: 'p-1',
        title: '长沙县人民政府办公室关于进一步加强低保工作的通知',
        level: 'county',
        issuer: '长沙县人民政府办公室',
        publishedAt: '2026-06-01',
        url: o.okLink ?? 'https://www.example.gov.cn/p-1.html',
      },
    ],
  };
}
