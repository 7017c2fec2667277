// Served at /ui/lib/xuncha.js: the console SDK, imported as '@xuncha/console'.
export * from '../sdk/index.js'
