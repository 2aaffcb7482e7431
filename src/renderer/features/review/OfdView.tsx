// The 原文 of an OFD: each page drawn from the objects main read out of it (text runs at their
// positions, rules and filled boxes as SVG, pictures on canvases, a scanned page's picture
// too), the marks as boxes over them like the PDF view's (on a scan, at the OCR's boxes);
// clicking a box selects its finding, the active one is scrolled to and flashed. Everything is
// React elements: no markup string from the file reaches the page.
import { memo, useEffect, useRef, useState } from 'react';
import type { OfdPageView } from '../../../shared/ipc/source';
import { paintPicture } from './paintPicture';
import type { PdfMarkBox } from './originalLayout';
import { PageMarkBoxes, pageFrameStyle, pct, useFlashActive } from './PageMarks';

interface Props {
  pages: OfdPageView[];
  boxes: PdfMarkBox[];
  activeKey: string | null;
  flashNonce: number;
  onMarkClick(key: string): void;
}

export const OfdView = memo(function OfdView({
  pages,
  boxes,
  activeKey,
  flashNonce,
  onMarkClick,
}: Props) {
  const ref = useRef<HTMLDivElement>(null);

  useFlashActive(ref, activeKey, flashNonce);

  if (pages.length === 0) return <p className="original-note">该 OFD 文件没有可显示的页面。</p>;
  const widest = Math.max(...pages.map((p) => p.width));
  return (
    <div className="pdf-view ofd-view" ref={ref} data-testid="ofd-view">
      {pages.map((p, i) => (
        <div
          key={i}
          className="pdf-page ofd-page"
          data-page={i + 1}
          style={pageFrameStyle(p, widest)}
        >
          <OfdPage page={p} />
          <PageMarkBoxes boxes={boxes} number={i + 1} page={p} {...{ activeKey, onMarkClick }} />
          {p.truncated && <p className="ofd-truncated">该页图形对象过多，只显示了其中一部分。</p>}
        </div>
      ))}
    </div>
  );
});

/**
 * One page in millimetres, painted as most writers paint: paths (and placeholders of pictures
 * that cannot be shown) under pictures under text, in three stacked layers.
 */
const OfdPage = memo(function OfdPage({ page }: { page: OfdPageView }) {
  const viewBox = `0 0 ${page.width} ${page.height}`;
  return (
    <>
      <svg className="ofd-svg" viewBox={viewBox} preserveAspectRatio="none" aria-hidden="true">
        {page.paths.map((p, i) => (
          <path
            key={`p${i}`}
            d={p.d}
            fill={p.fill || 'none'}
            stroke={p.stroke || 'none'}
            // Hairlines (width 0) still show; nothing drawn thicker than a heavy rule.
            strokeWidth={Math.min(Math.max(p.width, 0.1), 2)}
          />
        ))}
        {page.images.map(({ box: [x, y, w, h], picture }, i) =>
          picture ? null : (
            <rect key={`i${i}`} className="ofd-image" x={x} y={y} width={w} height={h} />
          ),
        )}
      </svg>
      {page.images.map(({ box, picture }, i) =>
        picture ? <OfdPicture key={`c${i}`} page={page} box={box} picture={picture} /> : null,
      )}
      <svg
        className="ofd-svg ofd-text"
        viewBox={viewBox}
        preserveAspectRatio="none"
        aria-hidden="true"
      >
        {page.texts.map((t, i) => (
          <text
            key={`t${i}`}
            transform={`matrix(${t.m.join(' ')})`}
            x={t.x}
            y={t.y}
            fontSize={t.size}
            fill={t.fill}
            // The writer placed every glyph; fitting the run to its length keeps columns aligned.
            {...(t.length > 0 ? { textLength: t.length, lengthAdjust: 'spacingAndGlyphs' } : {})}
          >
            {t.text}
          </text>
        ))}
      </svg>
    </>
  );
});

type Image = OfdPageView['images'][number];

/** One picture on a canvas over its box; one that cannot be decoded is a placeholder. */
const OfdPicture = memo(function OfdPicture({
  page,
  box: [x, y, w, h],
  picture,
}: {
  page: OfdPageView;
  box: Image['box'];
  picture: NonNullable<Image['picture']>;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    void paintPicture(
      () => canvas.current,
      picture.bytes,
      picture.mime,
      () => live,
    ).then((ok) => {
      if (!ok && live) setFailed(true);
    });
    return () => {
      live = false;
    };
  }, [picture]);

  return (
    <canvas
      ref={canvas}
      className={`ofd-picture${failed ? ' failed' : ''}`}
      aria-hidden="true"
      style={{
        left: pct(x, page.width),
        top: pct(y, page.height),
        width: pct(w, page.width),
        height: pct(h, page.height),
      }}
    />
  );
});
