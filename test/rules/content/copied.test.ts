// content.copied: prose repeated from last year's report or from another agency's.
import { describe, expect, it } from 'vitest';
import { copied } from '../../../src/shared/rules/content/copied';
import { parseReport } from '../../../src/shared/parser';
import { runRules } from '../../../src/shared/rules/engine';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

/** A report whose prose mentions its year and a count, so copies differ only in numbers. */
const report = (year: number, count: number, agency = '某县司法局', extra = ''): string =>
  buildReportText({
    agency,
    year,
    prose: {
      '1': `${year}年，我局坚持以公开为常态、不公开为例外，全面推进政务公开工作。\n（一）主动公开\n全年通过政府门户网站主动公开政府信息${count}条，及时更新工作动态和通知公告。\n（二）依申请公开\n严格按照法定程序受理和答复政府信息公开申请，做到件件有回音。\n（三）政府信息管理\n严格落实信息发布三级审核制度，确保公开内容准确无误。\n（四）政府信息公开平台建设\n持续做好政府网站信息公开专栏的维护和更新工作。\n（五）监督保障\n将政务公开纳入年度目标考核，主动接受社会监督。${extra}`,
      '5': '主要问题：公开内容还不够丰富，政策解读形式较为单一。\n改进情况：一是加强业务培训，提升工作人员能力；二是丰富公开形式，提高政策解读质量。',
      '6': `本年度未收取信息处理费。`,
    },
  });

/** Prose of another year written anew. */
const rewritten = buildReportText({
  year: 2023,
  prose: {
    '1': '2023年，本局把政务公开作为转变作风的重要抓手。\n（一）主动公开\n依托县政府网站和“普法之窗”公众号发布法律援助、公证、人民调解等办事指南。\n（二）依申请公开\n安排专人登记、转办、答复，办理流程全程留痕。\n（三）政府信息管理\n对本局历年文件开展公开属性复核，调整公开目录。\n（四）政府信息公开平台建设\n完成网站栏目的适老化改造，新增图解政策栏目。\n（五）监督保障\n聘请两名社会监督员，每季度通报一次公开工作情况。',
    '5': '问题在于基层司法所信息报送不够及时，图解解读数量偏少。下一步将建立月度报送台账，每季度至少推出两期图解。',
    '6': '本年度未收取信息处理费。',
  },
});

ruleTester(copied, {
  valid: [
    { name: 'last year written anew', text: report(2024, 120), previous: rewritten },
    {
      name: 'the same report given as previous (same year, same text) is not a copy',
      text: report(2024, 120),
      previous: report(2024, 120),
    },
  ],
  invalid: [
    {
      name: 'last year with only the year and the count changed',
      text: report(2024, 150),
      previous: report(2023, 120),
      findings: [
        {
          message: '正文有 100% 与本机关2023年度报告相同',
          expected: '不超过 50%',
          actual: '100%',
          severity: 'warning',
        },
      ],
    },
  ],
});

describe('content.copied against other agencies of the year', () => {
  const run = (text: string, peers: string[]) =>
    runRules(parseReport(text), [copied], { peers: peers.map((p) => parseReport(p)) });

  it('names the most similar agency and gives the share', () => {
    const own = report(2024, 80, '甲县司法局');
    const findings = run(own, [rewritten, report(2024, 95, '乙县司法局')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('与「乙县司法局」的报告相同');
    expect(findings[0]!.actual).toBe('100%');
    expect(findings[0]!.spans.length).toBeGreaterThan(5);
  });

  it('stays silent when less than half repeats', () => {
    const own = report(
      2024,
      80,
      '甲县司法局',
      '\n另外，本年度组织开展政务公开专题培训三次，邀请市政务公开办专家授课，覆盖全体干部职工，并编印工作手册发放到各司法所。针对群众反映集中的法律援助申请材料问题，梳理形成一次性告知清单并在网站公开。',
    );
    const other = buildReportText({
      agency: '乙县司法局',
      prose: {
        '1': '2024年，我局坚持以公开为常态、不公开为例外，全面推进政务公开工作。\n乙县另有写法，各项工作均按本县实际开展并写明具体数据。',
      },
    });
    expect(run(own, [other])).toEqual([]);
  });

  it('does not run without a workspace', () => {
    expect(runRules(parseReport(report(2024, 80)), [copied])).toEqual([]);
  });
});
