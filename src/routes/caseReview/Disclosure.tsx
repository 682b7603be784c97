import { createSignal, type JSX } from 'solid-js';

const STORAGE_PREFIX = 'samverka.fold.';

function remembered(key: string): boolean {
  try {
    return sessionStorage.getItem(STORAGE_PREFIX + key) === 'open';
  } catch {
    return false;
  }
}

/**
 * A section folded away until wanted: its heading is a button with aria-expanded (the ARIA
 * disclosure pattern, so the heading stays a heading). Once opened it stays open for this tab,
 * from case to case, because a person who reads the log reads it on the next case too.
 */
export function Disclosure(props: {
  id: string;
  heading: string;
  /** Short state shown after the heading while folded ("3 händelser"). */
  count?: string;
  children: JSX.Element;
}) {
  const [open, setOpen] = createSignal(remembered(props.id));
  const toggle = () => {
    const next = !open();
    setOpen(next);
    try {
      sessionStorage.setItem(STORAGE_PREFIX + props.id, next ? 'open' : 'closed');
    } catch {
      // Private mode without storage: the fold is simply not remembered.
    }
  };
  return (
    <section class="review-section case-fold" aria-labelledby={`${props.id}-heading`} data-fold={props.id}>
      <h2 id={`${props.id}-heading`}>
        <button
          type="button"
          class="fold-toggle"
          aria-expanded={open() ? 'true' : 'false'}
          aria-controls={`${props.id}-panel`}
          onClick={toggle}
        >
          <span class="fold-marker" aria-hidden="true">
            {open() ? '▾' : '▸'}
          </span>{' '}
          {props.heading}
          {props.count ? <span class="count"> ({props.count})</span> : null}
        </button>
      </h2>
      <div id={`${props.id}-panel`} hidden={!open()}>
        {props.children}
      </div>
    </section>
  );
}
