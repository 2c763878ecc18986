// Light or dark, to match the site: read from the page's background colour.
export function pageTheme(): 'light' | 'dark' {
  for (const element of [document.body, document.documentElement]) {
    if (!element) continue;
    const match = getComputedStyle(element).backgroundColor.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/);
    if (!match || match[4] === '0') continue; // transparent: look further out
    const [r, g, b] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
  }
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
