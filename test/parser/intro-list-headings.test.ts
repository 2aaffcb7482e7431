// The intro often lists the report's parts in one sentence ("本报告分为六个部分：一、总体情况，二、
// 主动公开政府信息情况，…"). Those items are not the headings of a text that lost its line breaks.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/shared/parser';

const LIST =
  '本报告分为六个部分：一、总体情况，二、主动公开政府信息情况，三、收到和处理政府信息公开申请情况，四、政府信息公开行政复议、行政诉讼情况，五、存在的主要问题及改进措施，六、其他需要报告的事项。本报告数据统计期限为2024年1月1日至2024年12月31日。';

describe('a list of the parts in the intro', () => {
  it('names no section when only section 一 follows it (the rest of the text is missing)', () => {
    const doc = parseReport(
      `某乡人民政府2024年政府信息公开工作年度报告\n${LIST}\n一、总体情况\n2024年，我乡主动公开政府信息12条，未收到政府信息公开申请。\n`,
    );
    expect(doc.headings.map((h) => h.id)).toEqual(['1']);
  });

  it('still takes "…报告如下：一、总体情况（一）…" in a text run together for heading 一', () => {
    const doc = parseReport(
      '某乡人民政府2024年政府信息公开工作年度报告\n现将本乡2024年政府信息公开工作情况报告如下：一、总体情况（一）主动公开。2024年，我乡主动公开政府信息12条。二、主动公开政府信息情况 本年无规章。\n',
    );
    expect(doc.headings.map((h) => h.id)).toEqual(['1', '2']);
  });

  it('still finds the headings of a text run together on one line ("…止。二、主动公开…")', () => {
    const doc = parseReport(
      `某乡人民政府2024年政府信息公开工作年度报告\n${LIST}\n一、总体情况\n2024年，我乡主动公开政府信息12条。二、主动公开政府信息情况 本年无规章。三、收到和处理政府信息公开申请情况 本年未收到申请。\n`,
    );
    const ids = doc.headings.map((h) => h.id);
    expect(ids).toEqual(['1', '2', '3']);
    // Section 二 starts at its heading in the body, after the intro's list.
    const two = doc.headings.find((h) => h.id === '2')!;
    expect(two.span[0]).toBeGreaterThan(doc.report.text.indexOf('一、总体情况\n'));
  });
});
