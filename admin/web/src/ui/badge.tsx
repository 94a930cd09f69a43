// Badges carry their meaning in text (and an icon character), never in colour alone.
import type { ComponentChildren } from 'preact';

/** Tone is a badge's colour family. */
export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'internal';

/** Badge is a short label in a coloured pill; the text says what the colour means. */
export function Badge({ tone = 'neutral', icon, children, testid }: { tone?: Tone; icon?: string; children: ComponentChildren; testid?: string }) {
  return (
    <span class={`badge badge-${tone}`} data-testid={testid}>
      {icon && <span aria-hidden="true">{icon} </span>}
      {children}
    </span>
  );
}
