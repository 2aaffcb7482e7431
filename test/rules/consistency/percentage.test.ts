import { describe, expect, it } from 'vitest';
import { agrees, percentage } from '../../../src/shared/rules/consistency/percentage';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

const management = (s: string): string =>
  `（一）主动公开\n主动公开政府信息。\n（二）依申请公开\n依法办理政府信息公开申请。\n（三）政府信息管理\n${s}`;

const textWith = (s: string): string => buildReportText({ prose: { '1': management(s) } });

describe('agrees', () => {
  it('accepts the value rounded or cut to the precision written', () => {
    expect(agrees(6, 35, { value: 17, decimals: 0 })).toBe(true);
    expect(agrees(6, 35, { value: 17.1, decimals: 1 })).toBe(true);
    expect(agrees(6, 35, { value: 18, decimals: 0 })).toBe(false);
    expect(agrees(2, 3, { value: 66, decimals: 0 })).toBe(true);
    expect(agrees(2, 3, { value: 67, decimals: 0 })).toBe(true);
    expect(agrees(2, 3, { value: 66.6, decimals: 1 })).toBe(true);
    expect(agrees(2, 3, { value: 66.5, decimals: 1 })).toBe(false);
  });
  it('reads 100% and 0% exactly', () => {
    expect(agrees(299, 300, { value: 100, decimals: 0 })).toBe(false);
    expect(agrees(300, 300, { value: 100, decimals: 0 })).toBe(true);
    expect(agrees(1, 300, { value: 0, decimals: 0 })).toBe(false);
  });
});

ruleTester(percentage, {
  valid: [
    { name: '17% of 6/35', text: textWith('2022年上报政务信息35条，采用信息6条，采用率17%。') },
    { name: '17.1% of 6/35', text: textWith('上报政务信息35条，采用信息6条，采用率为17.1%。') },
    { name: '100% when all were handled', text: textWith('收到申请10件，办结10件，办结率100%。') },
    { name: 'a growth rate', text: textWith('公开信息120条，同比增长20%。') },
    { name: 'a share of the district', text: textWith('公开信息30条，占全区的10%。') },
    { name: 'a rate without its numbers', text: textWith('按时办结率100%，群众满意率达98%。') },
    {
      name: 'a share that agrees',
      text: textWith('共公开信息200条，其中工作动态50条，占比25%，通知公告20条，占比10%。'),
    },
    {
      name: '分别: the shares are not in the order of the counts',
      text: textWith('共公开信息100条，其中工作动态30条、通知公告20条，分别占30%、20%。'),
    },
    {
      name: 'each share of the base the sentence states (5/44, not 5/39)',
      text: textWith(
        '共收到政府信息公开申请44件，其中网络申请39件，占88.6%，信函申请5件，占11.4%。',
      ),
    },
    {
      name: 'shares of a base the sentence does not state',
      text: textWith('其中网络申请39件，占88.6%，信函申请5件，占11.4%。'),
    },
    {
      name: 'a share of a base named after 占 that the sentence does not count',
      text: textWith(
        '共收到申请44件，其中网络申请39件，占申请总量的88.6%，较上年多5件，占增量的50%。',
      ),
    },
    { name: 'cut, not rounded: 66% of 2/3', text: textWith('报送信息3条，采用2条，采用率66%。') },
    {
      name: 'parts each with its own share of a total stated in the sentence before',
      text: textWith(
        '本年度公开信息40条。在公开的信息中，工作动态类信息10条，占比25%；通知公告类信息22条，占比55%；政策解读类信息8条，占比20%。',
      ),
    },
  ],
  invalid: [
    {
      name: '采用率18% of 6/35',
      text: textWith('2022年上报政务信息35条，采用信息6条，采用率18%。'),
      findings: [
        {
          message:
            '「2022年上报政务信息35条，采用信息6条，采用率18%」中采用率18%与所列数字不符：6÷35≈17.14%，按所写精度应为 17%',
          severity: 'warning',
          expected: '17%',
          actual: '18%',
          quotes: ['2022年上报政务信息35条，采用信息6条，采用率18%'],
        },
      ],
    },
    {
      name: '办结率100% with one left',
      text: textWith('收到政府信息公开申请10件，办结9件，办结率100%。'),
      findings: [{ message: '9÷10≈90.00%', expected: '90%', actual: '100%' }],
    },
    {
      name: 'a share that does not agree',
      text: textWith('共公开信息200条，其中工作动态50条，占比30%。'),
      findings: [{ message: '占比30%', expected: '25%', actual: '30%' }],
    },
    {
      name: 'a share with its total in the sentence, after a sibling part with its own share',
      text: textWith('共公开信息200条，其中工作动态50条，占比25%，通知公告20条，占比12%。'),
      findings: [{ message: '20÷200≈10.00%', expected: '10%', actual: '12%' }],
    },
    {
      name: 'one decimal written, one decimal checked',
      text: textWith('报送信息3条，采用1条，采用率33.4%。'),
      findings: [{ expected: '33.3%', actual: '33.4%' }],
    },
  ],
});
