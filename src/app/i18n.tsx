import { createContext, createSignal, useContext, type Accessor, type ParentProps } from 'solid-js';
import { sv, type Dictionary } from '../i18n/sv';

export type Lang = 'sv' | 'en';
const STORAGE_KEY = 'samverka.lang';

interface I18n {
  lang: Accessor<Lang>;
  t: Accessor<Dictionary>;
  setLang(lang: Lang): Promise<void>;
}

const I18nContext = createContext<I18n>();

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

/** Swedish is bundled; English is loaded only when someone picks it. */
export function I18nProvider(props: ParentProps) {
  const [lang, setLangSignal] = createSignal<Lang>('sv');
  const [dict, setDict] = createSignal<Dictionary>(sv);

  async function setLang(next: Lang): Promise<void> {
    const dictionary = next === 'en' ? (await import('../i18n/en')).en : sv;
    setDict(() => dictionary);
    setLangSignal(next);
    document.documentElement.lang = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this visit only.
    }
  }

  const initial = storedLang();
  if (initial !== 'sv') void setLang(initial);

  return <I18nContext.Provider value={{ lang, t: dict, setLang }}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
