import { describe, expect, it } from 'vitest';
import { parseRuleProfile } from '../../src/shared/rules/config';
import { allRules } from '../../src/shared/rules/registry';

const ids = allRules.map((r) => r.meta.id);
const profile = (rules: Record<string, unknown>): string => JSON.stringify({ rules });

describe('parseRuleProfile: rule options are checked when the profile is loaded', () => {
  it('takes options that the rule’s schema accepts', () => {
    const p = parseRuleProfile(
      profile({ 'year.deadline': { options: { townshipDeadline: '02-15' } } }),
      ids,
    );
    expect(p.rules['year.deadline']).toEqual({ options: { townshipDeadline: '02-15' } });
  });

  it('refuses a malformed option value, in Chinese, naming the rule and the option', () => {
    expect(() =>
      parseRuleProfile(
        profile({ 'year.deadline': { options: { governmentDeadline: '3月31日' } } }),
        ids,
      ),
    ).toThrow('规则 year.deadline 的选项 governmentDeadline 应为“月-日”格式');
  });

  it('refuses an option the rule does not declare (a typo)', () => {
    expect(() =>
      parseRuleProfile(
        profile({ 'year.deadline': { options: { townshipDeadLine: '02-15' } } }),
        ids,
      ),
    ).toThrow('规则配置文件中的选项有误');
    expect(() =>
      parseRuleProfile(profile({ 'arith.fee-unit': { options: { limit: 1 } } }), ids),
    ).toThrow('规则 arith.fee-unit 没有选项，不能设置 limit');
  });
});
