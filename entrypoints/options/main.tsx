import { render } from 'preact';
import '@/components/shelf.css';
import '@/components/tagging.css';
import { App } from './app';

render(<App />, document.getElementById('app') as HTMLElement);
