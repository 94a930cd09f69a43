// Stylesheets are imported for their side effect: esbuild gathers them into graphiql.css.
declare module '*.css';
