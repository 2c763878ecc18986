// The options page (opened in a tab from the extension's menu or chrome://extensions).
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { OptionsPage } from '../../components/options/OptionsPage';
import type { StorageLike } from '../../utils/storage';
import './style.css';

const root = document.getElementById('app');
if (root) render(<OptionsPage storage={browser.storage as unknown as StorageLike} browserLanguage={browser.i18n.getUILanguage()} />, root);
