import { practices } from '../rules';

/** Placeholder popup: lists the 25 practices Tact checks. The checklist review is issue 4. */
export function Popup() {
  const lang = navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  return (
    <main style={{ padding: '12px 16px' }}>
      <h1 style={{ fontSize: '16px', margin: '0 0 8px' }}>Tact</h1>
      <p style={{ margin: '0 0 8px' }}>
        {lang === 'fr'
          ? 'Les 25 pratiques vérifiées pendant que vous écrivez :'
          : 'The 25 practices checked while you write:'}
      </p>
      <ol style={{ margin: 0, paddingLeft: '22px' }}>
        {practices.map((p) => (
          <li key={p.meta.number} value={p.meta.number}>
            {p.meta.title[lang]}
          </li>
        ))}
      </ol>
    </main>
  );
}
