import { describe, expect, it } from 'vitest';
import {
  describeFormats,
  extensionOf,
  formatFromName,
  isReportFileName,
  REPORT_EXTENSIONS,
} from '../../src/shared/formats';

describe('the supported formats', () => {
  it('names a format from the file name, in lower case, on either path separator', () => {
    expect(formatFromName('/tmp/报告.DOCX')).toBe('docx');
    expect(formatFromName('C:\\报告\\某局 2024 年报.pdf')).toBe('pdf');
    expect(formatFromName('/tmp/v1.2/README')).toBe('unknown');
    expect(extensionOf('.hidden')).toBe('');
  });

  it('takes listed extensions from folders, never hidden or Office lock files', () => {
    expect(isReportFileName('/a/某局年报.docx')).toBe(true);
    expect(isReportFileName('/a/某局年报.WPS')).toBe(true);
    expect(isReportFileName('/a/~$某局年报.docx')).toBe(false);
    expect(isReportFileName('/a/.某局年报.txt')).toBe(false);
    expect(isReportFileName('/a/统计表.xlsx')).toBe(false);
    expect(isReportFileName('/a/docx')).toBe(false);
  });

  it('describes every extension once, grouped by its label', () => {
    const text = describeFormats();
    for (const ext of REPORT_EXTENSIONS)
      expect(text.match(new RegExp(`\\.${ext}(?![a-z])`, 'g'))).toHaveLength(1);
    expect(
      describeFormats([
        { extension: 'docx', label: 'Word' },
        { extension: 'doc', label: 'Word' },
        { extension: 'txt', label: '文本' },
      ]),
    ).toBe('Word（.docx、.doc）、文本（.txt）');
  });
});
