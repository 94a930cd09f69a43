// Buttons: native <button> elements, so keyboard and screen readers work without extra code.
import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';

/** ButtonProps adds a look and a busy state to a native button. */
export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'primary' | 'secondary' | 'danger' | 'link';
  busy?: boolean;
  children: ComponentChildren;
};

/** Button is a native button; while busy it is disabled and says so to assistive technology. */
export function Button({ variant = 'secondary', busy, disabled, children, type, ...rest }: ButtonProps) {
  return (
    <button {...rest} type={type ?? 'button'} class={`btn btn-${variant}`} disabled={disabled || busy} aria-busy={busy ? 'true' : undefined}>
      {children}
    </button>
  );
}
