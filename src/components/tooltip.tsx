import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';

interface TooltipProps {
  /** The visible text of the trigger button. */
  label: ReactNode;
  /** The explanation, shown on hover and on keyboard focus, and read as the button's description. */
  tip: string;
  className?: string;
}

/**
 * A button that explains itself: the tip shows on hover and focus, stays while the pointer is on
 * it, and Escape dismisses it (WCAG 1.4.13). Screen readers get the tip via aria-describedby, so
 * it does not depend on the `title` attribute. A click toggles it, for touch screens.
 */
export function Tooltip({ label, tip, className }: TooltipProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    }
  };
  return (
    <span
      className="tooltip"
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        className={['tooltip__trigger', className].filter(Boolean).join(' ')}
        aria-describedby={id}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen((was) => !was)}
      >
        {label}
      </button>
      <span role="tooltip" id={id} className="tooltip__tip" data-open={open ? 'true' : 'false'}>
        {tip}
      </span>
    </span>
  );
}
