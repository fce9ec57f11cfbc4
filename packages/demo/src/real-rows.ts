/** The two real rows of `shared/standard/examples.csv` that every demo catalogue carries. */
import type { RawCatalogueItem as CatalogueItemInput } from '@gov-disclosure/sdk';

/** The real example rows of `shared/standard/examples.csv`, as catalogue items. */
export function realRows(): CatalogueItemInput[] {
  return [
    {
      id: 'social-assistance:1.1',
      area: 'social-assistance',
      level: 2,
      parent: 'social-assistance:1',
      seq: 1,
      name: '办事指南',
      elements: ['办理事项', '办理条件', '最低生活保障标准', '申请材料', '办理流程', '办理时间', '地点', '联系方式'].map((name) => ({ name, required: true })),
      basis: '《国务院关于进一步加强和改进最低生活保障工作的意见》、各地相关政策法规文件',
      deadline: '制定或获取信息之日起10个工作日内',
      responsible: '县级政府民政部门、乡镇政府(街道办事处)',
      channels: ['website'],
      audience: ['public'],
      mode: ['proactive'],
      levels: ['county', 'township'],
      stages: ['service'],
      service: { code: '430121-MZ-001', name: '最低生活保障金给付', url: 'https://zwfw.hunan.gov.cn/hnzwfw/1/2/index.html?code=430121-MZ-001' },
    },
    {
      id: 'compulsory-education:1.1',
      area: 'compulsory-education',
      level: 2,
      parent: 'compulsory-education:1',
      seq: 1,
      name: '招生政策',
      elements: [{ name: '随迁子女入学办法', required: true }],
      basis: '《政府信息公开条例》《教育部关于进一步做好小学升入初中免试就近入学工作的实施意见》《教育部关于推进中小学信息公开工作的意见》',
      deadline: '信息形成或者变更之日起20个工作日内',
      responsible: '区教育局',
      channels: ['website', 'new-media', 'broadcast', 'print', 'reading-room', 'notice-board'],
      audience: ['public'],
      mode: ['proactive'],
      levels: ['county'],
      stages: ['decision', 'result'],
    },
  ];
}
