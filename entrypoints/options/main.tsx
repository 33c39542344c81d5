import { render } from 'preact';
import '@/components/shelf.css';
import { App } from './app';

render(<App />, document.getElementById('app') as HTMLElement);
