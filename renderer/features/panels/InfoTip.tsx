interface InfoTipProps {
  /** The explanation, one or two plain sentences. */
  text: string;
  /** Id of the bubble, so a field can point `aria-describedby` at it. */
  id?: string;
  /** Which side the bubble is anchored to; 'end' for items near the right edge of the window. */
  align?: 'start' | 'end';
}

/**
 * A small "?" that shows an explanation on hover. The bubble is in the DOM all the time
 * (hidden by CSS), so screen readers reach it through `aria-describedby` of the field it
 * explains; the icon itself is not a tab stop, so tabbing goes from field to field.
 */
export function InfoTip({ text, id, align = 'start' }: InfoTipProps) {
  return (
    <span className={`sl-tip sl-tip--${align}`}>
      <span className="sl-tip__icon" aria-hidden="true">?</span>
      <span className="sl-tip__bubble" role="tooltip" id={id}>
        {text}
      </span>
    </span>
  );
}
