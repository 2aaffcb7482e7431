import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingSchema } from '../../src/shared/model/schema';
import { allRules } from '../../src/shared/rules/registry';
import { ruleCategories } from '../../src/shared/rules/types';

const root = join(import.meta.dirname, '..', '..');

describe('rule registry', () => {
  it('has unique ids of the form <category>.<name> matching the rule file and a test file', () => {
    const ids = allRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of allRules) {
      const [category, name] = rule.meta.id.split('.');
      expect(ruleCategories).toContain(category);
      expect(rule.meta.category).toBe(category);
      expect(
        existsSync(join(root, 'src/shared/rules', category!, `${name}.ts`)),
        `${rule.meta.id} module`,
      ).toBe(true);
      expect(
        existsSync(join(root, 'test/rules', category!, `${name}.test.ts`)),
        `${rule.meta.id} test`,
      ).toBe(true);
      expect(rule.meta.title).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.meta.description).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('ids satisfy the finding schema', () => {
    for (const rule of allRules) {
      expect(findingSchema.shape.ruleId.safeParse(rule.meta.id).success, rule.meta.id).toBe(true);
    }
  });
});
