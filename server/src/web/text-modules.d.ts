/**
 * YAML files the web worker's server imports as text: esbuild's text loader
 * puts them into the bundle (scripts/build.mjs).
 */
declare module '*.yaml' {
  const text: string;
  export default text;
}
