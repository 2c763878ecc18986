// @vitest-environment happy-dom
// Bidirectional controls quoted from a draft are shown as visible marks in the sidebar: an unclosed right-to-left
// override would otherwise display the rest of the line reversed (a spoofing trick).
import { describe, expect, it } from 'vitest';
import { revealControls } from '../../entrypoints/composer.content/reveal-controls';

describe('revealControls', () => {
  it('shows overrides and isolates as visible marks', () => {
    expect(revealControls('Write to jo\u202E@example.com')).toBe('Write to jo[U+202E]@example.com');
    expect(revealControls('\u2066a\u2069 \u202Ab\u202C')).toBe('[U+2066]a[U+2069] [U+202A]b[U+202C]');
  });

  it('leaves ordinary text, emoji and right-to-left scripts alone', () => {
    for (const text of ['Bonjour à tous', '😂👍🏽', 'مرحبا بالعالم', 'שלום', 'e\u0301']) expect(revealControls(text)).toBe(text);
  });
});
