// Served at /ui/lib/icons.js: the Element Plus icons, also used by name for menu entries.
export * from '@element-plus/icons-vue'
