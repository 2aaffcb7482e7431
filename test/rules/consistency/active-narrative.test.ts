import { activeNarrative } from '../../../src/shared/rules/consistency/active-narrative';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

const overview = (active: string, management = '严格落实信息发布审核制度。'): string =>
  `（一）主动公开\n${active}\n（二）依申请公开\n依法办理政府信息公开申请。\n（三）政府信息管理\n${management}`;

const docs = {
  'active/normativeDocs/issued': 2,
  'active/normativeDocs/repealed': 1,
  'active/normativeDocs/valid': 15,
};

ruleTester(activeNarrative, {
  valid: [
    {
      name: 'issued, repealed and valid as in table 二',
      text: buildReportText({
        prose: { '1': overview('本年度制发行政规范性文件2件，废止1件，现行有效15件。') },
        cells: docs,
      }),
    },
    {
      name: 'documents of the whole district cleaned up are not the agency’s own',
      text: buildReportText({
        year: 2023,
        prose: {
          '1': overview(
            '主动公开法规文件。',
            '三是开展行政规范性文件清理工作。2023年清理出全区范围内现行有效的行政规范性文件9件，及时录入行政规范性文件数据库。',
          ),
        },
      }),
    },
    {
      name: 'the outcome of a cleanup, said earlier in the sentence, is not the year’s 废止',
      text: buildReportText({
        prose: {
          '1': overview(
            '主动公开法规文件。',
            '对区管委会全部规范性文件先后进行4次专项清理。经清理，已宣布废止规范性文件5件，拟适时修改3件。',
          ),
        },
        cells: docs,
      }),
    },
    {
      name: 'published items of the kind 规范性文件 are not 制发',
      text: buildReportText({
        prose: {
          '1': overview(
            '通过门户网站主动公开信息 123 条，其中工作动态信息 36 条，法治信息 82 条，规范性文件 3 条，部门预决算 2 条。公开规范性文件3条。',
          ),
        },
      }),
    },
    {
      name: 'documents reviewed for the government',
      text: buildReportText({
        prose: {
          '1': overview(
            '牵头负责县政府规范性文件合法性审查，审查规范性文件12件，制定县政府规范性文件5件。',
          ),
        },
      }),
    },
    {
      name: 'none issued, none in the table',
      text: buildReportText({ prose: { '1': overview('本年度未制发规范性文件，无废止情况。') } }),
    },
    {
      name: 'a government’s own documents',
      text: buildReportText({
        agency: '某县人民政府',
        prose: { '1': overview('县政府本年度制发行政规范性文件2件。') },
        cells: docs,
      }),
    },
  ],
  invalid: [
    {
      name: 'a 制发 count that differs',
      text: buildReportText({
        prose: { '1': overview('本年度制发规范性文件3件。') },
        cells: docs,
      }),
      findings: [
        {
          message:
            '正文「本年度制发规范性文件3件」称本年制发行政规范性文件 3 件，与表二「行政规范性文件」本年制发件数（2）不一致',
          severity: 'warning',
          cells: ['active/normativeDocs/issued'],
          expected: 2,
          actual: 3,
          quotes: ['本年度制发规范性文件3件', '2'],
        },
      ],
    },
    {
      name: '"未制发规范性文件" while the table has one',
      text: buildReportText({
        prose: { '1': overview('本年度未制发规范性文件。') },
        cells: docs,
      }),
      findings: [
        {
          message: '称未制发行政规范性文件',
          cells: ['active/normativeDocs/issued'],
          expected: 2,
          actual: 0,
        },
      ],
    },
    {
      name: 'a later clause goes on about the same row',
      text: buildReportText({
        prose: { '1': overview('本年度制发行政规范性文件2件，废止2件，现行有效15件。') },
        cells: docs,
      }),
      findings: [
        {
          message: '称本年废止行政规范性文件 2 件',
          cells: ['active/normativeDocs/repealed'],
          expected: 1,
          actual: 2,
          quotes: ['本年度制发行政规范性文件2件，废止2件，现行有效15件', '1'],
        },
      ],
    },
    {
      name: '规章 said to be made while table 二 has none',
      text: buildReportText({ prose: { '1': overview('本年度制定规章1件。') } }),
      findings: [{ cells: ['active/regulations/issued'], expected: 0, actual: 1 }],
    },
  ],
});
