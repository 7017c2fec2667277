// The example module's console entry: the reference for a module's pages. The Maven build (the
// module-ui profile of bundles/pom.xml) turns it into /ui/modules/example/index.js inside this
// bundle; ExampleUi serves it; the uiEntry in ExampleDescriptor puts it in the menu.
import { defineModule } from '@xuncha/console'
import messages from './messages.js'

export default defineModule({
  id: 'example',
  messages,
  // Lazy: the page's code is fetched when the page is first opened.
  routes: [{ path: '/example/notes', component: () => import('./NotesPage.vue') }],
})
