// Japanese-first labels. Each area brings its own dictionary file under src/i18n/ (made with
// defineDict), so screens added in parallel never edit one shared file. The language is a
// global that App re-renders on; t-functions read it at render time.

/** Lang is a UI language: Japanese first, English as a courtesy. */
export type Lang = 'ja' | 'en';

const storageKey = 'pppdesk.admin.lang';
let current: Lang = readLang();
const listeners = new Set<() => void>();

function readLang(): Lang {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'ja';
  } catch {
    return 'ja';
  }
}

/** lang is the language in use now. */
export function lang(): Lang {
  return current;
}

/** setLang switches the language, remembers it in localStorage and re-renders the app. */
export function setLang(l: Lang): void {
  current = l;
  try {
    localStorage.setItem(storageKey, l);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  document.documentElement.lang = l;
  listeners.forEach((f) => f());
}

/** onLangChange lets the app root re-render when the language changes. */
export function onLangChange(f: () => void): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}

/** Vars fill {name} placeholders in a label. */
export type Vars = Record<string, string | number>;

/** Translator looks up one label of a dictionary in the current language. */
export type Translator<K extends string> = (key: K, vars?: Vars) => string;

/**
 * defineDict makes a translator from a Japanese dictionary and its English twin; TypeScript
 * checks that the English one has every key, and that callers name only existing keys.
 */
export function defineDict<const J extends Record<string, string>>(
  ja: J,
  en: { [K in keyof J]: string },
): Translator<Extract<keyof J, string>> {
  return (key, vars) => {
    const s = (current === 'en' ? en[key] : ja[key]) ?? String(key);
    return vars ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : s;
  };
}
