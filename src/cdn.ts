/** Entry of the one-file CDN bundle: Lit inlined, every element self-registers. */
import './index.js';
