// content.overview-elements: section 一 covers its five parts.
import { overviewElements } from '../../../src/shared/rules/content/overview-elements';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

const withOverview = (overview: string): string => buildReportText({ prose: { '1': overview } });

ruleTester(overviewElements, {
  valid: [
    { name: 'the five sub-headings', text: buildReportText() },
    {
      name: 'reworded sub-headings (sample 002)',
      text: withOverview(
        '2023年，区司法局认真做好政府信息公开工作。\n（一）全年主动公开信息。推送信息数172条。\n（二）依申公开情况。2023年我局有2个依申请公开的案件。\n（三）政府信息管理方面。健全信息发布审查制度。\n（四）平台建设方面。依托政务服务网站公开信息。\n（五）监督保障方面。自觉接受社会监督。',
      ),
    },
    {
      name: 'the five parts in running prose, without sub-headings',
      text: withOverview(
        '本年度我局在门户网站主动公开政府信息86条，办理政府信息公开申请3件，均按时答复。严格执行信息发布审核制度，做好保密审查。持续做好政府网站栏目维护，及时更新内容。将政务公开纳入年度考核，组织业务培训2次，接受社会监督。',
      ),
    },
  ],
  invalid: [
    {
      name: 'only the opening sentence',
      text: withOverview(
        '2024年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。',
      ),
      findings: [
        {
          message: '第一部分「总体情况」只有一段概括性的开头',
          quotes: [
            '2024年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。',
          ],
          severity: 'info',
        },
      ],
    },
    {
      name: 'two parts missing',
      text: withOverview(
        '（一）主动公开\n本年度我局通过政府门户网站主动公开政府信息120条，及时更新工作动态，公开部门预决算。\n（二）依申请公开\n本年度依法办理政府信息公开申请3件，均在法定期限内答复。\n（三）政府信息管理\n严格落实信息发布审核制度，做好保密审查，确保公开内容准确。',
      ),
      findings: [
        {
          message: '未写到“政府信息公开平台建设”、“监督保障”方面的情况',
          actual: '缺少政府信息公开平台建设、监督保障',
          quotes: ['一、总体情况'],
        },
      ],
    },
  ],
});
