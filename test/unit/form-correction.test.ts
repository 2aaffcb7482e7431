// What a reviewer types to correct a cell: a sign ("-3", "+3", full-width "＋３") only in a
// signed cell (the 2019 form's 本年增/减), decimals only in money; anything else is refused with
// a Chinese message naming the cell by the report's own form.
import { describe, expect, it } from 'vitest';
import { correctionProblem, readCorrectionText } from '../../src/shared/model/form-correction';

const CHANGE = 'active/licensing/change';
const DECISIONS = 'active/licensing/decisions';

describe('readCorrectionText', () => {
  it.each([
    ['+3', 3],
    ['＋３', 3],
    [' +12 ', 12],
    ['-3', -3],
    ['－3', -3],
    ['−3', -3],
    ['3', 3],
    ['0', 0],
    ['-0', 0],
    ['1,200', 1200],
  ])('a signed 本年增/减 cell takes %j as %d', (text, value) => {
    expect(readCorrectionText(text, CHANGE, '2019')).toEqual({ value, problem: null });
  });

  it('refuses a "+" in a cell that is not signed, by the cell’s name', () => {
    for (const plus of ['+3', '＋3', '＋３']) {
      expect(readCorrectionText(plus, DECISIONS, '2019')).toEqual({
        value: null,
        problem: '表二「行政许可」处理决定数量不是增减数，不能带“+”号，请只填写数字。',
      });
    }
    expect(readCorrectionText('+1', 'requests/3.7/total').problem).toBe(
      '表三「三、（七）总计」总计列不是增减数，不能带“+”号，请只填写数字。',
    );
    // The 2021 form names the same cell its own way.
    expect(readCorrectionText('+3', DECISIONS, '2021').problem).toContain(
      '表二「行政许可」本年处理决定数量',
    );
  });

  it('refuses a minus in a count and decimals in a count, as main does', () => {
    expect(readCorrectionText('-3', DECISIONS, '2019')).toEqual({
      value: null,
      problem: '表二「行政许可」处理决定数量应为不小于 0 的数。',
    });
    expect(readCorrectionText('+2.5', CHANGE, '2019').problem).toBe(
      '表二「行政许可」本年增/减是件数，应为整数。',
    );
    expect(readCorrectionText('2.5', 'active/fees/amount')).toEqual({ value: 2.5, problem: null });
  });

  it('says what to type for words, and nothing for an empty field', () => {
    expect(readCorrectionText('约10', DECISIONS, '2019').problem).toBe(
      '「约10」不是数字，请填写数字（如 12）。',
    );
    expect(readCorrectionText('增3', CHANGE, '2019').problem).toBe(
      '「增3」不是数字，请填写数字（如 12、-3 或 +3）。',
    );
    expect(readCorrectionText('+', CHANGE, '2019').value).toBeNull();
    expect(readCorrectionText('  ', CHANGE, '2019')).toEqual({ value: null, problem: null });
  });
});

describe('correctionProblem (main’s check of the number it receives)', () => {
  it('is the dialog’s verdict on the same value', () => {
    expect(correctionProblem(CHANGE, -3, '2019')).toBeNull();
    expect(correctionProblem(DECISIONS, -3, '2019')).toBe(
      readCorrectionText('-3', DECISIONS, '2019').problem,
    );
    expect(correctionProblem(DECISIONS, 3.5, '2019')).toBe(
      readCorrectionText('3.5', DECISIONS, '2019').problem,
    );
    expect(correctionProblem(DECISIONS, Number.POSITIVE_INFINITY)).toContain('应为不小于 0 的数');
  });
});
