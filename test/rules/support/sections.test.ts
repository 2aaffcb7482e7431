import { describe, expect, it } from 'vitest';
import {
  essentialWording,
  officialWording,
  quoteHeading,
} from '../../../src/shared/rules/support/sections';

describe('quoteHeading', () => {
  it('keeps a heading as written', () => {
    expect(quoteHeading('六、其他需要报告的事项')).toBe('六、其他需要报告的事项');
  });
  it('cuts a heading run into its paragraph to a short clause on one line', () => {
    expect(
      quoteHeading(
        '一、总体情况\n根据《中华人民共和国政府信息公开条例》要求，现将本机关2024年度情况报告如下',
      ),
    ).toBe('一、总体情况 根据《中华人民共和国政府信息公开…');
  });
});

describe('essentialWording', () => {
  it('takes a heading that names the report’s subject as the official wording', () => {
    expect(essentialWording('政府信息公开工作存在的主要问题及改进情况')).toBe(
      essentialWording(officialWording('5')),
    );
    expect(essentialWording('政府信息公开行政复议、行政诉讼情况')).toBe(
      essentialWording(officialWording('4')),
    );
  });
  it('still tells a renamed heading apart', () => {
    expect(essentialWording('存在的主要问题及改进举措')).not.toBe(
      essentialWording(officialWording('5')),
    );
  });
});
