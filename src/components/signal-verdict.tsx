import type { AssuranceVerdict, VariationVerdict } from '@/domain/spc-verdict';
import { ASSURANCE_WORDS, VARIATION_WORDS } from '@/domain/spc-verdict';
import { Tooltip } from '@/components/tooltip';

/**
 * Signal-or-noise verdicts as a shape and a word (SPEC 3.9). The shape is decoration, hidden from
 * screen readers; the word is the meaning, so the verdict never rests on colour alone.
 */
const VARIATION_SHAPES: Record<VariationVerdict, string> = {
  'special-cause-improvement': '▲',
  'special-cause-concern': '◆',
  'special-cause-neither-high': '△',
  'special-cause-neither-low': '▽',
  'common-cause': '○',
  'no-verdict': '–',
};

const ASSURANCE_SHAPES: Record<AssuranceVerdict, string> = {
  'consistently-meets': '✓',
  'consistently-fails': '✗',
  'hit-and-miss': '≈',
  'no-target': '–',
  'no-verdict': '–',
};

function Verdict({
  kind,
  verdict,
  shape,
  word,
}: {
  kind: string;
  verdict: string;
  shape: string;
  word: string;
}) {
  return (
    <span className={`verdict verdict--${kind} verdict--${verdict}`}>
      <span className="verdict__shape" aria-hidden="true">
        {shape}
      </span>
      <span className="verdict__word">{word}</span>
    </span>
  );
}

export function VariationTag({ verdict }: { verdict: VariationVerdict }) {
  return (
    <Verdict
      kind="variation"
      verdict={verdict}
      shape={VARIATION_SHAPES[verdict]}
      word={VARIATION_WORDS[verdict]}
    />
  );
}

export function AssuranceTag({ verdict }: { verdict: AssuranceVerdict }) {
  return (
    <Verdict
      kind="assurance"
      verdict={verdict}
      shape={ASSURANCE_SHAPES[verdict]}
      word={ASSURANCE_WORDS[verdict]}
    />
  );
}

/** The small-numbers marker beside DOT and RAG; its tip says what was counted. */
export function SmallNumbersMarker({ sentence }: { sentence: string }) {
  return (
    <span className="small-numbers-line">
      <Tooltip label="Small numbers" tip={sentence} className="small-numbers" />
    </span>
  );
}
