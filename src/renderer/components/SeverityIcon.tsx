// Severity icons drawn in SVG (no icon font, no remote asset), with a Chinese label for readers.
import type { Severity } from '../../shared/model/schema';
import { severityLabel } from '../../shared/model/schema';

export const SeverityIcon = ({ severity, size = 16 }: { severity: Severity; size?: number }) => (
  <svg
    className={`sev-icon sev-${severity}`}
    width={size}
    height={size}
    viewBox="0 0 16 16"
    role="img"
    aria-label={severityLabel[severity]}
  >
    {severity === 'error' && (
      <>
        <circle cx="8" cy="8" r="7.5" />
        <path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" className="glyph" />
      </>
    )}
    {severity === 'warning' && (
      <>
        <path d="M8 1L15.4 14.5H0.6Z" />
        <path d="M8 6v4.2M8 12v.4" className="glyph" />
      </>
    )}
    {severity === 'info' && (
      <>
        <circle cx="8" cy="8" r="7.5" />
        <path d="M8 7v4.6M8 4.4v.4" className="glyph" />
      </>
    )}
  </svg>
);
