// A cell of the 2019 form's table 二 is corrected as any other; its 本年增/减 may be corrected to a
// negative number (the form's change may be negative), a count may not. Main refuses what the
// correction dialog refuses, with the same message naming the cell by the 2019 form.
import { describe, expect, it } from 'vitest';
import { readCorrectionText } from '../../src/shared/model/form-correction';
import { copiedSetup } from '../support/copied-reports';
import { with2019Table } from '../support/form-2019';

describe('correcting a 2019-form cell', () => {
  it('takes a negative 本年增/减 and refuses a negative count, in Chinese', async () => {
    const { service, importOne } = copiedSetup();
    const report = await importOne('某县司法局2019.txt', with2019Table(2019));
    const detail = await service.correctCell({
      reportId: report.id,
      path: 'active/licensing/change',
      value: -3,
    });
    expect(detail.corrections).toMatchObject([
      { path: 'active/licensing/change', value: -3, original: 0 },
    ]);
    await expect(
      service.correctCell({ reportId: report.id, path: 'active/licensing/decisions', value: -3 }),
    ).rejects.toThrow('表二「行政许可」处理决定数量应为不小于 0 的数。');
  });

  it('saves a "+3" typed in 本年增/减 as 3, and gives the dialog’s message for a bad count', async () => {
    const { service, importOne } = copiedSetup();
    const report = await importOne('某县司法局2019.txt', with2019Table(2019));
    const typed = readCorrectionText('＋3', 'active/licensing/change', '2019');
    expect(typed).toEqual({ value: 3, problem: null });
    const detail = await service.correctCell({
      reportId: report.id,
      path: 'active/licensing/change',
      value: typed.value,
    });
    expect(detail.corrections).toMatchObject([{ path: 'active/licensing/change', value: 3 }]);
    // A page that skipped the dialog's check: main says what the dialog would have said.
    const dialog = readCorrectionText('2.5', 'active/licensing/decisions', '2019').problem;
    expect(dialog).toBe('表二「行政许可」处理决定数量是件数，应为整数。');
    await expect(
      service.correctCell({ reportId: report.id, path: 'active/licensing/decisions', value: 2.5 }),
    ).rejects.toThrow(dialog!);
  });
});
