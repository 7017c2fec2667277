// Served at /ui/lib/element-plus.js; its style sheet is /ui/lib/element-plus.css.
export * from 'element-plus'
export { default } from 'element-plus'
