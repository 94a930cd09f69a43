// The slug, page URL and SEO/OGP fields every publishable type's editor shows: one component
// and the form/input helpers each editor merges into its own form.
import { ta } from '../../i18n/addressing';
import { Fieldset, Select, TextArea, TextField } from '../../ui/field';

/** AddressingForm is the part of an editor's form that addresses the item. */
export interface AddressingForm {
  slug: string;
  seoDescription: string;
  shareImageId: string;
}

/** blankAddressing is a new item's: the server makes the slug from the title. */
export const blankAddressing: AddressingForm = { slug: '', seoDescription: '', shareImageId: '' };

interface Addressed {
  slug: string;
  seoDescription?: string | null;
  shareImage?: { id: string } | null;
}

/** addressingForm fills the form part from a loaded item. */
export function addressingForm(i: Addressed): AddressingForm {
  return { slug: i.slug, seoDescription: i.seoDescription ?? '', shareImageId: i.shareImage?.id ?? '' };
}

/**
 * addressingInput is the input part: an empty slug is left out (made from the title on
 * creation, kept on an update); an empty share image removes it.
 */
export function addressingInput(f: AddressingForm): { slug: string | null; seoDescription: string; shareImageId: string } {
  const slug = f.slug.trim();
  return { slug: slug === '' ? null : slug, seoDescription: f.seoDescription, shareImageId: f.shareImageId };
}

interface MediaChoice {
  id: string;
  fileName: string;
  contentType: string;
  alt: string;
}

/** AddressingFields edits the slug and SEO/OGP fields; media is the item's (none while new). */
export function AddressingFields(p: { form: AddressingForm; set: (k: keyof AddressingForm, v: string) => void; media?: MediaChoice[]; url?: string | null }) {
  const images = (p.media ?? []).filter((m) => m.contentType.startsWith('image/'));
  return (
    <Fieldset legend={ta('legend')}>
      <TextField label={ta('slug')} value={p.form.slug} onInput={(v) => p.set('slug', v)} help={ta('slugHelp')} maxLength={100} testid="field-slug" />
      {p.url && (
        <p class="help">
          {ta('pageUrl')}
          <a href={p.url} target="_blank" rel="noopener noreferrer" data-testid="item-url">
            {p.url}
          </a>
        </p>
      )}
      <TextArea
        label={ta('seoDescription')}
        value={p.form.seoDescription}
        onInput={(v) => p.set('seoDescription', v)}
        rows={3}
        help={ta('seoHelp', { n: [...p.form.seoDescription].length })}
        testid="field-seo-description"
      />
      {p.media && (
        <Select
          label={ta('shareImage')}
          value={p.form.shareImageId}
          onChange={(v) => p.set('shareImageId', v)}
          options={[{ value: '', label: ta('noShareImage') }, ...images.map((m) => ({ value: m.id, label: m.alt || m.fileName }))]}
          help={ta('shareImageHelp')}
          testid="field-share-image"
        />
      )}
    </Fieldset>
  );
}
