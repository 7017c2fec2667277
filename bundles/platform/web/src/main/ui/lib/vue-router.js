// Served at /ui/lib/vue-router.js: the shell's router; module pages use useRoute()/useRouter().
export * from 'vue-router'
