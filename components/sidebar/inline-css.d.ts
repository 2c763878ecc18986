// Vite's `?inline` imports give a stylesheet's text, injected into the sidebar's shadow root.
declare module '*.css?inline' {
  const css: string;
  export default css;
}
