// The roll-up on generated reports read by the real parser, against sums computed here.
import { describe, expect, it } from 'vitest';
import { allCellPaths, cellPath, requestColumns } from '../../src/shared/model/form';
import { buildRollup } from '../../src/shared/rollup';
import { preciseSum } from '../../src/shared/rollup/sum';
import { AGENCIES, fiveAgencies, input, to2019Row } from './support';
import { buildReportText, consistentCells } from '../support/report-builder';
import { parseReport } from '../../src/shared/parser';

describe('buildRollup', () => {
  it('sums every cell of the three tables, as an independent sum does', () => {
    const specs = fiveAgencies();
    const rollup = buildRollup(
      specs.map((s, i) => input(`r${i}`, s.agency, s.cells)),
      { year: 2024 },
    );
    expect(rollup.members.map((m) => m.agency)).toEqual(AGENCIES);
    expect(rollup.excluded).toEqual([]);
    for (const path of allCellPaths) {
      let expected = 0;
      for (const s of specs) expected += Number(s.cells[path] ?? 0);
      if (path === 'active/fees/amount') expected = Number(expected.toFixed(4));
      expect(rollup.cells[path]!.value, path).toBe(expected);
      expect(rollup.cells[path]!.reports).toBe(5);
    }
    // A sum of correct tables is correct.
    expect(rollup.findings).toEqual([]);
    expect(Object.keys(rollup.cells)).toHaveLength(200);
  });

  it('carries a 勾稽 error of one agency into the roll-up and names that agency', () => {
    const specs = fiveAgencies();
    const wrong = { ...specs[2]!.cells };
    // 一、本年新收 of 自然人 written 7 too high (its row total follows): the balance breaks.
    wrong['requests/1/natural'] = Number(wrong['requests/1/natural']) + 7;
    wrong['requests/1/total'] = Number(wrong['requests/1/total']) + 7;
    const rollup = buildRollup(
      specs.map((s, i) => input(`r${i}`, s.agency, i === 2 ? wrong : s.cells)),
      { year: 2024, name: '某县' },
    );
    expect(rollup.findings.length).toBeGreaterThan(0);
    const balance = rollup.findings.filter((f) => f.ruleId === 'arith.requests-balance');
    expect(balance.length).toBeGreaterThan(0);
    for (const f of balance) {
      expect(f.agencies).toEqual([{ id: 'r2', agency: '某县教育局' }]);
      expect(f.message).toContain('某县教育局');
    }
    const flagged = balance.flatMap((f) => f.cells);
    expect(flagged).toContain('requests/1/natural');
    expect(flagged).toContain('requests/1/total');
    expect(rollup.cells['requests/1/natural']!.value).toBe(
      specs.reduce((s, x) => s + Number(x.cells['requests/1/natural']), 0) + 7,
    );
  });

  it('counts a corrected cell with its corrected value and says so', () => {
    const specs = fiveAgencies();
    const wrong = { ...specs[0]!.cells, 'review/reconsideration/total': 999 };
    const right = Number(specs[0]!.cells['review/reconsideration/total']);
    const uncorrected = buildRollup(
      specs.map((s, i) => input(`r${i}`, s.agency, i === 0 ? wrong : s.cells)),
      { year: 2024 },
    );
    expect(uncorrected.findings.map((f) => f.ruleId)).toEqual(['arith.review-total']);
    expect(uncorrected.findings[0]!.agencies.map((a) => a.agency)).toEqual(['某县司法局']);

    const corrections = [{ path: 'review/reconsideration/total', value: right }];
    const rollup = buildRollup(
      specs.map((s, i) =>
        input(`r${i}`, s.agency, i === 0 ? wrong : s.cells, i === 0 ? { corrections } : {}),
      ),
      { year: 2024 },
    );
    expect(rollup.findings).toEqual([]);
    const cell = rollup.cells['review/reconsideration/total']!;
    expect(cell.value).toBe(
      specs.reduce((s, x) => s + Number(x.cells['review/reconsideration/total']), 0),
    );
    expect(cell.corrected).toBe(1);
    expect(rollup.members[0]!.corrected).toEqual(['review/reconsideration/total']);
    expect(rollup.cells['review/reconsideration/upheld']!.corrected).toBe(0);
  });

  it('lists the reports left out and why', () => {
    const specs = fiveAgencies();
    const blank = { ...specs[1]!.cells, 'requests/3.2/legal': null };
    const rollup = buildRollup(
      [
        input('ok', specs[0]!.agency, specs[0]!.cells),
        input('blank', specs[1]!.agency, blank),
        {
          ...input('no-review', specs[2]!.agency, specs[2]!.cells),
          doc: parseReport(buildReportText({ agency: specs[2]!.agency, omit: ['4'] })),
        },
        {
          id: 'unread',
          agency: '某县水利局',
          year: null,
          version: 2,
          doc: null,
          error: '文件已加密',
          corrections: [],
        },
      ],
      { year: 2024 },
    );
    expect(rollup.members.map((m) => m.id)).toEqual(['ok']);
    const why = Object.fromEntries(rollup.excluded.map((e) => [e.id, e.reasons.join(' ')]));
    expect(why['blank']).toMatch(/1 格空白或未读出.*法律服务机构/);
    expect(why['no-review']).toContain('未读到表四');
    expect(why['unread']).toBe('文件未能读取：文件已加密');
    expect(rollup.excluded.find((e) => e.id === 'unread')!.version).toBe(2);
    // The sums are the one member's values.
    expect(rollup.cells['requests/3.7/total']!.value).toBe(specs[0]!.cells['requests/3.7/total']);

    // Correcting the blank cell lets the report join.
    const fixed = buildRollup(
      [
        input('blank', specs[1]!.agency, blank, {
          corrections: [
            { path: 'requests/3.2/legal', value: Number(specs[1]!.cells['requests/3.2/legal']) },
          ],
        }),
      ],
      { year: 2024 },
    );
    expect(fixed.excluded).toEqual([]);
    expect(fixed.findings).toEqual([]);
  });

  it('sums fee amounts in 万元 with the precision of the inputs', () => {
    const fees = [0.1, 0.2, 1.2345];
    const rollup = buildRollup(
      fees.map((amount, i) =>
        input(`f${i}`, AGENCIES[i]!, { ...consistentCells(40 + i), 'active/fees/amount': amount }),
      ),
      { year: 2024 },
    );
    expect(rollup.cells['active/fees/amount']!.value).toBe(1.5345);
    expect(preciseSum([0.1, 0.2])).toBe(0.3);
    expect(preciseSum([1, 2])).toBe(3);
  });

  it('joins a 2019-form report by the shared cells and marks it', () => {
    const specs = fiveAgencies();
    const old = specs[4]!.cells;
    const row = requestColumns.map((c) =>
      ['3.6.1', '3.6.2', '3.6.3'].reduce(
        (s, r) => s + Number(old[cellPath('requests', r, c.id)]),
        0,
      ),
    );
    const rollup = buildRollup(
      specs.map((s, i) =>
        input(`r${i}`, s.agency, s.cells, i === 4 ? { text: (t) => to2019Row(t, row) } : {}),
      ),
      { year: 2024 },
    );
    expect(rollup.excluded).toEqual([]);
    const legacy = rollup.members[4]!;
    expect(legacy.format).toBe('2019');
    // Table 二 joins by the three cells both forms share; the others sum the 2021 reports.
    expect(rollup.cells['active/licensing/decisions']!.reports).toBe(5);
    expect(rollup.cells['active/regulations/issued']).toMatchObject({ reports: 4, partial: true });
    expect(legacy.legacyOther).toEqual(
      Object.fromEntries(requestColumns.map((c, i) => [c.id, row[i]])),
    );
    expect(rollup.legacyOther).toEqual(legacy.legacyOther);
    // 3.6.1–3.6.3 sum the 2021 reports only, and say so.
    const split = rollup.cells['requests/3.6.1/natural']!;
    expect(split.partial).toBe(true);
    expect(split.reports).toBe(4);
    // The totals include every report; the relations still hold with （六） as one row.
    expect(rollup.cells['requests/3.7/total']!.value).toBe(
      specs.reduce((s, x) => s + Number(x.cells['requests/3.7/total']), 0),
    );
    expect(rollup.findings).toEqual([]);
  });

  it('marks a value far above the peers and a 0 where last year had many', () => {
    const base = consistentCells(7);
    const big = { ...base, 'active/licensing/decisions': 5000 };
    const zero = { ...base, 'active/licensing/decisions': 110, 'active/punishment/decisions': 0 };
    const peers = [100, 120, 90].map((n) => ({ ...base, 'active/licensing/decisions': n }));
    const inputs = [
      input('big', '甲', big),
      { ...input('zero', '乙', zero), previous: { 'active/punishment/decisions': 80 } },
      ...peers.map((c, i) => input(`p${i}`, `丙${i}`, c)),
    ];
    const rollup = buildRollup(inputs, { year: 2024 });
    const high = rollup.outliers.filter(
      (o) => o.kind === 'high' && o.path === 'active/licensing/decisions',
    );
    expect(high.map((o) => o.memberId)).toEqual(['big']);
    expect(high[0]!.message).toContain('3 倍');
    const dropped = rollup.outliers.filter((o) => o.kind === 'dropped');
    expect(dropped).toEqual([
      expect.objectContaining({
        memberId: 'zero',
        path: 'active/punishment/decisions',
        reference: 80,
      }),
    ]);
  });
});
