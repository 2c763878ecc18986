// Every word the interface shows comes from a catalog (components/locales/), so it exists in English and
// French. This reads each components/**/*.tsx file and reports text written into the markup: JSX text with
// a letter in it (`<button>Save</button>`), and string literals given to the props people read or hear
// (`aria-label="Close"`). Allowed: the name "Tact", symbols and punctuation (×, –, ✓, …, !) and numbers.
//
// The files are parsed with TypeScript (a dev dependency already) rather than matched with regexes: a regex
// cannot tell the `>` of a tag from the `>` of `a > b` or `=>`, and would flag code as text.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const COMPONENTS = join(ROOT, 'components');

/** Props whose value is read on screen or by a screen reader. */
const TEXT_PROPS = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt']);

export interface HardcodedText {
  line: number;
  text: string;
  /** `text` for a JSX child, else the prop's name. */
  where: string;
}

/** Whether text shown as is would need a translation: it has a letter, other than in the name "Tact". */
function needsTranslation(text: string): boolean {
  const shown = text.replace(/&(#\d+|#x[\da-f]+|[a-z]+\d*);/gi, ' ').replace(/\bTact\b/g, ' ');
  return /\p{L}/u.test(shown);
}

/** The string literals an expression can evaluate to (`a ? 'x' : 'y'`, `ok && 'z'`), not those it only uses. */
function literalsOf(node: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) return [node];
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node) || ts.isSatisfiesExpression(node)) return literalsOf(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalsOf(node.whenTrue), ...literalsOf(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return literalsOf(node.right);
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) return [...literalsOf(node.left), ...literalsOf(node.right)];
    if (op === ts.SyntaxKind.PlusToken) return [...literalsOf(node.left), ...literalsOf(node.right)];
  }
  return [];
}

function textOf(node: ts.Node): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  return '';
}

/** The hard-coded user-visible text of one .tsx source. */
export function findHardcodedText(source: string, fileName = 'sample.tsx'): HardcodedText[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: HardcodedText[] = [];
  const report = (node: ts.Node, text: string, where: string) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (needsTranslation(clean)) found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text: clean, where });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text, 'text');
    else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const literal of literalsOf(node.expression)) report(literal, textOf(literal), 'text');
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(file);
      const value = node.initializer;
      if (TEXT_PROPS.has(name) && value) {
        if (ts.isStringLiteral(value)) report(value, value.text, name);
        else if (ts.isJsxExpression(value) && value.expression) for (const literal of literalsOf(value.expression)) report(literal, textOf(literal), name);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

describe('findHardcodedText (the checker itself)', () => {
  const texts = (source: string) => findHardcodedText(source).map(({ text, where }) => `${where}: ${text}`);

  it('catches a word written as a JSX child', () => {
    expect(texts('const A = () => <button type="button">Save</button>;')).toEqual(['text: Save']);
  });

  it('catches text around an expression, on the line it is on', () => {
    const source = ['const A = ({ n }: { n: number }) => (', '  <p>', '    You have {n} drafts', '  </p>', ');'].join('\n');
    expect(findHardcodedText(source)).toEqual([{ line: 3, text: 'You have', where: 'text' }, { line: 3, text: 'drafts', where: 'text' }]);
  });

  it('catches literals given to the props people read or hear', () => {
    const source = `const A = () => (<div>
      <button aria-label="Close">×</button>
      <input placeholder={'Type here'} title={\`Draft \${1}\`} />
      <img alt="Logo" src="x.png" />
    </div>);`;
    expect(texts(source)).toEqual(['aria-label: Close', 'placeholder: Type here', 'title: Draft', 'alt: Logo']);
  });

  it('catches a literal a JSX expression can show', () => {
    expect(texts('const A = ({ ok }: { ok: boolean }) => <p>{ok ? t(lang, "done") : "Failed"}</p>;')).toEqual(['text: Failed']);
    expect(texts('const A = ({ ok }: { ok: boolean }) => <p>{ok && "Saved"}</p>;')).toEqual(['text: Saved']);
    expect(texts('const A = ({ n }: { n?: string }) => <p aria-label={n ?? "Unnamed"} />;')).toEqual(['aria-label: Unnamed']);
  });

  it('allows the name Tact, symbols, punctuation, numbers and entities', () => {
    const source = `const A = ({ n, error }: { n: number; error: boolean }) => (<header>
      <span class="brand">Tact</span>
      <button type="button" aria-label={t(lang, 'collapse')} title={t(lang, 'collapse')}>–</button>
      <span>{error ? '!' : n || '✓'}</span>
      <span>{n} / 25</span>
      <span>…</span>&nbsp;<span>×</span>
      <span>{\`\${n}…\`}</span>
    </header>);`;
    expect(texts(source)).toEqual([]);
  });

  it('does not read code as text: comparisons, arrows, generics, class names, data attributes, keys of a catalog', () => {
    const source = `
      function List<T extends { title: string }>({ items, max }: { items: T[]; max: number }) {
        const label = items.length > max ? 'many' : 'few';
        const pick = (item: T) => item.title;
        return (
          <ul class="groups severity-risk" data-tact-action="review" lang="fr" role="list" aria-live="polite">
            {items.length > max && <li>{t(lang, label === 'many' ? 'tooMany' : 'some')}</li>}
            {items.map((item) => <li key={pick(item)} title={item.title}>{item.title}</li>)}
          </ul>
        );
      }`;
    expect(texts(source)).toEqual([]);
  });
});

describe('components/**/*.tsx', () => {
  const files = tsxFiles(COMPONENTS);

  it('finds the interface’s files', () => {
    const names = files.map((file) => relative(ROOT, file));
    expect(names).toEqual(expect.arrayContaining(['components/sidebar/Sidebar.tsx', 'components/sidebar/Finding.tsx', 'components/sidebar/Gate.tsx']));
  });

  it('show no text that does not come from a catalog', () => {
    const found = files.flatMap((file) =>
      findHardcodedText(readFileSync(file, 'utf8'), file).map(({ line, text, where }) => `${relative(ROOT, file)}:${line} ${where === 'text' ? '' : `${where}=`}“${text}”`),
    );
    expect(found).toEqual([]);
  });
});
