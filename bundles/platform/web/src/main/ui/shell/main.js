import { createApp } from 'vue'
import ElementPlus from 'element-plus'
import { addMessages } from '@xuncha/console'
import App from './App.vue'
import messages from './messages.js'
import { createShellRouter } from './router.js'
import './styles.css'

addMessages(messages)
createApp(App).use(ElementPlus).use(createShellRouter()).mount('#app')
