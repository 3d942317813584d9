import '@fawang/ui/styles.css';
import './styles/first-paint.css';
import { boot } from './boot/boot.js';

void boot(document.getElementById('app')!);
