// Labels of the public-address parts of the admin: a content item's slug, page URL and
// SEO/OGP fields, and the municipality's item URL template (issue 13).
import { defineDict } from '../i18n';

/** ta is the translator for slugs, page URLs and SEO/OGP fields. */
export const ta = defineDict(
  {
    legend: 'URL・検索エンジン・SNS共有',
    slug: 'URLスラッグ',
    slugHelp: '半角英小文字・数字・ハイフン（-）のみ、100文字まで。空欄なら件名から自動で作ります（日本語の件名は「種類-番号」）。',
    pageUrl: 'ポータルでのURL：',
    seoDescription: '説明文（検索結果・SNS共有用）',
    seoHelp: '300文字まで（現在 {n} 文字）。',
    shareImage: '共有用画像（OGP）',
    shareImageHelp: 'この項目の画像から選びます。画像は右の「画像・資料」で追加してください。',
    noShareImage: '（なし）',
    navSettings: '自治体の設定',
    settingsTitle: '自治体の設定',
    itemUrlTemplate: '項目ページのURLテンプレート',
    itemUrlTemplateHelp:
      'ポータルの各ページのURL。{type}（challenge・agreement・project・case-study・announcement）、{slug}、{id} を置き換えます。例：https://〈ポータルのホスト名〉/{type}/{slug}。空欄にすると外します（サイトマップとフィードの項目リンクも止まります）。',
    sitemapNote: 'サイトマップ：',
    saved: '保存しました。',
    save: '保存',
  },
  {
    legend: 'URL, search engines and sharing',
    slug: 'URL slug',
    slugHelp: 'Lower-case letters, digits and hyphens only, up to 100. Left empty, one is made from the title (type-number for a Japanese title).',
    pageUrl: 'URL on the portal: ',
    seoDescription: 'Description (search results and link previews)',
    seoHelp: 'Up to 300 characters ({n} now).',
    shareImage: 'Share image (OGP)',
    shareImageHelp: 'One of this item’s images; add images under Photos and documents.',
    noShareImage: '(none)',
    navSettings: 'Municipality settings',
    settingsTitle: 'Municipality settings',
    itemUrlTemplate: 'URL template of item pages',
    itemUrlTemplateHelp:
      'The URL of each page on the portal. {type} (challenge, agreement, project, case-study, announcement), {slug} and {id} are replaced. Example: https://<portal host>/{type}/{slug}. Empty removes it (the sitemap and feed item links stop too).',
    sitemapNote: 'Sitemap: ',
    saved: 'Saved.',
    save: 'Save',
  },
);
