// How the app and the command say which page of a scan is being recognized (OCR is slow: a
// page takes seconds, so the reviewer sees it move page by page).

/** "正在识别第 3/5 页": page 3 of a file of 5 pages is being recognized. */
export const ocrPageText = (page: number, pages: number): string =>
  `正在识别第 ${page}/${pages} 页`;
