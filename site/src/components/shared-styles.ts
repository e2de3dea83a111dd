// Styles several components share (buttons, form fields, notices). Colours come from custom
// properties set in styles.css, which cross shadow roots.
import { css } from 'lit';

export const base = css`
  :host {
    display: block;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  a {
    color: var(--link);
  }
  h1,
  h2 {
    line-height: 1.2;
    margin: 0 0 0.5rem;
  }
  h1:focus,
  h2:focus {
    outline: none;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4rem;
    min-height: 2.75rem;
    padding: 0.5rem 1.1rem;
    border: 2px solid var(--accent);
    border-radius: 999px;
    background: var(--accent);
    color: var(--accent-ink);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
  }
  .button.secondary {
    border-color: var(--secondary-ink, var(--accent));
    background: transparent;
    color: var(--secondary-ink, var(--accent));
  }
  .button:hover:not(:disabled) {
    filter: brightness(1.1);
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .notice {
    margin: 0.75rem 0;
    padding: 0.6rem 0.9rem;
    border-radius: 8px;
    border-left: 5px solid var(--muted);
    background: var(--card);
  }
  .notice.error {
    border-left-color: var(--error);
    color: var(--error);
  }
  .notice.success {
    border-left-color: var(--success);
    color: var(--success);
  }
  .notice:empty {
    display: none;
  }
`;

export const form = css`
  form {
    max-width: 26rem;
    margin: 0 auto;
    padding: 1.5rem;
    border-radius: var(--radius);
    background: var(--card);
    box-shadow: var(--shadow);
  }
  .field {
    display: grid;
    gap: 0.3rem;
    margin: 0 0 1rem;
  }
  label {
    font-weight: 600;
  }
  input {
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--border);
    border-radius: 8px;
    background: #fff;
    color: var(--ink);
    font: inherit;
  }
  input[aria-invalid='true'] {
    border-color: var(--error);
  }
  .hint {
    margin: 0;
    color: var(--muted);
    font-size: 0.9rem;
  }
  h1 + .hint {
    margin: 0 0 1rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }
  .more {
    margin: 1.25rem 0 0;
    color: var(--muted);
  }
`;
