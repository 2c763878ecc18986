import { render } from 'preact';
import browser from 'webextension-polyfill';
import { PopupApp } from '../../components/popup/PopupApp';
import type { StorageLike } from '../../utils/storage';
import { browserApi } from './api';
import './style.css';

const root = document.getElementById('app');
if (root) render(<PopupApp api={browserApi} storage={browser.storage as unknown as StorageLike} browserLanguage={browser.i18n.getUILanguage()} />, root);
