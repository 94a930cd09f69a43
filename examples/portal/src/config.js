// ポータルの設定（この1ファイルだけを書き換えます）。
// Portal settings: the only file a municipality edits after copying dist/.
window.PPPDESK_PORTAL = {
  // pppdesk サーバーのURL（末尾の / は不要）。サーバーの --cors-origins にこのポータルのオリジンを加えてください。
  // Root URL of the pppdesk server; add this portal's origin to the server's CORS origins.
  apiUrl: 'http://localhost:8080',
  // 自治体の識別子（X-Municipality ヘッダーで送ります）。 / The municipality's slug.
  municipality: 'aomori',
};
