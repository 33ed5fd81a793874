import { DefaultApolloClient } from '@vue/apollo-composable';
import { createApp } from 'vue';

import App from './App.vue';
import { createApolloClient } from './lib/apollo';
import { createAppRouter } from './router';
import './styles/main.css';

const app = createApp(App);

app.provide(DefaultApolloClient, createApolloClient());
app.use(createAppRouter());
app.mount('#app');
