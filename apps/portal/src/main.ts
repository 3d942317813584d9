import '@fawang/ui/styles.css';
import './styles/page.css';
import { boot } from './boot/boot.js';

void boot(document.getElementById('app')!);
