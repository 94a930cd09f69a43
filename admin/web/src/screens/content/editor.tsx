// The state every editor keeps: the loaded item, the form made from it, and one save that
// creates (then moves to the new item's page) or updates with the loaded version.
import { useEffect, useState } from 'preact/hooks';
import type { ApiError } from '../../api';
import { useAction, type QueryState } from '../../hooks';
import { tc } from '../../i18n/content';
import { navigate } from '../../router';

// flash carries "作成しました" across the move from …/new to the new item's page, which
// may mount a fresh screen.
let flash = '';

/** Editor is what an editor screen renders from. */
export interface Editor<F> {
  form: F;
  set: <K extends keyof F>(k: K, v: F[K]) => void;
  save: () => void;
  busy: boolean;
  error: ApiError | undefined;
  notice: string;
  setNotice: (s: string) => void;
  reload: () => void;
}

/**
 * useEditor ties a form to the item q loads: toForm fills it whenever a new version arrives;
 * create answers the new ID (the page moves there), update gets the loaded version so a
 * stale one is CONFLICT.
 */
export function useEditor<I extends { version: number } | null | undefined, F>(p: {
  q: QueryState<unknown>;
  item: I;
  blank: F;
  toForm: (i: NonNullable<I>) => F;
  create: (f: F) => Promise<string>;
  update: (f: F, version: number) => Promise<unknown>;
  path: (id: string) => string;
}): Editor<F> {
  const [form, setForm] = useState<F>(p.blank);
  const [notice, setNotice] = useState(() => {
    const f = flash;
    flash = '';
    return f;
  });
  useEffect(() => {
    if (p.item) setForm(p.toForm(p.item as NonNullable<I>));
  }, [p.item]);
  const act = useAction(async () => {
    setNotice('');
    if (!p.item) {
      const id = await p.create(form);
      flash = tc('created');
      setNotice(flash);
      navigate(p.path(id));
      return;
    }
    await p.update(form, p.item.version);
    setNotice(tc('saved'));
    await p.q.reload();
  });
  return {
    form,
    set: (k, v) => setForm((f) => ({ ...f, [k]: v })),
    save: () => void act.run(),
    busy: act.busy,
    error: act.error,
    notice,
    setNotice,
    reload: () => {
      act.clear();
      void p.q.reload();
    },
  };
}
