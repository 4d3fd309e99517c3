import { en } from './en';
import { setLanguage } from './runtime';

// Tests read English unless they choose otherwise, as an English browser would.
setLanguage('en', en);
