// Served at /ui/lib/vue.js: the one Vue every page uses (runtime only: templates are compiled at
// build time, so nothing needs eval under the Content-Security-Policy).
export * from 'vue'
