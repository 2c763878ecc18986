import { practices } from '../rules';

const TEXT = {
  en: {
    intro: 'The 25 practices Tact checks while you write:',
    credit: 'After Brian Solis, “The rules of social media engagement” (2011).',
    privacy: 'Tact runs on your machine: nothing you write is sent anywhere.',
  },
  fr: {
    intro: 'Les 25 pratiques que Tact vérifie pendant que vous écrivez :',
    credit: 'D’après Brian Solis, « The rules of social media engagement » (2011).',
    privacy: 'Tact fonctionne sur votre machine : rien de ce que vous écrivez n’est envoyé.',
  },
} as const;

/** Placeholder popup: lists the practices with their statements. The checklist review comes with issue 4. */
export function Popup() {
  const lang = navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const t = TEXT[lang];
  return (
    <main class="popup" lang={lang}>
      <h1>Tact</h1>
      <p>{t.intro}</p>
      <ol>
        {practices.map(({ meta }) => (
          <li key={meta.number} value={meta.number} title={meta.statement[lang]}>
            {meta.title[lang]}
          </li>
        ))}
      </ol>
      <footer>
        <p>{t.privacy}</p>
        <p>{t.credit}</p>
      </footer>
    </main>
  );
}
