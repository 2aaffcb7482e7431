// The one list of the report formats the app and the CLI take: which files a folder contributes,
// a file's format from its name, and how the formats are named to the reviewer.

/** A format by its file extension (lower case, no dot) and the reviewer's name for it. */
export interface ReportFormat {
  extension: string;
  /** Shown grouped: extensions of one label are listed together ("Word（.docx、.doc）"). */
  label: string;
}

/**
 * Every format read (directly, or converted through LibreOffice when it is installed). Add a
 * format here and folders, the open dialog, the file manager's "open with" and the drop hint
 * all take it.
 */
export const REPORT_FORMATS: readonly ReportFormat[] = [
  { extension: 'docx', label: 'Word' },
  { extension: 'doc', label: 'Word' },
  { extension: 'wps', label: 'WPS' },
  { extension: 'pdf', label: 'PDF' },
  { extension: 'ofd', label: 'OFD' },
  { extension: 'html', label: '网页' },
  { extension: 'htm', label: '网页' },
  { extension: 'mht', label: '网页' },
  { extension: 'mhtml', label: '网页' },
  { extension: 'txt', label: '文本' },
  { extension: 'md', label: 'Markdown' },
  // Scans: each image file is one report, read with OCR.
  { extension: 'jpg', label: '扫描图片' },
  { extension: 'jpeg', label: '扫描图片' },
  { extension: 'png', label: '扫描图片' },
  { extension: 'tif', label: '扫描图片' },
  { extension: 'tiff', label: '扫描图片' },
  { extension: 'rtf', label: 'RTF' },
  { extension: 'odt', label: 'OpenDocument' },
];

/** The extensions, without dots, in the list's order. */
export const REPORT_EXTENSIONS: readonly string[] = REPORT_FORMATS.map((f) => f.extension);

/** The file name of a path (either separator: the list serves Windows paths too). */
const baseName = (path: string): string =>
  path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

/** The extension of a path, lower case without the dot; '' when it has none. */
export const extensionOf = (path: string): string => {
  const name = baseName(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
};

/** The format a file is named as ("docx"), or "unknown": what a file that could not be read shows. */
export const formatFromName = (path: string): string => extensionOf(path) || 'unknown';

/**
 * Whether a file found in a folder (or named on the command line of the app) is a report to read:
 * a listed extension, and not a hidden file or an Office lock file ("~$报告.docx").
 */
export const isReportFileName = (path: string): boolean => {
  const name = baseName(path);
  return (
    !name.startsWith('.') && !name.startsWith('~$') && REPORT_EXTENSIONS.includes(extensionOf(name))
  );
};

/** "Word（.docx、.doc）、WPS（.wps）、PDF（.pdf）…": the formats for a hint or a dialog filter. */
export const describeFormats = (formats: readonly ReportFormat[] = REPORT_FORMATS): string => {
  const byLabel = new Map<string, string[]>();
  for (const f of formats)
    byLabel.set(f.label, [...(byLabel.get(f.label) ?? []), `.${f.extension}`]);
  return [...byLabel].map(([label, exts]) => `${label}（${exts.join('、')}）`).join('、');
};
