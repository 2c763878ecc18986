// The 25 practices, each with an on/off switch and a severity ("as designed" or one for all its findings).
// Titles and statements come from the practice modules, in the interface's language.
import { practices } from '../../rules/registry';
import type { Detection } from '../../rules/practice';
import { t, type OptionsKey } from '../locales/options';
import { LockNote, describedBy } from './Lock';
import type { SettingsProps } from './GeneralSettings';
import { SEVERITY_CHOICES, practiceSetting, withPractice, type SeverityChoice } from './settings-form';

const SEVERITY_LABELS: Record<SeverityChoice, OptionsKey> = { default: 'severityDefault', info: 'severityInfo', warn: 'severityWarn', risk: 'severityRisk' };
const DETECTION_LABELS: Record<Detection, OptionsKey> = { auto: 'detectionAuto', partial: 'detectionPartial', judgement: 'detectionJudgement' };

export function PracticeSettings({ lang, settings, locked, update }: SettingsProps) {
  const isLocked = locked.has('practices');
  const change = (number: number, patch: { enabled?: boolean; severity?: SeverityChoice }) => update({ practices: withPractice(settings.practices, number, patch) });
  return (
    <fieldset class="group" data-settings="practices" aria-describedby={describedBy('settings-practices-hint', isLocked && 'settings-practices-lock')}>
      <legend>
        {t(lang, 'practices')}
        {isLocked && <LockNote id="settings-practices-lock" lang={lang} />}
      </legend>
      <p class="hint" id="settings-practices-hint">
        {t(lang, 'practicesHint')}
      </p>
      <ol class="practice-list">
        {practices.map(({ meta }) => {
          const { number } = meta;
          const setting = practiceSetting(settings.practices, number);
          const id = `practice-${number}`;
          return (
            <li key={number} class={`practice-row${setting.enabled ? '' : ' off'}`} data-practice={number}>
              <input
                id={`${id}-enabled`}
                type="checkbox"
                role="switch"
                class="switch"
                checked={setting.enabled}
                disabled={isLocked}
                aria-describedby={describedBy(`${id}-statement`, isLocked && 'settings-practices-lock')}
                onChange={(event) => change(number, { enabled: event.currentTarget.checked })}
              />
              <div class="practice-text">
                <label for={`${id}-enabled`} class="practice-title">
                  <span class="number">{number}</span> {meta.title[lang]}
                </label>
                <p class="hint" id={`${id}-statement`}>
                  {meta.statement[lang]} <span class="detection">{t(lang, DETECTION_LABELS[meta.detection])}</span>
                </p>
              </div>
              <div class="severity-field">
                <label class="visually-hidden" for={`${id}-severity`}>
                  {t(lang, 'severityOf', { number, title: meta.title[lang] })}
                </label>
                <select
                  id={`${id}-severity`}
                  value={setting.severity ?? 'default'}
                  disabled={isLocked || !setting.enabled}
                  aria-describedby={describedBy(isLocked && 'settings-practices-lock')}
                  onChange={(event) => change(number, { severity: event.currentTarget.value as SeverityChoice })}
                >
                  {SEVERITY_CHOICES.map((choice) => (
                    <option key={choice} value={choice}>
                      {t(lang, SEVERITY_LABELS[choice])}
                    </option>
                  ))}
                </select>
              </div>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
