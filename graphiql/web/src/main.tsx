// The pppdesk GraphiQL page. Everything it needs is bundled into graphiql.js and
// graphiql.css and served by the pppdesk binary itself, so it works on a closed network
// (LGWAN) where no CDN can be reached.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import './pppdesk.css';

// The API is "graphql" next to this page, resolved against the page's own address, so it
// stays right when a reverse proxy mounts pppdesk under a path prefix (/pppdesk/ →
// /pppdesk/graphql). The query string and fragment of the page are not the API's.
function endpoint(): { http: string; ws: string } {
  const u = new URL('graphql', window.location.href);
  u.search = '';
  u.hash = '';
  const ws = new URL(u.href);
  ws.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
  return { http: u.href, ws: ws.href };
}

const url = endpoint();

// Queries and mutations go over HTTP POST (application/json, which pppdesk's CSRF guard
// accepts). Subscriptions go over graphql-ws: with subscriptionUrl the toolkit opens one
// client per subscription and sends the headers of the Headers tab as the connection_init
// payload, which is where pppdesk reads the Authorization token of a WebSocket.
const fetcher = createGraphiQLFetcher({
  url: url.http,
  subscriptionUrl: url.ws,
  enableIncrementalDelivery: false,
});

const root = document.getElementById('graphiql');
if (root) {
  createRoot(root).render(
    createElement(
      GraphiQL,
      {
        fetcher,
        // Signing in gives a token; it goes in the Headers tab as
        // {"Authorization": "Bearer <token>"}, so that tab is open from the start.
        defaultEditorToolsVisibility: 'headers',
      },
      createElement(GraphiQL.Logo, null, 'pppdesk GraphiQL'),
    ),
  );
}
