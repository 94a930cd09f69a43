// esbuild bundles CSS imported from TypeScript; this tells tsc such imports exist.
declare module '*.css';

/** PortalConfig is what dist/config.js sets before the app starts. */
interface PortalConfig {
  /** apiUrl is the pppdesk server's root, e.g. https://api.ppp.example.jp */
  apiUrl: string;
  /** municipality is the slug sent as X-Municipality. */
  municipality: string;
}

interface Window {
  PPPDESK_PORTAL?: PortalConfig;
}
