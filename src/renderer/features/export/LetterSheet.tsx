// The letter drawn from the same blocks the .docx is written from: preview and print view.
import type { LetterModel } from '../../../shared/ipc/letter';

export const LetterSheet = ({ model }: { model: LetterModel }) => (
  <article className="letter-sheet" aria-label="审核意见书">
    {model.blocks.map((b, i) => (
      <p key={i} className={`lb lb-${b.kind}`}>
        {b.text}
      </p>
    ))}
  </article>
);
