import { render } from 'preact';
import { OptionsApp } from '../../src/options/OptionsApp';
import { usePageLanguage } from '../../src/i18n/page';
import '../../src/options/options.css';

void usePageLanguage('page.options').then(() =>
  render(<OptionsApp />, document.getElementById('app')!),
);
