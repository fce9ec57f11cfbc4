/**
 * The demo's annual reports: for last year and this one, the texts and figures the office enters
 * (总体情况, 存在的主要问题及改进情况, the decisions of 第二十条第（五）（六）（八）项) and a few appeals
 * in the register, written once through the desk client; then each year published into the
 * bundle (`/bundle/430121/reports/`), where the column's 年报 link points — at every start, since
 * `npm run demo` rebuilds the bundles.
 */
import { createDeskClient } from '@gov-disclosure/sdk/workflow';

const JURISDICTION = '430121';

const inputs = (year: number) => ({
  overview: `${year}年，长沙县坚持以公开为常态、不公开为例外，围绕基层政务公开标准化规范化，完善县、镇（街道）两级政务公开专栏，统一公开标准目录，规范依申请公开办理流程。\n全县通过政务公开专栏主动公开政府信息，依法办理政府信息公开申请，做到件件有回音。（演示数据）`,
  problems: `一是部分镇（街道）专栏更新不够及时；二是依申请公开答复的说理还需加强。\n下一步，将加强日常监测和业务培训，严格落实答复审核制度。（演示数据）`,
  other: '无其他需要报告的事项。（演示数据）',
  decisions: {
    licensing: 1520 + (year % 10) * 31,
    penalties: 318 + (year % 10) * 7,
    enforcement: 12 + (year % 10),
    fees: Math.round((56.78 + (year % 10) * 3.1) * 100) / 100,
  },
});

/** Enters the reports' inputs and appeals where there are none yet, and publishes both years; answers the years published. */
export async function seedDeskReports(o: { api: string; token: string; today: string }): Promise<number[]> {
  const desk = createDeskClient({ api: o.api, token: o.token });
  const year = Number(o.today.slice(0, 4));
  const years = [year - 1, year];
  for (const y of years) {
    if (Object.keys(await desk.reportInputs(JURISDICTION, y)).length === 0) await desk.saveReportInputs(JURISDICTION, y, inputs(y));
  }
  if ((await desk.appeals(JURISDICTION)).length === 0) {
    // Counted back from today, as the demo's requests are: never a case received or decided later than today.
    const ago = (days: number) => new Date(Date.parse(`${o.today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
    await desk.saveAppeal({ jurisdiction: JURISDICTION, kind: 'review', filedOn: ago(390), result: 'upheld', decidedOn: ago(330) });
    await desk.saveAppeal({ jurisdiction: JURISDICTION, kind: 'review', filedOn: ago(230), result: 'corrected', decidedOn: ago(160) });
    await desk.saveAppeal({ jurisdiction: JURISDICTION, kind: 'direct', filedOn: ago(190), result: 'upheld', decidedOn: ago(45) });
    await desk.saveAppeal({ jurisdiction: JURISDICTION, kind: 'after-review', filedOn: ago(120), result: 'pending' });
  }
  for (const y of years) await desk.publishReport(JURISDICTION, y);
  return years;
}
