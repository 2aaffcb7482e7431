import { partsSum } from '../../../src/shared/rules/consistency/parts-sum';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

const active = (s: string): string =>
  `（一）主动公开\n${s}\n（二）依申请公开\n依法办理政府信息公开申请。`;

ruleTester(partsSum, {
  valid: [
    {
      name: 'a list that adds up, wrapped over two lines',
      text: buildReportText({
        prose: {
          '1': active(
            '2023 年，通过西区政府门户网站主动公开信息 123 条，其中工作动态信息 36 条，司\n法县区动态 19 条，法治信息 63 条，规范性文件 3 条，部门预决算 2 条。通过“西区司法”微信公众号公开信息 316 条。',
          ),
        },
      }),
    },
    {
      name: 'a partial list with 等 may add up to less',
      text: buildReportText({
        prose: { '1': active('共公开信息100条，其中工作动态50条、通知公告30条等。') },
      }),
    },
    {
      name: 'a single part named is no complete list',
      text: buildReportText({ prose: { '1': active('共公开信息100条，其中工作动态50条。') } }),
    },
    {
      name: 'a new statement after a list that added up',
      text: buildReportText({
        prose: {
          '1': active('公开信息10条，其中动态6条，公告4条，通过微信公众号推送信息316条。'),
        },
      }),
    },
    {
      name: 'parts in another unit are not parts',
      text: buildReportText({
        prose: { '1': active('共开展培训5场，其中参训人员200人，发放资料300份。') },
      }),
    },
    {
      name: 'a breakdown in the next sentence, an approximate total, an aside in brackets',
      text: buildReportText({
        prose: {
          '1': active(
            '共收到申请10件。其中自然人12件。共接待群众2000余人次，其中来电1500人次，来访800人次。共公开信息50条，其中工作动态30条（含转载10条），通知公告20条。',
          ),
        },
      }),
    },
    {
      name: 'a figure that is not a part (按时办结) ends the list',
      text: buildReportText({
        prose: { '1': active('共公开信息12条，其中动态10条，公告2条，按时更新12条。') },
      }),
    },
    {
      name: 'the carried-over figure after a breakdown by applicant',
      text: buildReportText({
        prose: { '1': active('共收到政府信息公开申请10件，其中自然人8件，上年结转3件。') },
      }),
    },
    {
      name: 'a nested list: one part is inside another, the others add up',
      text: buildReportText({
        prose: {
          '1': active(
            '网站全年累计发布信息 2139 条，其中动态类信息发布 1744 条，政务信息发布 393 条，解读类信息发布 21 条，\n回应公众关注热点信息 2 条。',
          ),
        },
      }),
    },
  ],
  invalid: [
    {
      name: 'parts that add up to more than the total',
      text: buildReportText({
        prose: { '1': active('2024年，共公开信息100条，其中工作动态60条，通知公告50条。') },
      }),
      findings: [
        {
          message:
            '「共公开信息100条，其中工作动态60条，通知公告50条」中各分项之和为 110条（60+50），超过总数 100条',
          severity: 'warning',
          expected: 110,
          actual: 100,
          quotes: ['共公开信息100条，其中工作动态60条，通知公告50条'],
        },
      ],
    },
    {
      name: 'a complete list that adds up to less',
      text: buildReportText({
        prose: { '1': active('共公开信息100条，其中工作动态60条；通知公告30条。') },
      }),
      findings: [
        {
          message: '各分项之和为 90条（60+30），少于总数 100条',
          expected: 90,
          actual: 100,
          quotes: ['共公开信息100条，其中工作动态60条；通知公告30条'],
        },
      ],
    },
    {
      name: 'Chinese numerals',
      text: buildReportText({
        prose: { '5': '共收到意见建议十二件，其中采纳五件，部分采纳八件。' },
      }),
      findings: [{ message: '超过总数 12件', expected: 13, actual: 12 }],
    },
  ],
});
