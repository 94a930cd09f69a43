// 自治体の設定: the municipality's item URL template, from which the API answers each item's
// url and the server builds /sitemap.xml and the feed's item links.
import { useEffect, useState } from 'preact/hooks';
import { gql } from '../../api';
import { graphql } from '../../gql';
import { useAction, useQuery } from '../../hooks';
import { ta } from '../../i18n/addressing';
import { t } from '../../i18n/common';
import type { RouteProps } from '../../router';
import { ErrorBanner, Loading, Notice } from '../../ui/banner';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';

const SettingsDoc = graphql(`
  query DeskMunicipalitySettings {
    municipality {
      id
      slug
      itemUrlTemplate
    }
  }
`);
const SaveDoc = graphql(`
  mutation DeskMunicipalitySettingsSave($input: UpdateMunicipalityInput!) {
    updateMunicipality(input: $input) {
      id
      itemUrlTemplate
    }
  }
`);

/** MunicipalitySettings edits the municipality's item URL template. */
export function MunicipalitySettings(_: RouteProps) {
  const q = useQuery(SettingsDoc, {});
  const [template, setTemplate] = useState('');
  const [notice, setNotice] = useState('');
  useEffect(() => {
    if (q.data) setTemplate(q.data.municipality.itemUrlTemplate ?? '');
  }, [q.data]);
  const save = useAction(async () => {
    setNotice('');
    await gql(SaveDoc, { input: { itemUrlTemplate: template } });
    setNotice(ta('saved'));
    await q.reload();
  });
  if (!q.data) {
    return (
      <section>
        <h1>{ta('settingsTitle')}</h1>
        {q.error ? <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} /> : <Loading label={t('loading')} />}
      </section>
    );
  }
  const sitemap = new URL('../sitemap.xml?municipality=' + encodeURIComponent(q.data.municipality.slug), location.href).href;
  return (
    <section>
      <h1>{ta('settingsTitle')}</h1>
      <form
        onSubmit={(ev) => {
          ev.preventDefault();
          void save.run();
        }}
      >
        <Notice>{notice}</Notice>
        <ErrorBanner error={save.error} />
        <TextField label={ta('itemUrlTemplate')} type="url" value={template} onInput={setTemplate} help={ta('itemUrlTemplateHelp')} maxLength={500} testid="field-item-url-template" />
        {q.data.municipality.itemUrlTemplate && (
          <p class="help">
            {ta('sitemapNote')}
            <a href={sitemap} target="_blank" rel="noopener noreferrer">
              {sitemap}
            </a>
          </p>
        )}
        <div class="actions">
          <Button type="submit" variant="primary" busy={save.busy} data-testid="save">
            {ta('save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
