// The error results of file reading: one code each, with a Chinese message that says what to do.
import type { ExtractErrorCode } from '../../shared/model/source';

/** Thrown inside the extractors and turned into an error result at the entry point. */
export class ExtractError extends Error {
  constructor(
    readonly code: ExtractErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractError';
  }
}

const duration = (ms: number): string =>
  ms >= 1000 ? `${Math.round(ms / 1000)} 秒` : `${Math.max(1, Math.round(ms))} 毫秒`;

const mb = (n: number): string => (n / 1048576).toFixed(n < 10 * 1048576 ? 1 : 0);

/** What to ask for when a file cannot be read: the original in a readable form. */
const ASK_ORIGINAL = '请在 Word 或 WPS 中另存为 .docx，或导出为可复制文字的 PDF 后再导入。';

/** The Chinese messages, by code; `name` is the file name shown to the reviewer. */
export const messages = {
  notFound: (name: string) => `找不到文件「${name}」，请确认文件没有被移动、改名或删除。`,
  notAFile: (name: string) => `「${name}」不是文件（可能是文件夹），请选择年度报告文件。`,
  empty: (name: string) =>
    `文件「${name}」是空文件（0 字节），请确认是否选错了文件，或重新获取报告。`,
  blankText: (name: string) => `文本文件「${name}」只有空白字符，没有内容，请确认是否选错了文件。`,
  tooLarge: (name: string, size: number, max: number) =>
    `文件「${name}」大小为 ${mb(size)} MB，超过上限 ${mb(max)} MB。年度报告一般只有几 MB，请确认是否选错了文件；如报告中有大量图片，请压缩图片后另存再导入。`,
  textTooLong: (name: string, chars: number, max: number) =>
    `文件「${name}」提取出 ${Math.round(chars / 10000)} 万字，超过上限 ${Math.round(max / 10000)} 万字。年度报告一般只有几万字，请确认是否选错了文件或文件是否为多份材料的合订本。`,
  unpackedTooLarge: (name: string, max: number) =>
    `Word 文件「${name}」解压后超过 ${mb(max)} MB（可能是异常文件或“压缩炸弹”），已停止读取。请确认文件来源，必要时请报送单位重新生成 .docx 文件。`,
  streamTooLarge: (name: string, max: number) =>
    `PDF 文件「${name}」中有一段内容解压后超过 ${mb(max)} MB（可能是异常文件或“压缩炸弹”），已停止读取。请确认文件来源，必要时请报送单位重新导出 PDF。`,
  inflatedTooLarge: (name: string, max: number) =>
    `PDF 文件「${name}」的内容解压后合计超过 ${mb(max)} MB（可能是异常文件或“压缩炸弹”），已停止读取。请确认文件来源，必要时请报送单位重新导出 PDF。`,
  pdfNestingTooDeep: (name: string, max: number) =>
    `PDF 文件「${name}」的页面绘制指令嵌套超过 ${max} 层（正常文件不超过几十层），文件异常，已停止读取。请报送单位重新导出 PDF。`,
  xmlNestingTooDeep: (name: string, max: number) =>
    `Word 文件「${name}」的内容嵌套超过 ${max} 层（如表格套表格），文件异常，已停止读取。请在 Word 或 WPS 中打开并另存为 .docx 后再导入。`,
  tooManyElements: (name: string, max: number) =>
    `Word 文件「${name}」的一个部件中有超过 ${max / 10000} 万个元素，远超年度报告的规模（可能是异常文件），已停止读取。`,
  tooManyParagraphs: (name: string, max: number) =>
    `Word 文件「${name}」有超过 ${max / 10000} 万个段落，远超年度报告的规模（可能是异常文件或大量空段落），已停止读取。请删除空段落后另存再导入。`,
  tooManyCells: (name: string, max: number) =>
    `Word 文件「${name}」的表格有超过 ${max / 10000} 万个单元格，远超年度报告的规模（可能是异常文件），已停止读取。`,
  noPages: (name: string) =>
    `PDF 文件「${name}」没有任何页面（页面目录为空），文件已损坏，无法读取。请重新下载或重新导出 PDF 后再导入。`,
  tooManyPages: (name: string, pages: number, max: number) =>
    `PDF 文件「${name}」共 ${pages} 页，超过上限 ${max} 页，请确认是否为年度报告；如是合订本，请只导出该单位的年度报告部分后再导入。`,
  timeout: (name: string, ms: number) =>
    `读取文件「${name}」超过 ${duration(ms)}仍未完成，已停止。${ASK_ORIGINAL}`,
  noTextLayer: (name: string) =>
    `文件「${name}」：该PDF为扫描件，没有文字层，请提供原始Word或可复制文字的PDF。`,
  scannedPages: (pages: number[]) =>
    `第 ${pages.join('、')} 页没有文字层（可能是扫描页），其内容未能读取，请对照原文件核对。`,
  truncatedPdf: 'PDF 文件结尾不完整（可能下载或复制时被截断），内容可能缺失，请对照原文件核对。',
  garbledText: (name: string) =>
    `文件「${name}」：该PDF的文字无法正确提取（字体缺少编码信息，复制出来是乱码），请提供原始Word或可复制文字的PDF。`,
  onlyPictures: (name: string) =>
    `Word 文件「${name}」中只有图片，没有文字（可能是扫描件贴进了 Word），无法读取。请提供原始 Word 或可复制文字的 PDF。`,
  noContent: (name: string) => `Word 文件「${name}」没有文字内容，请确认是否选错了文件。`,
  altChunkNote: (n: number) =>
    `文档中有 ${n} 处从其他文件嵌入的内容（altChunk），未能读取，请对照原文件核对。`,
  encryptedPdf: (name: string) =>
    `PDF 文件「${name}」已加密，需要密码才能打开，无法读取。请提供未加密的 PDF 或原始 Word 文件。`,
  encryptedOffice: (name: string) =>
    `Word 文件「${name}」设置了打开密码，无法读取。请报送单位取消密码后重新提供。`,
  corruptPdf: (name: string, detail: string) =>
    `PDF 文件「${name}」已损坏或不完整（${detail}），无法读取。请重新下载或重新导出 PDF 后再导入。`,
  corruptDocx: (name: string, detail: string) =>
    `Word 文件「${name}」已损坏或不完整（${detail}），无法读取。请在 Word 或 WPS 中打开并另存为 .docx 后再导入。`,
  corrupt: (name: string, detail: string) =>
    `无法读取文件「${name}」（${detail}），请重新获取文件后再导入。`,
  notWhatItsNameSays: (name: string, ext: string) =>
    `文件「${name}」的扩展名是 .${ext}，但内容不是有效的 ${ext === 'pdf' ? 'PDF' : 'Word'} 文件，文件可能已损坏或被改了扩展名。请重新获取原始文件后再导入。`,
  notText: (name: string) =>
    `文件「${name}」不是文本文件，也不是可识别的 Word 或 PDF 文件，请确认文件格式。${ASK_ORIGINAL}`,
  brokenMht: (name: string, detail: string) =>
    `网页文件「${name}」（.mht 单一文件网页）已损坏（${detail}），无法读取。请在浏览器中重新打开原网页，另存为“网页，仅 HTML”（.html）后再导入。`,
  notAPage: (name: string) =>
    `网页文件「${name}」的内容无法识别为文字（可能是二进制文件被改成了网页扩展名），请确认文件是否正确。`,
  blankPage: (name: string) =>
    `网页文件「${name}」中没有正文文字（可能只保存了网页框架，或正文由脚本加载），请在浏览器中打开原网页，待正文显示后再另存为网页，或把报告正文复制到 Word 后导入。`,
  pageTooManyElements: (name: string, max: number) =>
    `网页文件「${name}」的网页元素超过 ${max / 10000} 万个（年度报告网页一般只有几千个），可能是异常文件，已停止读取。请在浏览器中打开原网页，把报告正文复制到 Word 后导入。`,
  noReportOnPage: '网页中未找到年度报告的标题，已读取网页的全部正文，请确认保存的是年度报告页面。',
  unsupported: (name: string, kind: string) => `暂不支持${kind}「${name}」。${ASK_ORIGINAL}`,
  needsConverter: (name: string, kind: string) =>
    `${kind}「${name}」需要先转换才能读取，但本机未安装 LibreOffice。${ASK_ORIGINAL}`,
  convertFailed: (name: string, kind: string, detail: string) =>
    `${kind}「${name}」转换失败（${detail}）。${ASK_ORIGINAL}`,
  corruptOfd: (name: string, detail: string) =>
    `OFD 文件「${name}」已损坏或不完整（${detail}），无法读取。请重新下载，或请报送单位重新导出 OFD（或提供 Word、PDF）后再导入。`,
  ofdEncrypted: (name: string) =>
    `OFD 文件「${name}」已加密，无法读取。请报送单位提供未加密的 OFD、PDF 或 Word 文件。`,
  ofdTooLarge: (name: string, detail: string) =>
    `OFD 文件「${name}」${detail}，已停止读取。年度报告不会这样大，请确认文件来源，必要时请报送单位重新导出。`,
  ofdTooDeep: (name: string, detail: string) =>
    `OFD 文件「${name}」${detail}，正常文件不超过几十层，已停止读取。请报送单位重新导出 OFD（或提供 Word、PDF）后再导入。`,
  ofdTooManyPages: (name: string, pages: number, max: number) =>
    `OFD 文件「${name}」共 ${pages} 页，超过上限 ${max} 页，请确认是否为年度报告；如是合订本，请只导出该单位的年度报告部分后再导入。`,
  ofdNoText: (name: string) =>
    `文件「${name}」：该OFD为扫描件（页面只有图片），没有文字层，请提供原始Word或可复制文字的PDF、OFD。`,
  ofdGarbled: (name: string) =>
    `文件「${name}」：该OFD的文字使用字体私有编码，无法正确提取（复制出来是乱码），请提供原始Word或可复制文字的PDF、OFD。`,
  ofdPrivateUse: (count: number, pages: number[]) =>
    `第 ${pages.join('、')} 页有 ${count} 个字符使用字体私有编码，无法识别，已略去，请对照原文件核对。`,
  ofdSetAside: (count: number, pages: number[]) =>
    `第 ${pages.join('、')} 页有 ${count} 个字为旋转或弧形排列（如竖排标注、印章文字），未计入正文。`,
  ofdSeals: (count: number, pages: number[]) =>
    `文件含 ${count} 个电子签章${pages.length > 0 ? `（第 ${pages.join('、')} 页）` : ''}，签章未验证。`,
  ofdMissingPages: (pages: number[]) =>
    `第 ${pages.join('、')} 页的内容文件缺失或无法读取，这些页的内容未能读取，请对照原文件核对。`,
  ofdDocuments: (count: number) => `文件包含 ${count} 个文档，已按顺序连续读取。`,
} as const;
