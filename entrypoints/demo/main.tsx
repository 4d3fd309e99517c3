import { render } from 'preact';
import { DemoApp } from '../../src/demo/DemoApp';
import { usePageLanguage } from '../../src/i18n/page';
import '../../src/demo/demo.css';

// Unlisted page (/demo.html), linked from the options page when policy allows the demo.
const root = document.getElementById('app');
if (root) void usePageLanguage('page.demo').then(() => render(<DemoApp />, root));
