// The 原文 of a scanned report (an image file read with OCR): each page picture drawn on a
// canvas, the marks as boxes over it at the recognized text's places, like the PDF view's;
// clicking a box selects its finding, the active one is scrolled to and flashed. The picture's
// bytes come through the source IPC and are decoded here (the page's CSP allows no blob: URL).
import { memo, useEffect, useRef, useState } from 'react';
import type { ScanPageView } from '../../../shared/ipc/source';
import { paintPicture } from './paintPicture';
import type { PdfMarkBox } from './originalLayout';
import { PageMarkBoxes, pageFrameStyle, useFlashActive } from './PageMarks';

interface Props {
  pages: ScanPageView[];
  boxes: PdfMarkBox[];
  activeKey: string | null;
  flashNonce: number;
  onMarkClick(key: string): void;
}

export const ImageView = memo(function ImageView({
  pages,
  boxes,
  activeKey,
  flashNonce,
  onMarkClick,
}: Props) {
  const ref = useRef<HTMLDivElement>(null);

  useFlashActive(ref, activeKey, flashNonce);

  if (pages.length === 0) return <p className="original-note">该扫描件没有可显示的页面。</p>;
  const widest = Math.max(...pages.map((p) => p.width));
  return (
    <div className="pdf-view image-view" ref={ref} data-testid="image-view">
      {pages.map((p, i) => (
        <div
          key={i}
          className="pdf-page image-page"
          data-page={i + 1}
          style={pageFrameStyle(p, widest)}
        >
          <ScanPicture page={p} number={i + 1} />
          <PageMarkBoxes boxes={boxes} number={i + 1} page={p} {...{ activeKey, onMarkClick }} />
        </div>
      ))}
    </div>
  );
});

/** One page picture, decoded and drawn once; a picture that cannot be decoded says so. */
const ScanPicture = memo(function ScanPicture({
  page,
  number,
}: {
  page: ScanPageView;
  number: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    void paintPicture(
      () => canvas.current,
      page.bytes,
      page.mime,
      () => live,
      // The OCR read a JPEG turned upright by its EXIF orientation: so is the picture shown.
      page.mime === 'image/jpeg' ? 'from-image' : 'none',
    ).then((ok) => {
      if (!ok && live) setFailed(true);
    });
    return () => {
      live = false;
    };
  }, [page]);

  if (failed) return <p className="original-note">第 {number} 页图片无法显示。</p>;
  return (
    <canvas
      ref={canvas}
      aria-label={`第 ${number} 页扫描图片`}
      style={{ display: 'block', width: '100%', height: '100%' }}
    />
  );
});
